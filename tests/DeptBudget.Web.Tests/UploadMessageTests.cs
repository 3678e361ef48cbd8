using System.Net;
using System.Text.RegularExpressions;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Issue 15: an upload whose checks could not run must not say “0 个错误…全部内容均已读取” in green; the message says
/// how many checks could not run and is shown as a warning.
/// </summary>
public sealed class UploadMessageTests
{
    private static async Task<string> UploadAndShowAsync(TestApp app, HttpClient prep, string seed)
    {
        var page = await prep.GetStringAsync("/upload");
        var form = SeedFiles.Upload(seed);
        form.Add(new StringContent(TestApp.Token(page)), "__RequestVerificationToken");
        var answer = await prep.PostAsync("/upload?handler=Upload", form);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return WebUtility.HtmlDecode(await prep.GetStringAsync(answer.Headers.Location));
    }

    [Fact]
    public async Task An_upload_whose_checks_could_not_run_says_how_many_and_is_not_shown_as_all_well()
    {
        await using var app = await TestApp.StartAsync();
        // Seed 004 (a 河南 county's disclosure) lacks tables some checks need: the checker says so per check
        // (“无法检查”); seed 001 has every table the checks read.
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("004"), SeedFiles.Department("001"));
        var prep = await app.LoginAsync("prep");

        var incomplete = await UploadAndShowAsync(app, prep, "004");
        var notice = Regex.Match(incomplete, "<div class=\"notice (\\w+)\" role=\"status\">已读取并保存为草稿：([^<]*)</div>");
        Assert.True(notice.Success, "no upload message on the budget page");
        Assert.Equal("error", notice.Groups[1].Value);
        var notRun = Regex.Match(notice.Groups[2].Value, "(\\d+) 项检查未能运行");
        Assert.True(notRun.Success, notice.Groups[2].Value);
        Assert.True(int.Parse(notRun.Groups[1].Value) > 0);
        Assert.Contains("无法检查", incomplete);

        var complete = await UploadAndShowAsync(app, prep, "001");
        Assert.Contains("已读取并保存为草稿", complete);
        Assert.DoesNotContain("未能运行", complete);
    }
}
