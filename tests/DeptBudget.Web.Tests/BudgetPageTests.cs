using System.Globalization;
using DeptBudget.Model;
using DeptBudget.Storage;
using Microsoft.Playwright;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Issue 15: the budget page was one 28,000 px page. Now its parts are tabs (说明 / 附表 / 审核发现) with a table of
/// contents; a finding's link opens the table and focuses its cell, and the cell's findings show on keyboard focus;
/// the file the budget was read from is linked as published; published findings are explained as automatic.
/// </summary>
public sealed class BudgetPageTests
{
    [Fact]
    public async Task Budget_page_shows_one_part_at_a_time_and_a_finding_link_opens_its_cell()
    {
        await using var app = await TestApp.StartAsync(samples: true, kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/'), ViewportSize = new() { Width = 1366, Height = 900 } });
        await page.GotoAsync("/");
        // 洛龙区 (seed 002) has findings on single cells.
        var href = (await page.Locator("#budgets a", new() { HasText = SeedFiles.Department("002") }).First.GetAttributeAsync("href"))!;
        await page.GotoAsync(href);

        Assert.Equal(3, await page.Locator("nav.tabs [role=tab]").CountAsync());
        Assert.True(await page.Locator("#part-narrative").IsVisibleAsync());
        Assert.False(await page.Locator("#part-tables").IsVisibleAsync());
        Assert.True(await page.Locator("#findings").IsVisibleAsync(), "at 1366 px the findings stay beside the part shown");
        var oneTab = await Browser.ScrollHeight(page);
        // Every part at once (as before, and as without the script) is far longer.
        await page.EvaluateAsync("() => document.querySelectorAll('.tab-panel').forEach(p => p.hidden = false)");
        var all = await Browser.ScrollHeight(page);
        Assert.True(oneTab * 2 < all, $"one part {oneTab} px, all {all} px");

        await page.ClickAsync("#tab-tables");
        Assert.True(await page.Locator("#part-tables").IsVisibleAsync());
        Assert.False(await page.Locator("#part-narrative").IsVisibleAsync());
        Assert.EndsWith("#part-tables", page.Url);
        // The contents list every table by its title.
        Assert.Equal(await page.Locator("#part-tables table.grid").CountAsync(), await page.Locator("#table-contents li").CountAsync());

        // From 说明, a finding's link to a cell opens 附表 with that cell focused, and the cell shows its finding.
        await page.ClickAsync("#tab-narrative");
        var link = page.Locator("#findings-list a[href*='-r'][href*='-c']").First;
        var anchor = (await link.GetAttributeAsync("href"))!.TrimStart('#');
        await link.ClickAsync();
        Assert.True(await page.Locator("#part-tables").IsVisibleAsync());
        Assert.Equal(anchor, await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var note = page.Locator($"#{anchor} .cell-note");
        Assert.True((await note.BoundingBoxAsync())!.Width > 100, "the finding is shown while its cell has focus");
        Assert.False(string.IsNullOrWhiteSpace(await note.InnerTextAsync()));

        // A keyboard reaches every cell with findings (tabindex), and moves between tabs with the arrow keys.
        var marked = page.Locator("td.err, td.warn");
        Assert.Equal(await marked.CountAsync(), await page.Locator("td.err[tabindex='0'], td.warn[tabindex='0']").CountAsync());
        await page.FocusAsync("#tab-tables");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.True(await page.Locator("#part-narrative").IsVisibleAsync());

        Assert.Contains("自动检查", await page.InnerTextAsync("#auto-note"));
    }

    [Fact]
    public async Task The_file_a_budget_was_read_from_is_linked_and_downloads_as_published()
    {
        await using var app = await TestApp.StartAsync(samples: true, kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/'), AcceptDownloads = true });
        await page.GotoAsync("/");
        await page.ClickAsync("#budgets a:text-is('西峡县医疗保障局')");
        var link = page.Locator("#originals a").First;
        Assert.Equal(Path.GetFileName(SeedFiles.PathOf("001")), await link.InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal(await File.ReadAllBytesAsync(SeedFiles.PathOf("001")), await File.ReadAllBytesAsync((await download.PathAsync())!));
        // A budget one may not see has no original to fetch either.
        using var client = app.Client();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/budgets/999/original/0")).StatusCode);
    }

    [Fact]
    public async Task An_earlier_version_and_last_year_are_compared_with_changed_cells_marked()
    {
        await using var app = await TestApp.StartAsync(samples: true, kestrel: true);
        var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var id = await app.WithStoreAsync(async s => (await s.ListAsync(Access.Public, new())).Single(b => b.Department == d.Meta.Department).Id);
        // Last year's budget of the same unit: the document with one amount as it stood then (read from the seed: the
        // first amount of 收支总体情况表) and a year less.
        var t = d.Tables.First(x => x.Id == TableIds.RevenueExpenditureSummary);
        var (row, col) = Enumerable.Range(0, t.Rows.Count).SelectMany(r => Enumerable.Range(0, t.Rows[r].Cells.Count).Select(c => (r, c)))
            .First(x => DeptBudget.Rendering.Writers.Display.Number(t.Columns[x.c], t.Rows[x.r].Cells[x.c]) is > 0);
        var printed = decimal.Parse(t.Rows[row].Cells[col], CultureInfo.InvariantCulture);
        var cells = t.Rows[row].Cells.ToArray();
        cells[col] = (printed - 100).ToString(CultureInfo.InvariantCulture);
        var rows = t.Rows.ToList(); rows[row] = rows[row] with { Cells = cells };
        var lastYear = d with
        {
            Meta = d.Meta with { Year = d.Meta.Year - 1 },
            Budget = d.Budget with { Year = d.Budget.Year - 1 },
            Tables = d.Tables.Select(x => ReferenceEquals(x, t) ? t with { Rows = rows } : x).ToList(),
        };
        await app.WithStoreAsync(s => s.CreateAsync(lastYear, CheckSummary.None, "system", "上年", BudgetStatus.Published));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await page.GotoAsync($"/budgets/{id}");
        await page.ClickAsync("#compare-last-year");
        var ti = d.Tables.ToList().IndexOf(t);
        var cell = page.Locator($"#t{ti}-r{row}-c{col}");
        Assert.Contains("changed", await cell.GetAttributeAsync("class") ?? "");
        Assert.Contains("原 " + Money.Format(printed - 100), await cell.InnerTextAsync());
        // The same cell elsewhere in the other tables is not marked: only what differs is.
        Assert.Equal(1, await page.Locator("td.changed").CountAsync());

        // An earlier version: only for those who may see drafts (the public gets no link and a 404).
        Assert.Equal(0, await page.Locator("#compare-version").CountAsync());
        Assert.Equal(404, (await page.GotoAsync($"/budgets/{id}/changes?version=1"))!.Status);

        // A draft saved twice: its preparer compares the second version with the first.
        var nextYear = d with { Meta = d.Meta with { Year = d.Meta.Year + 1 }, Budget = d.Budget with { Year = d.Budget.Year + 1 } };
        var draft = await app.WithStoreAsync(s => s.CreateAsync(nextYear, CheckSummary.None, "prep", "草稿"));
        var edited = nextYear with { Tables = nextYear.Tables.Select(x => ReferenceEquals(x, t) ? t with { Rows = rows } : x).ToList() };
        await app.WithStoreAsync(s => s.UpdateAsync(draft.Id, draft.Revision, edited, CheckSummary.None, "prep", "修改"));
        await app.CreateUserAsync("prep", Roles.Preparer, d.Meta.Department);
        var prep = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await Browser.LoginAsync(prep, "prep");
        await prep.GotoAsync($"/budgets/{draft.Id}");
        await prep.ClickAsync("#compare-version");
        Assert.Contains("第 1 版", await prep.InnerTextAsync("h1"));
        Assert.Equal(1, await prep.Locator("td.changed").CountAsync());
        Assert.Contains("原 " + Money.Format(printed), await prep.Locator($"#t{ti}-r{row}-c{col}").InnerTextAsync());
    }
}
