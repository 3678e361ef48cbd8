using DeptBudget.Reading.Pdf;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Rows a page break cuts, laid out by hand in 8 pt type (one character 8 wide) in cells with 2 of padding: a
/// cell's text goes on over the page when its last line on the page before has no room for the first piece of
/// its rest, and the row shows it did not end there (some of its cells ended on that page, or it does not close
/// as the table's other rows do). A whole row at a page's foot leaves the next page's first row its own.
/// </summary>
public class RuledRowCutTests
{
    private static PdfWord W(double left, double right, double top, string text) => new(left, right, top, top + 8, 8, text);

    private static List<PdfRule> Ruled(double[] columns, double top, double bottom, params double[] rows)
    {
        var rules = columns.Select(x => new PdfRule(x, x, top, bottom)).ToList();
        rules.AddRange(rows.Select(y => new PdfRule(columns[0], columns[^1], y, y)));
        return rules;
    }

    // Three columns 0–40–84–128: five characters fill the middle and last cells (2 + 40 + 2), four the first.
    private static readonly double[] Columns = [0, 40, 84, 128];

    // A cell's lines, 10 apart from 4 under its row's top, each word at the cell's left padding.
    private static IEnumerable<PdfWord> Cell(int column, double rowTop, params string[] lines) =>
        lines.Select((t, n) => W(Columns[column] + 2, Columns[column] + 2 + 8 * t.Length, rowTop + 4 + 10 * n, t));

    /// <summary>
    /// Page 1: a row 20–60 (one line, 28 under it) and the row under test from 60, its lowest line's baseline
    /// <paramref name="slack"/> above its bottom border; page 2: <paramref name="next"/> from 20, then a row of
    /// its own. Returns whether page 2's first row goes on page 1's last, and page 2's rows.
    /// </summary>
    private static (bool Continues, List<IReadOnlyList<string>> Page2) TwoPages(string[][] last, string[][] next, double slack = 28)
    {
        var state = new PdfLayout.PageState();
        var page1 = Cell(0, 20, "科目").Concat(Cell(1, 20, "名称")).Concat(Cell(2, 20, "说明")).ToList();
        for (var k = 0; k < 3; k++) page1.AddRange(Cell(k, 60, last[k]));
        var bottom = 60 + 12 + 10 * (last.Max(c => c.Length) - 1) + slack;
        PdfLayout.Lines(page1, state, Ruled(Columns, 20, bottom, 20, 60, bottom)).ToList();
        var page2 = new List<PdfWord>();
        for (var k = 0; k < 3; k++) page2.AddRange(Cell(k, 20, next[k]));
        page2.AddRange(Cell(0, 60, "303").Concat(Cell(1, 60, "福利费")).Concat(Cell(2, 60, "其他")));
        var lines = PdfLayout.Lines(page2, state, Ruled(Columns, 20, 100, 20, 60, 100)).ToList();
        return (state.FirstRowContinues, lines);
    }

    [Fact]
    public void A_cell_whose_last_line_fills_it_goes_on_at_the_next_page_when_the_rows_other_cells_ended()
    {
        // 商品和服务支 | 出: 出 did not fit beside 商品和服; 科目 and 说明 ended on page 1.
        var (continues, page2) = TwoPages([["302"], ["商品和服务", "支"], ["说明"]], [[], ["出"], []]);
        Assert.False(continues); // 支 leaves room for 出: the cell ended there
        (continues, page2) = TwoPages([["302"], ["商品和服", "务支出费"], ["说明"]], [[], ["用"], []]);
        Assert.False(continues); // 务支出费 leaves a character's room
        (continues, page2) = TwoPages([["302"], ["商品和服务"], ["说明"]], [[], ["支出"], []]);
        Assert.True(continues); // PdfSource joins page 2's first row to page 1's last: 商品和服务支出
        Assert.Equal(["", "支出", ""], page2[0]);
        Assert.Equal(["303", "福利费", "其他"], page2[1]);
    }

    [Fact]
    public void The_rest_of_a_row_may_be_in_its_first_column()
    {
        // 重点工作任 | 务完成 (龙亭 2024's 整体绩效目标表, LibreOffice on Debian 12): 重点工作 fills the first cell.
        var (continues, page2) = TwoPages([["重点工作"], ["部门绩效"], ["完成率"]], [["任务完成"], [], []]);
        Assert.True(continues);
        Assert.Equal(["任务完成", "", ""], page2[0]);
    }

    [Fact]
    public void A_row_whose_cells_all_go_on_is_cut_when_it_does_not_close_as_the_other_rows_do()
    {
        // Every cell fills its last line; page 2's row has the same cells. With 28 under its lowest line, as the
        // row above it, the row ended on page 1 (a label as wide as its column); with 8, it was cut short.
        Assert.False(TwoPages([["项目名称"], ["财政专户管"], ["单位资金说"]], [["项目"], ["单位资金"], ["其他说明"]]).Continues);
        Assert.True(TwoPages([["项目名称"], ["财政专户管"], ["单位资金说"]], [["代码"], ["理资金"], ["明"]], slack: 8).Continues);
    }

