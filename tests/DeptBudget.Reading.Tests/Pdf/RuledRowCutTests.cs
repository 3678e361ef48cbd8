using DeptBudget.Reading.Pdf;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Rows LibreOffice breaks over a page where the broken cells keep their paragraph's space after on both
/// pages, laid out by hand; the page's text ends within a line of its foot. What shows the break is another
/// cell of the row printing its second line right at the row's bottom (支出经济分类汇总表: 部门预算经济 / 分类
/// beside 一般公共预 | 算), or the broken cell's line filling the cell to its right border (商品和服务支 | 出).
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

    // Page 1 ends with a header row ruled 100–140, 28 under each one-line cell's line; page 2's table starts 24
    // from its top, its cells 28 under their lines too.
    private static (bool Continues, List<IReadOnlyList<string>> Page2) TwoPages(bool firstCellRunsToTheBottom, double page1Height)
    {
        var state = new PdfLayout.PageState { PageHeight = page1Height };
        var page1 = new List<PdfWord> { W(5, 37, 104, "部门预算"), W(55, 95, 104, "一般公共预"), W(155, 187, 104, "政府性基") };
        // 部门预算 / 分类: the second line 6 above the row's bottom border.
        if (firstCellRunsToTheBottom) page1.Add(W(5, 21, 126, "分类"));
        PdfLayout.Lines(page1, state, Ruled([0, 50, 150, 200], 100, 140, 100, 140)).ToList();
        var page2 = new List<PdfWord>
        {
            W(55, 63, 28, "算"), W(155, 163, 28, "金"),
            W(5, 21, 68, "科目"), W(55, 71, 68, "小计"), W(155, 171, 68, "合计"),
            W(5, 17, 108, "301"), W(55, 75, 108, "1.00"), W(155, 175, 108, "1.00"),
        };
        var lines = PdfLayout.Lines(page2, state, Ruled([0, 50, 150, 200], 24, 144, 24, 64, 104, 144)).ToList();
        return (state.FirstRowContinues, lines);
    }

    [Fact]
    public void A_row_cut_short_at_the_page_foot_goes_on_though_its_broken_cells_keep_their_space()
    {
        var (continues, page2) = TwoPages(firstCellRunsToTheBottom: true, page1Height: 170);
        Assert.True(continues); // PdfSource joins page 2's first row to page 1's last: 一般公共预算, 政府性基金
        Assert.Equal(["", "算", "金"], page2[0]);
        Assert.Equal(["301", "1.00", "1.00"], page2[2]);
    }

    [Fact]
    public void A_whole_row_at_the_page_foot_leaves_the_next_pages_first_row_its_own()
    {
        // Every cell keeps its space after: the row ended where its text did.
        var (continues, _) = TwoPages(firstCellRunsToTheBottom: false, page1Height: 170);
        Assert.False(continues);
    }

    [Fact]
    public void A_row_ending_more_than_a_line_above_the_page_foot_was_not_cut_by_the_break()
    {
        // 50 under the row to the page's bottom, 24 above page 2's table: room for another line was left.
        var (continues, _) = TwoPages(firstCellRunsToTheBottom: true, page1Height: 190);
        Assert.False(continues);
    }

    // Page 1 ends with a data row ruled 100–140 whose name cell (50–106) holds the given line; every cell keeps
    // 28 under its line. Page 2 starts with 出 alone in the name column, then a row of its own.
    private static (bool Continues, List<IReadOnlyList<string>> Page2) NameOverPages(PdfWord name)
    {
        var state = new PdfLayout.PageState { PageHeight = 170 };
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
    public void Text_ending_short_of_its_cell_at_the_page_foot_leaves_the_next_row_its_own()
    {
        // （十）卫生健康支出 | （十一）节能环保支出: room for more on the line, so nothing wrapped from it.
        var (continues, _) = NameOverPages(W(51.5, 83.5, 104, "卫生健康"));
        Assert.False(continues);
    }
}
