using DeptBudget.Model;
using K = DeptBudget.Model.AmountKeys;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// I6: 06 合计 = 05 基本支出; 06 人员经费 = 05 工资福利 + 对个人和家庭补助; 06 公用经费 = 05 商品和服务 + 资本性;
/// in 06 every 301/303 row is 人员经费 and every 302/310 row 公用经费.
/// </summary>
public sealed class I6_BasicExpenditureAgrees : Rule
{
    public override string Id => "I6";
    public override string TitleZh => "基本支出表与一般公共预算支出表一致，人员经费与公用经费归类正确";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var t06 = context.TableWithData(TableIds.GeneralBudgetBasicExpenditure);
        if (t06 is null) { yield return CannotRun("缺少一般公共预算基本支出情况表（06）", TableIds.GeneralBudgetBasicExpenditure); yield break; }
        foreach (var f in Columns(t06)) yield return f;
        foreach (var f in SummaryKinds(context, t06)) yield return f;

        var t05 = context.TableWithData(TableIds.GeneralBudgetExpenditure);
        var r05 = t05 is null ? null : Tables.TotalRow(t05);
        var r06 = Tables.TotalRow(t06);
        if (t05 is null || r05 is null || r06 is null) { yield return CannotRun("缺少一般公共预算支出情况表（05）或其合计行", TableIds.GeneralBudgetExpenditure); yield break; }
        foreach (var (key06, key05, parts, name) in new (string, string, string[], string)[]
                 {
                     (K.Total, K.BasicExpenditure, [], "基本支出"),
                     (K.PersonnelCost, K.PersonnelCost, [K.WagesAndBenefits, K.HouseholdTransfers], "人员经费（工资福利支出 + 对个人和家庭的补助）"),
                     (K.OperatingCost, K.OperatingCost, [K.GoodsAndServices, K.CapitalOutlay], "公用经费（商品和服务支出 + 资本性支出）"),
                 })
        {
            var a = t06.Amount(r06, key06);
            if (a is null && !t06.HasColumn(key06)) continue;
            decimal? b = t05.Amount(r05, key05);
            var cells = 1;
            if (b is null && parts.Any(t05.HasColumn)) { b = parts.Sum(p => t05.Amount(r05, p) ?? 0m); cells = parts.Count(t05.HasColumn); }
            if (b is null) continue;
            if (!CheckContext.Differs(b.Value, a ?? 0m, cells)) continue;
            yield return Make(CheckContext.At(t06, r06, key06), CheckContext.Amount(b.Value), CheckContext.Amount(a ?? 0m),
                $"一般公共预算基本支出表合计行“{t06.Columns[t06.ColumnIndex(key06)].Header}”{CheckContext.Amount(a ?? 0m)} 应等于一般公共预算支出表{name} {CheckContext.Amount(b.Value)}，{CheckContext.Diff(b.Value, a ?? 0m)}");
        }
    }

    /// <summary>
    /// A 收支总表 that lists its spending by kind (西安: 人员经费和公用经费支出; others: 人员经费, 公用经费) states the
    /// basic expenditure: it equals 06 where all basic spending is general public budget (06 合计 = 03 基本支出), and is
    /// never below it otherwise (06 is the general-budget part).
    /// </summary>
    private IEnumerable<Finding> SummaryKinds(CheckContext context, Table t06)
    {
        if (context.TableWithData(TableIds.RevenueExpenditureSummary) is not { } t01 || !Tables.IsTwoSided(t01)) yield break;
        if (Tables.TotalRow(t06) is not { } r06) yield break;
        var basic06 = t06.Amount(r06, K.Total);
        var basic03 = context.TableWithData(TableIds.ExpenditureSummary) is { } t03 && Tables.TotalRow(t03) is { } r03 ? t03.Amount(r03, K.BasicExpenditure) : null;
        var allGeneral = basic06 is { } b6 && basic03 is { } b3 && !CheckContext.Differs(b6, b3, 1);
        foreach (var item in TwoSidedTable.Of(t01).Expenditure)
        {
            var label = item.Label.Replace(" ", "");
            string? key = label switch
            {
                _ when label.Contains("人员经费和公用经费") || label.Contains("人员和公用经费") || Bare(label) == "基本支出" => K.Total,
                _ when Bare(label) is "人员经费" or "人员经费支出" => K.PersonnelCost,
                _ when Bare(label) is "公用经费" or "公用经费支出" => K.OperatingCost,
                _ => null,
            };
            if (key is null || item.Amount is not { } stated || t06.Amount(r06, key) is not { } inTable) continue;
            var wrong = allGeneral ? CheckContext.Differs(inTable, stated, 1) : inTable - stated > Money.SumTolerance(1);
            if (!wrong) continue;
            yield return Make(CheckContext.AtLabel(t01, item.Row, item.Label, item.Column), CheckContext.Amount(inTable), CheckContext.Amount(stated),
                $"收支总表“{item.Label.Trim()}”{CheckContext.Amount(stated)} {(allGeneral ? "应等于" : "不应小于")}基本支出表合计行“{t06.Columns[t06.ColumnIndex(key)].Header}”{CheckContext.Amount(inTable)}，{CheckContext.Diff(inTable, stated)}");
        }
    }

    /// <summary>The label without its number (1、 一、 （一）).</summary>
    private static string Bare(string label) => System.Text.RegularExpressions.Regex.Replace(label, @"^(?:[一二三四五六七八九十\d]+[、．.]|[（(][一二三四五六七八九十\d]+[）)])", "");

    /// <summary>301/303 are 人员经费, 302/310 are 公用经费: an amount in the other column is misfiled.</summary>
    private IEnumerable<Finding> Columns(Table t)
    {
        if (!t.HasColumn(K.PersonnelCost) || !t.HasColumn(K.OperatingCost)) yield break;
        foreach (var r in Tables.CodedRows(t))
        {
            var cls = r.Code![..3];
            var (right, wrong, kind) = cls switch
            {
                "301" or "303" => (K.PersonnelCost, K.OperatingCost, "人员经费"),
                "302" or "310" => (K.OperatingCost, K.PersonnelCost, "公用经费"),
                _ => (null, null, null),
            };
            if (right is null) continue;
            var misplaced = t.Amount(r, wrong!);
            if (misplaced is { } m && m != 0m)
                yield return Make(CheckContext.At(t, r, wrong), "0.00", CheckContext.Amount(m),
                    $"经济分类 {r.Code} {r.Name} 属于{kind}，却在“{t.Columns[t.ColumnIndex(wrong!)].Header}”列填了 {CheckContext.Amount(m)}");
        }
    }
}
