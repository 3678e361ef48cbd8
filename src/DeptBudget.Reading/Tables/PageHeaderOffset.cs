namespace DeptBudget.Reading.Tables;

/// <summary>
/// A table over several pages prints its header again on each page, and each page is gridded on its own: a
/// page whose grid lacks a column the first page has (北京 预算03表: an unheaded ruled column on the left of
/// page 1 only) puts the header words, and every row under them, one column to the left. The header words
/// say by how much: each word printed in one column of the first page's header is found again in the
/// repeated one, and when they all moved by the same number of columns the page's rows are moved back by it.
/// </summary>
public static class PageHeaderOffset
{
    /// <summary>How many columns the repeated header sits left of the first (negative: right); 0 when unsure.</summary>
    public static int Of(IReadOnlyList<IReadOnlyList<string>> first, IReadOnlyList<IReadOnlyList<string>> again)
    {
        // A word printed in more than one column of the first header (合计 under two groups) places nothing.
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in first)
            for (var c = 0; c < row.Count; c++)
            {
                var w = row[c];
                if (w.Length == 0) continue;
                if (at.TryGetValue(w, out var seen) && seen != c) ambiguous.Add(w);
                else at[w] = c;
            }
        var shifts = new List<int>();
        foreach (var row in again)
            for (var c = 0; c < row.Count; c++)
                if (row[c].Length > 0 && !ambiguous.Contains(row[c]) && at.TryGetValue(row[c], out var col)) shifts.Add(col - c);
        // Two words at least, all agreeing, by at most two columns: a page gridded alike gives 0.
        if (shifts.Count < 2 || shifts.Distinct().Count() != 1) return 0;
        var shift = shifts[0];
        return Math.Abs(shift) <= 2 ? shift : 0;
    }

    /// <summary>A row moved right by <paramref name="offset"/> columns (left when negative), when only empty cells fall off.</summary>
    public static IReadOnlyList<string> Shift(IReadOnlyList<string> cells, int offset, int width)
    {
        if (offset == 0) return cells;
        if (offset > 0)
        {
            var moved = Enumerable.Repeat("", offset).Concat(cells).ToList();
            if (moved.Skip(width).Any(c => c.Length > 0)) return cells;
            return moved.Take(Math.Max(width, cells.Count)).ToList();
        }
        return cells.Take(-offset).All(c => c.Length == 0) ? cells.Skip(-offset).ToList() : cells;
    }
}
