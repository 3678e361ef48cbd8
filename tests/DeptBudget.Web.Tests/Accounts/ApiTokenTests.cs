using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Tests.Accounts;

/// <summary>Personal API tokens: created and revoked on the account page, sent as Bearer, stored hashed; bad
/// credentials of any kind answer 401 with a Chinese problem, never the anonymous answer.</summary>
public sealed partial class ApiTokenTests
{
    [GeneratedRegex("id=\"new-token\" readonly value=\"(dbt_[^\"]+)\"")]
    private static partial Regex NewToken();

    internal static async Task<string> CreateTokenAsync(HttpClient session, string label = "统计脚本")
    {
        var created = await TestApp.PostFormAsync(session, "/account?handler=CreateToken", new() { ["label"] = label }, "/account");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var html = await created.Content.ReadAsStringAsync();
        return WebUtility.HtmlDecode(NewToken().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("no token shown"));
    }

    private static HttpClient Bearer(TestApp app, string token)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task AssertChinese401Async(HttpResponseMessage answer, string expected)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("未能认证", problem.GetProperty("title").GetString());
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_token_acts_as_its_user_until_revoked(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        var session = await app.LoginAsync("prep");
        var token = await CreateTokenAsync(session);
        var api = Bearer(app, token);
        // Upload and read the draft (which the anonymous public cannot see) with the token alone.
        var uploaded = await api.PostAsync("/api/budgets", SeedFiles.Upload("000"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var id = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("budget").GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/budgets/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/api/budgets/{id}")).StatusCode);
        Assert.Equal("prep", (await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, []))))!.CreatedBy);

        var page = WebUtility.HtmlDecode(await session.GetStringAsync("/account"));
        Assert.Contains("统计脚本", page);
        Assert.DoesNotContain(token, page);   // shown once only
        var tokenId = Regex.Match(page, "name=\"id\" value=\"([0-9a-f]{12})\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await TestApp.PostFormAsync(session, "/account?handler=RevokeToken", new() { ["id"] = tokenId }, "/account")).StatusCode);
        await AssertChinese401Async(await api.GetAsync($"/api/budgets/{id}"), "无效或已撤销");
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        await using var app = await TestApp.StartAsync();
        var token = await CreateTokenAsync(await app.LoginAsync("admin"));
        await using var scope = app.App.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<BudgetDbContext>().UserTokens.Where(t => t.LoginProvider == ApiTokens.Provider).ToListAsync();
        var row = Assert.Single(rows);
        var secret = token[(token.LastIndexOf('_') + 1)..];
        Assert.DoesNotContain(secret, row.Value);
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(token))), row.Value);
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_disabled_users_token_answers_401_at_once(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("prep", Roles.Preparer);
        var api = Bearer(app, await CreateTokenAsync(await app.LoginAsync("prep")));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/budgets")).StatusCode);
        var admin = await app.LoginAsync("admin");
        await TestApp.PostFormAsync(admin, "/admin/users?handler=Disable", new() { ["id"] = await AdminUsersTests.IdOfAsync(app, "prep") }, "/admin/users");
        await AssertChinese401Async(await api.GetAsync("/api/budgets"), "已停用");
    }

    [Fact]
    public async Task Bad_credentials_are_refused_with_401_even_where_the_public_may_read()
    {
        await using var app = await TestApp.StartAsync();
        // A made-up token of the right shape, a malformed one, and curl -u's Basic credentials (real ones at that).
        await AssertChinese401Async(await Bearer(app, "dbt_0123456789ab_" + new string('A', 43)).GetAsync("/api/budgets"), "无效或已撤销");
        await AssertChinese401Async(await Bearer(app, "not-a-token").GetAsync("/api/budgets"), "无效或已撤销");
        var basic = app.Client();
        basic.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + TestApp.Password)));
        await AssertChinese401Async(await basic.GetAsync("/api/budgets"), "Basic");
        await AssertChinese401Async(await basic.PostAsync("/api/budgets", SeedFiles.Upload("000")), "Basic");
        Assert.Equal("Bearer realm=\"deptbudget\"", (await basic.GetAsync("/api/budgets")).Headers.WwwAuthenticate.ToString());
        // Without any credentials the public list still answers.
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/api/budgets")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_declares_the_credentials_and_the_error_answers()
    {
        await using var app = await TestApp.StartAsync();
        var doc = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json")).RootElement;
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("cookie", schemes.GetProperty("cookie").GetProperty("in").GetString());
        var upload = doc.GetProperty("paths").GetProperty("/api/budgets").GetProperty("post");
        Assert.Contains(upload.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("bearer", out _));
        var codes = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject()).Where(o => o.Value.TryGetProperty("responses", out _))
            .SelectMany(o => o.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name)).ToHashSet();
        foreach (var code in new[] { "401", "403", "404", "409", "413", "422", "429" }) Assert.Contains(code, codes);
        var move = doc.GetProperty("paths").GetProperty("/api/budgets/{id}/status").GetProperty("post").GetProperty("responses");
        Assert.True(move.TryGetProperty("409", out var conflict));
        Assert.True(conflict.GetProperty("content").TryGetProperty("application/problem+json", out _));
        // The public list needs no credentials, so it declares none.
        Assert.False(doc.GetProperty("paths").GetProperty("/api/budgets").GetProperty("get").TryGetProperty("security", out _));
    }
}
