using DeptBudget.Model;
using DeptBudget.Model.Catalogues;
using K = DeptBudget.Model.AmountKeys;

namespace DeptBudget.Checks.Rules;

/// <summary>I5: 04 财政拨款 revenue = the appropriation columns of 02; 04 by 类 = 05 by 类 (+ 09, + 国有资本).</summary>
public sealed class I5_AppropriationAgrees : Rule
{
    public override string Id => "I5";
    public override string TitleZh => "财政拨款收支总表与收入表、一般公共预算支出表一致";

    private static readonly string[] Sources = [K.GeneralPublicBudget, K.OwnLevelAppropriation, K.GovernmentFundBudget, K.StateCapitalBudget, K.FiscalAppropriation];

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var t04 = context.TableWithData(TableIds.AppropriationSummary);
        if (t04 is null || !Tables.IsTwoSided(t04)) { yield return CannotRun("缺少财政拨款收支总体情况表（04）", TableIds.AppropriationSummary); yield break; }
        var two = TwoSidedTable.Of(t04);
        if (context.TableWithData(TableIds.RevenueSummary) is { } t02 && Tables.TotalRow(t02) is { } total)
        {
            foreach (var item in two.Revenue.TakeWhile(i => TwoSidedTable.SourceOf(i.Label) != K.CarryoverIn))
            {
                var key = TwoSidedTable.SourceOf(item.Label);
                if (key is null || !Sources.Contains(key) || !t02.HasColumn(key)) continue;
                var b = t02.Amount(total, key) ?? 0m;
                var a = item.Amount ?? 0m;
                if (CheckContext.Differs(b, a, 1))
                    yield return Make(CheckContext.AtLabel(t04, item.Row, item.Label, item.Column), CheckContext.Amount(b), CheckContext.Amount(a),
                        $"财政拨款收支总体情况表“{item.Label.Trim()}”{CheckContext.Amount(a)} 应等于收入总体情况表合计行“{t02.Columns[t02.ColumnIndex(key)].Header}”{CheckContext.Amount(b)}，{CheckContext.Diff(b, a)}");
            }
        }
        else yield return CannotRun("缺少收入总体情况表（02），无法核对财政拨款收入", TableIds.RevenueSummary);

        var t05 = context.TableWithData(TableIds.GeneralBudgetExpenditure);
        if (t05 is null) { yield return CannotRun("缺少一般公共预算支出情况表（05）", TableIds.GeneralBudgetExpenditure); yield break; }
        // A 05 printed with names only (杭州: 科学技术支出 / 技术研究与开发 …, no 科目编码) has no 类 to sum by.
        if (!Tables.CodedRows(t05).Any()) { yield return CannotRun("一般公共预算支出表没有科目编码，无法按类核对", t05.Id); yield break; }
        var s05 = Tables.SumByPrefix(t05, K.Total, 3);
        var s09 = context.TableWithData(TableIds.GovernmentFundExpenditure) is { } t09 ? Tables.SumByPrefix(t09, K.Total, 3) : [];
        var sSc = context.TableWithData(TableIds.StateCapitalExpenditure) is { } tsc ? Tables.SumByPrefix(tsc, K.Total, 3) : [];
        var catalogue = ClassificationCatalogue.For(context.Year);
        var gi = t04.ColumnIndex(K.GeneralPublicBudget);
        var column = gi > t04.ColumnIndex(ColumnKeys.ExpenditureItem) ? gi : two.ExpenditureColumn;
        var onlyGeneral = column == gi;
        var seen = new HashSet<string>();
        foreach (var item in two.Expenditure)
        {
            var code = ClassLabels.CodeOf(item.Label, catalogue);
            if (code is null || !seen.Add(code)) continue;
            var a = item.Row.Amount(column) ?? 0m;
            var (b, n) = s05.GetValueOrDefault(code);
            if (!onlyGeneral)
            {
                b += s09.GetValueOrDefault(code).Sum + sSc.GetValueOrDefault(code).Sum;
                n += s09.GetValueOrDefault(code).Cells + sSc.GetValueOrDefault(code).Cells;
            }
            if (!CheckContext.Differs(b, a, Math.Max(n, 1))) continue;
            yield return Make(CheckContext.AtLabel(t04, item.Row, item.Label, column), CheckContext.Amount(b), CheckContext.Amount(a),
                $"财政拨款收支总体情况表“{item.Label.Trim()}”（{t04.Columns[column].Header}）{CheckContext.Amount(a)} 应等于一般公共预算支出表{(onlyGeneral ? "" : "及政府性基金、国有资本经营预算支出表")} {code} 类合计 {CheckContext.Amount(b)}，{CheckContext.Diff(b, a)}");
        }
    }
}
