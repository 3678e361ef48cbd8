using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;

namespace DeptBudget.Web.Tests;

/// <summary>Sessions lose rights on the next request; passwords and logins resist guessing; races and writes answer 409.</summary>
public sealed class SessionAndAccountTests
{
    private static async Task ChangeRoleAsync(TestApp app, string name, string role)
    {
        // What the admin page does: new roles, then a new security stamp.
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync(name))!;
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
    }

    [Fact]
    public async Task An_admin_demoted_to_preparer_loses_admin_rights_on_the_next_request()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("boss", Roles.Admin);
        var boss = await app.LoginAsync("boss");
        Assert.Equal(HttpStatusCode.OK, (await boss.GetAsync("/admin/users")).StatusCode);
        await ChangeRoleAsync(app, "boss", Roles.Preparer);
        Assert.NotEqual(HttpStatusCode.OK, (await boss.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_reviewer_demoted_to_preparer_can_no_longer_approve()
    {
        await using var app = await TestApp.StartAsync();
        var department = SeedFiles.Department("000");
        await app.CreateUserAsync("prep", Roles.Preparer, department);
        await app.CreateUserAsync("rev", Roles.Reviewer);
        var prep = await app.LoginAsync("prep");
        var rev = await app.LoginAsync("rev");
        var created = await prep.PostAsync("/api/budgets", SeedFiles.Upload("000"));
        var b = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("budget");
        var id = b.GetProperty("id").GetInt32();
        var submitted = await prep.PostAsJsonAsync($"/api/budgets/{id}/status", new { to = "submitted", revision = b.GetProperty("revision").GetInt32() });
        var revision = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("revision").GetInt32();
        await ChangeRoleAsync(app, "rev", Roles.Preparer);
        var approve = await rev.PostAsJsonAsync($"/api/budgets/{id}/status", new { to = "approved", revision });
        // The new stamp ends the old session (401), or the rebuilt roles forbid it (403): either way no approval.
        Assert.True(approve.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{approve.StatusCode}");
        Assert.Equal("submitted", (await app.WithStoreAsync(s => s.GetAsync(id, new Access("x", true, []))))!.Status.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task A_disabled_account_loses_its_session_on_the_next_request()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("boss", Roles.Admin);
        var boss = await app.LoginAsync("boss");
        Assert.Equal(HttpStatusCode.OK, (await boss.GetAsync("/admin/users")).StatusCode);
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.SetLockoutEndDateAsync((await users.FindByNameAsync("boss"))!, DateTimeOffset.MaxValue)).Succeeded);
        }
        Assert.NotEqual(HttpStatusCode.OK, (await boss.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_session_cookie_replayed_after_logout_is_not_accepted()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetStringAsync("/admin/users");
        // The cookie as an attacker would have copied it before the logout.
        var cookies = app.Client();
        var login = await TestApp.PostFormAsync(cookies, "/account/login", new() { ["username"] = "admin", ["password"] = TestApp.Password });
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(cookies, "/account/logout", [], "/admin/users")).StatusCode);
        var replay = new HttpRequestMessage(HttpMethod.Get, "/admin/users");
        replay.Headers.Add("Cookie", cookie);
        var answer = await app.Client().SendAsync(replay);
        Assert.NotEqual(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("/account/login", answer.Headers.Location?.ToString() ?? "");
        Assert.Contains("admin", page);
    }

    [Theory]
    [InlineData("password12")]
    [InlineData("admin12345")]
    [InlineData("1234567890")]
    [InlineData("qwertyuiop")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("Caizheng2024!")]
    [InlineData("zhangwei2024")]
    public async Task Common_and_guessable_passwords_are_refused(string password)
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await users.CreateAsync(new AppUser { UserName = "zhangwei" }, password);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == "CommonPassword");
    }

    [Fact]
    public async Task A_long_uncommon_password_is_accepted()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.CreateAsync(new AppUser { UserName = "li" }, "河南预算-tulip-47")).Succeeded);
    }

    /// <summary>A client whose connections come from the given loopback address, so the server sees distinct clients.</summary>
    private static HttpClient From(TestApp app, string address)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ConnectCallback = async (ctx, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                await socket.ConnectAsync(ctx.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = app.BaseAddress };
    }

    private static async Task<(HttpStatusCode Status, string Body, TimeSpan Took)> TryLogin(HttpClient client, string user, string password)
    {
        var watch = Stopwatch.StartNew();
        var r = await TestApp.PostFormAsync(client, "/account/login", new() { ["username"] = user, ["password"] = password });
        return (r.StatusCode, await r.Content.ReadAsStringAsync(), watch.Elapsed);
    }

    [Fact]
    public async Task Wrong_logins_lock_only_that_client_out_of_that_account_and_unknown_names_answer_alike()
    {
        await using var app = await TestApp.StartAsync(kestrel: true,
            settings: new Dictionary<string, string?> { ["DeptBudget:Limits:LoginAttemptsPerMinute"] = "100" });
        using var attacker = From(app, "127.0.0.2");
        var real = new List<TimeSpan>();
        var unknown = new List<TimeSpan>();
        for (var k = 0; k < 5; k++)
        {
            var a = await TryLogin(attacker, "admin", "wrong-password-" + k);
            var b = await TryLogin(attacker, "nobody-here", "wrong-password-" + k);
            Assert.Equal(a.Status, b.Status);
            Assert.Equal(k < 4, a.Body.Contains(LoginModel.Failed));
            Assert.Equal(k < 4, b.Body.Contains(LoginModel.Failed));
            real.Add(a.Took); unknown.Add(b.Took);
        }
        // Locked for this client, the real and the unknown name alike; even the right password is refused here.
        Assert.Contains(LoginModel.Locked, (await TryLogin(attacker, "admin", TestApp.Password)).Body);
        Assert.Contains(LoginModel.Locked, (await TryLogin(attacker, "nobody-here", "x")).Body);
        // Unknown names cost a password hash too (not 4 ms against 98 ms). Medians: one try slowed by the machine (a
        // first call compiling, another process's burst) moved the average of five (59 vs 287 ms once at load 30).
        static double Median(List<TimeSpan> times) => times.Select(t => t.TotalMilliseconds).Order().ElementAt(times.Count / 2);
        Assert.True(Median(unknown) > 0.3 * Median(real), $"unknown {Median(unknown):0} ms, real {Median(real):0} ms (medians of 5)");
        // The admin, from elsewhere, still logs in.
        using var admin = From(app, "127.0.0.3");
        Assert.Equal(HttpStatusCode.Redirect, (await TryLogin(admin, "admin", TestApp.Password)).Status);
    }

    [Fact]
    public async Task Racing_edits_with_one_revision_give_one_success_and_409s_never_500()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        var prep = await app.LoginAsync("prep");
        var created = await prep.PostAsync("/api/budgets", SeedFiles.Upload("000"));
        var b = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("budget");
        var (id, revision) = (b.GetProperty("id").GetInt32(), b.GetProperty("revision").GetInt32());
        var json = await prep.GetStringAsync($"/api/budgets/{id}/disclosure");
        var d = DeptBudget.Model.Json.BudgetJson.Deserialize(json);
        var tasks = Enumerable.Range(0, 8).Select(async k =>
        {
            var changed = d with { Meta = d.Meta with { Title = $"{d.Meta.Title} 第 {k} 稿" } };
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/budgets/{id}")
            {
                Content = new StringContent(DeptBudget.Model.Json.BudgetJson.Serialize(changed), System.Text.Encoding.UTF8, "application/json"),
            };
            put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{revision}\""));
            return (int)(await prep.SendAsync(put)).StatusCode;
        }).ToList();
        var codes = await Task.WhenAll(tasks);
        Assert.DoesNotContain(500, codes);
        Assert.Equal(1, codes.Count(c => c == 200));
        Assert.All(codes.Where(c => c != 200), c => Assert.Equal(409, c));
    }

    [Fact]
    public async Task A_second_budget_for_the_same_unit_and_year_is_refused_on_upload()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        var prep = await app.LoginAsync("prep");
        Assert.Equal(HttpStatusCode.Created, (await prep.PostAsync("/api/budgets", SeedFiles.Upload("000"))).StatusCode);
        var second = await prep.PostAsync("/api/budgets", SeedFiles.Upload("000"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已存在", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_in_api_answers_are_not_stored_and_foreign_origins_cannot_write()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        var prep = await app.LoginAsync("prep");
        var created = await prep.PostAsync("/api/budgets", SeedFiles.Upload("000"));
        var b = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("budget");
        var id = b.GetProperty("id").GetInt32();
        var get = await prep.GetAsync($"/api/budgets/{id}/disclosure");
        Assert.Contains("no-store", get.Headers.CacheControl?.ToString() ?? "");
        var post = new HttpRequestMessage(HttpMethod.Post, $"/api/budgets/{id}/status") { Content = JsonContent.Create(new { to = "submitted", revision = b.GetProperty("revision").GetInt32() }) };
        post.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await prep.SendAsync(post)).StatusCode);
        Assert.Equal("draft", (await app.WithStoreAsync(s => s.GetAsync(id, new Access("x", true, []))))!.Status.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task Backup_while_running_copies_every_budget_and_the_files_are_owner_only()
    {
        await using var app = await TestApp.StartAsync(samples: true);
        var settings = app.App.Services.GetRequiredService<DeptBudgetSettings>();
        var db = Path.Combine(settings.DataDir, "deptbudget.db");
        var budgets = await app.WithStoreAsync(s => s.CountAsync());
        Assert.True(budgets > 0);
        var dest = Path.Combine(settings.DataDir, "backup", "copy.db");
        var result = await SqliteFiles.BackupAsync(db, dest);
        Assert.Equal(budgets, result.Budgets);
        Assert.True(result.Users >= 1);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(db));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dest));
            // Every database file of the data folder, the job store's too, and their -wal/-shm.
            var files = Directory.GetFiles(settings.DataDir, "*.db*");
            Assert.Contains(files, f => Path.GetFileName(f) == "jobs.db");
            Assert.All(files, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
        }
        await Assert.ThrowsAsync<IOException>(() => SqliteFiles.BackupAsync(db, dest));   // never overwrites
    }
}
