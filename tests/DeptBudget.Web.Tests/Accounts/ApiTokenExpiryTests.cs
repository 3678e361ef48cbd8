using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeptBudget.Storage;
using DeptBudget.Web.Pages;
using DeptBudget.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Tests.Accounts;

/// <summary>API tokens expire (#15): the lifetime is chosen at creation (default 90 days, at most a year), shown on
/// /account, and an expired token answers 401 with the reason in Chinese.</summary>
public sealed class ApiTokenExpiryTests
{
    private static HttpClient Bearer(TestApp app, string token)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_token_expires_after_90_days_by_default_and_the_account_page_shows_when()
    {
        await using var app = await TestApp.StartAsync();
        var session = await app.LoginAsync("admin");
        var before = DateTime.UtcNow;
        await ApiTokenTests.CreateTokenAsync(session);
        var page = await session.GetStringAsync("/account");
        Assert.Contains("到期时间", page);
        // The expiry is printed in China time; the minute of creation plus 90 days (either side of a minute boundary).
        var expected = new[] { before, before.AddMinutes(1) }.Select(t => ChinaTime.Format(t.AddDays(ApiTokens.DefaultDays)));
        Assert.Contains(expected, e => page.Contains(e));
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task An_expired_token_answers_401_with_the_reason_in_chinese(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var session = await app.LoginAsync("admin");
        var token = await ApiTokenTests.CreateTokenAsync(session);
        var api = Bearer(app, token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/budgets/")).StatusCode);

        // The stored expiry moved into the past, as time would.
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BudgetDbContext>();
            var row = await db.UserTokens.SingleAsync(t => t.LoginProvider == ApiTokens.Provider);
            var stored = JsonNode.Parse(row.Value!)!;
            stored["Expires"] = DateTimeOffset.UtcNow.AddMinutes(-1);
            row.Value = stored.ToJsonString();
            await db.SaveChangesAsync();
        }
        var answer = await api.GetAsync("/api/budgets/");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("已于", problem.GetProperty("detail").GetString());
        Assert.Contains("过期", problem.GetProperty("detail").GetString());
        Assert.Contains("已过期", await session.GetStringAsync("/account"));
    }

    [Fact]
    public async Task A_lifetime_longer_than_a_year_is_refused_and_a_year_is_accepted()
    {
        await using var app = await TestApp.StartAsync();
        var session = await app.LoginAsync("admin");
        var refused = await TestApp.PostFormAsync(session, "/account?handler=CreateToken", new() { ["label"] = "长期", ["days"] = "400" }, "/account");
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("令牌有效期应为 1 至 365 天", html);
        Assert.DoesNotContain("id=\"new-token\"", html);

        var accepted = await TestApp.PostFormAsync(session, "/account?handler=CreateToken", new() { ["label"] = "一年", ["days"] = "365" }, "/account");
        Assert.Contains("id=\"new-token\"", await accepted.Content.ReadAsStringAsync());
        var page = await session.GetStringAsync("/account");
        Assert.Contains(ChinaTime.Format(DateTime.UtcNow.AddDays(365))[..10], page);
    }
}
