using DeptBudget.Reading.Pdf;
using UglyToad.PdfPig;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Pages printed turned: a <c>/Rotate</c> page, and a table drawn turned on a page without one. Whatever
/// the turn, words and rules come out in one upright frame and the table reads as it is printed.
/// </summary>
public class TurnedPageTests
{
    public static TheoryData<int, int> Turns => new()
    {
        { 0, 0 }, { 90, 90 }, { 180, 180 }, { 270, 270 }, // /Rotate undoes the drawing's turn
        { 0, 90 }, { 0, 180 }, { 0, 270 },                 // no /Rotate: only the letters tell
    };

    [Theory]
    [MemberData(nameof(Turns))]
    public void A_turned_table_reads_row_by_row_as_printed(int rotate, int drawn)
    {
        var lines = PdfSource.Lines(TurnedPdf.Make(rotate, drawn), "turned.pdf");
        Assert.Equal(2, lines.Count);
        Assert.Equal(["Revenue", "1,234.56", "12.00"], lines[0].Cells);
        Assert.Equal(["Expenditure", "987.65", "0.50"], lines[1].Cells);
    }

    [Theory]
    [MemberData(nameof(Turns))]
    public void Words_and_rules_share_the_upright_frame(int rotate, int drawn)
    {
        using var doc = PdfDocument.Open(TurnedPdf.Make(rotate, drawn));
        var page = doc.GetPage(1);
        var frame = PageFrame.Of(page);
        Assert.Equal((TurnedPdf.Width, TurnedPdf.Height), (frame.Width, frame.Height));

        var words = PdfSource.Words(page, frame, "turned.pdf", 1);
        var amount = words.Single(w => w.Text == "1,234.56");
        Assert.InRange(amount.Left, 319, 322);
        Assert.InRange(amount.Bottom, 89, 91);

        var rules = PdfRule.Of(page, frame);
        Assert.Equal(TurnedPdf.Columns, rules.Where(r => r.Vertical).Select(r => Math.Round(r.X)).Order());
        Assert.Equal(TurnedPdf.Rows, rules.Where(r => r.Horizontal).Select(r => Math.Round(r.Y)).Order());
        // Each word lies inside the ruled frame, between the same borders it is printed between.
        Assert.All(words, w => Assert.InRange(w.Left, TurnedPdf.Columns[0], TurnedPdf.Columns[^1]));
        Assert.All(words, w => Assert.InRange(w.Bottom, TurnedPdf.Rows[0], TurnedPdf.Rows[^1]));
    }
}
