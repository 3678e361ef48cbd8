using DeptBudget.Model;

namespace DeptBudget.Rendering.Writers;

/// <summary>
/// How wide each column of a printed table is, in display units (a CJK character 2, a digit or letter 1), from what it
/// holds: the longest cell as printed, and the column's own header word, which may wrap onto two lines. Word and
/// Excel otherwise give every column the same width, so that a 科目名称 column wraps one or two characters a line
/// while empty 事业收入 columns take the space (issue 15).
/// </summary>
public static class ColumnWidths
{
    private const int Narrowest = 4, Widest = 40;

    public static IReadOnlyList<int> Of(RenderedDisclosure r, Table t)
    {
        var n = Math.Max(1, t.Columns.Count);
        var widths = new int[n];
        for (var c = 0; c < n; c++)
        {
            var column = c < t.Columns.Count ? t.Columns[c] : null;
            var cells = t.Rows.Select(row => c < row.Cells.Count ? row.Cells[c] : "")
                .Select(text => column is null ? text : r.CellText(column, text));
            var content = cells.Select(Units).DefaultIfEmpty(0).Max();
            // The bottom header word of the column, wrapped onto at most two lines; a code column's 类/款/项 stays narrow.
            var header = column is null || column.Header.Length == 0 ? 0 : (Units(column.Header.Split('/')[^1]) + 1) / 2;
            widths[c] = Math.Clamp(Math.Max(content, header) + 1, Narrowest, Widest);
        }
        return widths;
    }

    /// <summary>Display units of a text: CJK and full-width characters count two.</summary>
    public static int Units(string text) => text.Sum(ch => ch >= '\u2E80' ? 2 : 1);
}
