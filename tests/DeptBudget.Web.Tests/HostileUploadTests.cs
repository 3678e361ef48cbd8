using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DeptBudget.Testing;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Tests;

/// <summary>
/// The hostile-file suite sent to a real server on a loopback port: each answered 413/415/422 in Chinese
/// within the read limit, the server alive afterwards and a normal check answered in normal time.
/// </summary>
public sealed class HostileUploadTests
{
    private static bool HasChinese(string s) => s.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [Fact]
    public async Task Every_hostile_file_is_refused_within_the_limit_and_the_server_still_answers()
    {
        await using var app = await TestApp.StartAsync(kestrel: true);
        using var client = app.Client();
        client.Timeout = TimeSpan.FromSeconds(60);
        var limit = app.App.Services.GetRequiredService<ReadGate>().WallLimit;
        var failures = new List<string>();
        foreach (var h in HostileFiles.All())
        {
            var watch = Stopwatch.StartNew();
            var response = await client.PostAsync("/api/check", SeedFiles.Upload(h.Bytes, h.Name));
            var body = await response.Content.ReadAsStringAsync();
            watch.Stop();
            var status = (int)response.StatusCode;
            if (status is not (413 or 415 or 422)) failures.Add($"{h.Name}: {status} {body}");
            else if (!HasChinese(JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString() ?? "")) failures.Add($"{h.Name}: detail not Chinese: {body}");
            // The limit, plus the upload itself and the answer's grace second.
            if (watch.Elapsed > limit + TimeSpan.FromSeconds(5)) failures.Add($"{h.Name}: answered after {watch.Elapsed.TotalSeconds:0.0} s");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        var normal = Stopwatch.StartNew();
        var ok = await client.PostAsync("/api/check", SeedFiles.Upload("000"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(normal.Elapsed < TimeSpan.FromSeconds(5), $"normal check after the suite took {normal.Elapsed}");
    }

    [Fact]
    public async Task A_read_over_the_time_limit_is_answered_422_naming_the_limit()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DeptBudget:Limits:ReadSeconds"] = "1", ["DeptBudget:Limits:ReadWallSeconds"] = "1",
        });
        // Work that passes every pre-scan and only the time limit stops: 150 pages of 15,000 words each (the real
        // 171-page PDF no longer serves: a warm process reads it in well under a second).
        var pdf = HostileFiles.PagesOfWords(150, 15_000);
        var watch = Stopwatch.StartNew();
        var response = await app.Client().PostAsync("/api/check", SeedFiles.Upload(pdf, "words.pdf"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("时限", body);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task One_client_runs_one_read_at_a_time_and_a_full_queue_is_answered_429()
    {
        await using var app = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["DeptBudget:Limits:ReadQueuePerClient"] = "1" });
        var gate = app.App.Services.GetRequiredService<ReadGate>();
        using var release = new ManualResetEventSlim();
        var running = 0;
        var maxRunning = 0;
        int Work()
        {
            var now = Interlocked.Increment(ref running);
            lock (gate) maxRunning = Math.Max(maxRunning, now);
            release.Wait(TimeSpan.FromSeconds(5));
            Interlocked.Decrement(ref running);
            return 1;
        }
        var first = gate.RunAsync("ip:a", Work, default);
        var second = gate.RunAsync("ip:a", Work, default);
        var third = gate.RunAsync("ip:a", Work, default);
        var e = await Assert.ThrowsAsync<IntakeException>(() => third);
        Assert.Equal(429, e.Status);
        var other = gate.RunAsync("ip:b", () => 2, default);
        Assert.Equal(2, await other);   // another client is not kept waiting behind the first
        release.Set();
        Assert.Equal(1, await first);
        Assert.Equal(1, await second);
        Assert.Equal(1, maxRunning);
    }

    [Fact]
    public async Task The_check_cache_keeps_answers_only_within_its_byte_limit()
    {
        await using var small = await TestApp.StartAsync(settings: new Dictionary<string, string?> { ["DeptBudget:Limits:CheckCacheBytes"] = "10000" });
        Assert.Equal(HttpStatusCode.OK, (await small.Client().PostAsync("/api/check", SeedFiles.Upload("000"))).StatusCode);
        Assert.Equal(0, small.App.Services.GetRequiredService<CheckCache>().Count);

        await using var normal = await TestApp.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await normal.Client().PostAsync("/api/check", SeedFiles.Upload("000"))).StatusCode);
        Assert.Equal(1, normal.App.Services.GetRequiredService<CheckCache>().Count);
    }

    [Fact]
    public void Findings_are_listed_at_most_a_hundred_per_rule_with_a_count_of_the_rest()
    {
        FindingView F(string rule, string severity) => new(rule, severity, new FindingPlace("t", null, null, null, null), "1", "2", "m");
        var all = Enumerable.Range(0, 250).Select(_ => F("B1", "warning")).Concat([F("C1", "error"), F("C1", "error")]).ToList();
        var capped = CheckService.Capped(all);
        Assert.Equal(100, capped.Count(f => f.Rule == "B1" && f.IsWarning));
        var rest = Assert.Single(capped, f => f.Rule == "B1" && f.Severity == "info");
        Assert.Contains("另有 150 条", rest.Message);
        Assert.Equal(2, capped.Count(f => f.Rule == "C1"));
        var summary = CheckService.Summarise(all);
        Assert.Equal((2, 250), (summary.Errors, summary.Warnings));
        Assert.Equal(103, JsonDocument.Parse(summary.FindingsJson).RootElement.GetArrayLength());
    }
}
