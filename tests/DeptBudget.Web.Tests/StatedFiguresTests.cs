using System.Net;
using System.Text;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Blocker 4 of #15 in the charts and the next-year draft: 西峡 2024 (seed 001) prints 收入总计 10,902.00 and 其中：财政拨款
/// 9,948.00 (seed lines 192–222) while its rows, each rounded to the cent, add up to 10,901.99 and 9,947.99. What is
/// charted and what the next year's draft prints are the stated figures; a sum is made only where nothing states it.
/// </summary>
public sealed class StatedFiguresTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    private static readonly Access Everything = new("t", true, []);

    [Fact]
    public async Task Compare_charts_print_Xixias_stated_totals()
    {
        var html = await seeded.App.Client().GetStringAsync("/compare?year=2024");
        // Table 02's 合计 row: 一般公共预算 10,902.00; table 03's: 基本支出 519.30, 项目支出 10,382.70 (= 10,902.00).
        Assert.Contains("<title>一般公共预算：10,902.00 万元</title>", html);
        Assert.Contains("<title>基本支出：519.30 万元</title>", html);
        Assert.Contains("<title>项目支出：10,382.70 万元</title>", html);
        Assert.Contains(">10,902.00<", html);
        Assert.DoesNotContain("10,901.99", html);
        Assert.DoesNotContain("9,947.99", html);
    }

    [Fact]
    public async Task The_next_year_draft_of_Xixia_prints_the_stated_totals_in_its_tables_narrative_and_exports()
    {
        await using var app = await TestApp.StartAsync();
        var seed = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var published = await app.WithStoreAsync(s => s.CreateAsync(seed, CheckSummary.None, "seed", "导入", BudgetStatus.Published));
        var admin = await app.LoginAsync("admin");
        var created = await admin.PostAsync($"/api/budgets/{published.Id}/next-year", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var answer = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = answer.RootElement.GetProperty("budget").GetProperty("id").GetInt32();

        var d = BudgetJson.Deserialize((await app.WithStoreAsync(s => s.GetAsync(id, Everything)))!.Json);
        var summary = d.Table(TableIds.RevenueExpenditureSummary)!;
        var cells = summary.Rows.SelectMany(r => r.Cells).ToList();
        Assert.Contains("10902.00", cells);
        Assert.DoesNotContain("10901.99", cells);
        var text = string.Join("\n", d.Narrative.Sections.SelectMany(s => s.Paragraphs));
        Assert.Contains("收入总计10902万元", text);

        foreach (var format in new[] { "html", "docx" })
        {
            var response = await admin.GetAsync($"/api/budgets/{id}/export/{format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var printed = format == "html" ? Encoding.UTF8.GetString(bytes) : DocxText(bytes);
            Assert.Contains("10,902.00", printed);
            Assert.Contains("9,948.00", printed);
            Assert.DoesNotContain("10,901.99", printed);
            Assert.DoesNotContain("9,947.99", printed);
        }
    }

    private static string DocxText(byte[] docx)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}
