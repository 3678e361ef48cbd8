using System.Net;
using System.Text.RegularExpressions;
using DeptBudget.Storage;
using Microsoft.AspNetCore.Identity;

namespace DeptBudget.Web.Tests.Accounts;

/// <summary>The admin page resets passwords, disables, enables and unlocks users, offers the stored departments,
/// and its changes apply on the users' next request; Identity's errors reach it in Chinese.</summary>
public sealed partial class AdminUsersTests
{
    private const string NewPassword = "Fresh-start-2718";

    internal static async Task<string> IdOfAsync(TestApp app, string name)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(name))!.Id;
    }

    private static async Task<HttpResponseMessage> LoginRawAsync(TestApp app, HttpClient client, string name, string password) =>
        await TestApp.PostFormAsync(client, "/account/login", new() { ["username"] = name, ["password"] = password });

    private static async Task<string> PostAdminAsync(HttpClient admin, string handler, Dictionary<string, string> fields)
    {
        var posted = await TestApp.PostFormAsync(admin, $"/admin/users?handler={handler}", fields, "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/users"));
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_reset_password_replaces_the_old_one_and_ends_the_users_sessions(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("prep", Roles.Preparer);
        var session = await app.LoginAsync("prep");
        var admin = await app.LoginAsync("admin");
        var page = await PostAdminAsync(admin, "Password", new() { ["id"] = await IdOfAsync(app, "prep"), ["password"] = NewPassword });
        Assert.Contains("已重设 prep 的密码", page);
        // The old session is gone on its next request; the old password no longer logs in, the new one does.
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginRawAsync(app, app.Client(), "prep", TestApp.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginRawAsync(app, app.Client(), "prep", NewPassword)).StatusCode);
        Assert.Contains("user.password", await AuditActionsAsync(app));
    }

    [Fact]
    public async Task A_rejected_password_is_explained_in_Chinese_on_the_admin_page()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer);
        var admin = await app.LoginAsync("admin");
        var page = await PostAdminAsync(admin, "Password", new() { ["id"] = await IdOfAsync(app, "prep"), ["password"] = "onlyletterslong" });
        Assert.Contains("密码至少需要一个数字", page);
        page = await PostAdminAsync(admin, "Create", new() { ["username"] = "新 人", ["password"] = NewPassword, ["role"] = Roles.Preparer });
        Assert.Contains("用户名“新 人”无效", page);
        page = await PostAdminAsync(admin, "Create", new() { ["username"] = "prep", ["password"] = NewPassword, ["role"] = Roles.Preparer });
        Assert.Contains("用户名“prep”已被使用", page);
        // None of Identity's English texts reach the page.
        Assert.DoesNotMatch(EnglishIdentityText(), page);
    }

    [GeneratedRegex("Passwords must|is invalid|is already taken|Incorrect password|Optimistic concurrency")]
    internal static partial Regex EnglishIdentityText();

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_disabled_user_cannot_log_in_or_keep_a_session_until_enabled(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("prep", Roles.Preparer);
        var session = await app.LoginAsync("prep");
        var admin = await app.LoginAsync("admin");
        var id = await IdOfAsync(app, "prep");
        var page = await PostAdminAsync(admin, "Disable", new() { ["id"] = id });
        Assert.Contains("已停用 prep", page);
        Assert.Matches("data-user=\"prep\">[\\s\\S]*?已停用", page);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginRawAsync(app, app.Client(), "prep", TestApp.Password)).StatusCode);
        page = await PostAdminAsync(admin, "Enable", new() { ["id"] = id });
        Assert.Contains("已启用 prep", page);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginRawAsync(app, app.Client(), "prep", TestApp.Password)).StatusCode);
        var actions = await AuditActionsAsync(app);
        Assert.Contains("user.disable", actions);
        Assert.Contains("user.enable", actions);
    }

    [Fact]
    public async Task The_admin_cannot_disable_their_own_account()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var page = await PostAdminAsync(admin, "Disable", new() { ["id"] = await IdOfAsync(app, "admin") });
        Assert.Contains("不能停用自己的账号", page);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task An_admin_unlocks_a_user_locked_by_failed_logins()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer);
        var client = app.Client();
        for (var i = 0; i < 5; i++) await LoginRawAsync(app, client, "prep", "wrong-password-1");
        var locked = await LoginRawAsync(app, client, "prep", TestApp.Password);
        Assert.Contains("失败次数过多", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()));
        var admin = await app.LoginAsync("admin");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/users"));
        Assert.Matches("data-user=\"prep\">[\\s\\S]*?登录已锁定", page);
        page = await PostAdminAsync(admin, "Unlock", new() { ["id"] = await IdOfAsync(app, "prep") });
        Assert.Contains("已解除 prep 的登录锁定", page);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginRawAsync(app, client, "prep", TestApp.Password)).StatusCode);
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_department_picked_from_the_stored_ones_applies_on_the_next_request(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var department = SeedFiles.Department("000");
        // Someone else's upload puts the department in the store; the admin page then offers it.
        await app.CreateUserAsync("other", Roles.Preparer, department);
        var other = await app.LoginAsync("other");
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsync("/api/budgets", SeedFiles.Upload("000"))).StatusCode);
        await app.CreateUserAsync("prep", Roles.Preparer);
        var prep = await app.LoginAsync("prep");
        var id = (await app.WithStoreAsync(s => s.ListAsync(new Access("t", true, []), new BudgetFilter(null, null, null, null)))).Single().Id;
        Assert.Equal(HttpStatusCode.NotFound, (await prep.GetAsync($"/api/budgets/{id}")).StatusCode);

        var admin = await app.LoginAsync("admin");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/users"));
        Assert.Contains($"<option value=\"{department}\">", page);
        await PostAdminAsync(admin, "Update", new()
        {
            ["id"] = await IdOfAsync(app, "prep"), ["role"] = Roles.Preparer, ["departments"] = "自由填写的部门", ["addDepartment"] = department, ["region"] = "",
        });
        // The same session, no new login: the department is theirs now.
        Assert.Equal(HttpStatusCode.OK, (await prep.GetAsync($"/api/budgets/{id}")).StatusCode);
        await using var scope = app.App.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("prep");
        Assert.Equal(["自由填写的部门", department], user!.DepartmentList);
    }

    internal static async Task<List<string>> AuditActionsAsync(TestApp app)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BudgetDbContext>();
        return db.Audit.Select(a => a.Action).ToList();
    }
}
