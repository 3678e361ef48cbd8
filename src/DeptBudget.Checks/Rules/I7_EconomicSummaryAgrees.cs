using DeptBudget.Model;
using K = DeptBudget.Model.AmountKeys;

namespace DeptBudget.Checks.Rules;

/// <summary>I7: 07 总计 = 01 本年支出合计; 07 by funding column = 02 by source.</summary>
public sealed class I7_EconomicSummaryAgrees : Rule
{
    public override string Id => "I7";
    public override string TitleZh => "支出经济分类汇总表与收支总表、收入表一致";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var t07 = context.TableWithData(TableIds.EconomicClassificationSummary);
        if (t07 is null) { yield return CannotRun("缺少支出经济分类汇总表（07）", TableIds.EconomicClassificationSummary); yield break; }
        var r07 = Tables.TotalRow(t07);
        if (r07 is null) { yield return CannotRun("支出经济分类汇总表没有合计行", t07.Id); yield break; }

        if (context.TableWithData(TableIds.RevenueExpenditureSummary) is { } t01 && Tables.IsTwoSided(t01)
            && TwoSidedTable.Find(TwoSidedTable.Of(t01).Expenditure, TwoSidedTable.IsExpenditureThisYear) is { Amount: { } a }
            && t07.Amount(r07, K.Total) is { } b && CheckContext.Differs(a, b, 1))
            yield return Make(CheckContext.At(t07, r07, K.Total), CheckContext.Amount(a), CheckContext.Amount(b),
                $"支出经济分类汇总表总计 {CheckContext.Amount(b)} 应等于收支总体情况表本年支出合计 {CheckContext.Amount(a)}，{CheckContext.Diff(a, b)}");

        var t02 = context.TableWithData(TableIds.RevenueSummary);
        if (t02 is null || Tables.TotalRow(t02) is not { } r02) { yield return CannotRun("缺少收入总体情况表（02），无法按资金来源核对", TableIds.RevenueSummary); yield break; }
        foreach (var c in t07.Columns.Where(Tables.IsAmountColumn))
        {
            if (c.Key == K.Total || !t02.HasColumn(c.Key)) continue;
            var x = t07.Amount(r07, c.Key) ?? 0m;
            var y = t02.Amount(r02, c.Key) ?? 0m;
            if (!CheckContext.Differs(y, x, 1)) continue;
            yield return Make(CheckContext.At(t07, r07, c.Key), CheckContext.Amount(y), CheckContext.Amount(x),
                $"支出经济分类汇总表合计行“{c.Header}”{CheckContext.Amount(x)} 应等于收入总体情况表“{t02.Columns[t02.ColumnIndex(c.Key)].Header}”{CheckContext.Amount(y)}，{CheckContext.Diff(y, x)}");
        }
    }
}
