using System.Text.RegularExpressions;
using DeptBudget.Storage;
using Microsoft.Playwright;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Issue 15: the upload page takes the several files of one disclosure (北京: 说明 and 附表 as two PDFs) as one budget
/// and keeps them; it refuses a selection over the limit before sending anything, answers an oversized form without
/// the script with our own Chinese page (not Chromium's “HTTP ERROR 400”), and states the reader's reasons in Chinese.
/// </summary>
public sealed class UploadPageTests
{
    private static readonly string[] Beijing =
    [
        DeptBudget.Testing.Seeds.RealDoc("china/" + "beijing-beijing-ybj-2026-budget-text.pdf"),
        DeptBudget.Testing.Seeds.RealDoc("china/" + "beijing-beijing-ybj-2026-budget-tables.pdf"),
    ];

    private const int LimitBytes = 1024 * 1024;

    private static Task<TestApp> StartAsync() =>
        TestApp.StartAsync(kestrel: true, settings: new Dictionary<string, string?> { ["DeptBudget:Limits:MaxUploadBytes"] = LimitBytes.ToString() });

    [Fact]
    public async Task Two_files_of_one_disclosure_become_one_budget_that_keeps_both()
    {
        await using var app = await StartAsync();
        var read = DeptBudget.Reading.DisclosureReader.ReadFiles(Beijing);
        await app.CreateUserAsync("prep", Roles.Preparer, read.Meta.Department);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await Browser.LoginAsync(page, "prep");
        await page.GotoAsync("/upload");
        await page.SetInputFilesAsync("#file", Beijing);
        Assert.Contains("已选 2 个文件", await page.InnerTextAsync("#upload-status"));
        await page.ClickAsync("#upload-button");
        await page.WaitForURLAsync(new Regex("/budgets/\\d+$"), new() { Timeout = 120_000 });
        Assert.Contains("已读取并保存为草稿", await page.InnerTextAsync("main"));   // the message survived the script's upload
        Assert.Equal(Beijing.Select(Path.GetFileName), await page.Locator("#originals a").AllInnerTextsAsync());
        // Both parts were read: the explanation's sections and the tables' tables.
        Assert.Equal(read.Tables.Count, await page.Locator("#table-contents li").CountAsync());
        Assert.True(read.Tables.Count > 0 && read.Narrative.Sections.Count > 0, "the two PDFs hold tables and narrative");
        Assert.Equal(read.Narrative.Sections.Count, await page.Locator("#part-narrative h3").CountAsync());
    }

    [Fact]
    public async Task A_selection_over_the_limit_is_refused_in_the_browser_and_without_script_by_our_own_page()
    {
        await using var app = await StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, "某部门");
        var big = Path.Combine(Path.GetTempPath(), "big-" + Guid.NewGuid().ToString("N")[..8] + ".pdf");
        await File.WriteAllBytesAsync(big, new byte[LimitBytes * 3]);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await Browser.LaunchAsync(playwright);
            var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
            await Browser.LoginAsync(page, "prep");
            await page.GotoAsync("/upload");
            var posts = 0;
            page.Request += (_, r) => { if (r.Method == "POST") posts++; };
            await page.SetInputFilesAsync("#file", big);
            Assert.Contains("超过 1.0 MB 的上限", await page.InnerTextAsync("#upload-status"));
            await page.ClickAsync("#upload-button");
            Assert.Contains("未上传", await page.InnerTextAsync("#upload-status"));
            Assert.Equal(0, posts);

