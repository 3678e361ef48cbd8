namespace DeptBudget.Web.Services.Workers;

/// <summary>
/// The processor for short reads first. A read is short until its worker has used <see cref="ReadGate.DemoteAfter"/>
/// of processor time (a normal check's read uses a tenth of that); then it is long. While any short read runs,
/// only the oldest long read keeps running and the others' workers are paused (SIGSTOP), so that on two cores
/// four hostile uploads cannot hold the processor a normal check needs (issue 17: lowering them to nice 5 still
/// left them two thirds of the cores' weight against two normal reads). When no short read runs, all long reads
/// run again (SIGCONT). A paused read's wall-clock limit keeps counting, so a pause never makes a request outlast it;
/// the oldest long read always runs, so a legitimate big document still progresses while the site is busy.
/// A worker being started and warmed (≈1 s of processor time compiling the reader and the rules) is paused too while
/// any short read runs: hostile uploads killed at their limits are replaced at their own rate, and those replacements
/// at full priority took the processor from the normal checks (p99 under 4 hostile clients 3–6× quiet).
/// </summary>
internal sealed class ShortReadsFirst
{
    private readonly Lock _lock = new();
    private readonly List<Read> _short = [];
    private readonly List<Read> _long = [];   // in the order they became long
    private readonly List<Read> _warming = [];

    internal sealed class Read(WorkerProcess worker)
    {
        public WorkerProcess Worker { get; } = worker;
        public bool Paused { get; set; }
    }

    /// <summary>A read starting: short until <see cref="BecameLong"/>.</summary>
    public Read Enter(WorkerProcess worker) => Add(_short, worker);

    /// <summary>A worker starting and warming up: it runs only while no short read does.</summary>
    public Read Warming(WorkerProcess worker) => Add(_warming, worker);

    private Read Add(List<Read> to, WorkerProcess worker)
    {
        var read = new Read(worker);
        lock (_lock)
        {
            to.Add(read);
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
            _short.Remove(read);
            _long.Remove(read);
            _warming.Remove(read);
            if (read.Paused) { read.Worker.Resume(); read.Paused = false; }
            Apply();
        }
    }

    /// <summary>Workers paused now (for tests and logs).</summary>
    public int PausedCount { get { lock (_lock) return _long.Count(r => r.Paused) + _warming.Count(r => r.Paused); } }

    // Under the lock.
    private void Apply()
    {
        var shortRunning = _short.Count > 0;
        for (var i = 0; i < _long.Count; i++)
        {
            var read = _long[i];
            var pause = shortRunning && i > 0;
            if (pause == read.Paused) continue;
            if (pause) read.Worker.Pause(); else read.Worker.Resume();
            read.Paused = pause;
        }
        foreach (var read in _warming)
        {
            if (shortRunning == read.Paused) continue;
            if (shortRunning) read.Worker.Pause(); else read.Worker.Resume();
            read.Paused = shortRunning;
        }
    }
}
