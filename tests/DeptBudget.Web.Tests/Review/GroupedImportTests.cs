using System.Net;
using DeptBudget.Storage;
using static DeptBudget.Web.Tests.Review.DeskTestFiles;

namespace DeptBudget.Web.Tests.Review;

/// <summary>
/// The files of one disclosure sent in one batch become one budget. Which files belong together is the README of
/// ../shared/real-docs/china (北京 publishes explanation and tables as two PDFs; 广州 publishes its targets apart).
/// </summary>
public sealed class GroupedImportTests
{
    private static (string, byte[]) China(string name, string? folder = null) =>
        ((folder is null ? "" : folder + "/") + name, File.ReadAllBytes(DeptBudget.Testing.Seeds.RealDoc("china/" + name)));

    [Fact]
    public async Task Explanation_and_tables_and_targets_published_apart_become_one_budget_each_with_their_files_listed()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        // Sent in another order than they belong, in folders of their own: grouping is by what they state.
        var id = await ImportAsync(admin,
            China("guangdong-guangzhou-zsj2-2026-budget-perf.pdf", "b"), China("beijing-beijing-ybj-2026-budget-tables.pdf", "a"),
            Seed("001"), China("guangdong-guangzhou-zsj-2026-budget.pdf", "c"), China("beijing-beijing-ybj-2026-budget-text.pdf", "d"),
            China("guangdong-guangzhou-zsj1-2026-budget-perf.pdf", "e"));
        var batch = await WaitAsync(admin, id, TimeSpan.FromMinutes(8));
        var items = ItemsByName(batch);
        Assert.All(items.Values, i => Assert.Equal("checked", i.GetProperty("state").GetString()));
        int Budget(string name) => items.Single(kv => kv.Key.EndsWith(name, StringComparison.Ordinal)).Value.GetProperty("budgetId").GetInt32();

        var beijing = Budget("beijing-beijing-ybj-2026-budget-tables.pdf");
        Assert.Equal(beijing, Budget("beijing-beijing-ybj-2026-budget-text.pdf"));
        var guangzhou = Budget("guangdong-guangzhou-zsj-2026-budget.pdf");
        Assert.Equal(guangzhou, Budget("guangdong-guangzhou-zsj1-2026-budget-perf.pdf"));
        Assert.Equal(guangzhou, Budget("guangdong-guangzhou-zsj2-2026-budget-perf.pdf"));
        Assert.Equal(3, new[] { beijing, guangzhou, Budget(Path.GetFileName(SeedFiles.PathOf("001"))) }.Distinct().Count());
        Assert.Equal(3, await app.WithStoreAsync(s => s.CountAsync()));

        // README: 北京市医疗保障局 2026 (its explanation's cover says 北京市医疗保障局部门); 广州市政务服务和数据管理局 2026.
        var access = new Access("t", true, []);
        var b = (await app.WithStoreAsync(s => s.GetAsync(beijing, access)))!;
        Assert.Equal((2026, BudgetStatus.Submitted), (b.Year, b.Status));
        Assert.StartsWith("北京市医疗保障局", b.Department);
        var d = DeptBudget.Model.Json.BudgetJson.Deserialize(b.Json);
        Assert.NotEmpty(d.Tables);                  // from the tables PDF
        Assert.NotEmpty(d.Narrative.Sections);      // from the explanation PDF
        var g = (await app.WithStoreAsync(s => s.GetAsync(guangzhou, access)))!;
        Assert.Equal(("广州市政务服务和数据管理局", 2026), (g.Department, g.Year));

        var page = await admin.GetStringAsync($"/review/import/{id}");
        Assert.Contains("同属一份公开", page);
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Racing_uploads_of_one_unit_and_year_save_one_budget_and_tell_the_other_in_chinese(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.LoginAsync("admin");
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostAsync("/api/review/imports", Files(Seed("002")))));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        var batches = new List<System.Text.Json.JsonElement>();
        foreach (var a in answers)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(await a.Content.ReadAsStringAsync());
            batches.Add(await WaitAsync(admin, doc.RootElement.GetProperty("batchId").GetInt32()));
        }
        var items = batches.Select(b => b.GetProperty("items")[0]).ToList();
        Assert.Single(items, i => i.GetProperty("state").GetString() == "checked");
        Assert.All(items.Where(i => i.GetProperty("state").GetString() != "checked"),
            i => Assert.Contains("年的预算已存在", i.GetProperty("reason").GetString()));
        Assert.Equal(1, await app.WithStoreAsync(s => s.CountAsync()));
    }
}
