using DeptBudget.Model;
using K = DeptBudget.Model.AmountKeys;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// I9: Σ projects of 10 = 03 项目支出, by kind = the 03 kind columns; each target's amount in 12 = its project's
/// in 10; 11 预算总额 = 01 total and its 基本/项目 = 03.
/// </summary>
public sealed class I9_ProjectsAgree : Rule
{
    public override string Id => "I9";
    public override string TitleZh => "项目支出表与支出表、绩效目标表金额一致";

    private static readonly (string Word, string Key)[] Kinds =
    [
        ("其他运转", K.OperationalProject), ("运转类", K.OperationalProject), ("特定目标", K.SpecificPurposeProject),
        ("人员类", K.PersonnelProject), ("一般性项目", K.GeneralProject), ("专项资金", K.SpecialFund),
    ];

    public static string? KindKey(string? kind) => kind is null ? null : Kinds.FirstOrDefault(k => kind.Contains(k.Word)).Key;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var projects = context.Budget.Projects;
        var t10 = context.Table(TableIds.ProjectExpenditure);
        var t03 = context.TableWithData(TableIds.ExpenditureSummary);
        if (projects.Count == 0) yield return CannotRun(t10 is null ? "缺少项目支出预算表（10）" : "未能从项目支出表读出项目", TableIds.ProjectExpenditure);
        else if (t03 is null || Tables.TotalRow(t03) is not { } r03) yield return CannotRun("缺少支出总体情况表（03）合计行", TableIds.ExpenditureSummary);
        else
        {
            var where = t10 is null ? new FindingLocation(TableIds.ProjectExpenditure, "合计", null, null, null) : CheckContext.At(t10, Tables.TotalRow(t10), K.Total);
            var sum = projects.Sum(p => p.Total);
            var spent = t03.Amount(r03, K.ProjectExpenditure);
            // No project amount read (北京 prints no 项目支出表; its 绩效目标表's projects carry none), or the total and
            // unit rows counted among the projects (Σ = twice 03: 广州 表12's 合计 and 单位 rows): the projects were
            // misread, and the difference would be the misreading.
            // A 项目支出表 that says some projects are left out (保密) lists fewer than its 合计: its printed 合计
            // row, not the listed projects, is what 03 states; the kinds of the left-out projects are not known.
            if (t10 is not null && Tables.OmitsItems(t10) is { } note)
            {
                var printed = Tables.TotalOf(t10, K.Total);
                if (printed is { } pt && spent is { } ps && CheckContext.Differs(ps, pt, 1))
                    yield return Make(where, CheckContext.Amount(ps), CheckContext.Amount(pt),
                        $"项目支出表合计 {CheckContext.Amount(pt)} 应等于支出总体情况表项目支出 {CheckContext.Amount(ps)}，{CheckContext.Diff(ps, pt)}");
                yield return CannotRun($"项目支出表注明部分项目未列出（{note}），不核对所列项目之和及各类项目之和", TableIds.ProjectExpenditure);
            }
            else if (spent is > 0m && (projects.All(p => p.Total == 0m) || !CheckContext.Differs(2 * spent.Value, sum, projects.Count)))
                yield return CannotRun($"项目支出表 {projects.Count} 个项目合计 {CheckContext.Amount(sum)}，与支出总体情况表项目支出 {CheckContext.Amount(spent.Value)} 不可比（未读出项目金额，或合计、单位行被当作项目），未核对", TableIds.ProjectExpenditure);
            else if (spent is { } pe && CheckContext.Differs(pe, sum, projects.Count))
                yield return Make(where, CheckContext.Amount(pe), CheckContext.Amount(sum),
                    $"项目支出表 {projects.Count} 个项目合计 {CheckContext.Amount(sum)} 应等于支出总体情况表项目支出 {CheckContext.Amount(pe)}，{CheckContext.Diff(pe, sum)}");
            foreach (var g in projects.GroupBy(p => KindKey(p.Kind)).Where(g => g.Key is not null && t03.HasColumn(g.Key)))
            {
                var s = g.Sum(p => p.Total);
                var col = t03.Amount(r03, g.Key!) ?? 0m;
                if (CheckContext.Differs(col, s, g.Count()))
                    yield return Make(CheckContext.At(t03, r03, g.Key), CheckContext.Amount(s), CheckContext.Amount(col),
                        $"支出总体情况表“{t03.Columns[t03.ColumnIndex(g.Key!)].Header}”{CheckContext.Amount(col)} 应等于项目支出表该类 {g.Count()} 个项目之和 {CheckContext.Amount(s)}，{CheckContext.Diff(s, col)}");
            }
        }
        foreach (var f in Targets(context)) yield return f;
        foreach (var f in Department(context)) yield return f;
    }

    private IEnumerable<Finding> Targets(CheckContext context)
    {
        var projects = context.Budget.Projects;
        if (projects.Count == 0) yield break; // told once above
        if (context.ProjectTargets.Count == 0)
        {
            yield return CannotRun("未读到项目绩效目标，不核对绩效目标表与项目支出表的项目金额", TableIds.ProjectPerformanceTargets);
            yield break;
        }
        foreach (var target in context.ProjectTargets)
        {
            if (target.Amounts.Find(K.Total) is not { } amount) continue;
            var (p, how, _) = ProjectNames.Best(target.ProjectName, projects, x => x.Name);
            if (p is null || how == ProjectNames.Match.None || !CheckContext.Differs(p.Total, amount, 1)) continue;
            // “X-中央资金” is a part of project X, not X misnamed: P1 reports it, its amount is a part.
            if (how == ProjectNames.Match.Near && ProjectNames.Normalize(target.ProjectName).StartsWith(ProjectNames.Normalize(p.Name), StringComparison.Ordinal)) continue;
            yield return Make(new FindingLocation(TableIds.ProjectPerformanceTargets, target.ProjectName, "资金总额", null, null), CheckContext.Amount(p.Total), CheckContext.Amount(amount),
                $"绩效目标表“{target.ProjectName}”资金 {CheckContext.Amount(amount)} 与项目支出表“{p.Name}”{CheckContext.Amount(p.Total)} 不一致，{CheckContext.Diff(p.Total, amount)}");
        }
    }

    private IEnumerable<Finding> Department(CheckContext context)
    {
        var dt = context.Budget.DepartmentTarget;
        if (dt is null || dt.Budget.Count == 0) yield break;
        var t01 = context.TableWithData(TableIds.RevenueExpenditureSummary);
        var total = t01 is not null && Tables.IsTwoSided(t01)
            ? (TwoSidedTable.Find(TwoSidedTable.Of(t01).Revenue, TwoSidedTable.IsRevenueTotal)?.Amount) : null;
        var where = new FindingLocation(TableIds.DepartmentPerformanceTarget, "预算情况", null, null, null);
        if (dt.Budget.Find(K.Total) is { } bt && total is { } tt && CheckContext.Differs(tt, bt, 1))
            yield return Make(where with { Row = "部门预算总额" }, CheckContext.Amount(tt), CheckContext.Amount(bt),
                $"整体绩效目标表部门预算总额 {CheckContext.Amount(bt)} 应等于收支总体情况表收入总计 {CheckContext.Amount(tt)}，{CheckContext.Diff(tt, bt)}");
        var t03 = context.TableWithData(TableIds.ExpenditureSummary);
        if (t03 is null || Tables.TotalRow(t03) is not { } r) yield break;
        foreach (var (key, name) in new[] { (K.BasicExpenditure, "基本支出"), (K.ProjectExpenditure, "项目支出") })
            if (dt.Budget.Find(key) is { } v && t03.Amount(r, key) is { } x && CheckContext.Differs(x, v, 1))
                yield return Make(where with { Row = name }, CheckContext.Amount(x), CheckContext.Amount(v),
                    $"整体绩效目标表资金结构{name} {CheckContext.Amount(v)} 应等于支出总体情况表{name} {CheckContext.Amount(x)}，{CheckContext.Diff(x, v)}");
    }
}
