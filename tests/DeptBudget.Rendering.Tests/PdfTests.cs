using System.Diagnostics;
using System.Text;
using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using UglyToad.PdfPig;

namespace DeptBudget.Rendering.Tests;

/// <summary>One warm Chromium for the PDF tests of this class.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public PdfRenderer Renderer { get; private set; } = null!;
    public async Task InitializeAsync() => Renderer = await PdfRenderer.StartAsync();
    public async Task DisposeAsync() => await Renderer.DisposeAsync();
}

public class PdfTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private async Task<(byte[] Pdf, RenderedDisclosure R)> Xixia()
    {
        var r = DisclosureRenderer.Render(Xixia2024.Budget(), Layout.Load("henan-2024"));
        return (await chromium.Renderer.RenderAsync(HtmlWriter.Write(r)), r);
    }

    [Fact]
    public async Task Pdf_text_extracts_back_with_the_titles_and_amounts_of_the_budget()
    {
        var (pdf, r) = await Xixia();
        using var doc = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in doc.GetPages()) text.Append(PdfText.Normalise(page.Text)).Append('\n');
        var all = text.ToString().Replace(" ", "");
        File.WriteAllText("/tmp/xixia.pdf.txt", all);
        foreach (var t in r.Disclosure.Tables) Assert.Contains(t.Title.Replace(" ", ""), all);
        // Amounts as the document prints them, computed from the budget (not typed here twice).
        var f = new Tables.Figures(r.Disclosure.Budget);
        Assert.Contains(Money.Format(f.Revenue(AmountKeys.RevenueTotal)), all);                       // 10,902.00
        Assert.Contains(Money.Format(f.Expenditure(FundingScope.AllSources, AmountKeys.ProjectExpenditure)), all); // 10,382.70
        Assert.Contains("10,902.00", all);
        Assert.Contains("9,948.00", all);
        Assert.Contains("519.30", all);
        Assert.Contains("6,271.20", all);
        Assert.Contains("西峡县医疗保障局2024年收入总计10902万元", all);
        Assert.Contains("基本支出519.30万元，占4.76%；项目支出10382.70万元，占95.24%", all);
    }

    [Fact]
    public async Task Every_page_has_ink_and_wide_tables_are_landscape()
    {
        var (pdf, _) = await Xixia();
        var dir = Directory.CreateTempSubdirectory("deptbudget-pdf-");
        try
        {
            var path = Path.Combine(dir.FullName, "xixia.pdf");
            await File.WriteAllBytesAsync(path, pdf);
            using var doc = PdfDocument.Open(pdf);
            Assert.True(doc.NumberOfPages >= 14, $"{doc.NumberOfPages} pages");
            Assert.Contains(doc.GetPages(), p => p.Width > p.Height);   // landscape pages for wide tables
            Assert.Contains(doc.GetPages(), p => p.Width < p.Height);   // portrait for the rest
            Run("pdftoppm", $"-r 20 -png \"{path}\" \"{Path.Combine(dir.FullName, "p")}\"");
            var pngs = dir.GetFiles("p-*.png");
            Assert.Equal(doc.NumberOfPages, pngs.Length);
            Run("pdftoppm", $"-r 20 -gray \"{path}\" \"{Path.Combine(dir.FullName, "g")}\"");
            // One line of small print on a page is ~0.0002 of its pixels at 20 dpi; the page number alone is 0.
            foreach (var pgm in dir.GetFiles("g-*.pgm"))
                Assert.True(InkFraction(File.ReadAllBytes(pgm.FullName)) > 0.0001, $"{pgm.Name} is blank");
        }
        finally { dir.Delete(true); }
    }

    private static void Run(string exe, string args)
    {
        using var p = Process.Start(new ProcessStartInfo(exe, args) { RedirectStandardError = true })!;
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{exe} {args}: {p.StandardError.ReadToEnd()}");
    }

    /// <summary>Fraction of dark pixels in a binary PGM (P5) page image.</summary>
    private static double InkFraction(byte[] pgm)
    {
        var fields = 0; var i = 0;
        while (fields < 4)
        {
            while (char.IsWhiteSpace((char)pgm[i])) i++;
            if (pgm[i] == '#') { while (pgm[i] != '\n') i++; continue; }
            while (!char.IsWhiteSpace((char)pgm[i])) i++;
            fields++;
        }
        i++;
        var dark = 0;
        for (var k = i; k < pgm.Length; k++) if (pgm[k] < 128) dark++;
        return (double)dark / (pgm.Length - i);
    }
}
