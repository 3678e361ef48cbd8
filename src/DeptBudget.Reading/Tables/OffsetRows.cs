using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// One printed row read as two: a label set in a larger font (合计 in 9 pt beside 7.5 pt figures, 烟台 政府采购预算表)
/// sits a few points above its figures, so the words fall on two lines — the label alone, then the figures alone.
/// </summary>
internal static class OffsetRows
{
    /// <summary>
    /// Joins a row that holds only text with the next row when that one holds only amounts, in other columns, and is
    /// not itself followed by another text-only row (then the figures sit between the two lines of a wrapped label,
    /// which the wrapped-name passes join).
    /// </summary>
    public static List<(int Line, IReadOnlyList<string> Cells)> Join(List<(int Line, IReadOnlyList<string> Cells)> rows)
    {
        var result = new List<(int Line, IReadOnlyList<string> Cells)>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, cells) = rows[i];
            if (i + 1 < rows.Count && TextOnly(cells) && AmountsOnly(rows[i + 1].Cells) && Disjoint(cells, rows[i + 1].Cells)
                && !(i + 2 < rows.Count && TextOnly(rows[i + 2].Cells)))
            {
                var next = rows[i + 1].Cells;
                result.Add((line, cells.Select((c, k) => c.Length > 0 ? c : k < next.Count ? next[k] : c).ToList()));
                i++;
                continue;
            }
            result.Add((line, cells));
        }
        return result;
    }

    private static bool TextOnly(IReadOnlyList<string> cells) =>
        cells.Any(c => c.Length > 0) && cells.All(c => c.Length == 0 || !TextNormalizer.TryAmount(c, out _));

    private static bool AmountsOnly(IReadOnlyList<string> cells) =>
        cells.Any(c => c.Length > 0) && cells.All(c => c.Length == 0 || TextNormalizer.TryAmount(c, out _));

    private static bool Disjoint(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var k = 0; k < Math.Min(a.Count, b.Count); k++) if (a[k].Length > 0 && b[k].Length > 0) return false;
        return true;
    }
}