    [Fact]
    public void Text_ending_short_of_its_cell_at_the_page_foot_leaves_the_next_row_its_own()
    {
        // （十）卫生健康支出 | （十一）节能环保支出: room for more on the line, so nothing wrapped from it.
        Assert.False(TwoPages([["210"], ["卫生健康"], ["说明"]], [[], ["节能环保"], []]).Continues);
        Assert.False(TwoPages([["210"], ["卫生健康"], ["说明"]], [[], ["节能环保"], []], slack: 8).Continues);
    }

    [Fact]
    public void A_first_row_with_an_amount_is_a_row_of_its_own()
    {
        // Figures are not broken over lines: a row with one is a data row, whatever fills the cells above it.
        Assert.False(TwoPages([["302"], ["商品和服务"], ["说明"]], [[], ["支出"], ["4.00"]]).Continues);
    }

    [Fact]
    public void A_first_row_under_an_empty_ruled_row_is_a_row_of_its_own()
    {
        // LibreOffice breaks a row whose space after does not fit: its rest is an empty ruled row 20–40 at page 2's
        // top, and the row under it is the next row of the table, though its text would fit the cut's pattern.
        var state = new PdfLayout.PageState();
        var page1 = Cell(0, 20, "科目").Concat(Cell(1, 20, "名称")).Concat(Cell(2, 20, "说明"))
            .Concat(Cell(0, 60, "302")).Concat(Cell(1, 60, "商品和服务")).Concat(Cell(2, 60, "说明")).ToList();
        PdfLayout.Lines(page1, state, Ruled(Columns, 20, 80, 20, 60, 80)).ToList();
        var page2 = Cell(1, 40, "支出").ToList();
        page2.AddRange(Cell(0, 80, "303").Concat(Cell(1, 80, "福利费")).Concat(Cell(2, 80, "其他")));
        PdfLayout.Lines(page2, state, Ruled(Columns, 20, 120, 20, 40, 80, 120)).ToList();
        Assert.False(state.FirstRowContinues);
    }

    [Fact]
    public void A_table_of_other_columns_at_the_next_pages_top_is_not_the_rest()
    {
        var state = new PdfLayout.PageState();
        var page1 = Cell(0, 20, "科目").Concat(Cell(1, 20, "名称")).Concat(Cell(2, 20, "说明"))
            .Concat(Cell(0, 60, "302")).Concat(Cell(1, 60, "商品和服务")).Concat(Cell(2, 60, "说明")).ToList();
        PdfLayout.Lines(page1, state, Ruled(Columns, 20, 80, 20, 60, 80)).ToList();
        var page2 = new List<PdfWord> { W(52, 68, 24, "支出"), W(5, 29, 64, "303"), W(52, 76, 64, "福利费"), W(100, 116, 64, "其他") };
        PdfLayout.Lines(page2, state, Ruled([0, 50, 98, 128], 20, 100, 20, 60, 100)).ToList();
        Assert.False(state.FirstRowContinues);
    }

    // Page 1 ends with a data row ruled 100–140 whose name cell (50–106) holds the given line; every cell keeps
    // 28 under its line. Page 2 starts with 出 alone in the name column, then a row of its own.
    private static (bool Continues, List<IReadOnlyList<string>> Page2) NameOverPages(PdfWord name)
    {
        var state = new PdfLayout.PageState();
        var page1 = new List<PdfWord>
        {
            W(5, 17, 64, "301"), W(52, 76, 64, "办公费"), W(150, 166, 64, "1.00"),
            W(5, 17, 104, "302"), name, W(150, 166, 104, "4.00"),
        };
        PdfLayout.Lines(page1, state, Ruled([0, 50, 106, 200], 60, 140, 60, 100, 140)).ToList();
        var page2 = new List<PdfWord> { W(52, 60, 28, "出"), W(5, 17, 68, "303"), W(52, 76, 68, "福利费"), W(150, 166, 68, "2.00") };
        var lines = PdfLayout.Lines(page2, state, Ruled([0, 50, 106, 200], 24, 104, 24, 64, 104)).ToList();
        return (state.FirstRowContinues, lines);
    }

    [Fact]
    public void Text_filling_its_cell_to_the_border_at_the_page_foot_goes_on_at_the_next_page()
    {
        // 商品和服务支 ends 6.5 short of the border: 出 and the space before it did not fit, the line wrapped.
        var (continues, page2) = NameOverPages(W(51.5, 99.5, 104, "商品和服务支"));
        Assert.True(continues);
        Assert.Equal(["", "出", ""], page2[0]);
    }

    [Fact]
    public void Text_ending_short_of_its_cell_in_a_data_row_leaves_the_next_row_its_own()
    {
        var (continues, _) = NameOverPages(W(51.5, 83.5, 104, "卫生健康"));
        Assert.False(continues);
    }
}
