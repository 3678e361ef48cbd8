using System.Diagnostics;
using DeptBudget.Rendering.Writers;
using UglyToad.PdfPig;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// The renderer survives what made PDF downloads hang for good (issue 15): a browser that died, one that hangs,
/// one left idle, and a document that never finishes — each within its time limit, and the next document prints.
/// </summary>
public class PdfSupervisionTests
{
    private const string Html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/></head><body><p>收入总计 10,902.00</p></body></html>";

    private static PdfRendererOptions Options(double renderSeconds = 45, double idleSeconds = 600, double probeSeconds = 2) =>
        new(TimeSpan.FromSeconds(renderSeconds), TimeSpan.FromSeconds(idleSeconds), TimeSpan.FromSeconds(probeSeconds));

    private static void AssertPrints(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        Assert.Contains("10,902.00", doc.GetPage(1).Text);
    }

    private static void Signal(int pid, string signal)
    {
        using var p = Process.Start(new ProcessStartInfo("kill", $"-{signal} {pid}"))!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public async Task A_killed_browser_is_replaced_and_the_next_document_prints()
    {
        await using var renderer = await PdfRenderer.StartAsync(Options());
        AssertPrints(await renderer.RenderAsync(Html));
        var pid = renderer.BrowserProcessId ?? throw new InvalidOperationException("browser process not found");
        Signal(pid, "KILL");
        await Task.Delay(500);

        AssertPrints(await renderer.RenderAsync(Html));
        Assert.Equal(2, renderer.Launches);
        Assert.NotEqual(pid, renderer.BrowserProcessId);
    }

    [Fact]
    public async Task A_hung_browser_is_found_by_the_probe_killed_and_replaced()
    {
        await using var renderer = await PdfRenderer.StartAsync(Options(probeSeconds: 1));
        AssertPrints(await renderer.RenderAsync(Html));
        var pid = renderer.BrowserProcessId ?? throw new InvalidOperationException("browser process not found");
        Signal(pid, "STOP");   // a process that never answers again, as the idle Chromium of the issue
        try
        {
            var clock = Stopwatch.StartNew();
            AssertPrints(await renderer.RenderAsync(Html));
            // The probe's 1 s and a launch; on a loaded build machine a first print may itself need a second try.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"{clock.Elapsed}");
            Assert.True(renderer.Launches >= 2, $"{renderer.Launches} launches");
            Assert.False(Process.GetProcesses().Any(p => p.Id == pid && !p.HasExited), "the hung browser was not killed");
        }
        finally
        {
            try { Signal(pid, "KILL"); } catch (Exception) { }   // already killed by the renderer
        }
    }

    [Fact]
    public async Task A_browser_idle_past_its_limit_is_replaced_before_the_next_document()
    {
        await using var renderer = await PdfRenderer.StartAsync(Options(idleSeconds: 1));
        AssertPrints(await renderer.RenderAsync(Html));
        Assert.Equal(1, renderer.Launches);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        AssertPrints(await renderer.RenderAsync(Html));
        Assert.Equal(2, renderer.Launches);
        AssertPrints(await renderer.RenderAsync(Html));   // used just now: kept
        Assert.Equal(2, renderer.Launches);
    }

    [Fact]
    public async Task A_document_that_never_finishes_fails_within_its_limit_with_a_Chinese_error_and_the_next_one_prints()
    {
        await using var renderer = await PdfRenderer.StartAsync(Options(renderSeconds: 8));
        var endless = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body><script>for(;;){}</script></body></html>";
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<PdfRenderException>(() => renderer.RenderAsync(endless));
        Assert.Contains("生成 PDF 超时", e.Message);
        Assert.Contains("8 秒", e.Message);
        // Two tries of 8 s, the kills and the launches (seconds each on a loaded build machine): bounded, not endless.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"{clock.Elapsed}");

        AssertPrints(await renderer.RenderAsync(Html));
    }
}
