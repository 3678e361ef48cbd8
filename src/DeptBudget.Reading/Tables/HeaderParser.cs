using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// Turns the header rows of a table into one path per column ("基本支出/人员经费/工资福利支出").
/// A merged header cell is printed once, with empty cells to its right; it spans those empty cells
/// while some row below subdivides them and while it stays inside its own parent's span.
/// </summary>
public static class HeaderParser
{
    public static IReadOnlyList<string> Paths(IReadOnlyList<IReadOnlyList<string>> rows, int columns)
    {
        rows = Realign(rows, columns);
        return PathsAsPrinted(rows, columns);
    }

    /// <summary>
    /// PDF extraction sometimes drops one empty cell from an upper header row, so a heading lands one
    /// column early (项目支出 over 资本性支出). That leaves a hole: a column with a heading above and
    /// below but none in between. Where putting one empty cell back before a heading removes holes,
    /// the row is realigned.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<string>> Realign(IReadOnlyList<IReadOnlyList<string>> rows, int columns)
    {
        var current = rows.ToList();
        for (var r = 0; r < current.Count - 1; r++)
        {
            var holes = Holes(current, columns);
            if (holes == 0) break;
            // Of the insertions that remove most holes, the one that moves the fewest cells (rightmost) wins.
            List<IReadOnlyList<string>>? best = null;
            for (var k = 1; k < current[r].Count; k++)
            {
                if (current[r][k].Length == 0) continue;
                var shifted = current.ToList();
                var row = current[r].ToList();
                row.Insert(k, "");
                shifted[r] = row;
                var h = Holes(shifted, columns);
                if (h < holes || (best is not null && h == holes)) { best = shifted; holes = h; }
            }
            if (best is not null) current = best;
        }
        return current;
    }

    private static int Holes(IReadOnlyList<IReadOnlyList<string>> rows, int columns)
    {
        var owner = Owners(rows, columns);
        var holes = 0;
        for (var c = 0; c < columns; c++)
            for (var r = 1; r < rows.Count - 1; r++)
                if (owner[r, c] < 0 && Enumerable.Range(0, r).Any(a => owner[a, c] >= 0) && Enumerable.Range(r + 1, rows.Count - r - 1).Any(b => owner[b, c] >= 0))
                    holes++;
        return holes;
    }

    private static IReadOnlyList<string> PathsAsPrinted(IReadOnlyList<IReadOnlyList<string>> rows, int columns)
    {
        var depth = rows.Count;
        var owner = Owners(rows, columns);
        var paths = new string[columns];
        for (var c = 0; c < columns; c++)
        {
            var parts = new List<string>(depth);
            for (var r = 0; r < depth; r++)
                if (owner[r, c] >= 0)
                {
                    var text = Cell(rows[r], owner[r, c]);
                    if (text.Length > 0 && (parts.Count == 0 || parts[^1] != text)) parts.Add(text);
                }
            paths[c] = string.Join("/", parts);
        }
        return paths;
    }

    private static int[,] Owners(IReadOnlyList<IReadOnlyList<string>> rows, int columns)
    {
        var depth = rows.Count;
        // owner[r, c] = the column whose cell in row r covers column c, or -1.
        var owner = new int[depth, columns];
        for (var r = 0; r < depth; r++)
        {
            for (var c = 0; c < columns; c++) owner[r, c] = -1;
            for (var c = 0; c < columns; c++)
            {
                if (Cell(rows[r], c).Length == 0) continue;
                owner[r, c] = c;
                for (var k = c + 1; k < columns && Cell(rows[r], k).Length == 0; k++)
                {
                    if (!SubdividedBelow(rows, r, k)) break;
                    if (r > 0 && owner[r - 1, k] != owner[r - 1, c]) break;
                    owner[r, k] = c;
                }
            }
        }
        return owner;
    }

    private static bool SubdividedBelow(IReadOnlyList<IReadOnlyList<string>> rows, int r, int c)
    {
        for (var k = r + 1; k < rows.Count; k++) if (Cell(rows[k], c).Length > 0) return true;
        return false;
    }

    private static string Cell(IReadOnlyList<string> row, int c) => c < row.Count ? row[c] : "";
}