            // Without the script the form is sent, and the server's 413 is our page in Chinese.
            var context = await browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/'), JavaScriptEnabled = false });
            var plain = await context.NewPageAsync();
            await Browser.LoginAsync(plain, "prep");
            await plain.GotoAsync("/upload");
            await plain.SetInputFilesAsync("#file", big);
            var answer = await plain.RunAndWaitForNavigationAsync(() => plain.ClickAsync("#upload-button"));
            Assert.Equal(413, answer!.Status);
            Assert.Contains("文件太大", await plain.InnerTextAsync("main"));
        }
        finally { File.Delete(big); }
    }

    [Fact]
    public async Task A_file_the_reader_refuses_is_explained_in_Chinese_only()
    {
        await using var app = await StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, "某部门");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await Browser.LoginAsync(page, "prep");
        await page.GotoAsync("/upload");
        // Plain text that is no disclosure, and a PDF whose body is damaged.
        foreach (var (name, bytes) in new[]
        {
            ("说明.txt", System.Text.Encoding.UTF8.GetBytes("会议纪要\n今天天气很好。\n")),
            ("附表.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")),
        })
        {
            await page.SetInputFilesAsync("#file", new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = bytes });
            await page.ClickAsync("#upload-button");
            var status = page.Locator("#upload-status.error");
            await status.WaitForAsync(new() { Timeout = 60_000 });
            var text = await status.InnerTextAsync();
            Assert.Contains(name, text);
            Assert.DoesNotMatch("[A-Za-z]{4,}", text);
        }
    }

    /// <summary>What the page showed while sending, recorded at each change of the status line.</summary>
    // A class with setters: Playwright fills the result of a page script through a parameterless constructor.
    private sealed class Seen
    {
        public bool Hidden { get; set; }
        public double Value { get; set; }
        public double Max { get; set; }
        public string Text { get; set; } = "";
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_multi_megabyte_upload_shows_its_progress_while_it_is_sent(string provider)
    {
        const int size = 6 * 1024 * 1024;
        await using var app = await TestApp.StartAsync(provider, kestrel: true,
            settings: new Dictionary<string, string?> { ["DeptBudget:Limits:MaxUploadBytes"] = (16 * 1024 * 1024).ToString() });
        await app.CreateUserAsync("prep", Roles.Preparer, "某部门");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await Browser.LoginAsync(page, "prep");
        await page.GotoAsync("/upload");
        // Sent at 1 MB/s (Chromium's own throttling), so a 6 MB file takes seconds, as on a county office's line.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = 1024 * 1024,
        });
        await page.EvaluateAsync("""
            () => {
              window.__seen = [];
              const bar = document.getElementById('upload-progress'), status = document.getElementById('upload-status');
              new MutationObserver(() => window.__seen.push({ Hidden: bar.hidden, Value: bar.value, Max: bar.max, Text: status.textContent }))
                .observe(status, { childList: true, characterData: true, subtree: true });
            }
            """);
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "大文件.pdf", MimeType = "application/pdf", Buffer = new byte[size] });
        Assert.Contains("6.0 MB", await page.InnerTextAsync("#upload-status"));
        await page.ClickAsync("#upload-button");
        // The answer: the reason a file of zeros is refused, in Chinese, in place.
        await page.Locator("#upload-status.error").WaitForAsync(new() { Timeout = 120_000 });
        Assert.Contains("不支持的文件类型", await page.InnerTextAsync("#upload-status"));

        var seen = await page.EvaluateAsync<Seen[]>("() => window.__seen");
        var sending = seen.Where(s => Regex.IsMatch(s.Text, "^正在上传：\\d+%$")).ToList();
        var percents = sending.Select(s => int.Parse(Regex.Match(s.Text, "\\d+").Value)).Distinct().ToList();
        Assert.True(percents.Count(p => p is > 0 and < 100) >= 2, "progress between 0 and 100 %: " + string.Join(", ", seen.Select(s => s.Text)));
        Assert.Equal(percents.Order(), percents);   // it only grows
        // The bar is shown while sending and tells the same fraction.
        Assert.All(sending, s => Assert.False(s.Hidden));
        Assert.Contains(sending, s => s.Value > 0 && s.Value < s.Max && s.Max >= size);
        Assert.Contains(seen, s => s.Text == "已上传，正在读取和审核…");
        Assert.True(await page.Locator("#upload-progress").IsHiddenAsync(), "the bar goes once the answer is shown");
    }
}
