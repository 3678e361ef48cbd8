using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests.Accounts;

/// <summary>撤回: a preparer takes a submission back to draft before review acts; editing a submitted budget says why not.</summary>
public sealed class WithdrawTests
{
    internal static async Task<(int Id, int Revision)> UploadAsync(HttpClient client, string seed = "000")
    {
        var response = await client.PostAsync("/api/budgets", SeedFiles.Upload(seed));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var b = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("budget");
        return (b.GetProperty("id").GetInt32(), b.GetProperty("revision").GetInt32());
    }

    internal static async Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, int revision, string to, string? comment = null) =>
        await client.PostAsJsonAsync($"/api/budgets/{id}/status", new { to, revision, comment });

    internal static async Task<int> RevisionOf(HttpResponseMessage moved)
    {
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        return JsonDocument.Parse(await moved.Content.ReadAsStringAsync()).RootElement.GetProperty("revision").GetInt32();
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_preparer_withdraws_a_submission_to_draft_and_the_audit_says_so(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        var prep = await app.LoginAsync("prep");
        var (id, revision) = await UploadAsync(prep);
        revision = await RevisionOf(await MoveAsync(prep, id, revision, "submitted", "还有错误也提交"));
        revision = await RevisionOf(await MoveAsync(prep, id, revision, "draft"));
        var record = await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, [])));
        Assert.Equal(BudgetStatus.Draft, record!.Status);
        var audit = await app.WithStoreAsync(s => s.AuditAsync(id));
        Assert.Equal(["create", "status", "withdraw"], audit.Select(a => a.Action).Reverse());
        Assert.StartsWith("撤回提交", audit[0].Summary);
        // Drafted again: the preparer edits it, and the page does not call the withdrawal a send-back.
        Assert.Equal(HttpStatusCode.OK, (await prep.GetAsync($"/budgets/{id}/edit")).StatusCode);
        Assert.DoesNotContain("id=\"sent-back\"", await prep.GetStringAsync($"/budgets/{id}"));
    }

    [Fact]
    public async Task Once_review_has_acted_the_preparer_cannot_withdraw()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        await app.CreateUserAsync("rev", Roles.Reviewer);
        var prep = await app.LoginAsync("prep");
        var rev = await app.LoginAsync("rev");
        var (id, revision) = await UploadAsync(prep);
        revision = await RevisionOf(await MoveAsync(prep, id, revision, "submitted"));
        revision = await RevisionOf(await MoveAsync(rev, id, revision, "approved", "差额系原文件四舍五入"));
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(prep, id, revision, "draft")).StatusCode);
    }

    [Fact]
    public async Task A_reviewers_send_back_is_still_a_send_back_not_a_withdrawal()
    {
        await using var app = await TestApp.StartAsync();
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        await app.CreateUserAsync("rev", Roles.Reviewer);
        var prep = await app.LoginAsync("prep");
        var rev = await app.LoginAsync("rev");
        var (id, revision) = await UploadAsync(prep);
        revision = await RevisionOf(await MoveAsync(prep, id, revision, "submitted"));
        await RevisionOf(await MoveAsync(rev, id, revision, "draft", "请核对表一"));
        var audit = await app.WithStoreAsync(s => s.AuditAsync(id));
        Assert.Equal("status", audit[0].Action);
        Assert.Contains("请核对表一", WebUtility.HtmlDecode(await prep.GetStringAsync($"/budgets/{id}")));
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Editing_a_submitted_budget_says_why_instead_of_forbidden(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        var prep = await app.LoginAsync("prep");
        var (id, revision) = await UploadAsync(prep);
        revision = await RevisionOf(await MoveAsync(prep, id, revision, "submitted"));

        // The page: back to the budget, told why.
        foreach (var form in new[] { "edit", "data" })
        {
            var opened = await prep.GetAsync($"/budgets/{id}/{form}");
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            Assert.Equal($"/budgets/{id}", opened.Headers.Location!.OriginalString);
            var page = WebUtility.HtmlDecode(await prep.GetStringAsync($"/budgets/{id}"));
            Assert.Contains("已提交审核，撤回后才能修改", page);
            Assert.DoesNotContain("没有权限", page);
        }
        // The API: 409 with the same reason.
        var disclosure = await prep.GetStringAsync($"/api/budgets/{id}/disclosure");
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/budgets/{id}") { Content = new StringContent(disclosure, System.Text.Encoding.UTF8, "application/json") };
        put.Headers.TryAddWithoutValidation("If-Match", $"\"{revision}\"");
        var refused = await prep.SendAsync(put);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("已提交审核，撤回后才能修改", await refused.Content.ReadAsStringAsync());
        // Someone who does not prepare it still gets 403, not the reason.
        await app.CreateUserAsync("stranger", Roles.Preparer, "别的部门");
        var stranger = await app.LoginAsync("stranger");
        Assert.NotEqual(HttpStatusCode.Redirect, (await stranger.GetAsync($"/budgets/{id}/edit")).StatusCode);
    }
}
