namespace DeptBudget.Model;

/// <summary>收入: one unit's revenue from one source, by functional code where the layout gives one.</summary>
public sealed record RevenueLine(string? UnitCode, string? FunctionCode, string Source, decimal Amount);

/// <summary>Which money an expenditure line is restricted to: all sources (table 03) or one budget.</summary>
public enum FundingScope { AllSources, GeneralPublicBudget, GovernmentFundBudget, StateCapitalBudget }

/// <summary>
/// 支出 of one unit under one functional item (支出功能分类 项, e.g. 2101202), for one funding scope,
/// with amounts by kind (AmountKeys: total, basicExpenditure, wagesAndBenefits … specificPurposeProject).
/// </summary>
public sealed record ExpenditureLine(
    string? UnitCode,
    AccountCode FunctionCode,
    string FunctionName,
    FundingScope Scope,
    IReadOnlyDictionary<string, decimal> Amounts);

/// <summary>
/// 支出 of one functional 类 paid from a part of a source that expenditure lines do not split out — 其中：财政拨款
/// (own-level appropriation, the rest of 一般公共预算 being transfers from above) — as 财政拨款收支总体情况表
/// (table 04) prints it by 类. Expenditure lines carry whole sources only, so this is kept beside them.
/// </summary>
public sealed record ClassFundingLine(AccountCode FunctionClass, string Source, decimal Amount);

/// <summary>
/// One economic-classification line: department code (部门预算支出经济分类, e.g. 30101) paired with
/// government code (政府预算支出经济分类, e.g. 50501), with amounts by column (total, personnelCost,
/// operatingCost in table 06; sources in table 07).
/// </summary>
public sealed record EconomicLine(
    string? UnitCode,
    AccountCode? DepartmentCode,
    string DepartmentName,
    AccountCode? GovernmentCode,
    string? GovernmentName,
    IReadOnlyDictionary<string, decimal> Amounts);

/// <summary>项目: a project in 项目支出预算表 with its kind, unit and amounts by source.</summary>
/// <param name="Kind">As printed: 其他运转类, 特定目标类, 人员类项目, 一般性项目, 专项资金.</param>
public sealed record Project(
    string Name,
    string? Code,
    string? Kind,
    string? UnitName,
    string? UnitCode,
    IReadOnlyDictionary<string, decimal> Amounts)
{
    public decimal Total => Amounts.Get(AmountKeys.Total);
}

/// <summary>“三公”经费 for this year, and last year where the document states it.</summary>
public sealed record ThreePublicExpenses(ThreePublicFigures ThisYear, ThreePublicFigures? LastYear);

/// <summary>因公出国（境）费 + 公务用车购置及运行费 (购置 + 运行维护) + 公务接待费 = 合计.</summary>
public sealed record ThreePublicFigures(
    decimal Total,
    decimal OfficialOverseasTravel,
    decimal OfficialVehicles,
    decimal VehiclePurchase,
    decimal VehicleOperation,
    decimal OfficialReception);
