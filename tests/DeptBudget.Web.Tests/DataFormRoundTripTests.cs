using System.Net;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

/// <summary>The data form of a budget read from a real document saves unchanged without losing a figure.</summary>
public sealed partial class DataFormRoundTripTests
{
    /// <summary>Every field of the form as the browser would post it untouched.</summary>
    private static Dictionary<string, string> Fields(string html)
    {
        var form = html[html.IndexOf("data-live-check", StringComparison.Ordinal)..];
        var fields = new Dictionary<string, string>();
        foreach (Match input in Input().Matches(form))
            if (Attr(input.Value, "name") is { } name) fields[name] = Attr(input.Value, "value") ?? "";
        foreach (Match select in Select().Matches(form))
            fields[select.Groups[1].Value] = SelectedOption().Match(select.Groups[2].Value) is { Success: true } o ? WebUtility.HtmlDecode(o.Groups[1].Value) : "";
        foreach (Match area in TextArea().Matches(form)) fields[area.Groups[1].Value] = WebUtility.HtmlDecode(area.Groups[2].Value);
        return fields;
    }

    private static string? Attr(string tag, string name) =>
        Regex.Match(tag, $" {name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<input[^>]*>")] private static partial Regex Input();
    [GeneratedRegex("<select name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)] private static partial Regex Select();
    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")] private static partial Regex SelectedOption();
    [GeneratedRegex("<textarea name=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)] private static partial Regex TextArea();

    // 000: indicators of a target its project table names otherwise; 002: 2021 projects without a kind;
    // 003: 基本支出 by item not split into parts, indicators without 一级指标.
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public async Task Saving_the_data_form_of_a_read_document_unchanged_keeps_every_figure(string seed)
    {
        await using var app = await TestApp.StartAsync();
        var read = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf(seed));
        var stored = await app.WithStoreAsync(s => s.CreateAsync(read, CheckSummary.None, "seed", "导入"));
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetStringAsync($"/budgets/{stored.Id}/data");
        var fields = Fields(page);
        fields["__RequestVerificationToken"] = TestApp.Token(page);

        var saved = await admin.PostAsync($"/budgets/{stored.Id}/data", new FormUrlEncodedContent(fields));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect,
            string.Join("；", Regex.Matches(await saved.Content.ReadAsStringAsync(), "<li>([^<]*)</li>").Take(5).Select(m => m.Groups[1].Value)));
        var after = BudgetJson.Deserialize((await app.WithStoreAsync(s => s.GetAsync(stored.Id, new Access("t", true, []))))!.Json).Budget;
        var before = read.Budget;
        Assert.Equal(before.Revenue, after.Revenue);
        var lines = before.Expenditure.Where(l => l.Scope == FundingScope.AllSources).ToList();
        var kept = after.Expenditure.Where(l => l.Scope == FundingScope.AllSources).ToList();
        Assert.Equal(lines.Count, kept.Count);
        foreach (var (b, a) in lines.Zip(kept))
            foreach (var key in new[] { AmountKeys.Total, AmountKeys.BasicExpenditure, AmountKeys.ProjectExpenditure })
                Assert.Equal((b.FunctionCode.Value, key, b.Amounts.Get(key)), (a.FunctionCode.Value, key, a.Amounts.Get(key)));
        Assert.Equal(before.Projects.Select(p => (p.Name, p.Code, p.Kind, p.Total, p.Amounts.Count)), after.Projects.Select(p => (p.Name, p.Code, p.Kind, p.Total, p.Amounts.Count)));
        Assert.Equal(before.ProjectTargets.Select(t => (t.ProjectName, t.ProjectCode, t.Indicators.Count)), after.ProjectTargets.Select(t => (t.ProjectName, t.ProjectCode, t.Indicators.Count)));
    }

    /// <summary>
    /// Seed 001 published, its 2025 draft generated (every change 持平), then 044001's 一般公共预算 raised by 100
    /// on the data form: 说明一 states the rise against 2024's 10,902 (table 02: 044001 一般公共预算 105.20).
    /// </summary>
    [Fact]
    public async Task Xixia2025_draft_states_the_revenue_rise_entered_on_the_data_form()
    {
        await using var app = await TestApp.StartAsync();
        var read = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var published = await app.WithStoreAsync(s => s.CreateAsync(read, CheckSummary.None, "seed", "导入", BudgetStatus.Published));
        var admin = await app.LoginAsync("admin");
        var created = await admin.PostAsync($"/api/budgets/{published.Id}/next-year", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var answer = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = answer.RootElement.GetProperty("budget").GetProperty("id").GetInt32();
        async Task<string> Narrative() => string.Join("\n", BudgetJson.Deserialize((await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, []))))!.Json)
            .Narrative.Sections.SelectMany(x => x.Paragraphs));
        Assert.Contains("收入持平", await Narrative());

        var page = await admin.GetStringAsync($"/budgets/{id}/data");
        var fields = Fields(page);
        fields["__RequestVerificationToken"] = TestApp.Token(page);
        var row = fields.First(f => f.Key.EndsWith(".unit", StringComparison.Ordinal) && f.Key.StartsWith("rev.", StringComparison.Ordinal) && f.Value == "044001"
            && fields[f.Key.Replace(".unit", ".source")] == AmountKeys.GeneralPublicBudget).Key.Replace(".unit", ".amount");
        Assert.Equal(105.20m, Math.Round(decimal.Parse(fields[row]), 2));
        fields[row] = (decimal.Parse(fields[row]) + 100m).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await admin.PostAsync($"/budgets/{id}/data", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var text = await Narrative();
        // The read cells sum to 10,901.99 (rounded from yuan one by one; the 收入总计 cell prints 10,902.00), now
        // 11,001.99; 2024 stated 10902: a rise of 99.99, 99.99 ÷ 10,902 = 0.92%.
        Assert.Contains("收入总计11001.99万元", text);
        Assert.Contains("收入增加99.99万元，增长0.92%", text);
        Assert.DoesNotContain("收入持平", text);
    }
}
