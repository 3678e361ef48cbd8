using System.Net;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

public sealed class FormsTests
{
    [Fact]
    public async Task A_blank_budget_filled_in_the_data_form_gets_its_tables_rendered_and_checked()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, "测试县医疗保障局");
        var prep = await app.LoginAsync("prep");
        var layout = DeptBudget.Rendering.Layouts.Layout.Available.First(l => l.StartsWith("henan"));
        var created = await TestApp.PostFormAsync(prep, "/upload?handler=Blank",
            new() { ["department"] = "测试县医疗保障局", ["year"] = "2025", ["scope"] = "Unit", ["layout"] = layout }, "/upload");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var dataUrl = created.Headers.Location!.ToString();
        var id = int.Parse(dataUrl.Split('/')[2]);

        var bad = await TestApp.PostFormAsync(prep, dataUrl, new()
        {
            ["revision"] = "1", ["unit.0.code"] = "901001", ["unit.0.name"] = "测试县医疗保障局",
            ["rev.0.unit"] = "901001", ["rev.0.source"] = "generalPublicBudget", ["rev.0.amount"] = "-5",
        });
        Assert.Equal(422, (int)bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("不小于 0", badHtml);
        Assert.Contains("value=\"-5\"", badHtml);   // what was typed is shown again, not lost

        var ok = await TestApp.PostFormAsync(prep, dataUrl, new()
        {
            ["revision"] = "1",
            ["unit.0.code"] = "901001", ["unit.0.name"] = "测试县医疗保障局",
            ["rev.0.unit"] = "901001", ["rev.0.source"] = "generalPublicBudget", ["rev.0.amount"] = "150.00",
            ["exp.0.unit"] = "901001", ["exp.0.code"] = "2101501", ["exp.0.name"] = "行政运行",
            ["exp.0.wagesAndBenefits"] = "80", ["exp.0.goodsAndServices"] = "20", ["exp.0.specificPurposeProject"] = "50",
            ["prj.0.name"] = "医疗救助", ["prj.0.kind"] = "特定目标类", ["prj.0.unit"] = "901001", ["prj.0.amount"] = "50",
            ["ind.0.project"] = "医疗救助", ["ind.0.level1"] = "产出指标", ["ind.0.level2"] = "数量指标", ["ind.0.name"] = "救助人次", ["ind.0.value"] = "≥1000人次",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var record = await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, [])));
        var d = BudgetJson.Deserialize(record!.Json);
        Assert.Equal(2, record.CurrentVersion);
        Assert.Equal(150m, d.Budget.Revenue.Single().Amount);
        Assert.Equal(150m, d.Budget.Expenditure.Single().Amounts[AmountKeys.Total]);
        Assert.Equal(1000m, d.Budget.ProjectTargets.Single().Indicators.Single().Value.Number);
        var summary = d.Table(TableIds.ExpenditureSummary);
        Assert.NotNull(summary);
        Assert.Contains(summary.Rows, r => r.Cells.Contains("150") || r.Cells.Contains("150.00"));
    }

    [Fact]
    public async Task The_history_page_lists_versions_and_audit_for_staff_only()
    {
        await using var app = await TestApp.StartAsync();
        var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var r = await app.WithStoreAsync(s => s.CreateAsync(d, CheckSummary.None, "seed", "导入", BudgetStatus.Published));
        Assert.Equal(HttpStatusCode.Redirect, (await app.Client().GetAsync($"/budgets/{r.Id}/history")).StatusCode);
        var admin = await app.LoginAsync("admin");
        var html = await admin.GetStringAsync($"/budgets/{r.Id}/history");
        Assert.Contains("导入", html);
        // The action in Chinese (issue 15: internal words must not reach users), not its audit code.
        Assert.Contains("<td>新建</td>", html);
        Assert.DoesNotContain(">create<", html);
    }

    [Fact]
    public async Task The_admin_creates_a_preparer_who_can_then_log_in_and_the_change_is_audited()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var created = await TestApp.PostFormAsync(admin, "/admin/users?handler=Create", new()
        {
            ["username"] = "newprep", ["displayName"] = "张三", ["password"] = TestApp.Password, ["role"] = Roles.Preparer,
            ["departments"] = "甲县医疗保障局\n乙县医疗保障局",
        }, "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await app.LoginAsync("newprep");
        Assert.Contains("甲县医疗保障局", await admin.GetStringAsync("/admin/users"));
        var prep = await app.LoginAsync("newprep");
        Assert.Equal(HttpStatusCode.Redirect, (await prep.GetAsync("/admin/users")).StatusCode);   // to access denied
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BudgetDbContext>();
        var entry = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Audit, a => a.Action == "user.create");
        Assert.Equal("admin", (await entry).User);
    }

    [Fact]
    public async Task Login_attempts_are_rate_limited_per_client()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["DeptBudget:Limits:LoginAttemptsPerMinute"] = "2" });
        var client = app.Client();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            codes.Add((await TestApp.PostFormAsync(client, "/account/login", new() { ["username"] = "x", ["password"] = "y" })).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], codes);
    }
}

public sealed class CompareTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Compare_draws_the_units_of_a_year_as_svg_charts()
    {
        var html = await seeded.App.Client().GetStringAsync("/compare?year=2024");
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(html, "<svg class=\"chart\"").Count);
        Assert.Contains("收入按来源", html);
        Assert.Contains("最大的项目", html);
        Assert.Contains(SeedFiles.Department("001"), html);
    }
}
