using System.Net;
using System.Text.RegularExpressions;
using DeptBudget.Storage;
using DeptBudget.Web.Tests.Accounts;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Issue 15, accessibility: every table has a caption (its title and unit) and column headers with their scope;
/// findings are links, reachable without hover; each cell input of the edit form is labelled by its row and column;
/// a chart's figures are also printed as a table.
/// </summary>
public sealed partial class AccessibilityTests
{
    [Fact]
    public async Task Tables_findings_cell_inputs_and_charts_can_be_read_without_sight_or_hover()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        var prep = await app.LoginAsync("prep");
        var (id, _) = await WithdrawTests.UploadAsync(prep);

        var page = WebUtility.HtmlDecode(await prep.GetStringAsync($"/budgets/{id}"));
        var tables = Grid().Matches(page);
        Assert.NotEmpty(tables);
        foreach (Match t in tables)
        {
            Assert.Matches("<caption[^>]*>.*单位：(万元|元)", t.Value);
            Assert.Contains("<th scope=\"col\"", t.Value);
        }
        // Findings: each one's words printed in the list (no tooltip), those placed in a table a link to their place.
        var findings = Finding().Matches(page);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Matches("<div>[^<]+</div>", f.Value));
        Assert.Contains(findings, f => f.Value.Contains("<a href=\"#t"));

        var edit = WebUtility.HtmlDecode(await prep.GetStringAsync($"/budgets/{id}/edit"));
        var cells = CellInput().Matches(edit);
        Assert.NotEmpty(cells);
        // “row · column”: both sides named, e.g. “一般公共服务支出 · 合计”.
        Assert.All(cells, c => Assert.Matches(".+ · .+", c.Groups[1].Value));

        await using var samples = await TestApp.StartAsync(samples: true);
        var compare = WebUtility.HtmlDecode(await samples.Client().GetStringAsync("/compare?year=2024"));
        var charts = Regex.Matches(compare, "<svg class=\"chart\"").Count;
        Assert.True(charts > 0);
        Assert.Equal(charts, Regex.Matches(compare, "<table class=\"grid chart-table\">\\s*<caption>").Count);
    }

    [GeneratedRegex("<table[^>]*class=\"[^\"]*grid[^\"]*\"[^>]*>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Grid();

    [GeneratedRegex("<li class=\"(?:error|warning|info)\">\\s*<span class=\"rule\">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex Finding();

    [GeneratedRegex("<input class=\"(?:cell|text)\" name=\"cell\\.[^\"]*\" value=\"[^\"]*\" aria-label=\"([^\"]*)\"")]
    private static partial Regex CellInput();
}
