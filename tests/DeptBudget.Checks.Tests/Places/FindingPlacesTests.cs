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

    [Fact]
    public void A_finding_of_a_disclosure_in_two_files_is_on_the_page_of_the_file_that_prints_it()
    {
        // 北京市审计局 2026: 说明 (-text.pdf) and 附表 (-tables.pdf); 预算07表 政府性基金预算支出表 is empty, on page 7 of the tables.
        var text = Seeds.RealDoc("china/beijing-beijing-sjj-2026-budget-text.pdf");
        var tables = Seeds.RealDoc("china/beijing-beijing-sjj-2026-budget-tables.pdf");
        var report = Checker.Default.Check(DisclosureReader.ReadFiles([text, tables]));
        var f = Assert.Single(report.Findings, f => f.Rule == "C1" && f.Location.Table == "government-fund-expenditure");
        var place = Assert.IsType<DeptBudget.Model.PageBox>(f.Location.Place);
        Assert.Equal((Path.GetFileName(tables), 7), (place.File, place.Page));
        // The box is where poppler prints the table's title on that page of that file.
        var title = Assert.Single(PopplerWords.Of(tables, 7), w => w.Text.Contains("政府性基金预算支出表"));
        Assert.InRange((title.YMin + title.YMax) / 2, (double)place.Y - 3, (double)(place.Y + place.Height) + 3);
        // The reviewer's form names the file with the page.
        var form = DeptBudget.Checks.Reports.ChecklistForm.Of(report);
        Assert.Contains(form.Rows, r => r.Pages.Contains($"{Path.GetFileName(tables)} 第 7 页") && r.Place.Contains($"{Path.GetFileName(tables)} 第 7 页"));
        // A disclosure read from one file names no file.
        Assert.All(Checker.Default.Check(DisclosureReader.ReadFile(tables)).Findings.Where(x => x.Location.Place is not null), x => Assert.Null(x.Location.Place!.File));
    }
}
