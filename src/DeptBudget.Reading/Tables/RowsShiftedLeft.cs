using DeptBudget.Model;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// A table that runs over pages is gridded page by page: a later page whose grid lacks the first page's
/// leftmost column (北京 预算03表: an unheaded ruled column on page 1 only, the header not printed again) puts
/// every row one column to the left, its first amount under a code column. Such a row is moved right by one
/// where that puts each of its amounts under an amount column and drops nothing but an empty last cell; rows
/// that already sit under their header are the rule this is measured against, and are left alone.
/// </summary>
public static class RowsShiftedLeft
{
    public static List<(int Line, IReadOnlyList<string> Cells)> Repair(
        IReadOnlyList<Column> columns, List<(int Line, IReadOnlyList<string> Cells)> rows)
    {
        // Only where some rows sit under their header: those say where the columns are.
        if (!rows.Any(r => Misplaced(columns, r.Cells) == 0 && Placed(columns, r.Cells) > 0)) return rows;
        return rows.Select(r =>
        {
            if (Misplaced(columns, r.Cells) == 0 || r.Cells.Count == 0 || r.Cells[^1].Length > 0) return r;
            var moved = (IReadOnlyList<string>)new[] { "" }.Concat(r.Cells.Take(r.Cells.Count - 1)).ToList();
            return Misplaced(columns, moved) == 0 && Placed(columns, moved) > 0 ? (r.Line, moved) : r;
        }).ToList();
    }

    /// <summary>Amounts under a code or name column (or past the last column).</summary>
    private static int Misplaced(IReadOnlyList<Column> columns, IReadOnlyList<string> cells) =>
        cells.Select((c, i) => (c, i)).Count(x => TextNormalizer.LooksLikeMoney(x.c) && (x.i >= columns.Count || IsTextColumn(columns[x.i].Key)));

    /// <summary>Amounts under a column of known amount meaning.</summary>
    private static int Placed(IReadOnlyList<Column> columns, IReadOnlyList<string> cells) =>
        cells.Select((c, i) => (c, i)).Count(x => TextNormalizer.LooksLikeMoney(x.c) && x.i < columns.Count && IsAmountColumn(columns[x.i].Key));

    private static bool IsTextColumn(string key) => key.StartsWith("code", StringComparison.Ordinal) || key.StartsWith("govCode", StringComparison.Ordinal)
        || key is ColumnKeys.Name or ColumnKeys.GovName or ColumnKeys.UnitCode or ColumnKeys.UnitName or ColumnKeys.ProjectKind;

    private static bool IsAmountColumn(string key) => !IsTextColumn(key) && !key.StartsWith('?') && !key.StartsWith(ColumnKeys.Text, StringComparison.Ordinal);
}
