namespace DeptBudget.Reading.Guards;

/// <summary>
/// The time limit and cancellation of the read running on this thread, set by whoever reads on behalf
/// of someone (the web server for a request): every <see cref="Deadline"/> and every <see cref="Check"/>
/// in the reader's loops honours it, so a read stops at its limit or when its client goes, with a
/// <see cref="ReadException"/> naming the limit. Without a scope only the reader's own limits apply.
/// </summary>
public static class ReadScope
{
    private sealed record Scope(CancellationToken Token, TimeSpan Limit, DateTime Until);

    [ThreadStatic] private static Scope? _current;

    /// <summary>Runs the reads that follow on this thread under <paramref name="limit"/> and <paramref name="token"/>.</summary>
    public static IDisposable Enter(TimeSpan limit, CancellationToken token)
    {
        var previous = _current;
        _current = new Scope(token, limit, DateTime.UtcNow + limit);
        return new Exit(previous);
    }

    /// <summary>Stops the read when its time is up or it was cancelled; cheap enough for inner loops.</summary>
    public static void Check(string where)
    {
        var s = _current;
        if (s is null) return;
        if (s.Token.IsCancellationRequested || DateTime.UtcNow > s.Until)
            throw new ReadException($"{where}: 读取超过 {s.Limit.TotalSeconds:0} 秒的时限，已停止（文件过于复杂或请求已取消）");
    }

    private sealed class Exit(Scope? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
