using System.Runtime.InteropServices;

namespace DeptBudget.Reading.Guards;

/// <summary>
/// The limits and cancellation of the read running on this thread, set by whoever reads on behalf of
/// someone (the web server for a request): every <see cref="Deadline"/> and every <see cref="Check"/> in
/// the reader's loops honours them, so a read stops at its limit or when its client goes, with a
/// <see cref="ReadException"/> naming the limit. Two limits: the processor time the read itself has used
/// (what it costs the server, the same on a busy machine as on an idle one — Linux; elsewhere wall time),
/// and a wall-clock backstop. Without a scope only the reader's own limits apply.
/// </summary>
public static class ReadScope
{
    private sealed record Scope(CancellationToken Token, TimeSpan Cpu, TimeSpan CpuAtStart, TimeSpan Wall, DateTime WallUntil);

    [ThreadStatic] private static Scope? _current;

    /// <summary>Runs the reads that follow on this thread under the limits and <paramref name="token"/>.</summary>
    public static IDisposable Enter(TimeSpan cpu, TimeSpan wall, CancellationToken token) => Enter(cpu, wall, DateTime.UtcNow + wall, token);

    /// <summary>
    /// As <see cref="Enter(TimeSpan, TimeSpan, CancellationToken)"/>, the wall-clock limit <paramref name="wall"/> ending at
    /// <paramref name="wallUntil"/> (UTC): counted from when the request arrived, so that its wait for a turn counts too.
    /// </summary>
    public static IDisposable Enter(TimeSpan cpu, TimeSpan wall, DateTime wallUntil, CancellationToken token)
    {
        var previous = _current;
        _current = new Scope(token, cpu, ThreadCpu() ?? TimeSpan.Zero, wall, wallUntil);
        return new Exit(previous);
    }

    /// <summary>The wall-clock limit of the read on this thread and when it ends (UTC); null outside a scope.</summary>
    public static (TimeSpan Limit, DateTime Until)? WallClock => _current is { } s ? (s.Wall, s.WallUntil) : null;

    /// <summary>Stops the read when a limit is reached or it was cancelled; cheap enough for inner loops.</summary>
    public static void Check(string where)
    {
        var s = _current;
        if (s is null) return;
        if (s.Token.IsCancellationRequested)
            throw new ReadException($"{where}: 请求已取消，读取已停止");
        if (DateTime.UtcNow > s.WallUntil)
            throw new ReadException($"{where}: 读取超过 {s.Wall.TotalSeconds:0} 秒的时限，已停止（文件过于复杂或服务器繁忙）");
        if (ThreadCpu() is { } cpu && cpu - s.CpuAtStart > s.Cpu)
            throw new ReadException($"{where}: 读取用时超过 {s.Cpu.TotalSeconds:0} 秒（处理器时间）的时限，已停止（文件过于复杂）");
    }

    // CLOCK_THREAD_CPUTIME_ID through the vDSO: tens of nanoseconds.
    private static TimeSpan? ThreadCpu()
    {
        if (!OperatingSystem.IsLinux() || _noClock) return null;
        try
        {
            return clock_gettime(3, out var t) == 0 ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100) : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _noClock = true;
            return null;
        }
    }

    private static bool _noClock;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec time);

    private sealed class Exit(Scope? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
