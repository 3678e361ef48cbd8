using System.Diagnostics;
using DeptBudget.Web.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeptBudget.Web.Tests;

/// <summary>The gate's turns: a client's next request after one answered at its limit waits for it to stop, within a bound.</summary>
public sealed class ReadGateTests
{
    private static ReadGate Gate(int readSeconds, int wallSeconds) =>
        new(new DeptBudgetSettings { Limits = new LimitSettings { ReadSeconds = readSeconds, ReadWallSeconds = wallSeconds } }, NullLogger<ReadGate>.Instance);

    [Fact]
    public async Task A_clients_next_request_while_its_previous_read_is_still_stopping_waits_for_it_instead_of_503()
    {
        var gate = Gate(readSeconds: 1, wallSeconds: 3);
        using var stop = new ManualResetEventSlim();
        // Work that does not honour the limit at once (a worker being killed on a loaded machine): it ends 2 s after its answer.
        var stuck = gate.RunAsync("ip:a", () => { stop.Wait(TimeSpan.FromSeconds(20)); return 1; }, default);
        var first = await Assert.ThrowsAsync<IntakeException>(() => stuck);
        Assert.Equal(422, first.Status);
        var watch = Stopwatch.StartNew();
        var next = gate.RunAsync("ip:a", () => 2, default);
        _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => stop.Set());
        Assert.Equal(2, await next);   // waited 2 s, beyond the 1 s time limit, for the previous read to end
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task The_wait_for_a_stopping_read_is_bounded_and_then_answered_503_in_chinese()
    {
        var gate = Gate(readSeconds: 1, wallSeconds: 3);
        using var stop = new ManualResetEventSlim();
        var stuck = gate.RunAsync("ip:a", () => { stop.Wait(TimeSpan.FromSeconds(30)); return 1; }, default);
        await Assert.ThrowsAsync<IntakeException>(() => stuck);
        var watch = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<IntakeException>(() => gate.RunAsync("ip:a", () => 2, default));
        stop.Set();
        Assert.Equal(503, e.Status);
        Assert.Contains("服务器繁忙", e.Message);
        // The time limit, then the wall limit while the previous read stops: 4 s here, not the 30 s the stuck work would take.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(9));
    }

    [Fact]
    public async Task A_request_behind_a_read_still_within_its_limits_is_refused_503_at_the_time_limit()
    {
        var gate = Gate(readSeconds: 1, wallSeconds: 10);
        using var stop = new ManualResetEventSlim();
        var running = gate.RunAsync("ip:a", () => { stop.Wait(TimeSpan.FromSeconds(20)); return 1; }, default);
        var watch = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<IntakeException>(() => gate.RunAsync("ip:a", () => 2, default));
        Assert.Equal(503, e.Status);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(5));
        stop.Set();
        Assert.Equal(1, await running);
    }
}
