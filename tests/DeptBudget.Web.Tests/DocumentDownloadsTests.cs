using System.Net;
using System.Text;
using System.Text.Json;
using DeptBudget.Storage;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Every budget offers PDF, XLSX, DOCX and HTML, also where its family has no rendering definition (上海, 深圳: #15,
/// the links answered 格式“shanghai-2025”没有排版定义). Each format is opened and holds the figures the document
/// prints, read by hand from `pdftotext -layout` of the source.
/// </summary>
public sealed class DocumentDownloadsTests
{
    public static TheoryData<string, string[]> Documents() => new()
    {
        // 上海 万里街道 2025: 收入总计 189,767,551 元 (pdftotext line 170), 一般公共服务支出 3,296,600; 三公 机关运行经费 464.64 万元.
        { "shanghai-putuo-wanli-2025-department-budget.pdf", ["189,767,551", "3,296,600", "464.64"] },
        // 深圳 统计局 2026: 收入总计 5,417.80 万元 (line 635), 一般公共服务支出 3,478.72.
        { "china/guangdong-shenzhen-tjj-2026-budget.pdf", ["5,417.80", "3,478.72"] },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task An_imported_budget_without_a_rendering_layout_downloads_in_all_four_formats_with_its_figures(string file, string[] figures)
    {
        await using var app = await TestApp.StartAsync();
        var path = DeptBudget.Testing.Seeds.RealDoc(file);
        var department = DeptBudget.Reading.DisclosureReader.ReadFile(path).Meta.Department;
        await app.CreateUserAsync("prep", Roles.Preparer, department);
        var prep = await app.LoginAsync("prep");
        var response = await prep.PostAsync("/api/budgets", SeedFiles.Upload(File.ReadAllBytes(path), Path.GetFileName(path)));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("budget").GetProperty("id").GetInt32();

        var page = await prep.GetStringAsync($"/budgets/{id}");
        foreach (var format in new[] { "pdf", "xlsx", "docx", "html" })
            Assert.Contains($"href=\"/api/budgets/{id}/export/{format}\"", page);

        var html = await Download(prep, id, "html", "text/html");
        var text = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(html), "<[^>]+>", " "));
        foreach (var f in figures) Assert.Contains(f, text);
        Assert.Contains(department, text);

        using (var docx = WordprocessingDocument.Open(new MemoryStream(await Download(prep, id, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")), false))
        {
            var words = string.Join("\n", docx.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText));
            foreach (var f in figures) Assert.Contains(f, words);
        }

        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(await Download(prep, id, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")), false))
        {
            var numbers = xlsx.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
                .Where(c => c.DataType?.Value == CellValues.Number).Select(c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
            foreach (var f in figures) Assert.Contains(decimal.Parse(f.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture), numbers);
        }

        using var pdf = PdfDocument.Open(await Download(prep, id, "pdf", "application/pdf"));
        var printed = string.Concat(pdf.GetPages().Select(p => DeptBudget.Rendering.Writers.PdfText.Normalise(p.Text))).Replace(" ", "");
        foreach (var f in figures) Assert.Contains(f, printed);
    }

    private static async Task<byte[]> Download(HttpClient client, int id, string format, string contentType)
    {
        var response = await client.GetAsync($"/api/budgets/{id}/export/{format}");
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{format}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        return body;
    }
}
