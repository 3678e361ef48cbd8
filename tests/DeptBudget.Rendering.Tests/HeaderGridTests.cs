using DeptBudget.Model;
using DeptBudget.Rendering.Writers;

namespace DeptBudget.Rendering.Tests;

/// <summary>The printed multi-row header rebuilt from the columns' '/'-joined headers.</summary>
public class HeaderGridTests
{
    // 北京 预算01表 收支总表 as read: a group column without a header, then 收入/项目 … 支出/预算数.
    private static readonly Column[] Beijing01 =
    [
        new("revenueGroup", ""), new("revenueItem", "收入/项目"), new("revenue", "收入/预算数"),
        new("expenditureItem", "支出/项目"), new("total", "支出/预算数"),
    ];

    [Fact]
    public void A_column_without_a_header_keeps_a_blank_cell_so_the_next_headers_stay_over_their_columns()
    {
        var (rows, cells) = HeaderGrid.Build(Beijing01);
        Assert.Equal(2, rows);
        Assert.Contains(new HeaderCell("", 0, 0, 2, 1), cells);
        Assert.Contains(new HeaderCell("收入", 0, 1, 1, 2), cells);
        Assert.Contains(new HeaderCell("项目", 1, 1, 1, 1), cells);
        Assert.Contains(new HeaderCell("预算数", 1, 4, 1, 1), cells);
        // Every column is covered by exactly one cell in every header row.
        for (var row = 0; row < rows; row++)
            for (var col = 0; col < Beijing01.Length; col++)
                Assert.Single(cells, c => c.Row <= row && row < c.Row + c.RowSpan && c.Column <= col && col < c.Column + c.ColSpan);
    }
}
