using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Storage;
using Microsoft.Playwright;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Issue 15: the public list shows each budget's 收入总计 and 支出总计 as its 收支总体情况表 states them, sorts by its
/// columns, pages, and finds budgets by words of their text (not only their names), saying where the word occurs.
/// </summary>
public sealed partial class PublicListTests
{
    [Fact]
    public async Task The_list_shows_the_stated_totals_and_sorts_by_them()
    {
        await using var app = await TestApp.StartAsync(samples: true, kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await page.GotoAsync("/");
        var compared = 0;
        foreach (var number in new[] { "000", "001", "002", "003", "004" })
        {
            // The figure printed after 收入总计 in the document's 收支总体情况表 (pdftotext's tab-separated row).
            var text = await File.ReadAllTextAsync(SeedFiles.PathOf(number));
            if (StatedRevenue().Match(text) is not { Success: true } m) continue;
            var row = page.Locator("#budgets tbody tr", new() { Has = page.Locator($"a:text-is('{SeedFiles.Department(number)}')") });
            Assert.Equal($"{m.Groups[1].Value} 万元", (await row.Locator("td.total-revenue").InnerTextAsync()).Trim());
            compared++;
        }
        Assert.True(compared >= 3, $"{compared} seeds state 收入总计 in a tab-separated row");

        await page.ClickAsync("#budgets th a:text-is('支出总计')");
        Assert.Equal("ascending", await page.GetAttributeAsync("#budgets th:has(a:text-is('支出总计 ▲'))", "aria-sort"));
        var ascending = await Amounts(page);
        await page.ClickAsync("#budgets th a:text-is('支出总计 ▲')");
        var descending = await Amounts(page);
        Assert.True(ascending.Count >= 3);
        Assert.Equal(ascending.Order().ToList(), ascending);
        Assert.Equal(descending.OrderDescending().ToList(), descending);
        Assert.Contains("自动检查", await page.InnerTextAsync("#auto-findings-note"));
    }

    [Fact]
    public async Task A_word_of_one_budgets_narrative_finds_that_budget_and_shows_where()
    {
        await using var app = await TestApp.StartAsync(samples: true, kestrel: true);
        // A phrase of eight characters from a sentence of seed 002 that no other seed prints (searched in the documents).
        var texts = new[] { "000", "001", "002", "003", "004" }.ToDictionary(n => n, n => File.ReadAllText(SeedFiles.PathOf(n)));
        var phrase = texts["002"].Split('\n').Where(l => l.Contains('。') && !l.Contains('\t'))
            .SelectMany(l => Enumerable.Range(0, Math.Max(0, l.Length - 8)).Select(i => l.Substring(i, 8)))
            .First(p => p.All(c => c is >= '\u4e00' and <= '\u9fff') && texts.Where(kv => kv.Key != "002").All(kv => !kv.Value.Contains(p)));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await page.GotoAsync("/");
        await page.FillAsync("#q", phrase);
        await page.ClickAsync("button:text-is('筛选')");
        var rows = page.Locator("#budgets tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Equal(SeedFiles.Department("002"), await rows.Locator("td a").First.InnerTextAsync());
        Assert.Equal(phrase, await rows.Locator(".hit mark").InnerTextAsync());
        await page.FillAsync("#q", "没有这样的文字甲乙丙");
        await page.ClickAsync("button:text-is('筛选')");
        Assert.Equal(0, await rows.CountAsync());
    }

    [Fact]
    public async Task Many_budgets_are_shown_twenty_a_page_with_filters_kept_across_pages()
    {
        await using var app = await TestApp.StartAsync(kestrel: true);
        var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        for (var y = 0; y < 25; y++)
            await app.WithStoreAsync(s => s.CreateAsync(d with { Meta = d.Meta with { Year = 2000 + y } }, CheckSummary.None, "system", "年", BudgetStatus.Published));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        await page.GotoAsync("/?sort=-year");
        Assert.Equal(20, await page.Locator("#budgets tbody tr").CountAsync());
        Assert.Equal("2024", await page.Locator("#budgets tbody tr td:nth-child(4)").First.InnerTextAsync());
        await page.ClickAsync("nav.pages a:text-is('下一页')");
        Assert.Contains("sort=-year", page.Url);
        var years = await page.Locator("#budgets tbody tr td:nth-child(4)").AllInnerTextsAsync();
        Assert.Equal(["2004", "2003", "2002", "2001", "2000"], years);
        Assert.Contains("第 2/2 页", await page.InnerTextAsync("#list-count"));
    }

    private static async Task<List<decimal>> Amounts(IPage page) =>
        (await page.Locator("#budgets td.total-expenditure").AllInnerTextsAsync())
            .Where(t => t.Trim() != "—")
            .Select(t => decimal.Parse(t.Replace("万元", "").Replace("元", "").Trim(), NumberStyles.Number, CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"收入总计\t([\d,]+\.\d\d)")]
    private static partial Regex StatedRevenue();
}
