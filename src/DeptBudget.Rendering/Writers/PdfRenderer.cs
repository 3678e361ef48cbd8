using Microsoft.Playwright;

namespace DeptBudget.Rendering.Writers;

/// <summary>
/// HTML → PDF through headless Chromium driven by Playwright. One browser is kept warm per instance
/// (dispose it to close Chromium); each document gets a fresh page. The network is closed on the build
/// machines, so Chromium is started with every background-connection feature off — without those flags
/// it waits on connections that never come.
/// </summary>
public sealed class PdfRenderer : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;
    // One warm page, one document at a time: a new page per document costs a renderer round trip.
    private readonly SemaphoreSlim _gate = new(1, 1);

    private PdfRenderer(IPlaywright playwright, IBrowser browser, IPage page) => (_playwright, _browser, _page) = (playwright, browser, page);

    /// <summary>Chromium from DEPTBUDGET_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("DEPTBUDGET_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static async Task<PdfRenderer> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new FileNotFoundException($"Chromium not found at {ChromiumPath}; install chromium or set DEPTBUDGET_CHROMIUM");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
            if (PdfFonts.WriteFontconfig() is { } fontconfig) env["FONTCONFIG_FILE"] = fontconfig;
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Env = env,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--font-render-hinting=none"],
            });
            return new PdfRenderer(playwright, browser, await browser.NewPageAsync());
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Prints the HTML: A4 (landscape where the CSS names the wide page). Page numbers come from the
    /// HTML's own @page margin boxes: Chromium's header/footer templates render one more document per page.
    /// </summary>
    public async Task<byte[]> RenderAsync(string html)
    {
        var page = _page;
        await _gate.WaitAsync();
        try
        {
            // The HTML is self-contained (no external resources): setting it is enough, nothing loads.
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            await page.EvaluateAsync("() => document.fonts.ready");
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PreferCSSPageSize = true,
                PrintBackground = true,
                DisplayHeaderFooter = false,
                // Outline and tagged PDF each added seconds to 001 (1.4 MB → 1.0 MB without them).
                Outline = false,
                Tagged = false,
            });
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
