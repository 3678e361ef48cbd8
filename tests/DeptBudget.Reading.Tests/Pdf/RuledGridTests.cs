using DeptBudget.Reading.Pdf;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Word positions and cell borders laid out by hand (reading coordinates, y down): a table ruled round
/// every cell is read cell by cell, whatever the lines its words print on; forms LibreOffice gives a table
/// (columns with no text, tables stacked with columns of their own, text only) and a title in two fonts.
/// </summary>
public class RuledGridTests
{
    private static PdfWord W(double left, double right, double top, string text) => new(left, right, top, top + 8, 8, text);

    // Columns 0–50 | 50–150 | 150–200, rows between the given borders.
    private static List<PdfRule> Grid(params double[] rows)
    {
        var rules = new List<PdfRule>();
        foreach (var x in new double[] { 0, 50, 150, 200 }) rules.Add(new PdfRule(x, x, 0, rows[^1]));
        foreach (var y in rows) rules.Add(new PdfRule(0, 200, y, y));
        return rules;
    }

    [Fact]
    public void Words_wrapped_in_a_ruled_cell_read_as_that_cell()
    {
        var words = new List<PdfWord>
        {
            W(5, 30, 10, "部门代"), W(5, 13, 20, "码"), W(60, 80, 15, "名称"),
            W(155, 171, 5, "政府"), W(155, 171, 15, "性基"), W(155, 163, 25, "金"),
            W(5, 20, 55, "044"), W(55, 95, 50, "西峡县医疗"), W(55, 87, 60, "保险中心"), W(160, 190, 55, "10.00"),
        };
        var lines = PdfLayout.Lines(words, new PdfLayout.PageState(), Grid(0, 40, 80)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(["部门代码", "名称", "政府性基金"], lines[0]);
        Assert.Equal(["044", "西峡县医疗保险中心", "10.00"], lines[1]);
    }

    [Fact]
    public void A_cell_spanning_columns_prints_in_its_first_column()
    {
        var rules = Grid(0, 20, 40, 80);
        rules.RemoveAll(r => r.Vertical && r.X == 150);
        rules.Add(new PdfRule(150, 150, 20, 80)); // 本年收入 spans the two right columns in the top band
        var words = new List<PdfWord>
        {
            W(5, 25, 5, "代码"), W(90, 130, 5, "本年收入"), W(60, 80, 25, "合计"), W(160, 180, 25, "其他"),
            W(5, 20, 55, "044"), W(100, 140, 55, "3.00"), W(160, 190, 55, "1.00"),
        };
        var lines = PdfLayout.Lines(words, new PdfLayout.PageState(), rules).ToList();
        Assert.Equal(["代码", "本年收入", ""], lines[0]);
        Assert.Equal(["", "合计", "其他"], lines[1]);
        Assert.Equal(["044", "3.00", "1.00"], lines[2]);
    }

    [Fact]
    public void Rows_not_ruled_apart_are_not_merged_into_one_cell()
    {
        // Only the header is ruled off: two amounts share a bordered cell, so the borders do not give the rows.
        var words = new List<PdfWord>
        {
            W(5, 30, 10, "代码"), W(60, 80, 10, "名称"), W(160, 180, 10, "金额"),
            W(5, 20, 50, "044"), W(60, 90, 50, "本级"), W(160, 190, 50, "1.00"),
            W(5, 20, 70, "045"), W(60, 90, 70, "中心"), W(160, 190, 70, "2.00"),
        };
        var lines = PdfLayout.Lines(words, new PdfLayout.PageState(), Grid(0, 40, 120)).ToList();
        Assert.Contains(lines, l => l.Contains("1.00") && !l.Contains("2.00"));
        Assert.Contains(lines, l => l.Contains("2.00") && !l.Contains("1.00"));
    }

    [Fact]
    public void A_code_printed_with_spaces_in_one_ruled_cell_is_one_value()
    {
        // 西峡 项目绩效目标汇总表: 4113232400 0000002480 5, a space between the groups, each group a number.
        var rules = Ruled([0, 100, 150, 200], 0, 80, 0, 40, 80);
        var words = new List<PdfWord>
        {
            W(5, 25, 15, "编码"), W(105, 125, 15, "名称"), W(155, 175, 15, "金额"),
            W(2, 37, 55, "4113232400"), W(39, 74, 55, "0000002480"), W(76, 80, 55, "5"), W(105, 125, 55, "补助"), W(155, 180, 55, "15.00"),
        };
        var lines = PdfLayout.Lines(words, new PdfLayout.PageState(), rules).ToList();
        Assert.Equal(["4113232400 0000002480 5", "补助", "15.00"], lines[1]);
    }

    [Fact]
    public void Amounts_a_column_gap_apart_in_one_ruled_cell_stay_apart()
    {
        // A border not drawn between two figures: the cell does not make them one value.
        var words = new List<PdfWord>
        {
            W(5, 30, 10, "代码"), W(60, 80, 10, "预算"), W(110, 130, 10, "决算"), W(160, 180, 10, "差额"),
            W(5, 20, 50, "044"), W(60, 80, 50, "1.00"), W(110, 130, 50, "2.00"), W(160, 180, 50, "1.00"),
        };
        var lines = PdfLayout.Lines(words, new PdfLayout.PageState(), Grid(0, 40, 80)).ToList();
        Assert.DoesNotContain(lines, l => l.Any(c => c.Contains("1.00") && c.Contains("2.00")));
        Assert.Contains(lines, l => l.Contains("2.00"));
    }

    private static List<PdfRule> Ruled(double[] columns, double top, double bottom, params double[] rows)
    {
        var rules = columns.Select(x => new PdfRule(x, x, top, bottom)).ToList();
        rules.AddRange(rows.Select(y => new PdfRule(columns[0], columns[^1], y, y)));
        return rules;
    }

    [Fact]
    public void A_ruled_column_empty_in_every_row_is_kept()
    {
        // The first and last columns hold nothing on this page (洛龙 收支总表 continued): each row keeps four cells.
        var rules = Ruled([0, 50, 150, 200, 250], 0, 80, 0, 40, 80);
        var words = new List<PdfWord>
        {
            W(60, 110, 15, "本年收入小计"), W(160, 190, 15, "5110.37"),
            W(60, 100, 55, "收入合计"), W(160, 190, 55, "5110.37"),
        };
        var lines = PdfLayout.Lines(words, new PdfLayout.PageState(), rules).ToList();
        Assert.Equal(["", "本年收入小计", "5110.37", ""], lines[0]);
        Assert.Equal(["", "收入合计", "5110.37", ""], lines[1]);
    }

    [Fact]
    public void Tables_stacked_with_columns_of_their_own_are_read_apart()
    {
        // LibreOffice sets the tables of a text cut by blank lines one under the other with no gap.
        var rules = Ruled([0, 40, 80, 120, 160, 200], 0, 80, 0, 40, 80);
        rules.AddRange(Ruled([0, 30, 70, 110, 150, 200], 80, 120, 80, 120));
        var words = new List<PdfWord>
        {
            W(5, 25, 15, "编码"), W(45, 75, 15, "名称"), W(85, 115, 15, "总额"), W(125, 155, 15, "财政"), W(165, 195, 15, "其他"),
            W(5, 35, 55, "312001"), W(45, 75, 55, "本级"), W(85, 115, 55, "10.00"), W(125, 155, 55, "10.00"), W(165, 195, 55, "0.00"),
            W(2, 28, 95, "312001-2"), W(35, 65, 95, "补贴"), W(75, 105, 95, "140.00"), W(115, 145, 95, "140.00"), W(155, 195, 95, "0.00"),
        };
        var lines = PdfLayout.Lines(words, new PdfLayout.PageState(), rules).ToList();
        Assert.Equal(["312001", "本级", "10.00", "10.00", "0.00"], lines[1]);
        Assert.Equal(["312001-2", "补贴", "140.00", "140.00", "0.00"], lines[2]);
    }

    [Fact]
    public void A_ruled_table_of_text_only_is_read_as_a_table()
    {
        // 洛龙 三公 table: labels and a header, every figure blank — no amounts, one word a line below the header.
        var words = new List<PdfWord>
        {
            W(5, 25, 15, "项目"), W(155, 195, 15, "预算数"),
            W(5, 25, 55, "共计"),
            W(5, 45, 95, "公务接待费"),
        };
        var lines = PdfLayout.Lines(words, new PdfLayout.PageState(), Grid(0, 40, 80, 120)).ToList();
        Assert.Equal(["项目", "", "预算数"], lines[0]);
        Assert.Equal(["共计", "", ""], lines[1]);
        Assert.Equal(["公务接待费", "", ""], lines[2]);
    }

    [Fact]
    public void A_year_set_in_a_latin_font_runs_on_into_its_title()
    {
        // LibreOffice: 2021 in Liberation Serif, 年部门收支总体情况表 in Noto CJK, 1.5 pt apart: one title,
        // not the first row of the table under it.
        var words = new List<PdfWord>
        {
            W(0, 14, 10, "2021"), W(15.5, 85, 10, "年部门收支总体情况表"),
            W(0, 20, 30, "项目"), W(100, 130, 30, "金额"),
            W(0, 20, 50, "合计"), W(100, 130, 50, "5.00"),
        };
        var lines = PdfLayout.Lines(words).ToList();
        Assert.Equal(["2021年部门收支总体情况表"], lines[0]);
        Assert.Equal(["项目", "金额"], lines[1]);
        Assert.Equal(["合计", "5.00"], lines[2]);
    }

    // Page 1 ends with a table down to 140; page 2's table starts 20 from its top. The name column (50–94) holds
    // five characters between its 2 of padding. Cells carry a paragraph's space after: 27 under a cell's last line.
    private static (bool Continues, List<IReadOnlyList<string>> Page2) TwoPages(bool nameRunsToTheFoot)
    {
        var state = new PdfLayout.PageState();
        var page1 = new List<PdfWord>
        {
            W(5, 25, 25, "代码"), W(52, 72, 25, "名称"), W(160, 180, 25, "金额"),
            W(5, 20, 65, "044"), W(52, 72, 65, "本级"), W(160, 190, 65, "1.00"),
            W(5, 20, 105, "045"), W(160, 190, 105, "2.00"),
        };
        // The name's second line fills its cell at the cell's foot: 心 did not fit after it (no space after:
        // the paragraph goes on over the page). A name that ends short of its cell ended there.
        if (nameRunsToTheFoot) page1.AddRange([W(52, 92, 105, "西峡县医疗"), W(52, 92, 125, "保险服务中")]);
        else page1.Add(W(52, 84, 105, "西峡县医"));
        PdfLayout.Lines(page1, state, Ruled([0, 50, 94, 200], 20, 140, 20, 60, 100, 140)).ToList();
        var page2 = new List<PdfWord> { W(52, 60, 25, "心"), W(5, 20, 65, "046"), W(52, 68, 65, "其他"), W(160, 190, 65, "3.00") };
        var lines = PdfLayout.Lines(page2, state, Ruled([0, 50, 94, 200], 20, 100, 20, 60, 100)).ToList();
        return (state.FirstRowContinues, lines);
    }

    [Fact]
    public void A_row_broken_by_the_page_break_goes_on_at_the_next_page()
    {
        var (continues, page2) = TwoPages(nameRunsToTheFoot: true);
        Assert.True(continues); // PdfSource joins page 2's first row to page 1's last
        Assert.Equal(["", "心", ""], page2[0]);
        Assert.Equal(["046", "其他", "3.00"], page2[1]);
    }

    [Fact]
    public void A_row_of_text_only_at_a_page_top_under_a_whole_row_stays_a_row()
    {
        // Page 1's last row ends with its paragraph's space after: it was not broken.
        var (continues, _) = TwoPages(nameRunsToTheFoot: false);
        Assert.False(continues);
    }
}
