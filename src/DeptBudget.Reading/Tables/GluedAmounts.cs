using System.Text.RegularExpressions;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// A row label printed touching its amount, with no gap for the words to part (西安 气象局 收支总表:
/// 1、人员经费和公用经费支出1839311.66), arrives as one cell in the label column with the amount column beside it
/// empty. In a column of labels, the label's last Chinese character (or closing bracket) followed directly by a
/// figure that reads as money is split there: the label stays, the figure goes to the empty cell of the amount
/// column on its right.
/// </summary>
public static partial class GluedAmounts
{
    public static List<(int Line, IReadOnlyList<string> Cells)> Split(List<(int Line, IReadOnlyList<string> Cells)> rows)
    {
        if (rows.Count == 0) return rows;
        var width = rows.Max(r => r.Cells.Count);
        // Columns are told by what their rows print, not by the header (two-sided summaries print their
        // headers split over other cells): an amount column mostly holds figures, a label column mostly words.
        var filled = new int[width];
        var amounts = new int[width];
        foreach (var (_, cells) in rows)
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].Length == 0) continue;
                filled[c]++;
                if (TextNormalizer.TryAmount(cells[c], out _)) amounts[c]++;
            }
        bool IsAmounts(int c) => amounts[c] >= 1 && amounts[c] * 10 >= filled[c] * 6;
        bool IsLabels(int c) => filled[c] >= 1 && amounts[c] * 10 < filled[c] * 4;
        return rows.Select(r => (r.Line, Split(r.Cells, IsLabels, IsAmounts))).ToList();
    }

    private static IReadOnlyList<string> Split(IReadOnlyList<string> cells, Func<int, bool> isLabels, Func<int, bool> isAmounts)
    {
        List<string>? list = null;
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            if (cells[i + 1].Length > 0 || !isLabels(i) || !isAmounts(i + 1)) continue;
            var m = Glued().Match(cells[i]);
            if (!m.Success || !TextNormalizer.TryAmount(m.Groups["amount"].Value, out _)) continue;
            list ??= cells.ToList();
            list[i] = m.Groups["label"].Value;
            list[i + 1] = m.Groups["amount"].Value;
        }
        return list ?? cells;
    }

    // A label of two characters or more ending in an ideograph or a closing bracket, then money: decimals or
    // thousands groups (a bare integer after a word is as often part of the name: 指标1, 项目2).
    [GeneratedRegex(@"^(?<label>.*[\u4e00-\u9fff）)])(?<amount>-?(\d{1,3}(,\d{3})+(\.\d{1,6})?|\d+\.\d{1,6}))$")]
    private static partial Regex Glued();
}
