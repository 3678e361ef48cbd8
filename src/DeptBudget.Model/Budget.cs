namespace DeptBudget.Model;

/// <summary>
/// 部门预算 / 单位预算 for one fiscal year: the facts from which every table and the narrative follow.
/// Amounts are decimal 万元 exactly as stated (two decimals in the documents); nothing is rounded here.
/// </summary>
/// <param name="Revenue">收入 by unit (and functional code where the layout states it) and source.</param>
/// <param name="Expenditure">支出 by unit × functional code × funding scope, with amounts by kind.</param>
/// <param name="BasicEconomic">基本支出 by department and government economic code (table 06).</param>
/// <param name="EconomicSummary">支出经济分类汇总 by economic code and source (table 07).</param>
public sealed record Budget(
    string Department,
    int Year,
    BudgetScope Scope,
    IReadOnlyList<BudgetUnit> Units,
    IReadOnlyList<RevenueLine> Revenue,
    IReadOnlyList<ExpenditureLine> Expenditure,
    IReadOnlyList<EconomicLine> BasicEconomic,
    IReadOnlyList<EconomicLine> EconomicSummary,
    ThreePublicExpenses? ThreePublic,
    IReadOnlyList<Project> Projects,
    DepartmentPerformanceTarget? DepartmentTarget,
    IReadOnlyList<ProjectPerformanceTarget> ProjectTargets,
    NarrativeFacts Facts)
{
    public static Budget Empty(string department, int year, BudgetScope scope) =>
        new(department, year, scope, [], [], [], [], [], null, [], null, [], NarrativeFacts.None);

    /// <summary>Parts of a source by functional 类 (其中：财政拨款 in table 04); empty when not stated.
    /// A property beside the constructor so that budgets saved before it still load.</summary>
    public IReadOnlyList<ClassFundingLine> ClassFunding { get; init; } = [];

    /// <summary>机关运行经费 by economic line item as its table prints it (洛阳 2021 预算09表: 30201 办公费 1.50);
    /// empty when no such table. Beside the constructor, as ClassFunding, so that saved budgets still load.</summary>
    public IReadOnlyList<EconomicLine> AgencyOperatingCostLines { get; init; } = [];
}

/// <summary>预算单位. Code such as 044 (the department) or 044001 (本级) / 044002 (subordinate unit).</summary>
public sealed record BudgetUnit(string Code, string Name, string? ParentCode);
