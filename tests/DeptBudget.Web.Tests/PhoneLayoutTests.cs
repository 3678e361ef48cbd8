using Microsoft.Playwright;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Issue 15: at 390 px the list wrapped one character a line and the budget page was 1,040 px wide. In Chromium at a
/// phone's width the pages do not scroll sideways (wide tables scroll inside their own box), and a department name
/// gets a line of its own width; screenshots at 1366 and 390 px go to $DEPTBUDGET_SCREENSHOTS when set.
/// </summary>
public sealed class PhoneLayoutTests
{
    private static string Chromium => Environment.GetEnvironmentVariable("DEPTBUDGET_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    [Fact]
    public async Task List_and_budget_page_fit_a_390_px_phone()
    {
        await using var app = await TestApp.StartAsync(samples: true, kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');
        var shots = Environment.GetEnvironmentVariable("DEPTBUDGET_SCREENSHOTS");

        foreach (var width in new[] { 390, 1366 })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = baseUrl, ViewportSize = new() { Width = width, Height = 844 } });
            await page.GotoAsync("/");
            var link = page.Locator("#budgets a", new() { HasText = "西峡县医疗保障局" }).First;
            var id = (await link.GetAttributeAsync("href"))!;
            if (width == 390)
            {
                Assert.True(await ScrollWidth(page) <= width, $"list is {await ScrollWidth(page)} px wide");
                var name = await link.BoundingBoxAsync();
                Assert.True(name!.Width > 100, $"the department name is {name.Width} px wide");   // not one character a line
            }
            if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"list-{width}.png"), FullPage = false });

            await page.GotoAsync(id);
            if (width == 390)
            {
                Assert.True(await ScrollWidth(page) <= width, $"budget page is {await ScrollWidth(page)} px wide");
                // At a phone's width the findings are a tab of their own (beside the tables from 1,001 px).
                await page.ClickAsync("#tab-findings");
                Assert.True(await page.Locator("#findings").IsVisibleAsync());
                await page.ClickAsync("#tab-tables");
            }
            if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"budget-{width}.png"), FullPage = false });
            // A table's amounts are money, its codes are not (201 29 06 printed as 201.00 29.00 6.00 before): 西峡's
            // 支出总体情况表 prints 210 01 03 机关服务 71.20 (seed 001).
            Assert.True(await page.Locator("table.grid td:text-is('210')").CountAsync() > 0, "class code 210 printed as a code");
            Assert.Equal(0, await page.Locator("table.grid td:text-is('210.00')").CountAsync());
            Assert.Contains("单位：万元", await page.Locator("table.grid caption").First.InnerTextAsync());
            await page.CloseAsync();
        }
    }

    /// <summary>
    /// The pages added for issue 15 at 390 px: the budget page's tabs and findings, a comparison of two years with its
    /// changed cells, the charts with their figures as tables, the list's paging, and the upload form; none scrolls sideways.
    /// </summary>
    [Fact]
    public async Task Tabs_comparison_charts_and_upload_fit_a_390_px_phone()
    {
        await using var app = await TestApp.StartAsync(samples: true, kestrel: true);
        await app.CreateUserAsync("prep", DeptBudget.Storage.Roles.Preparer, SeedFiles.Department("001"));
        var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        await app.WithStoreAsync(s => s.CreateAsync(d with { Meta = d.Meta with { Year = d.Meta.Year - 1 } },
            DeptBudget.Storage.CheckSummary.None, "system", "上年", DeptBudget.Storage.BudgetStatus.Published));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString().TrimEnd('/'), ViewportSize = new() { Width = 390, Height = 844 } });
        var shots = Environment.GetEnvironmentVariable("DEPTBUDGET_SCREENSHOTS");
        await Browser.LoginAsync(page, "prep");
        await page.GotoAsync("/");
        await page.ClickAsync($"#budgets a:text-is('{d.Meta.Department}') >> nth=0");
        // At a phone's width the findings are a tab of their own, reached from the tab bar.
        Assert.False(await page.Locator("#findings").IsVisibleAsync());
        await page.ClickAsync("#tab-findings");
        Assert.True(await page.Locator("#findings").IsVisibleAsync());
        Assert.True(await Browser.ScrollWidth(page) <= 390, $"findings tab is {await Browser.ScrollWidth(page)} px wide");
        if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "budget-findings-390.png") });
        await page.ClickAsync("#tab-tables");
        Assert.True(await Browser.ScrollWidth(page) <= 390, $"tables tab is {await Browser.ScrollWidth(page)} px wide");
        if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "budget-tables-390.png") });

        await page.ClickAsync("#compare-last-year");
        Assert.True(await page.Locator("#change-summary").IsVisibleAsync());
        Assert.True(await Browser.ScrollWidth(page) <= 390, $"comparison is {await Browser.ScrollWidth(page)} px wide");

        await page.GotoAsync($"/compare?department={Uri.EscapeDataString(d.Meta.Department)}");
        Assert.True(await Browser.ScrollWidth(page) <= 390, $"charts are {await Browser.ScrollWidth(page)} px wide");
        // Each chart's figures are a table too (screen readers, and phones where the bars are small).
        Assert.Equal(await page.Locator("svg.chart").CountAsync(), await page.Locator("table.chart-table").CountAsync());
        Assert.Equal(2, await page.Locator("table.chart-table").First.Locator("tbody th[scope=row]").CountAsync());
        if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "compare-390.png") });

        await page.GotoAsync("/upload");
        Assert.True(await Browser.ScrollWidth(page) <= 390, $"upload is {await Browser.ScrollWidth(page)} px wide");
    }

    /// <summary>The reviewers' desk at 390 px was 436 px wide, its headers one character a line (screenshots of #15):
    /// its table scrolls inside its own box and its headers keep their words.</summary>
    [Fact]
    public async Task The_review_desk_fits_a_390_px_phone()
    {
        await using var app = await TestApp.StartAsync(samples: true, kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString().TrimEnd('/'), ViewportSize = new() { Width = 390, Height = 844 } });
        await Browser.LoginAsync(page, "admin");
        await page.GotoAsync("/review");
        Assert.True(await page.Locator("#units tbody tr").CountAsync() > 0, "the published samples are listed");
        Assert.True(await Browser.ScrollWidth(page) <= 390, $"review desk is {await Browser.ScrollWidth(page)} px wide");
        var head = await page.Locator("#units thead th a", new() { HasText = "部门" }).First.BoundingBoxAsync();
        Assert.True(head!.Width > head.Height, $"the 部门 header is {head.Width}×{head.Height} px: one character a line");
        // The admin's users at 390 px were 780 px wide (screenshots of #15): the table scrolls inside its own box.
        await page.GotoAsync("/admin/users");
        Assert.True(await page.Locator("#users tbody tr").CountAsync() > 0, "the admin is listed");
        Assert.True(await Browser.ScrollWidth(page) <= 390, $"admin users is {await Browser.ScrollWidth(page)} px wide");
    }

    private static Task<int> ScrollWidth(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
