using System.Globalization;

namespace DeptBudget.Model;

/// <summary>
/// 附表 as printed: a grid whose columns carry a meaning (a ColumnKeys or AmountKeys key) besides their
/// printed header, and whose rows carry the code, name and unit they are about. Reading and rendering
/// both produce this; checks and CSV export read it.
/// </summary>
/// <param name="Id">Table id (TableIds), e.g. expenditure-summary.</param>
/// <param name="Number">The printed position in the document's list (1 for 一、…), when known.</param>
/// <param name="EmptyNote">The note that says the table has no data (本表无数据 …); null when it has rows.</param>
public sealed record Table(
    string Id,
    int? Number,
    string Title,
    IReadOnlyList<Column> Columns,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<string> Notes,
    string? EmptyNote,
    int Line)
{
    /// <summary>
    /// The unit its amounts are printed in, from the table's own 单位： line (元, 万元); null when it
    /// prints none (万元 is then assumed). Cells keep the printed figures; the budget facts are 万元.
    /// In the canonical JSON only where a table states one, so that a budget stored as JSON (the web's) keeps 上海's
    /// tables in 元: without it every stored 上海 budget showed 16 false errors comparing 元 with 万元.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? AmountUnit { get; init; }

    public int ColumnIndex(string key)
    {
        for (var i = 0; i < Columns.Count; i++) if (Columns[i].Key == key) return i;
        return -1;
    }

    public bool HasColumn(string key) => ColumnIndex(key) >= 0;

    /// <summary>The amount in a row under a column key; blank and absent cells are null.</summary>
    public decimal? Amount(TableRow row, string key)
    {
        var i = ColumnIndex(key);
        return i < 0 ? null : row.Amount(i);
    }
}

/// <summary>A column: its meaning and its header as printed (multi-row headers joined with '/').</summary>
public sealed record Column(string Key, string Header);

/// <summary>What a row is: a grand total, a unit, a classification level, a detail, or a sub-total.</summary>
public enum RowKind { Total, Unit, Class, Section, Item, Detail, Subtotal, Text }

/// <summary>
/// One printed row. Cells are the printed texts per column, normalised: amounts without thousands
/// separators, codes as printed, names with line breaks removed. Code is the resolved whole code
/// (类|款|项 joined, or inherited from the rows above where the layout leaves 类 blank).
/// </summary>
public sealed record TableRow(RowKind Kind, string? Code, string? Name, string? UnitCode, IReadOnlyList<string> Cells, int Line)
{
    public decimal? Amount(int column)
    {
        if (column < 0 || column >= Cells.Count) return null;
        var s = Cells[column];
        return s.Length > 0 && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var v) ? v : null;
    }
}

/// <summary>Keys of the non-amount columns.</summary>
public static class ColumnKeys
{
    public const string CodeClass = "code.class";       // 类
    public const string CodeSection = "code.section";   // 款
    public const string CodeItem = "code.item";         // 项
    public const string Code = "code";                  // 科目编码 written whole
    public const string GovCodeClass = "govCode.class";
    public const string GovCodeSection = "govCode.section";
    public const string GovCode = "govCode";
    public const string GovName = "govName";
    public const string UnitCode = "unitCode";          // 单位代码 / 部门代码
    public const string Name = "name";                  // 单位（科目名称）/ 项目名称 / 科目名称
    public const string UnitName = "unitName";          // 项目单位
    public const string ProjectKind = "projectKind";    // 类型 / 项目类型
    public const string RevenueGroup = "revenueGroup";  // 收入 group label where the left side has two (一般公共预算 | 小计)
    public const string RevenueItem = "revenueItem";    // 收入 项目 (table 01/04 left side)
    public const string ExpenditureItem = "expenditureItem"; // 支出 项目 (table 01/04 right side)
    public const string Level1 = "level1";              // 一级指标
    public const string Level2 = "level2";              // 二级指标
    public const string Level3 = "level3";              // 三级指标
    public const string TargetValue = "targetValue";    // 指标值
    public const string Explanation = "explanation";    // 指标值说明 / 指标解释
    public const string Text = "text";                  // any other printed text
    public const string ServiceCategory1 = "serviceCategory.level1"; // 政府购买服务指导性目录 一级 (01-公共服务)
    public const string ServiceCategory2 = "serviceCategory.level2"; // 二级 (0108-文化公共服务)
    public const string ServiceCategory3 = "serviceCategory.level3"; // 三级 (文化活动组织与实施服务)
}

