using DeptBudget.Model;
using DeptBudget.Model.Catalogues;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// X1: the same figure prints the same digits in every table. A 类 total is rounded once from the same 元 amount,
/// so 收支总表, 财政拨款收支总表 and the coded 支出 tables that print it differ either by a real amount (I3/I5 report
/// that) or not at all: a difference within rounding (普陀财政局 2024 决算: 社会保障和就业支出 326.71 in the two summary
/// tables, 326.72 in the others) is the same figure printed differently. Only printed 类 cells are compared, never sums.
/// </summary>
public sealed class X1_SameFigureSamePrint : Rule
{
    public override string Id => "X1";
    public override string TitleZh => "同一数字在各表中一致";
    public override Severity DefaultSeverity => Severity.Warning;

    private static readonly string[] TwoSided = [TableIds.RevenueExpenditureSummary, TableIds.AppropriationSummary];
    private static readonly string[] Coded = [TableIds.ExpenditureSummary, TableIds.GeneralBudgetExpenditure];

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var catalogue = ClassificationCatalogue.For(context.Year);
        var prints = new List<(string Code, decimal Value, Table Table, FindingLocation Where)>();
        foreach (var id in TwoSided)
            if (context.TableWithData(id) is { } t && Tables.IsTwoSided(t))
                foreach (var item in TwoSidedTable.Of(t).Expenditure.Where(i => TwoSidedTable.Rank(i.Label) == 1 && i.Amount is not null))
                    if (ClassLabels.CodeOf(item.Label, catalogue) is { } code)
                        prints.Add((code, item.Amount!.Value, t, CheckContext.AtLabel(t, item.Row, item.Label, item.Column)));
        foreach (var id in Coded)
            if (context.TableWithData(id) is { } t)
                foreach (var r in t.Rows.Where(r => r.Code is { Length: 3 } && r.Code.All(char.IsAsciiDigit)))
                    if (t.Amount(r, AmountKeys.Total) is { } v)
                        prints.Add((r.Code!, v, t, CheckContext.At(t, r, AmountKeys.Total)));
        if (prints.Count == 0) { yield return CannotRun("没有读到按类列示支出的收支总表或支出表"); yield break; }
        foreach (var g in prints.GroupBy(p => p.Code))
        {
            var values = g.Select(p => p.Value).Distinct().Order().ToList();
            // Two prints apart by no more than a cent per table are one figure rounded differently.
            if (values.Count != 2 || values[1] - values[0] > 0.01m * (g.Count() - 1) || values[1] - values[0] == 0m) continue;
            var minority = g.GroupBy(p => p.Value).OrderBy(v => v.Count()).ThenBy(v => v.Key).First();
            var majority = g.Where(p => p.Value != minority.Key).ToList();
            var name = catalogue.Functional.Find(g.Key)?.Name ?? g.Key;
            var first = minority.First();
            yield return Make(first.Where, CheckContext.Amount(majority[0].Value), CheckContext.Amount(minority.Key),
                $"{g.Key} {name}：{string.Join("、", minority.Select(p => p.Table.Title))}印作 {CheckContext.Amount(minority.Key)}，" +
                $"{string.Join("、", majority.Select(p => p.Table.Title))}印作 {CheckContext.Amount(majority[0].Value)}，同一数字各表不一致");
        }
    }
}
