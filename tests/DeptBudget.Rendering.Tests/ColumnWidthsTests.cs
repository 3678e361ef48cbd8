using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// Columns as wide as what they hold in DOCX and XLSX (issue 15: names wrapped a character or two a line while empty
/// columns took the width), on the 上海 普陀区政府办公室 2025 支出总表 (pdftotext -layout lines 150–185: 类/款/项 codes,
/// names up to 其他政府办公厅（室）及相关机构事务支出, amounts to 91,016,775.35).
/// </summary>
public class ColumnWidthsTests
{
    private static readonly Lazy<RenderedDisclosure> Office = new(() => AsReadRenderer.Render(
        DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-government-office-2025-department-budget.pdf"))));

    private static Table Expenditure => Office.Value.Disclosure.Tables.First(t => t.Id == TableIds.ExpenditureSummary);

    [Fact]
    public void A_name_column_is_wider_than_codes_and_amounts_and_fits_its_longest_name()
    {
        var t = Expenditure;
        var widths = ColumnWidths.Of(Office.Value, t);
        var name = t.Columns.ToList().FindIndex(c => c.Key == ColumnKeys.Name);
        var total = t.Columns.ToList().FindIndex(c => c.Key == AmountKeys.Total);
        Assert.True(name >= 0 && total >= 0);
        Assert.True(widths[name] >= ColumnWidths.Units("其他政府办公厅（室）及相关机构事务支出"), $"name {widths[name]}");
        Assert.True(widths[total] >= "91,016,775.35".Length, $"total {widths[total]}");
        for (var c = 0; c < t.Columns.Count; c++)
            if (c != name) Assert.True(widths[c] < widths[name], $"column {t.Columns[c].Header} {widths[c]} ≥ name {widths[name]}");
    }

    [Fact]
    public void Docx_grid_follows_the_widths_and_fills_the_page()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(Office.Value)), false);
        var title = Expenditure.Title;
        var table = doc.MainDocumentPart!.Document.Body!.Elements<W.Table>()
            .First(tb => tb.ElementsBefore().OfType<W.Paragraph>().Reverse().Skip(1).FirstOrDefault()?.InnerText == title);
        var grid = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToList();
        var name = Expenditure.Columns.ToList().FindIndex(c => c.Key == ColumnKeys.Name);
        Assert.Equal(grid.Max(), grid[name]);
        Assert.True(grid[0] < grid[name] / 3, string.Join(",", grid));   // 类 is narrow
        Assert.InRange(grid.Sum(), 9906 - 20, 16838);                      // the page's width between its margins
    }

    [Fact]
    public void Xlsx_sheets_print_fit_to_the_page_width_with_columns_by_content()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(Office.Value)), false);
        foreach (var part in doc.WorkbookPart!.WorksheetParts)
        {
            var ws = part.Worksheet;
            Assert.True(ws.GetFirstChild<S.SheetProperties>()?.PageSetupProperties?.FitToPage?.Value);
            Assert.Equal(1u, ws.GetFirstChild<S.PageSetup>()!.FitToWidth!.Value);
            Assert.Equal(0u, ws.GetFirstChild<S.PageSetup>()!.FitToHeight!.Value);
        }
    }

    [Fact]
    public void Text_in_a_column_of_no_known_meaning_is_not_aligned_as_an_amount()
    {
        var unknown = new Column("?绩效目标", "绩效目标");
        Assert.False(Display.AlignsRight(unknown, "完成预决算、政府财务报告等工作"));
        Assert.True(Display.AlignsRight(unknown, "18808.16"));
        Assert.False(Display.AlignsRight(new Column("name#2", "一级项目名称"), "预决算管理业务"));
        Assert.True(Display.AlignsRight(new Column(AmountKeys.Total, "合计"), ""));
    }
}
