using Microsoft.Playwright;

namespace DeptBudget.Rendering.Writers;

/// <summary>Limits of the supervised Chromium.</summary>
/// <param name="RenderTimeout">One document's longest print; past it the browser is killed and started again.</param>
/// <param name="IdleRecycle">A browser idle this long is replaced before the next document: an idle Chromium
/// was seen to hang every later print (issue 15), and a fresh start costs well under a second.</param>
/// <param name="ProbeTimeout">How long a warm page may take to answer a trivial script before it counts as hung.</param>
public sealed record PdfRendererOptions(TimeSpan RenderTimeout, TimeSpan IdleRecycle, TimeSpan ProbeTimeout)
{
    public static PdfRendererOptions Default { get; } = new(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5));
}

/// <summary>A document could not be printed within its limits; the message is for the user (Chinese).</summary>
public sealed class PdfRenderException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// HTML → PDF through headless Chromium driven by Playwright, supervised. One browser and one page are kept
/// warm per instance (dispose it to close Chromium), one document at a time. Before a document the browser is
/// replaced when it died, was idle past <see cref="PdfRendererOptions.IdleRecycle"/>, or does not answer a
/// probe; each print has a time limit, after which the browser process is killed (a hung Chromium does not
/// close when asked) and the document is tried once more on a fresh browser before a Chinese error is thrown.
/// The network is closed on the build machines, so Chromium is started with every background-connection
/// feature off — without those flags it waits on connections that never come.
/// </summary>
public sealed class PdfRenderer : IAsyncDisposable
{
    // Chromium in one process: our HTML is our own (no scripts, no network), and the hops between
    // browser, renderer and print-compositor processes cost ~50 ms of a 29-page document.
    private static readonly string[] Flags = ["--headless", "--single-process", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--font-render-hinting=none",
        // An idle headless page must not be throttled or frozen between documents.
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"];

    // Printing lays the document out for paper; the screen layout before and after it is wasted work
    // (~30 ms for 001), so the screen sees an empty body.
    // Starting Chromium takes ~0.5 s, several seconds on a loaded machine; independent of the document's limit.
    private static readonly TimeSpan LaunchLimit = TimeSpan.FromSeconds(30);

    private const string NoScreenLayout = "<style>@media screen { body { display: none } }</style>";

    private readonly IPlaywright _playwright;
    private readonly PdfRendererOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ChromiumInstance? _chromium;
    private DateTime _lastUsed;

    private PdfRenderer(IPlaywright playwright, PdfRendererOptions options) => (_playwright, _options) = (playwright, options);

    /// <summary>Chromium from DEPTBUDGET_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("DEPTBUDGET_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>The operating-system process of the current browser (for diagnostics and the supervision tests).</summary>
    public int? BrowserProcessId => _chromium?.ProcessId;

    /// <summary>How many browsers this renderer has started (the first one included).</summary>
    public int Launches { get; private set; }

    public static Task<PdfRenderer> StartAsync() => StartAsync(PdfRendererOptions.Default);

    public static async Task<PdfRenderer> StartAsync(PdfRendererOptions options)
    {
        if (!File.Exists(ChromiumPath))
            throw new FileNotFoundException($"Chromium not found at {ChromiumPath}; install chromium or set DEPTBUDGET_CHROMIUM");
        var playwright = await Playwright.CreateAsync();
        var renderer = new PdfRenderer(playwright, options);
        try
        {
            await renderer.RelaunchAsync();
            return renderer;
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
    public async Task<byte[]> RenderAsync(string html, CancellationToken ct = default)
    {
        if (!await _gate.WaitAsync(_options.RenderTimeout * 2, ct))
            throw new PdfRenderException($"生成 PDF 的队列已等待超过 {(_options.RenderTimeout * 2).TotalSeconds:0} 秒（前面的文档仍在生成），请稍后重试。");
        try
        {
            var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
            var printOnly = head < 0 ? html : html.Insert(head, NoScreenLayout);
            for (var attempt = 1; ; attempt++)
            {
                await EnsureHealthyAsync(ct);
                try
                {
                    return await PrintAsync(_chromium!.Page, printOnly, ct);
                }
                catch (Exception e) when (!ct.IsCancellationRequested && e is TimeoutException or PlaywrightException or OperationCanceledException)
                {
                    // Hung or crashed mid-document: the browser is replaced either way.
                    await KillAsync();
                    if (attempt == 2)
                        throw new PdfRenderException(e is PlaywrightException
                            ? $"生成 PDF 失败：浏览器（Chromium）在打印时退出，已重新启动，请重试。"
                            : $"生成 PDF 超时：超过 {_options.RenderTimeout.TotalSeconds:0} 秒仍未完成，已重新启动浏览器（Chromium），请稍后重试。", e);
                }
            }
        }
        finally
        {
            _lastUsed = DateTime.UtcNow;
            _gate.Release();
        }
    }

    private async Task<byte[]> PrintAsync(IPage page, string html, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(_options.RenderTimeout);
        var ms = (float)_options.RenderTimeout.TotalMilliseconds;
        // Playwright's own timeouts cover its calls; the token also covers a page that never answers at all.
        var print = Task.Run(async () =>
        {
            // The HTML is self-contained (no external resources): setting it is enough, nothing loads.
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = ms });
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
        }, CancellationToken.None);
        return await print.WaitAsync(limit.Token);
    }

    /// <summary>A browser that is connected, recently used and answers a trivial script; otherwise a new one.</summary>
    private async Task EnsureHealthyAsync(CancellationToken ct)
    {
        var c = _chromium;
        if (c is not null && c.Browser.IsConnected && !c.Page.IsClosed && DateTime.UtcNow - _lastUsed < _options.IdleRecycle)
        {
            try
            {
                await c.Page.EvaluateAsync("() => 1").WaitAsync(_options.ProbeTimeout, ct);
                return;
            }
            catch (Exception e) when (!ct.IsCancellationRequested && e is TimeoutException or PlaywrightException) { }
        }
        await KillAsync();
        await RelaunchAsync();
    }

    private async Task RelaunchAsync()
    {
        var launch = ChromiumInstance.LaunchAsync(_playwright, ChromiumPath, Flags);
        try
        {
            _chromium = await launch.WaitAsync(LaunchLimit);
        }
        catch (TimeoutException e)
        {
            // A launch that finishes after all must not leave its browser behind.
            _ = launch.ContinueWith(t => t.Result.DisposeAsync().AsTask(), TaskContinuationOptions.OnlyOnRanToCompletion);
            throw new PdfRenderException($"生成 PDF 失败：浏览器（Chromium）{LaunchLimit.TotalSeconds:0} 秒内未能启动，请稍后重试。", e);
        }
        Launches++;
        _lastUsed = DateTime.UtcNow;
    }

    private async Task KillAsync()
    {
        if (_chromium is { } c)
        {
            _chromium = null;
            await c.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _playwright.Dispose();
        _gate.Dispose();
    }
}
