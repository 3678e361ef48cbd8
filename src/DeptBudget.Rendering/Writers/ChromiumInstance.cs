using System.Diagnostics;
using Microsoft.Playwright;

namespace DeptBudget.Rendering.Writers;

/// <summary>
/// One launched Chromium with its page and its operating-system process. Playwright does not say which process
/// it started, so the browser carries a switch of its own (Chromium ignores switches it does not know) and is
/// found by it under /proc: a hung browser does not answer Playwright's close, only a kill ends it.
/// </summary>
internal sealed class ChromiumInstance : IAsyncDisposable
{
    private static readonly TimeSpan CloseLimit = TimeSpan.FromSeconds(5);

    public IBrowser Browser { get; }
    public IPage Page { get; }
    public int? ProcessId { get; }

    private ChromiumInstance(IBrowser browser, IPage page, int? processId) => (Browser, Page, ProcessId) = (browser, page, processId);

    public static async Task<ChromiumInstance> LaunchAsync(IPlaywright playwright, string path, IReadOnlyList<string> flags)
    {
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        if (PdfFonts.WriteFontconfig() is { } fontconfig) env["FONTCONFIG_FILE"] = fontconfig;
        var marker = "--deptbudget-renderer=" + Guid.NewGuid().ToString("N");
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Env = env,
            Headless = true,
            Args = [.. flags, marker],
        });
        try
        {
            return new ChromiumInstance(browser, await browser.NewPageAsync(), FindProcess(marker));
        }
        catch
        {
            await browser.CloseAsync();
            throw;
        }
    }

    /// <summary>The browser process: the one whose command line has the marker and is no child (--type=…).</summary>
    private static int? FindProcess(string marker)
    {
        if (!Directory.Exists("/proc")) return null;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var args = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                if (args.Contains(marker) && !args.Any(a => a.StartsWith("--type=", StringComparison.Ordinal))) return pid;
            }
            catch (IOException) { }          // the process ended while we looked
            catch (UnauthorizedAccessException) { }
        }
        return null;
    }

    /// <summary>Kills the process first (a hung browser never closes), then lets Playwright forget it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (ProcessId is { } pid)
        {
            try
            {
                using var p = Process.GetProcessById(pid);
                p.Kill(entireProcessTree: true);
            }
            catch (ArgumentException) { }             // already gone
            catch (InvalidOperationException) { }
        }
        try { await Browser.CloseAsync().WaitAsync(CloseLimit); }
        catch (Exception e) when (e is TimeoutException or PlaywrightException) { }
    }
}
