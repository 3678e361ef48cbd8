using DeptBudget.Model;
using K = DeptBudget.Model.AmountKeys;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// I4: in 03 合计 = 基本 + 项目 on every row; 05 is 03 restricted to the general public budget (equal when that is
/// the only source); 09 is 03 restricted to government funds (an empty 09 means no such money anywhere).
/// </summary>
public sealed class I4_ExpenditureByScope : Rule
{
    public override string Id => "I4";
    public override string TitleZh => "支出总表与一般公共预算、政府性基金支出表一致";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var t03 = context.TableWithData(TableIds.ExpenditureSummary);
        if (t03 is null) { yield return CannotRun("缺少支出总体情况表（03）", TableIds.ExpenditureSummary); yield break; }
        var own = BasicPlusProject(t03).ToList();
        foreach (var f in own) yield return f;

        var t05 = context.TableWithData(TableIds.GeneralBudgetExpenditure);
        if (t05 is null) yield return CannotRun("缺少一般公共预算支出情况表（05）", TableIds.GeneralBudgetExpenditure);
        // 03's own 合计 = 基本 + 项目 failing row after row (or a grid not placed) means its columns were misread:
        // comparing 05 with them row by row would report the misreading once per row.
        else if (MisreadTables.Cascade(own.Count, t03.Rows.Count) || MisreadTables.Unplaced(t03))
            yield return CannotRun("支出总体情况表的基本支出、项目支出列未能正确读出，未与一般公共预算支出情况表逐行核对", TableIds.ExpenditureSummary);
        else foreach (var f in Restriction(t03, t05, OnlyGeneralBudget(context))) yield return f;

