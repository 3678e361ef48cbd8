using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tables;

/// <summary>
/// The totals the source document prints, so that a produced document prints them too (issue 15: 西峡's
/// 10,902.00 became 10,901.99, re-added from rows each rounded to the cent). A sum is recomputed only where
/// nothing states it, or where the parts moved further from the stated figure than their rounding explains
/// (an edited budget: the stated total is stale then, and the sum of the new parts is printed).
/// </summary>
public sealed class StatedTotals
{
    public static readonly StatedTotals None = new([], null);

    private readonly IReadOnlyList<Table> _tables;
    private readonly Dictionary<(string Scope, string Key), decimal> _whole = [];

    /// <summary>Scope of revenue totals in <see cref="Whole"/>; expenditure uses the layouts' scope words.</summary>
    public const string Revenue = "revenue";

    /// <param name="tables">The source disclosure's tables as printed.</param>
    /// <param name="layout">Which of them state the department's revenue and expenditure totals (by kind and scope).</param>
    public StatedTotals(IReadOnlyList<Table> tables, Layout? layout)
    {
        _tables = tables.Where(t => t.AmountUnit is null or "万元").ToList();
        if (layout is null) return;
        foreach (var spec in layout.Tables)
        {
            var scope = spec.Kind == "unitRevenue" ? Revenue : spec.Kind == "functional" ? spec.Scope ?? "allSources" : null;
            if (scope is null || _tables.FirstOrDefault(t => t.Id == spec.Id) is not { } t) continue;
            if (t.Rows.FirstOrDefault(r => r.Kind == RowKind.Total) is not { } total) continue;
            for (var i = 0; i < t.Columns.Count; i++)
                if (total.Amount(i) is { } v) _whole.TryAdd((scope, t.Columns[i].Key), v);
        }
    }

    /// <summary>The department's total under a key as a table's 合计 row states it (revenue: the 总计 column is RevenueTotal).</summary>
    public decimal? Whole(string scope, string key)
    {
        if (_whole.TryGetValue((scope, key), out var v)) return v;
        if (scope == Revenue && key is AmountKeys.RevenueTotal && _whole.TryGetValue((scope, AmountKeys.Total), out v)) return v;
        return null;
    }

    /// <summary>The stated figure when it explains the computed one as rounding of at most <paramref name="parts"/> cents; else the computed.</summary>
    public static decimal Prefer(decimal? stated, decimal computed, int parts) =>
        stated is { } s && s != computed && Math.Abs(s - computed) <= Money.SumTolerance(Math.Max(parts, 1)) ? s : computed;

    /// <summary>
    /// A produced table with each cell the source table of the same id states for the same row (same label, or code and name,
    /// and unit) and column (same meaning) where that differs from ours by rounding only. Rows that match several source
    /// rows (a code printed twice) are left as computed.
    /// </summary>
    public Table Apply(Table produced)
    {
        if (_tables.FirstOrDefault(t => t.Id == produced.Id) is not { } source || source.Rows.Count == 0) return produced;
        var parts = Math.Max(1, produced.Rows.Count);
        var rows = produced.Rows.ToList();
        var changed = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = row.Cells.ToArray();
            for (var c = 0; c < cells.Length && c < produced.Columns.Count; c++)
            {
                var key = produced.Columns[c].Key;
                if (!Grid.IsAmount(key) || row.Amount(c) is not { } ours) continue;
                var sc = SourceColumn(source, key);
                if (sc < 0) continue;
                var label = Label(produced, row, c);
                var matches = source.Rows.Where(s => s.UnitCode == row.UnitCode && Label(source, s, sc) == label).Take(2).ToList();
                if (matches is not [var m] || m.Amount(sc) is not { } stated) continue;
                var best = Prefer(stated, ours, parts);
                if (best == ours) continue;
                cells[c] = Money.Plain(best);
                changed = true;
            }
            rows[r] = row with { Cells = cells };
        }
        return changed ? produced with { Rows = rows } : produced;
    }

    // A layout and a reader may name the one amount column of a side differently (支出 金额: total / expenditureTotal).
    private static readonly string[][] SameColumn =
        [[AmountKeys.Total, AmountKeys.ExpenditureTotal], [AmountKeys.Total, AmountKeys.RevenueTotal]];

    private static int SourceColumn(Table source, string key)
    {
        var i = source.ColumnIndex(key);
        if (i >= 0) return i;
        foreach (var same in SameColumn.Where(g => g.Contains(key)))
            foreach (var other in same.Where(k => k != key))
                if ((i = source.ColumnIndex(other)) >= 0) return i;
        return -1;
    }

    // What a cell is about: in a two-sided table the item text of its own side (the nearest text column to its left),
    // elsewhere the row's code and name.
    private static string Label(Table t, TableRow row, int column)
    {
        for (var i = column - 1; i >= 0; i--)
        {
            var key = t.Columns[i].Key;
            if (key is ColumnKeys.RevenueItem or ColumnKeys.ExpenditureItem)
                return i < row.Cells.Count ? Normalise(row.Cells[i]) : "";
        }
        return $"{row.Code}|{Normalise(row.Name ?? "")}";
    }

    private static string Normalise(string s) => new(s.Where(ch => !char.IsWhiteSpace(ch)).ToArray());
}
