using DeptBudget.Model;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// 上海's 基本支出决算表 prints the economic classes in two blocks side by side (301/303 on the left,
/// 302/310 on the right, each 类 | 款 | 科目名称 | 决算数). The right block reads as the same columns again
/// (keys with #2); each printed row then holds two items. Such a table is laid out as one block: the left
/// halves in printed order, then the right halves, so every item is a row with its own code and amount.
/// </summary>
public static class TwoSidedEconomic
{
    public static (List<Column> Columns, List<(int Line, IReadOnlyList<string> Cells)> Rows) Split(
        List<Column> columns, List<(int Line, IReadOnlyList<string> Cells)> rows)
    {
        var n = columns.Count / 2;
        if (n < 3 || columns.Count != 2 * n || !columns.Take(n).Any(c => c.Key is ColumnKeys.CodeClass or ColumnKeys.Code)) return (columns, rows);
        for (var k = 0; k < n; k++)
            if (columns[k].Key.StartsWith('?') || columns[n + k].Key != columns[k].Key + "#2") return (columns, rows);
        var left = rows.Select(r => (r.Line, Half(r.Cells, 0, n)));
        var right = rows.Select(r => (r.Line, Half(r.Cells, n, n)));
        return (columns.Take(n).ToList(), left.Concat(right).Where(r => r.Item2.Any(c => c.Length > 0)).ToList());
    }

    private static IReadOnlyList<string> Half(IReadOnlyList<string> cells, int from, int count) =>
        Enumerable.Range(from, count).Select(i => i < cells.Count ? cells[i] : "").ToList();
}
