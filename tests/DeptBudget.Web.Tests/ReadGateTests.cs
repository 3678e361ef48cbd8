using System.Diagnostics;
using DeptBudget.Reading;
using DeptBudget.Reading.Guards;
using DeptBudget.Web.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeptBudget.Web.Tests;

/// <summary>
/// The gate's turns: a client's next request after one answered at its limit waits for it to stop, within a bound; a
/// request's wall limit counts from its arrival, its wait for a turn included.
/// </summary>
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
    public async Task The_wait_for_a_stopping_read_ends_at_the_requests_wall_limit_from_arrival_answered_422_naming_it()
    {
        var gate = Gate(readSeconds: 1, wallSeconds: 3);
        using var stop = new ManualResetEventSlim();
        var stuck = gate.RunAsync("ip:a", () => { stop.Wait(TimeSpan.FromSeconds(30)); return 1; }, default);
        await Assert.ThrowsAsync<IntakeException>(() => stuck);
        var watch = Stopwatch.StartNew();
        var ran = false;
        var e = await Assert.ThrowsAsync<IntakeException>(() => gate.RunAsync("ip:a", () => ran = true, default));
        stop.Set();
        Assert.Equal(422, e.Status);
        Assert.Contains("读取超过 3 秒的时限", e.Message);
        Assert.Contains("排队", e.Message);
        Assert.False(ran);
        // The wall limit from arrival: 3 s here, not the 30 s the stuck work would take, nor the time limit on top of it.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(3.9));
    }

    [Fact]
    public async Task A_request_that_waited_for_its_turn_has_only_the_rest_of_its_wall_limit_to_read_in()
    {
        var gate = Gate(readSeconds: 1, wallSeconds: 3);
        using var stop = new ManualResetEventSlim();
        var stuck = gate.RunAsync("ip:a", () => { stop.Wait(TimeSpan.FromSeconds(30)); return 1; }, default);
        await Assert.ThrowsAsync<IntakeException>(() => stuck);
        var watch = Stopwatch.StartNew();
        // Work that honours the read's limits (as the reader's loops do), ending only at one of them.
        var next = gate.RunAsync("ip:a", UntilALimit, default);
        _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => stop.Set());   // its turn comes 2 s after its arrival
        var e = await Assert.ThrowsAsync<ReadException>(() => next);
        Assert.Contains("读取超过 3 秒的时限", e.Message);
        // Its limit ended 3 s after its arrival, not 3 s after its turn came (5 s).
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(3.9));
    }

    [Fact]
    public async Task Work_that_ignores_its_limits_after_a_wait_is_answered_422_within_the_wall_limit_from_arrival_and_its_grace()
    {
        var gate = Gate(readSeconds: 1, wallSeconds: 3);
        using var stop = new ManualResetEventSlim();
        using var stopNext = new ManualResetEventSlim();
        var stuck = gate.RunAsync("ip:a", () => { stop.Wait(TimeSpan.FromSeconds(30)); return 1; }, default);
        await Assert.ThrowsAsync<IntakeException>(() => stuck);
        var watch = Stopwatch.StartNew();
        var next = gate.RunAsync("ip:a", () => { stopNext.Wait(TimeSpan.FromSeconds(30)); return 2; }, default);
        _ = Task.Delay(TimeSpan.FromSeconds(2)).ContinueWith(_ => stop.Set());
        var e = await Assert.ThrowsAsync<IntakeException>(() => next);
        stopNext.Set();
        Assert.Equal(422, e.Status);
        Assert.Contains("读取超过 3 秒的时限", e.Message);
        // Arrival + 3 s + the answer's grace (1 s): 4 s, where a full limit from its turn gave 6 s.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(3.9), ReadGate.AnswerGrace + TimeSpan.FromSeconds(3.6));
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

    private static int UntilALimit()
    {
        while (true)
        {
            ReadScope.Check("测试");
            Thread.Sleep(10);
        }
    }
}