/// <summary>The table ids (also the CSV file names), one per kind of table whatever its printed title.</summary>
public static class TableIds
{
    public const string RevenueExpenditureSummary = "revenue-expenditure-summary";   // 01 收支总体情况表
    public const string RevenueSummary = "revenue-summary";                           // 02 收入总体情况表
    public const string ExpenditureSummary = "expenditure-summary";                   // 03 支出总体情况表
    public const string AppropriationSummary = "appropriation-summary";               // 04 财政拨款收支总体情况表
    public const string GeneralBudgetExpenditure = "general-budget-expenditure";      // 05 一般公共预算支出情况表
    public const string GeneralBudgetBasicExpenditure = "general-budget-basic-expenditure"; // 06 一般公共预算基本支出情况表
    public const string EconomicClassificationSummary = "economic-classification-summary"; // 07 支出经济分类汇总表
    public const string ThreePublicExpenses = "three-public-expenses";                // 08 “三公”经费支出情况表
    public const string GovernmentFundExpenditure = "government-fund-expenditure";    // 09 政府性基金预算支出情况表
    public const string StateCapitalExpenditure = "state-capital-expenditure";        // 国有资本经营预算支出情况表
    public const string BasicExpenditure = "basic-expenditure";                       // 基本支出预算情况表 (Shandong)
    public const string ProjectExpenditure = "project-expenditure";                   // 10 项目支出预算表
    public const string GovernmentProcurement = "government-procurement";             // 政府采购预算表
    public const string GovernmentPurchasedServices = "government-purchased-services"; // 政府购买服务预算（明细）表 (北京 预算11表)
    public const string AgencyOperatingCost = "agency-operating-cost";                // 机关运行经费
    public const string DepartmentPerformanceTarget = "department-performance-target"; // 11 整体绩效目标表
    public const string ProjectPerformanceTargets = "project-performance-targets";    // 12 项目绩效目标（汇总）表
    public const string GeneralBudgetEconomicExpenditure = "general-budget-economic-expenditure"; // 一般公共预算支出表（按经济分类） (深圳, 西安)
    public const string GeneralBudgetBasicFunctionExpenditure = "general-budget-basic-function-expenditure"; // 一般公共预算基本支出表（按功能分类） (西安)
    public const string AppropriationExpenditure = "appropriation-expenditure";       // 财政拨款支出表（功能科目） (苏州)
    public const string AppropriationBasicExpenditure = "appropriation-basic-expenditure"; // 财政拨款基本支出表（经济科目） (苏州)

    /// <summary>A table of no known meaning gets other-1, other-2 … (by distinct title): kept and reported, never merged.</summary>
    public const string OtherPrefix = "other-";

    public static readonly IReadOnlyList<string> All =
    [
        RevenueExpenditureSummary, RevenueSummary, ExpenditureSummary, AppropriationSummary,
        GeneralBudgetExpenditure, GeneralBudgetBasicExpenditure, EconomicClassificationSummary,
        ThreePublicExpenses, GovernmentFundExpenditure, StateCapitalExpenditure, BasicExpenditure,
        ProjectExpenditure, GovernmentProcurement, GovernmentPurchasedServices, AgencyOperatingCost, DepartmentPerformanceTarget,
        ProjectPerformanceTargets, GeneralBudgetEconomicExpenditure, GeneralBudgetBasicFunctionExpenditure,
        AppropriationExpenditure, AppropriationBasicExpenditure,
    ];
}
