using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Rendering.Tests;

public class OfficeTests
{
    private static readonly RenderedDisclosure Xixia = DisclosureRenderer.Render(Xixia2024.Budget(), Layout.Load("henan-2024"));

    [Fact]
    public void Xlsx_has_a_sheet_per_table_with_numbers_merged_headers_and_frozen_panes()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(Xixia)), false);
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(12, sheets.Count);
        Assert.Equal("03 部门支出总体情况表", sheets[2].Name!.Value);
        var ws = ((WorksheetPart)wb.GetPartById(sheets[2].Id!)).Worksheet;
        var cells = ws.Descendants<Cell>().ToList();
        // 合计 of 部门支出总体情况表: a number, not text, shown with the #,##0.00 format.
        var total = cells.First(c => c.DataType?.Value == CellValues.Number);
        Assert.Equal(10902m, Math.Round(decimal.Parse(total.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 2));
        var format = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)total.StyleIndex!.Value);
        Assert.Equal(164u, format.NumberFormatId!.Value);
        Assert.Equal("#,##0.00", wb.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single().FormatCode!.Value);
        Assert.Contains(ws.Descendants<MergeCell>(), m => m.Reference!.Value == "G3:K3");   // 基本支出 over its five columns
        var pane = ws.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A6", pane.TopLeftCell!.Value);                                          // title, unit line, three header rows
    }

    [Fact]
    public void Docx_has_headings_a_toc_field_and_real_tables_with_repeating_headers()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(Xixia)), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Descendants<W.FieldCode>(), f => f.Text.Contains("TOC"));
        var headings = body.Descendants<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").Select(p => p.InnerText).ToList();
        Assert.Contains("一般公共预算“三公”经费支出情况表", headings);
        Assert.Contains("三、支出预算总体情况说明", headings);
        var tables = body.Elements<W.Table>().ToList();
        Assert.Equal(12, tables.Count);
        Assert.All(tables.Where(t => t.Elements<W.TableRow>().First().Descendants<W.TableHeader>().Any()), t => Assert.NotEmpty(t.Elements<W.TableRow>()));
        Assert.Contains("10,382.70", tables[9].InnerText);
        Assert.Contains(body.Descendants<W.PageSize>(), s => s.Orient?.Value == W.PageOrientationValues.Landscape);
    }
}
