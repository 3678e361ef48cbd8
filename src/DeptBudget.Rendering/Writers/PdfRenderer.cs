using Microsoft.Playwright;

namespace DeptBudget.Rendering.Writers;

/// <summary>
/// HTML → PDF through headless Chromium driven by Playwright. One browser and one page are kept warm per
/// instance (dispose it to close Chromium), one document at a time; a browser that died is started again
/// on the next document. The network is closed on the build machines, so Chromium is started with every
/// background-connection feature off — without those flags it waits on connections that never come.
/// </summary>
public sealed class PdfRenderer : IAsyncDisposable
{
    // Chromium in one process: our HTML is our own (no scripts, no network), and the hops between
    // browser, renderer and print-compositor processes cost ~50 ms of a 29-page document.
    private static readonly string[] Flags = ["--headless", "--single-process", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--font-render-hinting=none"];

    // Printing lays the document out for paper; the screen layout before and after it is wasted work
    // (~30 ms for 001), so the screen sees an empty body.
    private const string NoScreenLayout = "<style>@media screen { body { display: none } }</style>";

    private readonly IPlaywright _playwright;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IBrowser _browser;
    private IPage _page;

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
            var (browser, page) = await LaunchAsync(playwright);
            return new PdfRenderer(playwright, browser, page);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    private static async Task<(IBrowser, IPage)> LaunchAsync(IPlaywright playwright)
    {
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        if (PdfFonts.WriteFontconfig() is { } fontconfig) env["FONTCONFIG_FILE"] = fontconfig;
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Env = env,
            Headless = true,
            Args = Flags,
        });
        return (browser, await browser.NewPageAsync());
    }

    /// <summary>
    /// Prints the HTML: A4 (landscape where the CSS names the wide page). Page numbers come from the
    /// HTML's own @page margin boxes: Chromium's header/footer templates render one more document per page.
    /// </summary>
    public async Task<byte[]> RenderAsync(string html)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_browser.IsConnected || _page.IsClosed)
            {
                await _browser.CloseAsync();
                (_browser, _page) = await LaunchAsync(_playwright);
            }
            var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
            var printOnly = head < 0 ? html : html.Insert(head, NoScreenLayout);
            // The HTML is self-contained (no external resources): setting it is enough, nothing loads.
            await _page.SetContentAsync(printOnly, new PageSetContentOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            await _page.EvaluateAsync("() => document.fonts.ready");
            return await _page.PdfAsync(new PagePdfOptions
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
        _gate.Dispose();
    }
}
