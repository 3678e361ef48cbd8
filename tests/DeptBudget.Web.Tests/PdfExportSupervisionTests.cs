using System.Diagnostics;
using System.Net;
using DeptBudget.Storage;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Issue 15 blocker 1 through the server: after the server's Chromium was killed, or idled past its limit, the next
/// PDF download still arrives.
/// </summary>
public sealed class PdfExportSupervisionTests
{
    private static async Task<(TestApp App, int Id)> PublishedAsync(Dictionary<string, string?>? settings = null)
    {
        var app = await TestApp.StartAsync(settings: settings);
        var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var record = await app.WithStoreAsync(s => s.CreateAsync(d, CheckSummary.None, "t", "t", BudgetStatus.Published));
        return (app, record.Id);
    }

    private static async Task AssertPdfAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/budgets/{id}/export/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.True(pdf.Length > 10_000 && pdf.AsSpan().StartsWith("%PDF-"u8), "a PDF");
    }

    [Fact]
    public async Task The_next_PDF_arrives_after_the_server_s_browser_was_killed()
    {
        var (app, id) = await PublishedAsync();
        await using var _ = app;
        var client = app.Client();
        await AssertPdfAsync(client, id);
        var exports = app.App.Services.GetRequiredService<DocumentExports>();
        var pid = exports.BrowserProcessId ?? throw new InvalidOperationException("no browser process");
        using (var p = Process.GetProcessById(pid)) p.Kill();

        await AssertPdfAsync(client, id);
        Assert.NotEqual(pid, exports.BrowserProcessId);
    }

    [Fact]
    public async Task The_next_PDF_arrives_after_the_browser_idled_past_its_limit()
    {
        var (app, id) = await PublishedAsync(new() { ["DeptBudget:Pdf:IdleRecycleSeconds"] = "1" });
        await using var _ = app;
        var client = app.Client();
        await AssertPdfAsync(client, id);
        var exports = app.App.Services.GetRequiredService<DocumentExports>();
        var first = exports.BrowserProcessId;
        await Task.Delay(TimeSpan.FromSeconds(2));

        await AssertPdfAsync(client, id);
        Assert.NotEqual(first, exports.BrowserProcessId);   // replaced, not reused after its idle limit
    }
}
