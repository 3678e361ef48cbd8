namespace DeptBudget.Reading.Tables;

/// <summary>
/// PDF extraction spreads some header words over two cells (收 | 入, 项 | 目, 支 … 出). Where two
/// single characters with only empty cells between them form one of these words, the word is put in
/// the first cell and the second emptied, so the header reads as printed.
/// </summary>
public static class HeaderWords
{
    private static readonly string[] Words = ["收入", "支出", "项目", "金额", "合计"];

    public static List<IReadOnlyList<string>> JoinSplitWords(List<IReadOnlyList<string>> rows) =>
        rows.Select(Join).ToList();

    private static IReadOnlyList<string> Join(IReadOnlyList<string> row)
    {
        var cells = row.ToArray();
        for (var a = 0; a < cells.Length; a++)
        {
            if (cells[a].Length != 1) continue;
            var b = a + 1;
            while (b < cells.Length && cells[b].Length == 0) b++;
            if (b < cells.Length && cells[b].Length == 1 && Words.Contains(cells[a] + cells[b]))
            {
                cells[a] += cells[b];
                cells[b] = "";
            }
        }
        return cells;
    }
}
