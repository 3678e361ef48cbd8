using System.Globalization;
using DeptBudget.Storage;
using DeptBudget.Web.Services;
using Microsoft.Playwright;

namespace DeptBudget.Web.Tests;

/// <summary>
/// The whole journey in Debian's Chromium (headless, driven by Playwright): a preparer uploads a seed,
/// sees its findings, corrects a number in the form and sees that finding go; a reviewer approves and
/// publishes; the PDF is exported; the anonymous public sees the published budget and not a draft.
/// </summary>
public sealed class BrowserTests
{
    private static string Chromium => Environment.GetEnvironmentVariable("DEPTBUDGET_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    // On SQLite and, where scripts/test.sh provides one (DEPTBUDGET_TEST_POSTGRES), on PostgreSQL (#15 "Done when").
    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Upload_correct_approve_publish_export_and_the_public_view(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, kestrel: true);
        var department = SeedFiles.Department("002");
        await app.CreateUserAsync("prep", Roles.Preparer, department);
        await app.CreateUserAsync("rev", Roles.Reviewer);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');

        // Preparer: log in, upload, see the findings.
        var prep = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl, AcceptDownloads = true });
        await LoginAsync(prep, "prep");
        await prep.GotoAsync("/upload");
        // 002 has real cell errors (table 01: 项目支出 5058.44 over parts that add up to 5057.84).
        await prep.SetInputFilesAsync("#file", SeedFiles.PathOf("002"));
        await prep.ClickAsync("text=上传并审核");
        await prep.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/budgets/\\d+$"));
        var id = int.Parse(prep.Url[(prep.Url.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        Assert.Equal("草稿", await prep.InnerTextAsync("#status"));
        var errorsShown = int.Parse(await prep.InnerTextAsync("#count-errors"), CultureInfo.InvariantCulture);
        Assert.True(errorsShown > 0, "the seed's findings are shown");
        Assert.True(await prep.Locator("td.err").CountAsync() > 0, "the cells of the findings are marked");

        // Pick a finding on one amount cell whose expected value is a number, and type that number.
        var loaded = await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, [])));
        var d = DeptBudget.Model.Json.BudgetJson.Deserialize(loaded!.Json);
        var findings = CheckService.Parse(loaded.FindingsJson);
        var target = findings.First(f => f.IsError && f.Location is { Table: not null, RowIndex: not null, ColumnIndex: not null }
            && d.Tables.Count(t => t.Id == f.Location.Table) == 1
            && decimal.TryParse(f.Expected, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            && findings.Count(g => g.Location.Table == f.Location.Table && g.Location.RowIndex == f.Location.RowIndex && g.Location.ColumnIndex == f.Location.ColumnIndex) == 1
            // its message must be its own, so that its absence afterwards says this finding is gone
            && findings.Count(g => g.Message == f.Message) == 1);
        var ti = d.Tables.ToList().FindIndex(t => t.Id == target.Location.Table);
        var cell = $"[data-cell=\"{target.Location.Table}:{target.Location.RowIndex}:{target.Location.ColumnIndex}\"]";

        await prep.GotoAsync($"/budgets/{id}/edit");
        Assert.Contains("err", await prep.GetAttributeAsync(cell, "class") ?? "");
        await prep.FillAsync($"input[name=\"cell.{ti}.{target.Location.RowIndex}.{target.Location.ColumnIndex}\"]", target.Expected!);
        await prep.Locator("#live-status").Filter(new() { HasText = "已按当前填写内容检查" }).WaitForAsync();
        Assert.DoesNotContain("err", await prep.GetAttributeAsync(cell, "class") ?? "");
        await prep.ClickAsync("text=保存为新版本 >> nth=0");
        await prep.WaitForURLAsync($"{baseUrl}/budgets/{id}");
        Assert.DoesNotContain("err", await prep.GetAttributeAsync(cell, "class") ?? "");
        Assert.DoesNotContain(target.Message, await prep.InnerTextAsync("#findings"));
        // Errors remain: submitting asks first (dismissed: nothing happens; accepted: submitted).
        string? asked = null;
        void Dismiss(object? _, IDialog dialog) { asked = dialog.Message; dialog.DismissAsync(); }
        prep.Dialog += Dismiss;
        await prep.ClickAsync("text=提交审核");
        Assert.Matches("^还有 .+，确定提交？$", asked);
        Assert.Equal("草稿", await prep.InnerTextAsync("#status"));
        prep.Dialog -= Dismiss;
        prep.Dialog += (_, dialog) => dialog.AcceptAsync();
        await prep.ClickAsync("text=提交审核");
        await prep.Locator("#status", new() { HasText = "已提交" }).WaitForAsync();

        // Reviewer: approve, publish, export the PDF.
        var rev = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl, AcceptDownloads = true });
        await LoginAsync(rev, "rev");
        await rev.GotoAsync("/");
        await rev.ClickAsync($"a[href=\"/budgets/{id}\"]");
        // Errors remain: approval and publication need a reason, which the page then shows.
        await rev.ClickAsync("button:text-is('审核通过')");
        Assert.Equal("已提交", await rev.InnerTextAsync("#status"));   // the reason is required
        await rev.FillAsync("#reason-Approved", "差额系原文件四舍五入");
        await rev.ClickAsync("button:text-is('审核通过')");
        await rev.Locator("#status", new() { HasText = "已审核" }).WaitForAsync();
        await rev.FillAsync("#reason-Published", "按原文公开");
        await rev.ClickAsync("button:text-is('公开')");
        await rev.Locator("#status", new() { HasText = "已公开" }).WaitForAsync();
        Assert.Contains("理由：按原文公开", await rev.InnerTextAsync("main"));
        var download = await rev.RunAndWaitForDownloadAsync(() => rev.ClickAsync("a:text-is('PDF')"), new() { Timeout = 120_000 });
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.True(pdf.Length > 10_000 && pdf.AsSpan().StartsWith("%PDF-"u8), "a PDF was exported");
        Assert.DoesNotContain("草稿", PdfText(pdf));   // a published budget's PDF is the official text

        // The public: sees the published budget, not a draft.
        // Another draft of the unit, next year's (one budget per unit and year).
        var draft = await app.WithStoreAsync(s => s.CreateAsync(d with { Meta = d.Meta with { Year = d.Meta.Year + 1 } }, CheckSummary.None, "prep", "另一草稿"));
        var anonymous = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl });
        await anonymous.GotoAsync("/");
        Assert.Equal(1, await anonymous.Locator($"a[href=\"/budgets/{id}\"]").CountAsync());
        Assert.Equal(0, await anonymous.Locator($"a[href=\"/budgets/{draft.Id}\"]").CountAsync());
        var published = await anonymous.GotoAsync($"/budgets/{id}");
        Assert.Equal(200, published!.Status);
        Assert.Equal("已公开", await anonymous.InnerTextAsync("#status"));
        var hidden = await anonymous.GotoAsync($"/budgets/{draft.Id}");
        Assert.Equal(404, hidden!.Status);
    }

    /// <summary>The PDF's text by poppler's pdftotext (installed with the browser tests' packages).</summary>
    private static string PdfText(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, pdf);
            using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", $"\"{path}\" -") { RedirectStandardOutput = true })!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            Assert.True(text.Length > 1000, "pdftotext read the PDF");
            return text;
        }
        finally { File.Delete(path); }
    }

    private static async Task LoginAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", TestApp.Password);
        await page.ClickAsync("button:text-is('登录')");
        await page.WaitForURLAsync(u => !u.Contains("/account/login"));
    }
}
