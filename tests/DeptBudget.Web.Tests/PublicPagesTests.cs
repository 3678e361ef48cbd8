using System.Net;
using System.Text.Json;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

/// <summary>One app with the seeds imported, shared by the tests of what the public sees.</summary>
public sealed class SeededApp : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;
    public async Task InitializeAsync() => App = await TestApp.StartAsync(samples: true);
    public async Task DisposeAsync() => await App.DisposeAsync();
}

public sealed class PublicPagesTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    private TestApp App => seeded.App;

    [Fact]
    public async Task Home_lists_the_imported_seed_budgets_as_published()
    {
        var html = await App.Client().GetStringAsync("/");
        var published = await App.WithStoreAsync(s => s.ListAsync(Access.Public, new()));
        Assert.True(published.Count >= 4, $"expected the seeds to be imported, found {published.Count}");
        Assert.Contains(SeedFiles.Department("000"), html);
        Assert.Contains(SeedFiles.Department("003"), html);
        Assert.Contains("已公开", html);
    }

    [Fact]
    public async Task Budget_page_shows_tables_narrative_and_findings_beside_them()
    {
        var first = (await App.WithStoreAsync(s => s.ListAsync(Access.Public, new(Department: SeedFiles.Department("000"))))).Single();
        var response = await App.Client().GetAsync($"/budgets/{first.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<table class=\"grid\" id=\"t0\"", html);
        Assert.Contains("aside class=\"findings\"", html);
        Assert.Contains($"{first.ErrorCount}</span> 个错误", html);
        Assert.Contains("主要职责", html);
    }

    [Fact]
    public async Task Every_answer_carries_the_content_security_policy_and_nosniff()
    {
        var response = await App.Client().GetAsync("/");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Data_downloads_are_the_canonical_json_and_csv()
    {
        var first = (await App.WithStoreAsync(s => s.ListAsync(Access.Public, new())))[0];
        var client = App.Client();
        var json = await client.GetStringAsync($"/api/budgets/{first.Id}/export/json");
        Assert.Equal(first.Department, DeptBudget.Model.Json.BudgetJson.Deserialize(json).Meta.Department);
        var zip = await client.GetAsync($"/api/budgets/{first.Id}/export/csv");
        Assert.Equal("application/zip", zip.Content.Headers.ContentType!.MediaType);
        using var archive = new System.IO.Compression.ZipArchive(await zip.Content.ReadAsStreamAsync());
        Assert.NotEmpty(archive.Entries);
        var csv = await client.GetStringAsync($"/api/budgets/{first.Id}/export/csv?table={archive.Entries[0].Name[..^4]}");
        Assert.Contains(',', csv);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_check_and_budgets_endpoints()
    {
        using var doc = JsonDocument.Parse(await App.Client().GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/check", out _));
        Assert.True(paths.TryGetProperty("/api/budgets/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/budgets/{id}/status", out _));
    }
}
