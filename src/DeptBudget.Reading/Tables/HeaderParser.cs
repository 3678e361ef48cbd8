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
        var holes = Holes(current, columns);
        // One empty cell at a time, while holes go away. Of equal fixes the upper row wins, then the
        // rightmost place (fewest cells moved).
        for (var round = 0; round < 8 && holes > 0; round++)
        {
            List<IReadOnlyList<string>>? best = null;
            int bestHoles = holes, bestCount = int.MaxValue, bestRow = int.MaxValue, bestK = -1;
            for (var r = 0; r < current.Count; r++)
                for (var k = 0; k < current[r].Count; k++)
                {
                    if (current[r][k].Length == 0) continue;
                    // A row may have lost several leading cells at once (洛阳 02 lost three); one at a time
                    // would never get past the first step.
                    for (var count = 1; count <= 3; count++)
                    {
                        var shifted = current.ToList();
                        var row = current[r].ToList();
                        row.InsertRange(k, Enumerable.Repeat("", count));
                        shifted[r] = row;
                        var h = Holes(shifted, columns);
                        var better = h < bestHoles || (best is not null && h == bestHoles &&
                            (count < bestCount || count == bestCount && (r < bestRow || (r == bestRow && k > bestK))));
                        if (better) { best = shifted; bestHoles = h; bestCount = count; bestRow = r; bestK = k; }
                    }
                }
            if (best is null) break;
            current = best;
            holes = bestHoles;
        }
        return current;
    }

    /// <summary>
    /// How wrong a header looks: a hole is a column left without a heading in a row where its siblings
    /// under the same parent have one (and a heading below it exists); a conflict is a heading placed
    /// under a heading that is never subdivided (代码, 名称, 总计, 合计, 金额).
    /// </summary>
    private static int Holes(IReadOnlyList<IReadOnlyList<string>> rows, int columns)
    {
        var owner = Owners(rows, columns);
        var bad = 0;
        for (var r = 1; r < rows.Count; r++)
            for (var c = 0; c < columns; c++)
            {
                var above = owner[r - 1, c];
                var nearest = r - 1;
                while (nearest > 0 && owner[nearest, c] < 0) nearest--;
                if (owner[r, c] == c && owner[nearest, c] >= 0 && IsLeafWord(Cell(rows[nearest], owner[nearest, c]))) bad++;
                if (owner[r, c] >= 0 || above < 0 || r == rows.Count - 1) continue;
                if (!Enumerable.Range(r + 1, rows.Count - r - 1).Any(b => owner[b, c] >= 0)) continue;
                for (var k = 0; k < columns; k++)
                    if (k != c && owner[r - 1, k] == above && owner[r, k] >= 0) { bad++; break; }
            }
        return bad;
    }

    private static bool IsLeafWord(string header)
    {
        var k = TextNormalizer.Key(header);
        return k.EndsWith("代码") || k.EndsWith("名称") || k.EndsWith("名称）") || k is "总计" or "合计" or "金额" || k.Contains("科目名称");
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
