using System.Globalization;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;
using DocumentFormat.OpenXml.Packaging;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// 西峡 2024 (seed 001) prints 收入总计 10,902.00 and 其中：财政拨款 9,948.00, while its rows, each rounded to the cent,
/// add up to 10,901.99 and 9,947.99 (pdftotext of the seed: 044001 105.20 + 044002 10,796.79; the items of 支出总体情况表
/// 71.20 + 22.00 + … + 42.50). Every format prints the stated figures (issue 15).
/// </summary>
public class StatedTotalsTests
{
    private static readonly Disclosure Source = DisclosureReader.ReadText(Seeds.Text(Seeds.Xixia2024), Seeds.Xixia2024);
    private static readonly RenderedDisclosure Rendered = DisclosureRenderer.Render(Source, Layout.Load("henan-2024"));

    [Fact]
    public void Html_prints_the_totals_the_document_states_in_tables_and_narrative()
    {
        var text = HtmlText.ToText(HtmlWriter.Write(Rendered));
        Assert.DoesNotContain("10,901.99", text);
        Assert.DoesNotContain("9,947.99", text);
        Assert.DoesNotContain("10901.99", text);
        Assert.Contains("收入总计\t10,902.00\t支出总计\t10,902.00", text);   // 01 as the seed prints it
        Assert.Contains("其中：财政拨款\t9,948.00", text);
        Assert.Contains("十、卫生健康\t10,902.00", text);
        Assert.Contains("西峡县医疗保障局2024年收入总计10902万元，支出总计10902万元", text);   // seed line 90
        Assert.Contains("基本支出519.30万元，占4.76%；项目支出10382.70万元，占95.24%", text);   // seed line 98
    }

    [Fact]
    public void Xlsx_and_docx_print_the_stated_totals()
    {
        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(XlsxWriter.Write(Rendered)), false))
        {
            var numbers = xlsx.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<X.Cell>())
                .Where(c => c.DataType?.Value == X.CellValues.Number)
                .Select(c => decimal.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)).ToList();
            Assert.DoesNotContain(10901.99m, numbers);
            Assert.DoesNotContain(9947.99m, numbers);
            Assert.Contains(10902m, numbers);
            Assert.Contains(9948m, numbers);
        }
        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(Rendered)), false);
        var body = docx.MainDocumentPart!.Document.Body!.InnerText;
        Assert.DoesNotContain("10,901.99", body);
        Assert.Contains("10,902.00", body);
        Assert.Contains("9,948.00", body);
    }

    [Fact]
    public void A_total_whose_parts_were_edited_beyond_rounding_is_added_up_again()
    {
        var b = Source.Budget;
        var first = b.Expenditure.First(l => l.Scope == FundingScope.AllSources);
        var raised = first with { Amounts = first.Amounts.ToDictionary(kv => kv.Key, kv => kv.Value + 100m) };
        var edited = Source with { Budget = b with { Expenditure = b.Expenditure.Select(l => ReferenceEquals(l, first) ? raised : l).ToList() } };
        var r = DisclosureRenderer.Render(edited, Layout.Load("henan-2024"));
        var t03 = r.Disclosure.Tables.Single(t => t.Id == TableIds.ExpenditureSummary);
        var total = t03.Rows.Single(x => x.Kind == RowKind.Total);
        Assert.Equal(10901.99m + 100m, t03.Amount(total, AmountKeys.Total));   // the stated 10,902.00 no longer applies
    }

    [Fact]
    public void Without_a_source_document_totals_are_sums()
    {
        var r = DisclosureRenderer.Render(Source.Budget, Layout.Load("henan-2024"));
        var t03 = r.Disclosure.Tables.Single(t => t.Id == TableIds.ExpenditureSummary);
        Assert.Equal(10901.99m, t03.Amount(t03.Rows.Single(x => x.Kind == RowKind.Total), AmountKeys.Total));
    }
}
