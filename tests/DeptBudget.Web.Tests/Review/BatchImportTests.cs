using System.Net;
using System.Text;
using DeptBudget.Storage;
using DeptBudget.Web.Review;
using DeptBudget.Web.Services;
using static DeptBudget.Web.Tests.Review.DeskTestFiles;

namespace DeptBudget.Web.Tests.Review;

/// <summary>Batch intake through the web: each readable file becomes a budget awaiting review with its findings.</summary>
public sealed class BatchImportTests
{
    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_zip_of_good_and_bad_files_imports_the_good_ones_as_submitted_budgets_and_lists_each_bad_one_with_its_reason(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.LoginAsync("admin");
        var zip = Zip(Seed("001", "西峡"), Seed("004", "滑县"),
            ("西峡/空白.txt", []), ("图片.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), ("../越界.txt", Encoding.UTF8.GetBytes("x")),
            ("说明.txt", Encoding.UTF8.GetBytes("这不是一份预算公开文件，只有一句话。")));
        var id = await ImportAsync(admin, ("各部门.zip", zip));
        var batch = await WaitAsync(admin, id);
        var items = ItemsByName(batch);
        Assert.Equal(6, items.Count);

        foreach (var seed in new[] { "001", "004" })
        {
            var item = items[$"各部门.zip/{(seed == "001" ? "西峡" : "滑县")}/{Path.GetFileName(SeedFiles.PathOf(seed))}"];
            Assert.Equal("checked", item.GetProperty("state").GetString());
            var budgetId = item.GetProperty("budgetId").GetInt32();
            var record = await app.WithStoreAsync(s => s.GetAsync(budgetId, new Access("t", true, [])));
            Assert.NotNull(record);
            Assert.Equal(BudgetStatus.Submitted, record.Status);
            Assert.Equal(SeedFiles.Department(seed), record.Department);
            // The findings are those of a direct check of the same file.
            var direct = app.App.Services.GetRequiredService<CheckService>()
                .CheckAndSummarise(DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf(seed))).Summary;
            Assert.Equal((direct.Errors, direct.Warnings), (record.ErrorCount, record.WarningCount));
            Assert.Equal(direct.Errors, item.GetProperty("errors").GetInt32());
        }
        Assert.Equal("文件为空", items["各部门.zip/西峡/空白.txt"].GetProperty("reason").GetString());
        Assert.Contains("不支持的文件类型", items["各部门.zip/图片.png"].GetProperty("reason").GetString());
        Assert.Contains("“..”", items["各部门.zip/../越界.txt"].GetProperty("reason").GetString());
        Assert.Equal("failed", items["各部门.zip/说明.txt"].GetProperty("state").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", items["各部门.zip/说明.txt"].GetProperty("reason").GetString()!);
        Assert.Equal(2, await app.WithStoreAsync(s => s.CountAsync()));

        // The batch page lists every file with its state.
        var page = await admin.GetStringAsync($"/review/import/{id}");
        Assert.Contains("6 / 6", page);
        Assert.Contains("已审核", page);
        Assert.Contains("文件为空", page);
    }

    [Fact]
    public async Task A_second_file_of_the_same_unit_and_year_is_refused_naming_the_budget_it_would_duplicate()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var first = await WaitAsync(admin, await ImportAsync(admin, Seed("001")));
        var budgetId = first.GetProperty("items")[0].GetProperty("budgetId").GetInt32();
        var second = await WaitAsync(admin, await ImportAsync(admin, Seed("001")));
        var item = second.GetProperty("items")[0];
        Assert.Equal("failed", item.GetProperty("state").GetString());
        Assert.Contains($"已存在（第 {budgetId} 号）", item.GetProperty("reason").GetString());
        Assert.Equal(1, await app.WithStoreAsync(s => s.CountAsync()));
    }

    [Fact]
    public async Task A_reviewer_of_one_region_imports_its_files_and_files_of_another_region_are_refused()
    {
        await using var app = await TestApp.StartAsync();
        var rx = await app.CreateUserAsync("rx", Roles.Reviewer);
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var u = (await users.FindByIdAsync(rx.Id))!;
            u.Region = "西峡县";
            Assert.True((await users.UpdateAsync(u)).Succeeded);
        }
        var reviewer = await app.LoginAsync("rx");
        var batch = await WaitAsync(reviewer, await ImportAsync(reviewer, Seed("001"), Seed("004")));
        var items = ItemsByName(batch);
        Assert.Equal("checked", items[Path.GetFileName(SeedFiles.PathOf("001"))].GetProperty("state").GetString());
        Assert.Contains("不属于您审核的地区“西峡县”", items[Path.GetFileName(SeedFiles.PathOf("004"))].GetProperty("reason").GetString());

        await app.CreateUserAsync("p1", Roles.Preparer, "西峡县医疗保障局");
        var preparer = await app.LoginAsync("p1");
        Assert.Equal(HttpStatusCode.Forbidden, (await preparer.PostAsync("/api/review/imports", Files(Seed("001")))).StatusCode);
        var denied = await preparer.GetAsync("/review");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_upload_page_takes_several_files_and_redirects_to_the_batch_page()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetStringAsync("/review/import");
        var form = Files(Seed("001"), Seed("002"));
        form.Add(new StringContent(TestApp.Token(page)), "__RequestVerificationToken");
        var posted = await admin.PostAsync("/review/import", form);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var batchId = int.Parse(posted.Headers.Location!.OriginalString.Split('/').Last());
        var batch = await WaitAsync(admin, batchId);
        Assert.All(batch.GetProperty("items").EnumerateArray(), i => Assert.Equal("checked", i.GetProperty("state").GetString()));
        Assert.Contains("第 1 批", await admin.GetStringAsync("/review/import"));
    }
}
