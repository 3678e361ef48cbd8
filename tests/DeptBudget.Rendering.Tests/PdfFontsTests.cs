using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using UglyToad.PdfPig;

namespace DeptBudget.Rendering.Tests;

public class PdfFontsTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Xixia2024_pdf_embeds_the_cjk_font_as_truetype_and_numbers_every_page()
    {
        var r = DisclosureRenderer.Render(Xixia2024.Budget(), Layout.Load("henan-2024"));
        using var doc = PdfDocument.Open(await chromium.Renderer.RenderAsync(HtmlWriter.Write(r)));
        var pages = doc.GetPages().ToList();
        // Chinese letters come from our TrueType Noto glyphs, not Type 3 drawings of the system font.
        var cjk = pages.SelectMany(p => p.Letters).Where(l => l.Value.Length == 1 && l.Value[0] is >= '\u4e00' and <= '\u9fff').ToList();
        Assert.NotEmpty(cjk);
        Assert.All(cjk, l => Assert.Contains("DeptBudgetSansSC-", l.FontName));
        // Page numbers from the @page margin boxes: "n / N" at the foot of every page.
        for (var i = 0; i < pages.Count; i++)
            Assert.Contains($"{i + 1} / {pages.Count}", string.Join(" ", pages[i].GetWords().Select(w => w.Text)));
    }

    [Fact]
    public async Task A_character_outside_the_core_font_prints_from_the_extension_font_as_truetype()
    {
        // 龚 is in GB 2312 but in none of our catalogues, layouts or samples: the 001 document above
        // embeds only the small core font, a department named with 龚 also embeds the extension.
        var budget = Xixia2024.Budget() with { Department = "西峡县龚家医疗保障局" };
        var r = DisclosureRenderer.Render(budget, Layout.Load("henan-2024"));
        using var doc = PdfDocument.Open(await chromium.Renderer.RenderAsync(HtmlWriter.Write(r)));
        var letters = doc.GetPages().SelectMany(p => p.Letters).ToList();
        Assert.Contains("西峡县龚家医疗保障局", string.Concat(doc.GetPage(1).Letters.Select(l => l.Value)));
        var gong = letters.Where(l => l.Value == "龚").ToList();
        Assert.NotEmpty(gong);
        Assert.All(gong, l => Assert.Contains("DeptBudgetSansSCExt-", l.FontName));
        Assert.All(letters.Where(l => l.Value == "西"), l => Assert.Contains("DeptBudgetSansSC-", l.FontName));
    }

    [Fact]
    public void The_fonts_ship_beside_the_program()
    {
        Assert.True(File.Exists(Path.Combine(PdfFonts.Directory, "DeptBudgetSansSC-Regular.ttf")));
        Assert.True(File.Exists(Path.Combine(PdfFonts.Directory, "DeptBudgetSansSC-Bold.ttf")));
        Assert.True(File.Exists(Path.Combine(PdfFonts.Directory, "DeptBudgetSansSCExt-Regular.ttf")));
        Assert.True(File.Exists(Path.Combine(PdfFonts.Directory, "DeptBudgetSansSCExt-Bold.ttf")));
        Assert.Contains($"<dir>{PdfFonts.Directory}</dir>", File.ReadAllText(PdfFonts.WriteFontconfig()!));
    }
}
