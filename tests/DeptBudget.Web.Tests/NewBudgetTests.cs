using System.Net;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

/// <summary>Starting a budget: blank (department, unit, year, layout), or this year's from last year's published one.</summary>
public sealed class NewBudgetTests
{
    private static readonly Access Everything = new("t", true, []);

    [Fact]
    public async Task A_blank_budget_names_its_unit_has_no_figures_and_opens_the_data_form()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, "测试县医疗保障局");
        var prep = await app.LoginAsync("prep");
        var fields = new Dictionary<string, string>
        {
            ["department"] = "测试县医疗保障局", ["unitName"] = "测试县医疗保障局本级", ["unitCode"] = "901001",
            ["year"] = "2025", ["scope"] = "Unit", ["layout"] = "henan-2024",
        };
        var created = await TestApp.PostFormAsync(prep, "/upload?handler=Blank", new(fields), "/upload");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var dataUrl = created.Headers.Location!.ToString();
        Assert.EndsWith("/data", dataUrl);
        var id = int.Parse(dataUrl.Split('/')[2]);

        var record = (await app.WithStoreAsync(s => s.GetAsync(id, Everything)))!;
        Assert.Equal(("测试县医疗保障局", "测试县医疗保障局本级", "901001", 2025, BudgetStatus.Draft, "测试县"),
            (record.Department, record.UnitName, record.UnitCode, record.Year, record.Status, record.Region));
        var d = BudgetJson.Deserialize(record.Json);
        Assert.Empty(d.Budget.Revenue);
        Assert.Empty(d.Budget.Expenditure);
        Assert.Empty(d.Budget.Projects);
        Assert.NotEmpty(d.Tables);
        var form = await prep.GetStringAsync(dataUrl);
        Assert.Contains("name=\"unit.0.code\" value=\"901001\"", form);
        Assert.Contains("name=\"unit.0.name\" value=\"测试县医疗保障局本级\"", form);

        var again = await TestApp.PostFormAsync(prep, "/upload?handler=Blank", new(fields), "/upload");
        Assert.Equal(422, (int)again.StatusCode);
        Assert.Contains("已存在", await again.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Next_year_from_the_published_Xixia_2024_budget_carries_its_figures_and_puts_them_in_the_last_year_columns(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var published = await app.WithStoreAsync(s => s.CreateAsync(seed, CheckSummary.None, "seed", "导入", BudgetStatus.Published));
        await app.CreateUserAsync("prep", Roles.Preparer, "西峡县医疗保障局");
        var prep = await app.LoginAsync("prep");
        Assert.Contains("生成 2025 年草稿", await prep.GetStringAsync("/upload"));

        var created = await TestApp.PostFormAsync(prep, "/upload?handler=NextYear", new() { ["id"] = published.Id.ToString() }, "/upload");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/')[2]);
        var record = (await app.WithStoreAsync(s => s.GetAsync(id, Everything)))!;
        Assert.Equal(("西峡县医疗保障局", 2025, BudgetStatus.Draft, "西峡县"), (record.Department, record.Year, record.Status, record.Region));
        var d = BudgetJson.Deserialize(record.Json);
        Assert.Equal(2025, d.Meta.Year);
        // Seed 001, table 08: 三公 8.00 = 公务用车运行费 3.00 + 公务接待费 5.00 — the 2024 figures, now last year's.
        var tp = d.Budget.ThreePublic!;
        Assert.Equal((8.00m, 3.00m, 5.00m), (tp.LastYear!.Total, tp.LastYear.VehicleOperation, tp.LastYear.OfficialReception));
        Assert.Equal(8.00m, tp.ThisYear.Total);
        // Table 02 (收入总体情况表): 044001 本级 105.20 and 044002 医疗保险中心 10,796.79 of 一般公共预算, carried over.
        var gpb = d.Budget.Revenue.Where(r => r.Source == AmountKeys.GeneralPublicBudget).OrderBy(r => r.UnitCode).Select(r => (r.UnitCode, r.Amount));
        Assert.Equal([("044001", 105.20m), ("044002", 10796.79m)], gpb);
        // Last year's reasons explained last year's change; the new draft states none.
        Assert.All(d.Budget.Facts.Changes, c => Assert.Null(c.Reason));
        var text = string.Join("\n", d.Narrative.Sections.SelectMany(s => s.Paragraphs));
        Assert.DoesNotContain("中央下达医疗救助资金", text);
        Assert.Contains("2024年", text);
        // The published budget is untouched.
        Assert.Equal(BudgetStatus.Published, (await app.WithStoreAsync(s => s.GetAsync(published.Id, Access.Public)))!.Status);

        var twice = await prep.PostAsync($"/api/budgets/{published.Id}/next-year", null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await prep.PostAsync($"/api/budgets/{id}/next-year", null)).StatusCode);   // a draft is no source
        await app.CreateUserAsync("other", Roles.Preparer, "滑县医疗保障局");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.LoginAsync("other")).PostAsync($"/api/budgets/{published.Id}/next-year", null)).StatusCode);
    }
}
