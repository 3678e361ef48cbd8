using DeptBudget.Model;
using DeptBudget.Model.Catalogues;

namespace DeptBudget.Checks.Rules;

/// <summary>I3: 01 本年收入 by source = 02 totals; 01 本年支出合计 = 03 合计; 01 by 类 = 03 summed by 类.</summary>
public sealed class I3_RevenueAndExpenditureAgree : Rule
{
    public override string Id => "I3";
    public override string TitleZh => "收支总表与收入表、支出表一致";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var t01 = context.TableWithData(TableIds.RevenueExpenditureSummary);
        if (t01 is null || !Tables.IsTwoSided(t01)) { yield return CannotRun("缺少收支总体情况表（01）", TableIds.RevenueExpenditureSummary); yield break; }
        var two = TwoSidedTable.Of(t01);
        var t02 = context.TableWithData(TableIds.RevenueSummary);
        var t03 = context.TableWithData(TableIds.ExpenditureSummary);
        if (t02 is null) yield return CannotRun("缺少收入总体情况表（02）", TableIds.RevenueSummary);
        else foreach (var f in Revenue(two, t02)) yield return f;
        if (t03 is null) { yield return CannotRun("缺少支出总体情况表（03）", TableIds.ExpenditureSummary); yield break; }
        foreach (var f in Expenditure(two, t03, ClassificationCatalogue.For(context.Year))) yield return f;
    }

    private IEnumerable<Finding> Revenue(TwoSidedTable two, Table t02)
    {
        var total = Tables.TotalRow(t02);
        if (total is null) yield break;
        var seen = new HashSet<string>();
        foreach (var item in two.Revenue)
        {
            if (item.Amount is null && TwoSidedTable.IsRevenueThisYear(item.Label)) continue;
            var key = TwoSidedTable.IsRevenueThisYear(item.Label) ? AmountKeys.RevenueThisYear : TwoSidedTable.SourceOf(item.Label);
            if (key is null || !seen.Add(key)) continue;
            decimal? other = t02.Amount(total, key);
            if (other is null && key == AmountKeys.RevenueThisYear && t02.Amount(total, AmountKeys.Total) is { } all)
                other = all - (t02.Amount(total, AmountKeys.CarryoverIn) ?? 0m);
            if (other is null && !t02.HasColumn(key)) continue;
            var a = item.Amount ?? 0m;
            var b = other ?? 0m;
            if (!CheckContext.Differs(a, b, 1)) continue;
            var col = t02.ColumnIndex(key);
            yield return Make(CheckContext.AtLabel(two.Table, item.Row, item.Label, item.Column), CheckContext.Amount(b), CheckContext.Amount(a),
                $"收支总体情况表“{item.Label.Trim()}”为 {CheckContext.Amount(a)}，收入总体情况表合计行“{(col >= 0 ? t02.Columns[col].Header : "合计")}”为 {CheckContext.Amount(b)}，{CheckContext.Diff(b, a)}");
        }
    }

    private IEnumerable<Finding> Expenditure(TwoSidedTable two, Table t03, ClassificationCatalogue catalogue)
    {
        var total = Tables.TotalRow(t03);
        var thisYear = TwoSidedTable.Find(two.Expenditure, TwoSidedTable.IsExpenditureThisYear)
                       ?? TwoSidedTable.Find(two.Expenditure, TwoSidedTable.IsExpenditureTotal);
        if (total is not null && thisYear?.Amount is { } a && t03.Amount(total, AmountKeys.Total) is { } t)
        {
            var b = t - (t03.Amount(total, AmountKeys.CarryoverOut) ?? 0m);
            if (CheckContext.Differs(b, a, 1))
                yield return Make(CheckContext.AtLabel(two.Table, thisYear.Row, thisYear.Label, thisYear.Column), CheckContext.Amount(b), CheckContext.Amount(a),
                    $"收支总体情况表“{thisYear.Label.Trim()}”{CheckContext.Amount(a)} 应等于支出总体情况表合计 {CheckContext.Amount(b)}，{CheckContext.Diff(b, a)}");
        }
        // A 03 printed with names only has no 类 to sum by.
        if (!Tables.CodedRows(t03).Any()) { yield return CannotRun("支出总体情况表没有科目编码，无法按类核对", t03.Id); yield break; }
        var byClass = Tables.SumByPrefix(t03, AmountKeys.Total, 3);
        var matched = new HashSet<string>();
        foreach (var item in two.Expenditure.Where(i => TwoSidedTable.Rank(i.Label) == 1))
        {
            var code = ClassLabels.CodeOf(item.Label, catalogue);
            if (code is null || !matched.Add(code)) continue;
            var (sum, n) = byClass.GetValueOrDefault(code);
            var a2 = item.Amount ?? 0m;
            if (!CheckContext.Differs(sum, a2, Math.Max(n, 1))) continue;
            yield return Make(CheckContext.AtLabel(two.Table, item.Row, item.Label, item.Column), CheckContext.Amount(sum), CheckContext.Amount(a2),
                $"收支总体情况表“{item.Label.Trim()}”为 {CheckContext.Amount(a2)}，支出总体情况表 {code} 类各项合计 {CheckContext.Amount(sum)}（{n} 行），{CheckContext.Diff(sum, a2)}");
        }
        // A 类 in 03 that 01 does not show at all (only when 01 lists expenditure by 类).
        if (matched.Count == 0) yield break;
        foreach (var (code, (sum, n)) in byClass)
            if (!matched.Contains(code) && sum != 0m && catalogue.Functional.Find(code) is { } e)
                yield return Make(new FindingLocation(two.Table.Id, e.Name, null, null, null), CheckContext.Amount(sum), "（无）",
                    $"支出总体情况表有 {code} {e.Name} 类支出 {CheckContext.Amount(sum)}（{n} 行），收支总体情况表没有列出该类");
    }
}
