using System.Text.RegularExpressions;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// P2: indicators sit in the 一级/二级/三级 tree with a well-formed 指标值 (operator + number + unit, or a
/// qualitative value); every project has 成本/产出/效益/满意度 indicators, the department 投入管理/产出/效益.
/// </summary>
public sealed partial class P2_IndicatorsWellFormed : Rule
{
    public override string Id => "P2";
    public override string TitleZh => "绩效指标完整、指标值规范";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var targets = context.ProjectTargets;
        var dept = context.Budget.DepartmentTarget;
        if (targets.Count == 0 && dept is null) { yield return CannotRun("未读到绩效目标", TableIds.ProjectPerformanceTargets); yield break; }
        // 成本指标 became a required 一级 category with the 2021–2022 reform; earlier documents are only told.
        var required = context.Year >= 2022 ? Indicators.ProjectCategories : Indicators.ProjectCategories.Skip(1).ToArray();
        foreach (var t in targets)
        {
            foreach (var f in Values(TableIds.ProjectPerformanceTargets, t.ProjectName, t.Indicators, true)) yield return f;
            var have = t.Indicators.Select(i => Indicators.Category(i.Level1)).ToHashSet();
            var missing = required.Where(c => !have.Contains(c)).ToList();
            if (missing.Count > 0 && t.Indicators.Count > 0)
                yield return Make(new FindingLocation(TableIds.ProjectPerformanceTargets, t.ProjectName, null, null, null),
                    string.Join("、", required.Select(c => c + "指标")), string.Join("、", have.Where(h => h is not null).Select(h => h + "指标")),
                    $"项目“{t.ProjectName}”缺少一级指标：{string.Join("、", missing.Select(c => c + "指标"))}");
            else if (t.Indicators.Count == 0)
                yield return Make(new FindingLocation(TableIds.ProjectPerformanceTargets, t.ProjectName, null, null, null), "绩效指标", "（无）",
                    $"项目“{t.ProjectName}”列出了金额但没有任何绩效指标");
        }
        if (dept is null) yield break;
        foreach (var f in Values(TableIds.DepartmentPerformanceTarget, null, dept.Indicators, context.Year >= 2022)) yield return f;
        if (context.Year < 2022) { yield return CannotRun("2022 年以前的部门整体绩效指标体系不同，不检查一级指标类别", TableIds.DepartmentPerformanceTarget); yield break; }
        var cats = dept.Indicators.Select(i => Indicators.Category(i.Level1)).ToHashSet();
        // Indicators none of which has a readable 一级指标 (北京 prints 产出指标数量指标… in one 绩效指标 cell): the
        // column was not found, which says nothing about the categories the document prints.
        // So do none read at all from a table that prints them (产出指标数量指标出具数据分析报告 | ＝ | 4 | 份 read as one row).
        if (cats.All(c => c is null))
        {
            yield return CannotRun(dept.Indicators.Count == 0
                ? "未从部门整体绩效目标表读出绩效指标，不核对一级指标类别"
                : $"部门整体绩效目标表的 {dept.Indicators.Count} 条指标都未读出一级指标（未找到一级指标列），不核对一级指标类别", TableIds.DepartmentPerformanceTarget);
            yield break;
        }
        var lack = Indicators.DepartmentCategories.Where(c => !cats.Contains(c)).ToList();
        if (lack.Count > 0)
            yield return Make(new FindingLocation(TableIds.DepartmentPerformanceTarget, null, "一级指标", null, null),
                string.Join("、", Indicators.DepartmentCategories), string.Join("、", cats.Where(c => c is not null)),
                $"部门整体绩效目标缺少一级指标：{string.Join("、", lack.Select(c => c + "指标"))}");
    }

    private IEnumerable<Finding> Values(string table, string? project, IReadOnlyList<Indicator> indicators, bool categories)
    {
        foreach (var i in indicators)
        {
            var where = new FindingLocation(table, project ?? i.Level1, i.Name, null, $"{i.Name} {i.Value.Text}".Trim());
            var text = i.Value.Text.Trim();
            if (categories && Indicators.Category(i.Level1) is null && !string.IsNullOrWhiteSpace(i.Level1))
                yield return Make(where, "成本/产出/效益/满意度（部门：投入管理/产出/效益）", i.Level1,
                    $"“{i.Name}”的一级指标“{i.Level1}”不是规定的一级指标类别（可能是错行）");
            if (text.Length == 0)
                yield return Make(where, "指标值", "（空）", $"指标“{i.Name}”没有填写指标值", Severity.Error);
            else if (i.Value.Number is null && Operator().IsMatch(text) && !text.Any(char.IsAsciiDigit))
                yield return Make(where, "运算符 + 数值 + 单位", text, $"指标“{i.Name}”的指标值“{text}”有比较符号却没有可读的数值", Severity.Error);
            else if (i.Value.Number is not null && i.Value.Unit is null && !Dimensionless().IsMatch(i.Name) && !UnitInName().IsMatch(i.Name))
                yield return Make(where, "数值带计量单位", text, $"指标“{i.Name}”的指标值“{text}”缺少计量单位");
        }
    }

    [GeneratedRegex("^[≥≤<>=＝≈＜＞]|不低于$|不高于$|不少于$|不超过$")]
    private static partial Regex Operator();

    // A name that ends with its unit in brackets (…每月发放金额(元), …办公时间(工作日)) gives the bare value its unit.
    [GeneratedRegex(@"[（(][^（）()]{1,6}[）)]\s*$")]
    private static partial Regex UnitInName();

    // Counts of things whose name already says the unit (次数, 场次, 人数 …) may print a bare number.
    [GeneratedRegex("(次数|场次|人数|人次|个数|数量|天数|份数|户数|箱数|月数|家数|率|比例)")]
    private static partial Regex Dimensionless();
}
