using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeptBudget.Storage;
using Microsoft.AspNetCore.Identity;

namespace DeptBudget.Web.Tests;

/// <summary>Reviewers see and approve the budgets of their region (the county or district of the department).</summary>
public sealed class RegionTests
{
    private static async Task<(int Id, int Revision)> UploadAndSubmitAsync(HttpClient preparer, string seed)
    {
        var response = await preparer.PostAsync("/api/budgets", SeedFiles.Upload(seed));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var b = doc.RootElement.GetProperty("budget");
        var id = b.GetProperty("id").GetInt32();
        var moved = await preparer.PostAsJsonAsync($"/api/budgets/{id}/status", new { to = "submitted", revision = b.GetProperty("revision").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        using var after = JsonDocument.Parse(await moved.Content.ReadAsStringAsync());
        return (id, after.RootElement.GetProperty("revision").GetInt32());
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_reviewer_assigned_a_region_on_the_user_page_sees_and_approves_only_budgets_of_that_region(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("p1", Roles.Preparer, "西峡县医疗保障局");   // seed 001
        await app.CreateUserAsync("p2", Roles.Preparer, "滑县医疗保障局");     // seed 004
        var (xixia, xixiaRev) = await UploadAndSubmitAsync(await app.LoginAsync("p1"), "001");
        var (huaxian, huaxianRev) = await UploadAndSubmitAsync(await app.LoginAsync("p2"), "004");

        var admin = await app.LoginAsync("admin");
        var created = await TestApp.PostFormAsync(admin, "/admin/users?handler=Create", new()
        {
            ["username"] = "rx", ["password"] = TestApp.Password, ["role"] = Roles.Reviewer, ["region"] = "西峡县",
        }, "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var rx = await app.LoginAsync("rx");

        var home = await rx.GetStringAsync("/");
        Assert.Contains($"/budgets/{xixia}\"", home);
        Assert.DoesNotContain($"/budgets/{huaxian}\"", home);
        Assert.Contains("<option value=\"西峡县\" selected=\"selected\">", home);   // the list starts filtered to the region
        Assert.Equal(HttpStatusCode.NotFound, (await rx.GetAsync($"/budgets/{huaxian}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await rx.PostAsJsonAsync($"/api/budgets/{huaxian}/status", new { to = "approved", revision = huaxianRev })).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await rx.PostAsJsonAsync($"/api/budgets/{xixia}/status", new { to = "approved", revision = xixiaRev, comment = "已核对（西峡 2024 有错误，须写理由）" })).StatusCode);

        // Emptying the region on the user page makes the reviewer one of every region (after signing in again).
        string id;
        await using (var scope = app.App.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("rx"))!.Id;
        var updated = await TestApp.PostFormAsync(admin, "/admin/users?handler=Update",
            new() { ["id"] = id, ["role"] = Roles.Reviewer, ["departments"] = "", ["region"] = "" }, "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var everywhere = await app.LoginAsync("rx");
        Assert.Contains($"/budgets/{huaxian}\"", await everywhere.GetStringAsync("/"));
        var filtered = await everywhere.GetStringAsync("/?region=" + Uri.EscapeDataString("滑县"));
        Assert.Contains($"/budgets/{huaxian}\"", filtered);
        Assert.DoesNotContain($"/budgets/{xixia}\"", filtered);
    }

    [Fact]
    public async Task An_admin_corrects_the_region_of_a_budget_on_its_page()
    {
        await using var app = await TestApp.StartAsync();
        var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var r = await app.WithStoreAsync(s => s.CreateAsync(d, CheckSummary.None, "seed", "导入"));
        Assert.Equal("西峡县", r.Region);
        var admin = await app.LoginAsync("admin");
        var posted = await TestApp.PostFormAsync(admin, $"/budgets/{r.Id}?handler=Region",
            new() { ["revision"] = r.Revision.ToString(), ["region"] = "南阳市" }, $"/budgets/{r.Id}");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("<dd id=\"region\">南阳市</dd>", await admin.GetStringAsync($"/budgets/{r.Id}"));
        var audit = (await app.WithStoreAsync(s => s.AuditAsync(r.Id))).First();
        Assert.Equal(("admin", "region"), (audit.User, audit.Action));
    }

    [Fact]
    public async Task An_admin_sets_the_region_through_the_api_with_the_revision_and_a_preparer_cannot()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("p1", Roles.Preparer, "西峡县医疗保障局");
        var preparer = await app.LoginAsync("p1");
        var (id, revision) = await UploadAndSubmitAsync(preparer, "001");

        Assert.Equal(HttpStatusCode.Forbidden,
            (await preparer.PutAsJsonAsync($"/api/budgets/{id}/region", new { region = "南阳市", revision })).StatusCode);
        var admin = await app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.Conflict,
            (await admin.PutAsJsonAsync($"/api/budgets/{id}/region", new { region = "南阳市", revision = revision - 1 })).StatusCode);
        var set = await admin.PutAsJsonAsync($"/api/budgets/{id}/region", new { region = "南阳市", revision });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        using var doc = JsonDocument.Parse(await set.Content.ReadAsStringAsync());
        Assert.Equal("南阳市", doc.RootElement.GetProperty("region").GetString());
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.PutAsJsonAsync("/api/budgets/99999/region", new { region = "南阳市", revision = 1 })).StatusCode);

        // A reviewer of 南阳市 now reviews it.
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var rn = await app.CreateUserAsync("rn", Roles.Reviewer);
            rn = (await users.FindByIdAsync(rn.Id))!;
            rn.Region = "南阳市";
            Assert.True((await users.UpdateAsync(rn)).Succeeded);
        }
        Assert.Contains($"/budgets/{id}\"", await (await app.LoginAsync("rn")).GetStringAsync("/"));
    }
}
