using DeptBudget.Model;

namespace DeptBudget.Rendering.Writers;

/// <summary>A header cell of a multi-row table header: where it starts and how far it spans.</summary>
public sealed record HeaderCell(string Text, int Row, int Column, int RowSpan, int ColSpan);

/// <summary>
/// Rebuilds the printed multi-row header from the columns' '/'-joined headers: columns sharing a prefix
/// merge under one cell; a header with fewer levels spans down to the last header row. The reader
/// joins the same cells back with '/', so a rendered table reads back with the same column headers.
/// </summary>
public static class HeaderGrid
{
    public static (int Rows, IReadOnlyList<HeaderCell> Cells) Build(IReadOnlyList<Column> columns)
    {
        var paths = columns.Select(c => c.Header.Length == 0 ? Array.Empty<string>() : c.Header.Split('/')).ToArray();
        var depth = paths.Length == 0 ? 0 : paths.Max(p => p.Length);
        var cells = new List<HeaderCell>();
        for (var level = 0; level < depth; level++)
        {
            var i = 0;
            while (i < paths.Length)
            {
                if (paths[i].Length <= level)
                {
                    // A column without a header (北京 收支总表's group column) still has its header cell, blank and spanning
                    // every header row: else the next columns' headers shift left over it.
                    if (level == 0) cells.Add(new HeaderCell("", 0, i, depth, 1));
                    i++;
                    continue;
                }
                var j = i + 1;
                // Only columns that go deeper merge: two leaves with the same text stay two columns.
                if (paths[i].Length > level + 1)
                    while (j < paths.Length && paths[j].Length > level + 1 && SamePrefix(paths[i], paths[j], level + 1)) j++;
                var leaf = paths[i].Length == level + 1;
                cells.Add(new HeaderCell(paths[i][level], level, i, leaf ? depth - level : 1, j - i));
                i = j;
            }
        }
        return (depth, cells);
    }

    private static bool SamePrefix(string[] a, string[] b, int n)
    {
        for (var k = 0; k < n; k++) if (a[k] != b[k]) return false;
        return true;
    }

    /// <summary>The header as text rows: each cell's text where it starts, blanks where spans cover.</summary>
    public static string[][] TextRows(IReadOnlyList<Column> columns)
    {
        var (rows, cells) = Build(columns);
        var grid = Enumerable.Range(0, rows).Select(_ => Enumerable.Repeat("", columns.Count).ToArray()).ToArray();
        foreach (var c in cells) grid[c.Row][c.Column] = c.Text;
        return grid;
    }
}
