using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeptBudget.Storage;
using DocumentFormat.OpenXml.Packaging;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Issue 15's blockers 2 and 3: nothing unfinished is published without a reviewer's stated reason, a department name
/// is a name, and the draft banner belongs to drafts only.
/// </summary>
public sealed class PublishGateTests
{
    private static async Task<(int Id, int Revision)> UploadAsync(HttpClient client, string seed)
    {
        var response = await client.PostAsync("/api/budgets", SeedFiles.Upload(seed));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var b = doc.RootElement.GetProperty("budget");
        return (b.GetProperty("id").GetInt32(), b.GetProperty("revision").GetInt32());
    }

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, int revision, string to, string? comment) =>
        await client.PostAsJsonAsync($"/api/budgets/{id}/status", new { to, revision, comment });

    private static async Task<int> RevisionOf(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("revision").GetInt32();
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task A_budget_with_errors_is_approved_and_published_only_with_a_reason_kept_in_the_audit_and_shown(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("002"));
        await app.CreateUserAsync("rev", Roles.Reviewer);
        var prep = await app.LoginAsync("prep");
        var rev = await app.LoginAsync("rev");
        var (id, revision) = await UploadAsync(prep, "002");   // 002's table 01 prints 项目支出 5058.44 over parts of 5057.84
        var errors = (await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, []))))!.ErrorCount;
        Assert.True(errors > 0);

        var submitted = await MoveAsync(prep, id, revision, "submitted", null);   // the preparer was asked in the page; the API submits
        revision = await RevisionOf(submitted);

        var refused = await MoveAsync(rev, id, revision, "approved", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"还有 {errors} 个错误", await refused.Content.ReadAsStringAsync());
        Assert.Contains("填写理由", await refused.Content.ReadAsStringAsync());
        Assert.Equal(BudgetStatus.Submitted, (await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, []))))!.Status);

        revision = await RevisionOf(await MoveAsync(rev, id, revision, "approved", "差额系原文件四舍五入，已核对"));
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(rev, id, revision, "published", " ")).StatusCode);
        var published = await MoveAsync(rev, id, revision, "published", "经局务会同意按原文公开");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var audit = await app.WithStoreAsync(s => s.AuditAsync(id));
        Assert.Contains(audit, a => a.Summary!.Contains($"仍然审核通过（有 {errors} 个错误") && a.Summary.EndsWith("理由：差额系原文件四舍五入，已核对"));
        Assert.Contains(audit, a => a.Summary!.Contains("仍然公开") && a.Summary.Contains("理由：经局务会同意按原文公开"));
        var page = await app.Client().GetStringAsync($"/budgets/{id}");   // the public sees why
        Assert.Contains("理由：经局务会同意按原文公开", page);
        Assert.Contains("由系统自动检查得出", page);
    }

    [Fact]
    public async Task A_blank_budget_has_errors_for_its_placeholders_and_missing_figures()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var created = await TestApp.PostFormAsync(admin, "/upload?handler=Blank", new()
        {
            ["department"] = "测试县医疗保障局", ["year"] = "2026", ["scope"] = "Department", ["layout"] = "henan-2024",
        }, "/upload");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.ToString().Split('/')[2]);
        var record = (await app.WithStoreAsync(s => s.GetAsync(id, new Access("t", true, []))))!;
        var findings = DeptBudget.Web.Services.CheckService.Parse(record.FindingsJson);
        Assert.Contains(findings, f => f.Rule == "G1" && f.IsError && f.Message.Contains("【待补】"));
        Assert.Contains(findings, f => f.Rule == "G2" && f.IsError);
        Assert.True(record.ErrorCount >= 2);

        var page = await admin.GetStringAsync($"/budgets/{id}");
        Assert.Contains($"还有 {record.ErrorCount} 个错误", page);                 // the submit button asks (data-confirm)
        Assert.Contains("确定提交？", page);
    }

    [Fact]
    public async Task A_department_name_with_markup_is_refused_with_the_character_named()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.LoginAsync("admin");
        var answer = await TestApp.PostFormAsync(admin, "/upload?handler=Blank", new()
        {
            ["department"] = "<script>alert(1)</script>", ["year"] = "2026", ["scope"] = "Department", ["layout"] = "henan-2024",
        }, "/upload");
        var html = await answer.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("含有字符“&lt;”", html);
        Assert.Empty(await app.WithStoreAsync(s => s.ListAsync(new Access("t", true, []), new BudgetFilter(null, null, null, null))));

        // The same through the API, as a canonical JSON whose department is markup.
        var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("000"));
        d = d with { Meta = d.Meta with { Department = "<b>局</b>" }, Budget = d.Budget with { Department = "<b>局</b>" } };
        var json = System.Text.Encoding.UTF8.GetBytes(DeptBudget.Model.Json.BudgetJson.Serialize(d));
        var api = await admin.PostAsync("/api/budgets", SeedFiles.Upload(json, "x.json"));
        Assert.Equal((HttpStatusCode)422, api.StatusCode);
        Assert.Contains("名称只能由文字、数字、空格和括号组成", await api.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Published_documents_carry_no_draft_banner_and_drafts_do(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var checks = app.App.Services.GetRequiredService<DeptBudget.Web.Services.CheckService>();
        var (_, summary) = checks.CheckAndSummarise(d);
        Assert.True(summary.Errors > 0, "001 has check errors: the banner would show on a draft");
        var published = await app.WithStoreAsync(s => s.CreateAsync(d, summary, "t", "t", BudgetStatus.Published));
        var draft = await app.WithStoreAsync(s => s.CreateAsync(d with { Meta = d.Meta with { Year = 2030 }, Budget = d.Budget with { Year = 2030 } },
            summary, "t", "t", BudgetStatus.Draft));
        var admin = await app.LoginAsync("admin");

        var html = await admin.GetStringAsync($"/api/budgets/{published.Id}/export/html");
        Assert.DoesNotContain("草稿（未定稿）", html);
        Assert.DoesNotContain("不得作为正式公开文本", html);
        Assert.Contains("10,902.00", html);
        Assert.DoesNotContain("10,901.99", html);
        using (var docx = WordprocessingDocument.Open(new MemoryStream(await admin.GetByteArrayAsync($"/api/budgets/{published.Id}/export/docx")), false))
            Assert.DoesNotContain("草稿（未定稿）", docx.MainDocumentPart!.Document.Body!.InnerText);

        Assert.Contains("草稿（未定稿）", await admin.GetStringAsync($"/api/budgets/{draft.Id}/export/html"));
        using (var docx = WordprocessingDocument.Open(new MemoryStream(await admin.GetByteArrayAsync($"/api/budgets/{draft.Id}/export/docx")), false))
            Assert.Contains("草稿（未定稿）", docx.MainDocumentPart!.Document.Body!.InnerText);
    }
}
