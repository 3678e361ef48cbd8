using DeptBudget.Reading.Pdf;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Word positions and cell borders laid out by hand (reading coordinates, y down): a table ruled round
/// every cell is read cell by cell, whatever the lines its words print on.
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
}