        foreach (var f in GovernmentFunds(context, t03)) yield return f;
    }

    /// <summary>The figures of a row under amount columns right of 合计 whose header has no known meaning.</summary>
    private static decimal Unnamed(Table t, TableRow r, int totalIndex)
    {
        var sum = 0m;
        for (var c = totalIndex + 1; c < t.Columns.Count; c++)
            if (t.Columns[c].Key.StartsWith('?') && r.Amount(c) is { } v) sum += v;
        return sum;
    }

    private IEnumerable<Finding> BasicPlusProject(Table t)
    {
        var ti = t.ColumnIndex(K.Total);
        if (ti < 0 || !t.HasColumn(K.BasicExpenditure) || !t.HasColumn(K.ProjectExpenditure)) yield break;
        foreach (var r in t.Rows.Where(r => r.Kind != RowKind.Text))
        {
            var basic = t.Amount(r, K.BasicExpenditure) ?? 0m;
            var project = t.Amount(r, K.ProjectExpenditure) ?? 0m;
            var carry = t.Amount(r, K.CarryoverOut) ?? 0m;
            var total = r.Amount(ti);
            if (total is null && basic == 0m && project == 0m) continue;
            var sum = basic + project + carry;
            if (!CheckContext.Differs(sum, total ?? 0m, carry == 0m ? 2 : 3)) continue;
            // 合计 covers every spending column the table prints: one of no known meaning beside 基本/项目
            // (单位预留机动经费) is part of it, so the row holds when 合计 is the sum with that column too.
            var unnamed = Unnamed(t, r, ti);
            if (unnamed != 0m && !CheckContext.Differs(sum + unnamed, total ?? 0m, 3)) continue;
            yield return Make(CheckContext.At(t, r, K.Total), CheckContext.Amount(sum), CheckContext.Amount(total ?? 0m),
                $"“{Tables.RowLabel(r)}”合计应等于基本支出 {CheckContext.Amount(basic)} + 项目支出 {CheckContext.Amount(project)}{(carry != 0 ? $" + 结转下年 {CheckContext.Amount(carry)}" : "")} = {CheckContext.Amount(sum)}，表中为 {CheckContext.Amount(total ?? 0m)}，{CheckContext.Diff(sum, total ?? 0m)}");
        }
    }

    /// <summary>
    /// True when the revenue tables show no money besides the general public budget. Spending from 年初结转和结余
    /// (a 决算's 支出决算表 includes it; so does a budget's 上年结转) may be of any source, so where the document
    /// carries money over, 05 need only not exceed 03.
    /// </summary>
    private static bool OnlyGeneralBudget(CheckContext context)
    {
        if (CarriedOver(context)) return false;
        var t02 = context.TableWithData(TableIds.RevenueSummary);
        if (t02 is null || Tables.TotalRow(t02) is not { } r) return false;
        var all = t02.Amount(r, K.Total);
        var general = t02.Amount(r, K.GeneralPublicBudget) ?? t02.Amount(r, K.FiscalAppropriation);
        return all is not null && general is not null && !CheckContext.Differs(all.Value, general.Value, 1);
    }

    private static bool CarriedOver(CheckContext context)
    {
        if (context.TableWithData(TableIds.RevenueExpenditureSummary) is { } t01 && Tables.IsTwoSided(t01)
            && TwoSidedTable.Of(t01).Revenue.Any(i => TwoSidedTable.SourceOf(i.Label) == K.CarryoverIn && i.Amount is { } v && v != 0m))
            return true;
        return context.TableWithData(TableIds.RevenueSummary) is { } t02 && Tables.TotalRow(t02) is { } r
            && (t02.Amount(r, K.CarryoverIn) ?? 0m) != 0m;
    }

    private IEnumerable<Finding> Restriction(Table t03, Table t05, bool equal)
    {
        var keys = t05.Columns.Where(Tables.IsAmountColumn).Select(c => c.Key).Where(t03.HasColumn).ToList();
        foreach (var key in keys)
        {
            var s03 = Tables.SumByPrefix(t03, key, 7);
            var s05 = Tables.SumByPrefix(t05, key, 7);
            foreach (var code in s03.Keys.Union(s05.Keys).Order(StringComparer.Ordinal))
            {
                var a = s03.GetValueOrDefault(code).Sum;
                var b = s05.GetValueOrDefault(code).Sum;
                var cells = Math.Max(s03.GetValueOrDefault(code).Cells, s05.GetValueOrDefault(code).Cells);
                var bad = equal ? CheckContext.Differs(a, b, cells) : b - a > Money.SumTolerance(Math.Max(cells, 1));
                if (!bad) continue;
                var row = Tables.LeafRows(t05).FirstOrDefault(r => r.Code == code);
                var where = row is not null ? CheckContext.At(t05, row, key) : new FindingLocation(t05.Id, code, t05.Columns[t05.ColumnIndex(key)].Header, null, null);
                yield return Make(where, CheckContext.Amount(a), CheckContext.Amount(b), equal
                    ? $"收入全部来自一般公共预算，一般公共预算支出表 {code}“{t05.Columns[t05.ColumnIndex(key)].Header}”{CheckContext.Amount(b)} 应等于支出总体情况表 {CheckContext.Amount(a)}，{CheckContext.Diff(a, b)}"
                    : $"一般公共预算支出表 {code}“{t05.Columns[t05.ColumnIndex(key)].Header}”{CheckContext.Amount(b)} 大于支出总体情况表 {CheckContext.Amount(a)}，{CheckContext.Diff(a, b)}");
            }
        }
    }

    private IEnumerable<Finding> GovernmentFunds(CheckContext context, Table t03)
    {
        var t09 = context.Table(TableIds.GovernmentFundExpenditure);
        if (t09 is null) { yield return CannotRun("缺少政府性基金预算支出情况表（09）", TableIds.GovernmentFundExpenditure); yield break; }
        var funds = GovernmentFundRevenue(context);
        if (Tables.IsEmpty(t09))
        {
            if (funds is { } f && f.Amount != 0m)
                yield return Make(new FindingLocation(t09.Id, null, null, null, t09.EmptyNote), "0.00", CheckContext.Amount(f.Amount),
                    $"政府性基金预算支出表为空（{t09.EmptyNote ?? "无数据"}），但{f.Where}列有政府性基金 {CheckContext.Amount(f.Amount)}");
            yield break;
        }
        var total = Tables.TotalOf(t09, K.Total) ?? Tables.LeafRows(t09).Sum(r => t09.Amount(r, K.Total) ?? 0m);
        if (funds is { } g && CheckContext.Differs(g.Amount, total, 1))
            yield return Make(CheckContext.At(t09, Tables.TotalRow(t09), K.Total), CheckContext.Amount(g.Amount), CheckContext.Amount(total),
                $"政府性基金预算支出表合计 {CheckContext.Amount(total)} 应等于{g.Where}的政府性基金 {CheckContext.Amount(g.Amount)}，{CheckContext.Diff(g.Amount, total)}");
    }

    private static (decimal Amount, string Where)? GovernmentFundRevenue(CheckContext context)
    {
        if (context.TableWithData(TableIds.RevenueSummary) is { } t02 && Tables.TotalRow(t02) is { } r && t02.HasColumn(K.GovernmentFundBudget))
            return (t02.Amount(r, K.GovernmentFundBudget) ?? 0m, "收入总体情况表合计行");
        if (context.TableWithData(TableIds.RevenueExpenditureSummary) is { } t01 && Tables.IsTwoSided(t01))
        {
            var item = TwoSidedTable.Of(t01).Revenue.FirstOrDefault(i => TwoSidedTable.SourceOf(i.Label) == K.GovernmentFundBudget);
            if (item is not null) return (item.Amount ?? 0m, "收支总体情况表");
        }
        return null;
    }
}
