using System.Text;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// Families without a rendering definition (上海, 深圳) print the disclosure as read in all four formats. The figures
/// asserted are read by hand from `pdftotext -layout` of the source PDFs, not from our output.
/// </summary>
public class AsReadRendererTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly Lazy<Disclosure> Wanli = new(() =>
        DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2025-department-budget.pdf")));
    private static readonly Lazy<Disclosure> Shenzhen = new(() =>
        DisclosureReader.ReadFile(Seeds.RealDoc("china/guangdong-shenzhen-tjj-2026-budget.pdf")));

    // 上海 万里街道 2025, pdftotext lines 143–170, 447, 700–760: tables in 元 with whole amounts, 三公 in 万元.
    private static readonly string[] WanliFigures = ["189,767,551", "3,296,600", "101,341,746", "88,425,805", "90,514,044", "37.91", "464.64", "21.56"];
    // 深圳 统计局 2026, pdftotext lines 566–635: tables in 万元.
    private static readonly string[] ShenzhenFigures = ["5,417.80", "3,478.72"];

    [Fact]
    public void Families_without_a_rendering_layout_are_the_ones_printed_as_read()
    {
        Assert.DoesNotContain(Wanli.Value.Meta.Layout, Layout.Available);
        Assert.DoesNotContain(Shenzhen.Value.Meta.Layout, Layout.Available);
    }

    [Fact]
    public void Html_prints_every_table_with_its_printed_title_unit_caption_and_figures()
    {
        var d = Wanli.Value;
        var html = HtmlWriter.Write(AsReadRenderer.Render(d));
        var text = HtmlText.ToText(html);
        Assert.Contains("上海市普陀区人民政府万里街道办事处", text);
        foreach (var t in d.Tables) Assert.Contains(t.Title, text);
        foreach (var f in WanliFigures) Assert.Contains(f, text);
        Assert.Contains("单位：元", text);
        Assert.Contains("单位：万元", text);   // the 三公 table, as the layout data and the page say
        // Codes are text, not money: the 类 cell 201 prints as 201.
        Assert.Contains("<td>201</td>", html);
        Assert.DoesNotContain("201.00", text);
        // Narrative and glossary as read.
        Assert.Contains("名词解释", text);
        Assert.Contains("财政拨款收入：是区级预算主管部门", text);
        Assert.DoesNotContain("草稿", text);
    }

    [Fact]
    public void The_draft_banner_lists_errors_unless_the_budget_is_final()
    {
        var r = AsReadRenderer.Render(Wanli.Value, ["收入总计与支出总计不等"]);
        Assert.Contains("草稿（未定稿）", HtmlWriter.Write(r));
        Assert.DoesNotContain("草稿（未定稿）", HtmlWriter.Write(r with { Final = true }));
    }

    [Fact]
    public void Xlsx_has_a_sheet_per_table_with_amounts_as_numbers_and_each_tables_unit()
    {
        var d = Wanli.Value;
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(AsReadRenderer.Render(d))), false);
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(d.Tables.Count, sheets.Count);
        var strings = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        string Text(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text)]
            : c.InlineString?.InnerText ?? c.CellValue?.Text ?? "";
        List<Cell> Cells(int i) => ((WorksheetPart)wb.GetPartById(sheets[i].Id!)).Worksheet.Descendants<Cell>().ToList();
        var first = Cells(0);
        var total = first.First(c => c.DataType?.Value == CellValues.Number && decimal.Parse(c.CellValue!.Text) == 189767551m);
        // Printed whole (元): shown whole, #,##0 (built-in format 3), not with two invented decimals.
        var format = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)total.StyleIndex!.Value);
        Assert.Equal(3u, format.NumberFormatId!.Value);
        Assert.Contains(first, c => Text(c) == "单位：元");
        var threePublic = Cells(d.Tables.ToList().FindIndex(t => t.Id == TableIds.ThreePublicExpenses));
        Assert.Contains(threePublic, c => Text(c) == "单位：万元");
        Assert.Contains(threePublic, c => c.DataType?.Value == CellValues.Number && decimal.Parse(c.CellValue!.Text) == 464.64m);
    }

    [Fact]
    public void Docx_prints_titles_figures_and_glossary()
    {
        var d = Wanli.Value;
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(AsReadRenderer.Render(d))), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var text = string.Join("\n", body.Descendants<W.Paragraph>().Select(p => p.InnerText));
        foreach (var t in d.Tables) Assert.Contains(t.Title, text);
        foreach (var f in WanliFigures) Assert.Contains(f, text);
        Assert.Contains("单位：万元", text);
        Assert.Contains("财政拨款收入：是区级预算主管部门", text);
        Assert.True(body.Descendants<W.Table>().Count() >= d.Tables.Count);
    }

    [Fact]
    public async Task Pdf_of_a_shanghai_budget_prints_its_figures()
    {
        var text = await PdfText(AsReadRenderer.Render(Wanli.Value));
        foreach (var f in WanliFigures) Assert.Contains(f, text);
        Assert.Contains("单位：万元", text);
        Assert.Contains("部门财务收支预算总表", text);
    }

    [Fact]
    public async Task A_shenzhen_budget_prints_its_figures_in_every_format()
    {
        var d = Shenzhen.Value;
        var r = AsReadRenderer.Render(d);
        var html = HtmlText.ToText(HtmlWriter.Write(r));
        foreach (var f in ShenzhenFigures) Assert.Contains(f, html);
        foreach (var t in d.Tables) Assert.Contains(t.Title, html);
        Assert.Contains("单位：万元", html);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(r)), false))
        {
            var docx = string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText));
            foreach (var f in ShenzhenFigures) Assert.Contains(f, docx);
        }
        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(r)), false))
            Assert.Contains(xlsx.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()),
                c => c.DataType?.Value == CellValues.Number && decimal.Parse(c.CellValue!.Text) == 5417.80m);
        var pdf = await PdfText(r);
        foreach (var f in ShenzhenFigures) Assert.Contains(f, pdf);
    }

    private async Task<string> PdfText(RenderedDisclosure r)
    {
        using var doc = PdfDocument.Open(await chromium.Renderer.RenderAsync(HtmlWriter.Write(r)));
        var text = new StringBuilder();
        foreach (var page in doc.GetPages()) text.Append(Writers.PdfText.Normalise(page.Text)).Append('\n');
        return text.ToString().Replace(" ", "");
    }
}
