using System.Globalization;
using System.Net;
using System.Text.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Services;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Findings at their place in the original on the web: an uploaded PDF is kept, the budget's findings carry page and
/// box, the picture of a place and the original are served to whoever may see the budget, the 公开情况检查表 of a
/// budget has pages and pictures, and the live check's findings keep their links to tables and cells (#15).
/// </summary>
public sealed class FindingPlacesTests
{
    private static readonly string Putuo = DeptBudget.Testing.Seeds.RealDoc("shanghai-putuo-wanli-2024-department-budget.pdf");

    private static async Task<(TestApp App, HttpClient Prep, int Id)> UploadedAsync()
    {
        var app = await TestApp.StartAsync();
        var department = DeptBudget.Reading.DisclosureReader.ReadFile(Putuo).Meta.Department;
        await app.CreateUserAsync("prep", Roles.Preparer, department);
        var prep = await app.LoginAsync("prep");
        var response = await prep.PostAsync("/api/budgets", SeedFiles.Upload(File.ReadAllBytes(Putuo), Path.GetFileName(Putuo)));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("budget").GetProperty("id").GetInt32();
        return (app, prep, id);
    }

    [Fact]
    public async Task An_uploaded_pdf_is_kept_and_its_findings_are_shown_at_their_place()
    {
        var (app, prep, id) = await UploadedAsync();
        await using var _ = app;
        var stored = await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, [])));
        var findings = CheckService.Parse(stored!.FindingsJson);
        var placed = findings.Where(f => f.IsError || f.IsWarning).ToList();
        Assert.NotEmpty(placed);
        Assert.All(placed, f => Assert.NotNull(f.Location.Place));

        // The original as uploaded, and the picture of a place on its page.
        Assert.Equal(File.ReadAllBytes(Putuo), await prep.GetByteArrayAsync($"/api/budgets/{id}/original"));
        var p = placed[0].Location.Place!;
        var url = string.Create(CultureInfo.InvariantCulture, $"/api/budgets/{id}/picture?page={p.Page}&x={p.X}&y={p.Y}&w={p.Width}&h={p.Height}");
        var picture = await prep.GetAsync(url);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        Assert.True((await picture.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47]));
        // The budget page shows the page and the picture, and links the original and the form.
        var page = await prep.GetStringAsync($"/budgets/{id}");
        Assert.Contains($"原文第 {p.Page} 页", page);
        Assert.Contains($"/api/budgets/{id}/picture?page={p.Page}&amp;x=", page);
        Assert.Contains($"href=\"/api/budgets/{id}/original\"", page);
        Assert.Contains($"href=\"/api/budgets/{id}/checklist.xlsx\"", page);

        // A draft is not the public's: neither its original nor its pictures.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/api/budgets/{id}/original")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync(url)).StatusCode);
        // A place off the page's range is refused with the reason.
        var bad = await prep.GetAsync($"/api/budgets/{id}/picture?page=0&x=1&y=1&w=1&h=1");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("页码", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_budgets_inspection_form_has_each_problem_with_its_page_and_picture()
    {
        var (app, prep, id) = await UploadedAsync();
        await using var _ = app;
        var xlsx = await prep.GetByteArrayAsync($"/api/budgets/{id}/checklist.xlsx");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var form = doc.WorkbookPart!.WorksheetParts.Single(p => p.DrawingsPart is not null);
        var rows = form.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal("公开情况检查表", rows[0][0]);
        var failing = rows.Where(r => r.Length > 5 && r[2] == "否").ToList();
        Assert.NotEmpty(failing);
        Assert.All(failing, r => Assert.Matches(@"^第 [\d、]+ 页$", r[5]));
        Assert.True(form.DrawingsPart!.ImageParts.Count() >= failing.Count);
    }

    [Fact]
    public async Task The_live_checks_findings_keep_their_links_to_tables_and_cells_and_their_pictures()
    {
        await using var app = await TestApp.StartAsync(kestrel: true);
        await app.CreateUserAsync("prep", Roles.Preparer, DeptBudget.Reading.DisclosureReader.ReadFile(Putuo).Meta.Department);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("DEPTBUDGET_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", "prep");
        await page.FillAsync("#password", TestApp.Password);
        await page.ClickAsync("button:text-is('登录')");
        await page.WaitForURLAsync(u => !u.Contains("/account/login"));
        await page.GotoAsync("/upload");
        await page.SetInputFilesAsync("#file", Putuo);
        await page.ClickAsync("text=上传并审核");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/budgets/\\d+$"), new() { Timeout = 120_000 });
        var id = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        await page.GotoAsync($"/budgets/{id}/edit");
        var links = await page.Locator("#findings-list a[href^='#t']").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        var places = await page.Locator("#findings-list details.place").CountAsync();
        Assert.NotEmpty(links);
        Assert.True(places > 0, "findings show their page of the original");

        // Any edit starts the live check; every finding of its answer on a table links to it (or its cell), and every
        // one with a place shows its page, as the server's list does.
        var input = page.Locator("input[name^='cell.']").First;
        var value = await input.InputValueAsync();
        var response = await page.RunAndWaitForResponseAsync(async () =>
        {
            await input.FillAsync(value + " ");
            await input.FillAsync(value);
        }, r => r.Url.Contains("handler=Preview"), new() { Timeout = 120_000 });
        await page.Locator("#live-status").Filter(new() { HasText = "已按当前填写内容检查" }).WaitForAsync();
        var answer = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("location")).ToList();
        var after = await page.Locator("#findings-list a[href^='#t']").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        var shown = await page.Locator("table[data-table]").EvaluateAllAsync<string[]>("ts => ts.map(t => t.dataset.table)");
        Assert.Equal(answer.Count(l => l.TryGetProperty("table", out var t) && shown.Contains(t.GetString())), after.Length);
        Assert.Equal(answer.Count(l => l.TryGetProperty("place", out _)), await page.Locator("#findings-list details.place").CountAsync());
        Assert.Subset(after.ToHashSet(), links.ToHashSet());
        // Each link leads to an element of the page.
        foreach (var href in after.Distinct()) Assert.Equal(1, await page.Locator(href).CountAsync());
        // The picture of a place loads.
        await page.Locator("#findings-list details.place summary").First.ClickAsync();
        var loaded = await page.Locator("#findings-list details.place img").First.EvaluateAsync<bool>(
            "img => img.complete ? img.naturalWidth > 0 : new Promise(r => { img.onload = () => r(img.naturalWidth > 0); img.onerror = () => r(false); })");
        Assert.True(loaded, "the picture of the place is shown");
    }
}
