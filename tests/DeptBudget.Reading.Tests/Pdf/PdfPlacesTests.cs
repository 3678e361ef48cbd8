using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Testing;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// The reader keeps where each line was printed: every amount's box is where poppler (pdftotext -bbox, an
/// independent reader) finds that figure on that page, on real documents of different families.
/// </summary>
public partial class PdfPlacesTests
{
    [Theory]
    [InlineData("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf")]
    [InlineData("china/guangdong-shenzhen-ybj-2026-budget.pdf")]
    [InlineData("china/shandong-yantai-tjj-2026-budget.pdf")]
    public void Every_printed_amount_has_the_page_and_box_poppler_finds_it_at(string name)
    {
        var path = DeptBudget.Testing.Seeds.RealDoc(name);
        var d = DisclosureReader.ReadFile(path);
        Assert.NotNull(d.Places);
        var words = PopplerWords.All(path);
        var amounts = d.Places!.SelectMany(p => p.Runs.Select(r => (p.Page, Run: r))).Where(x => Amount().IsMatch(x.Run.Text)).ToList();
        Assert.True(amounts.Count > 100, $"{name}: {amounts.Count} amounts placed");
        var matched = amounts.Count(x => words[x.Page].Any(w => w.Text == x.Run.Text
            && Math.Abs(w.XMin - (double)x.Run.X) < 1.5 && Math.Abs(w.XMax - (double)(x.Run.X + x.Run.Width)) < 1.5
            && (w.YMin + w.YMax) / 2 > (double)x.Run.Y - 3 && (w.YMin + w.YMax) / 2 < (double)(x.Run.Y + x.Run.Height) + 3));
        Assert.True(matched >= 0.98 * amounts.Count, $"{name}: {matched} of {amounts.Count} amounts where poppler prints them");
    }

    [Fact]
    public void Table_rows_and_narrative_sections_are_on_the_lines_that_have_places()
    {
        var d = DisclosureReader.ReadFile(DeptBudget.Testing.Seeds.RealDoc("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf"));
        var lines = d.Places!.Select(p => p.Line).ToHashSet();
        var rows = d.Tables.SelectMany(t => t.Rows).ToList();
        Assert.True(rows.Count(r => lines.Contains(r.Line)) >= 0.98 * rows.Count);
        // A leading section with no title of its own (line 0) is the only one not printed on a line.
        Assert.All(d.Narrative.Sections.Where(s => s.Line > 0), s => Assert.Contains(s.Line, lines));
    }

    [Fact]
    public void The_places_survive_the_canonical_json_so_a_stored_budget_keeps_them()
    {
        var d = DisclosureReader.ReadFile(DeptBudget.Testing.Seeds.RealDoc("shanghai-putuo-wanli-2024-department-budget.pdf"));
        var back = DeptBudget.Model.Json.BudgetJson.Deserialize(DeptBudget.Model.Json.BudgetJson.Serialize(d));
        Assert.Equal(d.Places!.Count, back.Places!.Count);
        Assert.All(d.Places.Zip(back.Places), x =>
        {
            Assert.Equal((x.First.Line, x.First.Page), (x.Second.Line, x.Second.Page));
            Assert.Equal(x.First.Runs, x.Second.Runs);
        });
    }

    [Fact]
    public void A_text_reading_has_no_places_and_its_json_is_unchanged()
    {
        var d = DisclosureReader.ReadFile(DeptBudget.Testing.Seeds.PathOf(DeptBudget.Testing.Seeds.Xixia2024));
        Assert.Null(d.Places);
        Assert.DoesNotContain("\"places\"", DeptBudget.Model.Json.BudgetJson.Serialize(d));
    }

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*\.\d{2}$|^\d+\.\d{2}$")]
    private static partial Regex Amount();
}
