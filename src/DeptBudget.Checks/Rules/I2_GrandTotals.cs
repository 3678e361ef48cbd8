using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>I2: 收入总计 = 本年收入合计 + 结转等; 支出总计 = 本年支出合计 + 年终结转结余; 收入总计 = 支出总计 (01 and 04).</summary>
public sealed class I2_GrandTotals : Rule
{
    public override string Id => "I2";
    public override string TitleZh => "收入总计与支出总计平衡";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var any = false;
        foreach (var id in new[] { TableIds.RevenueExpenditureSummary, TableIds.AppropriationSummary })
        {
            var t = context.TableWithData(id);
            if (t is null || !Tables.IsTwoSided(t)) continue;
            any = true;
            var two = TwoSidedTable.Of(t);
            var revTotal = TwoSidedTable.Find(two.Revenue, TwoSidedTable.IsRevenueTotal);
            var expTotal = TwoSidedTable.Find(two.Expenditure, TwoSidedTable.IsExpenditureTotal);
            foreach (var f in Side(t, two.Revenue, TwoSidedTable.IsRevenueThisYear, revTotal, "收入")) yield return f;
            foreach (var f in Side(t, two.Expenditure, TwoSidedTable.IsExpenditureThisYear, expTotal, "支出")) yield return f;
            if (revTotal?.Amount is { } r && expTotal?.Amount is { } e && CheckContext.Differs(r, e, 1))
                yield return Make(CheckContext.AtLabel(t, expTotal.Row, expTotal.Label, expTotal.Column), CheckContext.Amount(r), CheckContext.Amount(e),
                    $"收入总计 {CheckContext.Amount(r)} 应等于支出总计 {CheckContext.Amount(e)}，{CheckContext.Diff(r, e)}");
        }
        if (!any) yield return CannotRun("缺少收支总体情况表和财政拨款收支总体情况表", TableIds.RevenueExpenditureSummary);
    }

    private IEnumerable<Finding> Side(Table t, List<TwoSidedTable.Item> items, Func<string, bool> isThisYear, TwoSidedTable.Item? total, string side)
    {
        if (total is null)
        {
            yield return CannotRun($"“{t.Title}”中没有{side}总计行", t.Id);
            yield break;
        }
        var at = items.FindIndex(i => isThisYear(i.Label));
        var end = items.IndexOf(total);
        if (at < 0 || end < at) yield break;
        var thisYear = items[at];
        var between = items.Skip(at + 1).Take(end - at - 1).ToList();
        // A numbered 一、本年支出合计 is followed by its own parts (杭州 04 lists 类, 款 and 项 by name only) until
        // the next numbered line (二、年终结转结余): those parts are in it already, not beside it.
        if (TwoSidedTable.Rank(thisYear.Label) == 1)
            between = between.SkipWhile(i => TwoSidedTable.Rank(i.Label) != 1).ToList();
        // Numbered lines under an unnumbered one are its parts (决算: 年初财政拨款结转和结余, then 一、一般公共预算财政拨款 …).
        var firstPlain = between.FindIndex(i => TwoSidedTable.Rank(i.Label) == 0);
        var below = between.Where((i, k) => TwoSidedTable.Rank(i.Label) == 0 || TwoSidedTable.Rank(i.Label) == 1 && (firstPlain < 0 || k < firstPlain)).ToList();
        var sum = (thisYear.Amount ?? 0m) + below.Sum(b => b.Amount ?? 0m);
        var actual = total.Amount ?? 0m;
        if (!CheckContext.Differs(sum, actual, 1 + below.Count)) yield break;
        var expr = string.Join(" + ", new[] { thisYear }.Concat(below).Select(i => $"{i.Label.Trim()} {CheckContext.Amount(i.Amount ?? 0m)}"));
        yield return Make(CheckContext.AtLabel(t, total.Row, total.Label, total.Column), CheckContext.Amount(sum), CheckContext.Amount(actual),
            $"{side}总计应等于 {expr} = {CheckContext.Amount(sum)}，表中为 {CheckContext.Amount(actual)}，{CheckContext.Diff(sum, actual)}");
    }
}
