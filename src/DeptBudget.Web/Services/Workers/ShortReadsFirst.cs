namespace DeptBudget.Web.Services.Workers;

/// <summary>
/// The processor for short reads first. A read is short until its worker has used <see cref="ReadGate.DemoteAfter"/>
/// of processor time (a normal check's read uses a tenth of that); then it is long. An upload of a megabyte or more
/// is long from its start (<see cref="ReadGate.StartsLong"/>). While short reads run, only the oldest long read keeps
/// running and the others' workers are paused (SIGSTOP), so that on two cores four hostile uploads cannot hold the
/// processor a normal check needs (issue 17: lowering them to nice 5 still left them two thirds of the cores' weight
/// against two normal reads). When no short read has run for <see cref="QuietBeforeResume"/>, all long reads run
/// again (SIGCONT). A paused read's wall-clock limit keeps counting, so a pause never makes a request outlast it; the
/// oldest long read always runs (at low priority, <see cref="LongReads.WorkerNice"/>), so a legitimate big document
/// still progresses while the site is busy.
/// A worker being started and warmed is not paused: its warm-up read runs at the long reads' priority
/// (<see cref="ReadWorker"/>). Paused, under a steady stream of short reads it never finished, the warm workers ran
/// out, and a normal check waited 1.3 s for one (issue 17).
/// </summary>
internal sealed class ShortReadsFirst
{
    /// <summary>
    /// Paused reads resume only when no short read has run for this long. A normal check spends part of its time in
    /// the server (its answer's JSON, the response) between its worker's read and the next request's: resumed at
    /// once in those gaps, four hostile workers took the cores from the server's part of the checks (issue 17: the
    /// workers used 1.1 of the 2 cores under four hostile clients, p50 of the checks 2.7× quiet).
    /// </summary>
    public static readonly TimeSpan DefaultQuietBeforeResume = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private readonly List<Read> _short = [];
    private readonly List<Read> _long = [];   // in the order they became long
    // When the last short read ended.
    private long _shortEndedAt = long.MinValue / 2;
    private readonly Timer _resume;

    public ShortReadsFirst() : this(DefaultQuietBeforeResume) { }

    public ShortReadsFirst(TimeSpan quietBeforeResume)
    {
        QuietBeforeResume = quietBeforeResume;
        _resume = new Timer(_ => { lock (_lock) Apply(); });
    }

    public TimeSpan QuietBeforeResume { get; }

    internal sealed class Read(WorkerProcess worker)
    {
        public WorkerProcess Worker { get; } = worker;
        public bool Paused { get; set; }
    }

    /// <summary>A read starting: short, or long from its start (<see cref="ReadGate.StartsLong"/>).</summary>
    public Read Enter(WorkerProcess worker, bool isLong = false)
    {
        var read = new Read(worker);
        lock (_lock)
        {
            (isLong ? _long : _short).Add(read);
            Apply();
        }
        return read;
    }

    public void BecameLong(Read read)
    {
        lock (_lock)
        {
            if (!_short.Remove(read)) return;
            _long.Add(read);
            Apply();
        }
    }

    /// <summary>The read ended (answered, or its worker killed): it runs again if paused, and the others are rearranged.</summary>
    public void Leave(Read read)
    {
        lock (_lock)
        {
            if (_short.Remove(read) && _short.Count == 0) _shortEndedAt = Environment.TickCount64;
            _long.Remove(read);
            if (read.Paused) { read.Worker.Resume(); read.Paused = false; }
            Apply();
        }
    }

    /// <summary>Workers paused now (for tests and logs).</summary>
    public int PausedCount { get { lock (_lock) return _long.Count(r => r.Paused); } }

    // Under the lock.
    private void Apply()
    {
        // In milliseconds: before any short read ended the difference is beyond what a TimeSpan holds.
        var quietMs = Environment.TickCount64 - _shortEndedAt;
        var shortRunning = _short.Count > 0 || quietMs < (long)QuietBeforeResume.TotalMilliseconds;
        // Looked at again when the quiet time is over, so that the paused reads resume then.
        if (_short.Count == 0 && shortRunning) _resume.Change(TimeSpan.FromMilliseconds(QuietBeforeResume.TotalMilliseconds - quietMs + 1), Timeout.InfiniteTimeSpan);
        for (var i = 0; i < _long.Count; i++)
        {
            var read = _long[i];
            var pause = shortRunning && i > 0;
            if (pause == read.Paused) continue;
            if (pause) read.Worker.Pause(); else read.Worker.Resume();
            read.Paused = pause;
        }
    }
}
