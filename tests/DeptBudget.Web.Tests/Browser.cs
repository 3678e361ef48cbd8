using Microsoft.Playwright;

namespace DeptBudget.Web.Tests;

/// <summary>Debian's Chromium driven by Playwright, headless, as the browser tests start it.</summary>
internal static class Browser
{
    public static string Chromium => Environment.GetEnvironmentVariable("DEPTBUDGET_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium, Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    public static async Task LoginAsync(IPage page, string user)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", TestApp.Password);
        await page.ClickAsync("button:text-is('登录')");
        // A loaded machine (two cores, several builds) can take long over the password hash.
        await page.WaitForURLAsync(u => !u.Contains("/account/login"), new() { Timeout = 90_000 });
    }

    public static Task<int> ScrollWidth(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
    public static Task<int> ScrollHeight(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
}
