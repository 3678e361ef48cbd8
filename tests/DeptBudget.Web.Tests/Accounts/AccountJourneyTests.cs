using DeptBudget.Storage;
using Microsoft.Playwright;

namespace DeptBudget.Web.Tests.Accounts;

/// <summary>In Chromium against a real server: the admin resets a password and disables and enables the user; the
/// preparer logs in with the new password, submits and withdraws a budget, creates an API token and tries it on
/// the interactive API page, where a wrong token answers 401 in Chinese.</summary>
public sealed class AccountJourneyTests
{
    private static string Chromium => Environment.GetEnvironmentVariable("DEPTBUDGET_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
    private const string NewPassword = "Journey-pass-3141";

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task Admin_preparer_and_API_client_journey(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, kestrel: true);
        await app.CreateUserAsync("prep", Roles.Preparer, SeedFiles.Department("000"));
        // The budget as an upload would store it (the upload itself is another journey's).
        var disclosure = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("000"));
        var id = (await app.WithStoreAsync(s => s.CreateAsync(disclosure, CheckSummary.None, "prep", "上传"))).Id;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var baseUrl = app.BaseAddress.ToString().TrimEnd('/');

        // Admin: reset prep's password, disable, enable.
        var admin = await browser.NewPageAsync(new() { BaseURL = baseUrl });
        await LoginAsync(admin, "admin", TestApp.Password);
        await admin.GotoAsync("/admin/users");
        var row = admin.Locator("tr[data-user=prep]");
        await row.Locator("input[name=password]").FillAsync(NewPassword);
        await row.Locator("button:text-is('重设密码')").ClickAsync();
        await admin.Locator(".notice", new() { HasText = "已重设 prep 的密码" }).WaitForAsync();
        await admin.Locator("tr[data-user=prep] button:text-is('停用')").ClickAsync();
        await admin.Locator("tr[data-user=prep]", new() { HasText = "已停用" }).WaitForAsync();
        var prep = await browser.NewPageAsync(new() { BaseURL = baseUrl });
        await prep.GotoAsync("/account/login");
        await prep.FillAsync("#username", "prep");
        await prep.FillAsync("#password", NewPassword);
        await prep.ClickAsync("button:text-is('登录')");
        await prep.Locator(".notice.error", new() { HasText = "用户名或密码不正确" }).WaitForAsync();
        await admin.Locator("tr[data-user=prep] button:text-is('启用')").ClickAsync();
        await admin.Locator(".notice", new() { HasText = "已启用 prep" }).WaitForAsync();

        // Preparer: the new password logs in; submit, then withdraw.
        await LoginAsync(prep, "prep", NewPassword);
        await prep.GotoAsync($"/budgets/{id}");
        prep.Dialog += (_, dialog) => dialog.AcceptAsync();
        await prep.ClickAsync("button:text-is('提交审核')");
        await prep.Locator("#status", new() { HasText = "已提交" }).WaitForAsync();
        await prep.GotoAsync($"/budgets/{id}/edit");
        await prep.Locator(".notice.error", new() { HasText = "已提交审核，撤回后才能修改" }).WaitForAsync();
        await prep.ClickAsync("button:text-is('撤回（改回草稿）')");
        await prep.Locator("#status", new() { HasText = "草稿" }).WaitForAsync();
        Assert.Contains("已撤回", await prep.InnerTextAsync("main"));

        // API client: a token from the account page, used on the API page.
        await prep.ClickAsync("#my-account");
        await prep.FillAsync("#label", "浏览器测试");
        await prep.ClickAsync("button:text-is('创建令牌')");
        var token = await prep.InputValueAsync("#new-token");
        Assert.StartsWith("dbt_", token);
        await prep.ClickAsync("a:text-is('API 文档')");
        await prep.Locator("#api-status", new() { HasText = "认证方式" }).WaitForAsync();
        var op = prep.Locator("details[data-op='GET /api/budgets/{id}']");
        await op.Locator("summary").ClickAsync();
        await op.Locator("input[name=id]").FillAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await prep.FillAsync("#api-token", token);
        await op.Locator("button:text-is('发送')").ClickAsync();
        await op.Locator("pre.api-answer[data-status='200']").WaitForAsync();
        Assert.Contains("\"status\": \"draft\"", await op.Locator("pre.api-answer").InnerTextAsync());
        await prep.FillAsync("#api-token", token[..^2] + "xx");
        await op.Locator("button:text-is('发送')").ClickAsync();
        await op.Locator("pre.api-answer[data-status='401']").WaitForAsync();
        Assert.Contains("未能认证", await op.Locator("pre.api-answer").InnerTextAsync());
    }

    private static async Task LoginAsync(IPage page, string user, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button:text-is('登录')");
        await page.WaitForURLAsync(u => !u.Contains("/account/login"));
    }
}
