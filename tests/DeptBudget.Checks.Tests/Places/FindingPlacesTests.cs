using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests.Places;

/// <summary>
/// A PDF finding carries its page and the box of the cell or sentence it names, held against where poppler
/// (pdftotext -bbox) prints the figure; a text finding keeps its line and sentence only.
/// </summary>
public class FindingPlacesTests
{
    private static readonly string Putuo = Seeds.RealDoc("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf");

    [Fact]
    public void A_cell_finding_is_on_the_page_and_in_the_box_where_its_figure_is_printed()
    {
        var report = Checker.Default.Check(DisclosureReader.ReadFile(Putuo));
        // X1: 社会保障和就业支出 printed 326.71 in 收入支出决算总表 and 326.72 in the other tables.
        var f = Assert.Single(report.Findings, f => f.Rule == "X1" && f.Location.Table == "revenue-expenditure-summary");
        var place = Assert.IsType<DeptBudget.Model.PageBox>(f.Location.Place);
        var row = report.Disclosure!.Table("revenue-expenditure-summary")!.Rows[f.Location.RowIndex!.Value];
        var printed = row.Cells[f.Location.ColumnIndex!.Value];
        var word = Assert.Single(PopplerWords.Of(Putuo, place.Page), w => w.Text == printed
            && Math.Abs(w.XMin - (double)place.X) < 1.5 && Math.Abs(w.XMax - (double)(place.X + place.Width)) < 1.5);
        Assert.InRange((word.YMin + word.YMax) / 2, (double)place.Y - 3, (double)(place.Y + place.Height) + 3);
    }

    [Fact]
    public void A_sentence_finding_is_the_box_of_the_printed_lines_that_hold_its_words()
    {
        var report = Checker.Default.Check(DisclosureReader.ReadFile(Putuo));
        var sentences = report.Findings.Where(f => f.Severity != Severity.Info && f.Location.Table is null && f.Location.Text is { Length: > 0 }).ToList();
        Assert.NotEmpty(sentences);
        foreach (var f in sentences)
        {
            var place = f.Location.Place ?? throw new Xunit.Sdk.XunitException($"{f.Rule} “{f.Location.Text}” has no place");
            // The sentence's figures are printed inside its box on that page.
            var figure = System.Text.RegularExpressions.Regex.Match(f.Location.Text!, @"\d+\.\d{2}").Value;
            var words = PopplerWords.Of(Putuo, place.Page).Where(w => w.Text.Contains(figure)).ToList();
            Assert.Contains(words, w => w.XMin >= (double)place.X - 2 && w.XMax <= (double)(place.X + place.Width) + 2
                && (w.YMin + w.YMax) / 2 >= (double)place.Y - 3 && (w.YMin + w.YMax) / 2 <= (double)(place.Y + place.Height) + 3);
        }
    }

    [Fact]
    public void Every_error_and_warning_of_a_pdf_has_a_page_and_a_text_reading_has_none()
    {
        var pdf = Checker.Default.Check(DisclosureReader.ReadFile(Putuo));
        Assert.All(pdf.Findings.Where(f => f.Severity != Severity.Info), f => Assert.NotNull(f.Location.Place));
        var text = Checker.Default.Check(DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Luolong2021)));
        Assert.NotEmpty(text.Findings);
        Assert.All(text.Findings, f => Assert.Null(f.Location.Place));
        Assert.DoesNotContain("\"place\"", Reports.JsonReport.Write(text.Findings));
    }
}
