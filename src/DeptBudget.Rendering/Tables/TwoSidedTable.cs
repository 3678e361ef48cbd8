using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tables;

/// <summary>
/// 收支总体情况表 and 财政拨款收支总体情况表: revenue items on the left, expenditure on the right (by
/// functional 类 — every 类 the layout lists, blank when empty — or by kind), and footer rows pairing the
/// totals. The left amount column is the first amount column; the right columns follow the right item.
/// </summary>
internal static class TwoSidedTable
{
    public static Table Build(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var grid = new Grid(spec);
        var cols = spec.Columns;
        var leftItem = Index(cols, ColumnKeys.RevenueItem);
        var rightItem = Index(cols, ColumnKeys.ExpenditureItem);
        var leftGroup = cols.ToList().FindIndex(c => c.Key == ColumnKeys.RevenueGroup);
        // Left: item + its amount column(s) before the right item; right: the amount columns after it.
        var leftAmounts = Enumerable.Range(0, rightItem).Where(i => Grid.IsAmount(cols[i].Key)).ToList();
        var rightAmounts = Enumerable.Range(rightItem + 1, cols.Count - rightItem - 1).Where(i => Grid.IsAmount(cols[i].Key)).ToList();

        var left = spec.Left ?? [];
        var right = (spec.Right ?? []).SelectMany(r => r.Classes
            ? (r.ClassList ?? ctx.Layout.FunctionalClasses).Select(c => new SideRow(c.Label, null, c.Code.Length == 0 ? null : c.Code))
            : [r]).ToList();
        var n = Math.Max(left.Count, right.Count);
        for (var i = 0; i < n; i++)
        {
            var l = i < left.Count ? left[i] : null;
            var r = i < right.Count ? right[i] : null;
            var row = grid.Add(RowKind.Detail, r?.Class, l?.Label ?? r?.Label);
            Fill(row, l, r);
            row.Done();
        }
        foreach (var footer in spec.Footer ?? [])
        {
            var row = grid.Add(footer.IsTotal ? RowKind.Total : RowKind.Subtotal, null, footer.Left.Label ?? footer.Right.Label);
            Fill(row, footer.Left, footer.Right);
            row.Done();
        }
        return grid.Build(ctx, number);

        void Fill(Grid.Row row, SideRow? l, SideRow? r)
        {
            if (l is not null)
            {
                // "一般公共预算|小计": a group label and an item label, where the layout prints both columns.
                var label = l.Label ?? "";
                var bar = label.IndexOf('|');
                if (bar >= 0 && leftGroup >= 0) { row.At(leftGroup, label[..bar]); label = label[(bar + 1)..]; }
                else if (bar >= 0) label = label.Replace("|", "");
                row.At(leftItem, label);
                if (l.Key is not null)
                    foreach (var i in leftAmounts) row.At(i, grid.Cell(LeftValue(f, l.Key)));
            }
            if (r is not null)
            {
                row.At(rightItem, r.Label ?? "");
                if (r.Key is not null || r.Class is not null)
                    foreach (var i in rightAmounts) row.At(i, grid.Cell(RightValue(f, r, cols[i].Key)));
            }
        }
    }

    private static int Index(IReadOnlyList<ColumnSpec> cols, string key)
    {
        for (var i = 0; i < cols.Count; i++) if (cols[i].Key == key) return i;
        throw new InvalidDataException($"two-sided table needs a '{key}' column");
    }

    /// <summary>Revenue side: a source or a total; the appropriation table's 本年收入 is 财政拨款.</summary>
    private static decimal LeftValue(Figures f, string key) => f.Revenue(key);

    /// <summary>Expenditure side: one column (a source, or the total) of one row (a 类, a kind or a total).</summary>
    private static decimal? RightValue(Figures f, SideRow row, string column)
    {
        var kind = row.Key ?? AmountKeys.ExpenditureThisYear;
        if (kind == AmountKeys.ExpenditureTotal && column is AmountKeys.Total or AmountKeys.ExpenditureTotal)
            return f.ExpenditureTotal;
        if (kind == AmountKeys.CarryoverOut) return column is AmountKeys.Total or AmountKeys.ExpenditureTotal ? f.CarryoverOut : null;
        if (kind == AmountKeys.ExpenditureTotal) kind = AmountKeys.ExpenditureThisYear;
        switch (column)
        {
            case AmountKeys.Total:
            case AmountKeys.ExpenditureTotal:
            case AmountKeys.ExpenditureThisYear:
                return f.Expenditure(FundingScope.AllSources, kind, row.Class);
            case AmountKeys.GeneralPublicBudget:
                return f.Expenditure(FundingScope.GeneralPublicBudget, kind, row.Class);
            case AmountKeys.GovernmentFundBudget:
                return f.Expenditure(FundingScope.GovernmentFundBudget, kind, row.Class);
            case AmountKeys.StateCapitalBudget:
                return f.Expenditure(FundingScope.StateCapitalBudget, kind, row.Class);
            case AmountKeys.FiscalAppropriation:
                return f.Expenditure(FundingScope.GeneralPublicBudget, kind, row.Class)
                    + f.Expenditure(FundingScope.GovernmentFundBudget, kind, row.Class)
                    + f.Expenditure(FundingScope.StateCapitalBudget, kind, row.Class);
            default:
                // A part of a source (其中：财政拨款 …) is known by 类 only from revenue; by kind only in total.
                if (row.Class is not null) return f.RevenueByClass(column, row.Class);
                if (row.Key is null or AmountKeys.ExpenditureThisYear or AmountKeys.ExpenditureTotal) return f.Revenue(column);
                // By kind only where the part is the whole of 一般公共预算 (洛阳 2021: 财政拨款 = 5,110.37): it splits as that does.
                var part = f.Revenue(column);
                return part != 0 && part == f.Revenue(AmountKeys.GeneralPublicBudget)
                    ? f.Expenditure(FundingScope.GeneralPublicBudget, kind, null) : null;
        }
    }
}
