using System.Net;
using System.Text;
using System.Text.Json;

namespace DeptBudget.Web.Tests;

public sealed class CheckApiTests
{
    [Fact]
    public async Task Check_answers_the_findings_of_a_seed_anonymously()
    {
        await using var app = await TestApp.StartAsync();
        var response = await app.Client().PostAsync("/api/check", SeedFiles.Upload("000"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal(SeedFiles.Department("000"), root.GetProperty("department").GetString());
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        var findings = root.GetProperty("findings");
        Assert.Equal(root.GetProperty("errors").GetInt32(), findings.EnumerateArray().Count(f => f.GetProperty("severity").GetString() == "error"));
        foreach (var f in findings.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("rule").GetString()));
            Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
            Assert.Equal(JsonValueKind.Object, f.GetProperty("location").ValueKind);
        }
    }

    [Fact]
    public async Task Read_answers_the_canonical_json_and_unknown_pages_a_chinese_404()
    {
        await using var app = await TestApp.StartAsync();
        var client = app.Client();
        var response = await client.PostAsync("/api/read", SeedFiles.Upload("001"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var d = DeptBudget.Model.Json.BudgetJson.Deserialize(await response.Content.ReadAsStringAsync());
        Assert.Equal(SeedFiles.Department("001"), d.Meta.Department);
        var page = await client.GetAsync("/budgets/99999");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("尚未公开", await page.Content.ReadAsStringAsync());
        var api = await client.GetAsync("/api/budgets/99999");
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "budget.txt", 415)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0 }, "budget.txt", 415)]
    [InlineData(new byte[] { 0xC3, 0x28, 0xA0, 0xA1 }, "budget.txt", 415)]
    [InlineData(new byte[] { (byte)'{', (byte)'}' }, "budget.json", 422)]
    [InlineData(new byte[] { }, "empty.txt", 400)]
    public async Task Unusable_uploads_get_a_problem_details_answer(byte[] content, string name, int status)
    {
        await using var app = await TestApp.StartAsync();
        var response = await app.Client().PostAsync("/api/check", SeedFiles.Upload(content, name));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, doc.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Text_that_is_not_a_disclosure_is_refused_with_the_reason()
    {
        await using var app = await TestApp.StartAsync();
        var response = await app.Client().PostAsync("/api/check", SeedFiles.Upload(Encoding.UTF8.GetBytes("这不是预算文件。\nhello"), "x.txt"));
        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("无法读取", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_without_the_file_field_is_a_bad_request()
    {
        await using var app = await TestApp.StartAsync();
        var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        var response = await app.Client().PostAsync("/api/check", form);
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("file", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Check_is_rate_limited_per_client()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["DeptBudget:Limits:ToolRequestsPerMinute"] = "2" });
        var client = app.Client();
        var bytes = Encoding.UTF8.GetBytes("x");
        var codes = new List<int>();
        for (var i = 0; i < 3; i++) codes.Add((int)(await client.PostAsync("/api/check", SeedFiles.Upload(bytes, "x.txt"))).StatusCode);
        Assert.NotEqual(429, codes[0]);
        Assert.NotEqual(429, codes[1]);
        Assert.Equal(429, codes[2]);
    }

    [Fact]
    public async Task Anonymous_pdf_exports_are_rate_limited_per_client_and_data_downloads_are_not()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["DeptBudget:Limits:PdfExportsPerMinute"] = "1" });
        var client = app.Client();
        // A budget that does not exist: the limit is taken before the budget is looked up, so no render is needed.
        var pdf = new List<int>();
        for (var i = 0; i < 2; i++) pdf.Add((int)(await client.GetAsync("/api/budgets/999999/export/pdf")).StatusCode);
        var csv = new List<int>();
        for (var i = 0; i < 3; i++) csv.Add((int)(await client.GetAsync("/api/budgets/999999/export/csv")).StatusCode);
        Assert.NotEqual(429, pdf[0]);
        Assert.Equal(429, pdf[1]);
        Assert.DoesNotContain(429, csv);
    }

    [Fact]
    public async Task Uploads_over_the_size_limit_are_refused()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["DeptBudget:Limits:MaxUploadBytes"] = "1000" });
        var response = await app.Client().PostAsync("/api/check", SeedFiles.Upload("000"));
        Assert.Equal(413, (int)response.StatusCode);
    }
}
