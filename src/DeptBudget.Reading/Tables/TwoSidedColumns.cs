using DeptBudget.Model;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// Two-sided tables (收入 | 支出, tables 01 and 04) print their headers with words split over cells,
/// so headers and data often disagree on positions. The data decides: leading text columns are the
/// revenue labels, the first amount column is the revenue, the next text column the expenditure
/// labels, and the header's amount meanings on the right are laid, in order, over the data's amount
/// columns after it.
/// </summary>
public static class TwoSidedColumns
{
    public static IReadOnlyList<Column> Repair(IReadOnlyList<Column> columns, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> rows)
    {
        if (!columns.Any(c => c.Key is ColumnKeys.RevenueItem or ColumnKeys.ExpenditureItem) || rows.Count == 0) return columns;
        var width = columns.Count;
        // Mostly amounts: a dropped cell now and then puts a label where an amount belongs.
        bool IsAmountColumn(int c)
        {
            var filled = rows.Count(r => c < r.Cells.Count && r.Cells[c].Length > 0);
            var amounts = rows.Count(r => c < r.Cells.Count && TextNormalizer.TryAmount(r.Cells[c], out _));
            return amounts >= 1 && amounts * 10 >= filled * 6;
        }
        // The revenue column is where the 收入合计 row puts its first amount; failing that, the first amount column.
        var totalRow = rows.FirstOrDefault(r => r.Cells.Any(c => TextNormalizer.Key(c) is var k && k.Contains("收入") && (k.Contains("合计") || k.Contains("总计"))));
        var revenue = -1;
        if (totalRow.Cells is not null)
            for (var c = 0; c < totalRow.Cells.Count && revenue < 0; c++)
                if (totalRow.Cells[c].Length > 0 && TextNormalizer.TryAmount(totalRow.Cells[c], out _)) revenue = c;
        if (revenue <= 0) revenue = Enumerable.Range(0, width).FirstOrDefault(IsAmountColumn, -1);
        if (revenue <= 0 || revenue + 1 >= width) return columns;
        var expenditureItem = revenue + 1;

        var keys = new string[width];
        for (var c = 0; c < width; c++) keys[c] = ColumnKeys.Text + "#" + c;
        keys[revenue - 1] = ColumnKeys.RevenueItem;
        if (revenue >= 2) keys[revenue - 2] = ColumnKeys.RevenueGroup;
        keys[revenue] = AmountKeys.Revenue;
        keys[expenditureItem] = ColumnKeys.ExpenditureItem;

        var headerAt = columns.ToList().FindIndex(c => c.Key == ColumnKeys.ExpenditureItem);
        var rightMeanings = columns.Skip(headerAt + 1)
            .Where(c => !c.Key.StartsWith(ColumnKeys.Text) && !c.Key.StartsWith('?') && c.Key != ColumnKeys.RevenueItem).ToList();
        var headers = new string[width];
        for (var c = 0; c < width; c++) headers[c] = "";
        headers[revenue - 1] = columns.FirstOrDefault(c => c.Key == ColumnKeys.RevenueItem)?.Header ?? "收入/项目";
        headers[revenue] = columns.FirstOrDefault(c => c.Key is AmountKeys.Revenue)?.Header ?? "收入/金额";
        headers[expenditureItem] = headerAt >= 0 ? columns[headerAt].Header : "支出/项目";
        for (int c = expenditureItem + 1, m = 0; c < width && m < rightMeanings.Count; c++, m++)
        {
            keys[c] = rightMeanings[m].Key;
            headers[c] = rightMeanings[m].Header;
        }
        return keys.Select((k, c) => new Column(k, headers[c])).ToList();
    }

    /// <summary>
    /// A row that lost a cell on the left puts its expenditure label under the revenue amount
    /// (002 table 04: "政府性基金预算 | | 七、文化旅游体育与传媒"); such a row moves right by one cell.
    /// </summary>
    public static List<(int Line, IReadOnlyList<string> Cells)> RealignRows(IReadOnlyList<Column> columns, List<(int Line, IReadOnlyList<string> Cells)> rows)
    {
        var revenue = columns.ToList().FindIndex(c => c.Key == AmountKeys.Revenue);
        if (revenue < 0) return rows;
        return rows.Select(r =>
        {
            var cell = revenue < r.Cells.Count ? r.Cells[revenue] : "";
            if (cell.Length == 0 || TextNormalizer.TryAmount(cell, out _) || r.Cells[^1].Length > 0) return r;
            var list = r.Cells.ToList();
            list.Insert(revenue, "");
            list.RemoveAt(list.Count - 1);
            return (r.Line, (IReadOnlyList<string>)list);
        }).ToList();
    }
}
