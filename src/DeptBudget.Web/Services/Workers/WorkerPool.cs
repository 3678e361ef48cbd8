using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Reading.Guards;

namespace DeptBudget.Web.Services.Workers;

/// <summary>
/// Reads uploads in `deptbudget read-worker` processes, each watched while it reads and killed (with
/// anything it started) when it passes the processor-time, wall-clock or memory limit, or when the client
/// goes; the answer is then 422 naming the limit. A stack overflow or any other crash of the worker costs
/// the worker, not the server. A few idle workers are kept warm (started and their code compiled by
/// earlier reads), because a fresh worker's first read costs far more than the read itself.
/// </summary>
public sealed class WorkerPool : IUploadReader, IDisposable
{
    // How often a running read is looked at; the overrun past a limit is at most this (plus a memory burst within it).
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    // The worker stops itself at the limits (its loops check them) and answers with the place it reached;
    // the kill comes only if it did not, after this grace. Its GC and compiler threads count against CPU too.
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);

    private readonly string _program;
    private readonly DeptBudgetSettings _settings;
    private readonly ILogger<WorkerPool> _log;
    private readonly ConcurrentQueue<WorkerProcess> _idle = [];
    // Counts the workers in _idle: a read waits on it for the next warm worker.
    private readonly SemaphoreSlim _available = new(0);
    private readonly Lazy<ReadRequest?> _warmUp;
    private int _starting, _waiting, _takesThatWaited;
    private Exception? _startFailure;
    private readonly Lock _replenishing = new();
    private readonly ShortReadsFirst _running = new();
    private volatile bool _disposed;

    public WorkerPool(string program, DeptBudgetSettings settings, ILogger<WorkerPool> log)
    {
        (_program, _settings, _log) = (program, settings, log);
        _warmUp = new(() => WarmUpRequest(settings));
        Replenish();
    }

    private long MemoryBytes => Math.Max(64, _settings.Limits.ReadWorkerMemoryMB) * 1024L * 1024;
    private TimeSpan Cpu => TimeSpan.FromSeconds(Math.Max(1, _settings.Limits.ReadSeconds));
    private static string WallLimitReached(TimeSpan wall) => $"读取超过 {wall.TotalSeconds:0} 秒的时限，已停止（文件过于复杂或服务器繁忙）";
    private TimeSpan Wall => TimeSpan.FromSeconds(Math.Max(_settings.Limits.ReadSeconds, _settings.Limits.ReadWallSeconds));

    public Disclosure Read(byte[] content, string name, CancellationToken aborted) =>
        Read([new UploadFile(name, content)], _settings.Limits.MaxUploadBytes, aborted);

    public Disclosure Read(IReadOnlyList<UploadFile> files, long maxTotalBytes, CancellationToken aborted) =>
        Load(Ask(Request(files, maxTotalBytes, check: false), aborted));

    /// <summary>The checks run in the worker too, so that checks a crafted budget makes slow are stopped at the read's limits.</summary>
    public CheckedUpload ReadAndCheck(byte[] content, string name, CancellationToken aborted)
    {
        var answer = Ask(Request([new UploadFile(name, content)], _settings.Limits.MaxUploadBytes, check: true), aborted);
        var disclosure = Load(answer);
        CheckedFindings? findings;
        try { findings = answer.Findings is null ? null : JsonSerializer.Deserialize<CheckedFindings>(answer.Findings, CheckService.Json); }
        catch (JsonException e) { throw new InvalidOperationException("read worker answered findings that do not load: " + e.Message, e); }
        if (findings is null) throw new InvalidOperationException("read worker answered no findings to a check");
        return new CheckedUpload(disclosure, findings.Findings, findings.Errors, findings.Warnings);
    }

    private ReadRequest Request(IReadOnlyList<UploadFile> files, long maxTotalBytes, bool check)
    {
        // Refused here, before the bytes are copied to a worker: more files than one disclosure has.
        if (files.Count == 0) throw new IntakeException(400, "请选择文件");
        if (files.Count > Intake.MaxFiles) throw new IntakeException(400, $"一份预算最多 {Intake.MaxFiles} 个文件，收到 {files.Count} 个");
        return new ReadRequest([.. files.Select(f => f with { Name = Path.GetFileName(f.Name) })],
            (int)Cpu.TotalMilliseconds, (int)Wall.TotalMilliseconds, _settings.Limits.MaxUploadBytes, maxTotalBytes, check);
    }

    private Disclosure Load(ReadAnswer answer)
    {
        Replenish();
        if (answer.Status == 200)
        {
            try { return BudgetJson.Deserialize(answer.Text); }
            catch (BudgetJsonException e) { throw new InvalidOperationException("read worker answered JSON that does not load: " + e.Message, e); }
        }
        if (answer.Status >= 500) throw new InvalidOperationException("read worker failed: " + answer.Text);
        throw new IntakeException(answer.Status, answer.Text);
    }

    private ReadAnswer Ask(ReadRequest request, CancellationToken aborted)
    {
        // The wall limit counts from the request's arrival at the gate (the ReadScope of the gate's read thread): its
        // wait there and here for a worker are part of it. Outside a gate (tools, tests) it counts from here.
        var (wall, until) = ReadScope.WallClock ?? (Wall, DateTime.UtcNow + Wall);
        var taking = Stopwatch.StartNew();
        var worker = Take(aborted, until, wall);
        var taken = taking.Elapsed;
        var cpuBefore = worker.Usage().Cpu;
        var keep = false;
        try
        {
            var left = until - DateTime.UtcNow;
            // Nothing left to read in: the worker, unused, goes back warm.
            if (left <= TimeSpan.Zero) { keep = true; throw new IntakeException(422, WallLimitReached(wall)); }
            request = request with
            {
                WallMilliseconds = (int)wall.TotalMilliseconds,
                WallLeftMilliseconds = (int)Math.Clamp(left.TotalMilliseconds, 1, wall.TotalMilliseconds),
            };
            try { ReadFrames.WriteRequest(worker.Input, request); }
            catch (IOException)
            {
                // An idle worker that has gone (killed from outside, or the machine reclaimed it): one fresh try.
                worker.Kill();
                worker.Dispose();
                worker = WorkerProcess.Start(_program, MemoryBytes);
                ReadFrames.WriteRequest(worker.Input, request);
            }
            var answer = Watch(worker, aborted, taking, until, wall, request.StartsLong);
            _log.LogDebug("read worker {Pid} (taken in {Take:0} ms): {Name} answered {Status} in {Ms:0} ms, {Cpu:0} ms of processor",
                worker.Id, taken.TotalMilliseconds, request.Files[0].Name, answer.Status, (taking.Elapsed - taken).TotalMilliseconds, (worker.Usage().Cpu - cpuBefore).TotalMilliseconds);
            keep = !answer.Retire && !Retires(++worker.Served) && worker.Usage().Resident < MemoryBytes / 2;
            return answer;
        }
        finally
        {
            // As many as can read at once stay started: a worker given back is warm, a new one costs ~1 s.
            if (keep && !_disposed && _idle.Count < MaxIdle) Give(worker);
            else worker.Dispose();
        }
    }

    // On the gate's read thread, which may block: the worker's answer arrives asynchronously while its use is watched.
    // The wall-clock limit ends at until (the request's arrival and its limit); started counts from the read's start, for logs.
    private ReadAnswer Watch(WorkerProcess worker, CancellationToken aborted, Stopwatch started, DateTime until, TimeSpan wall, bool startsLong)
    {
        var answering = ReadFrames.ReadAnswerAsync(worker.Output, maxText: MaxAnswerBytes);
        var cpuAtStart = worker.Usage().Cpu;
        var read = _running.Enter(worker, startsLong);
        try { return Watch(worker, aborted, started, until, wall, answering, cpuAtStart, read, startsLong); }
        finally { _running.Leave(read); }
    }

    private ReadAnswer Watch(WorkerProcess worker, CancellationToken aborted, Stopwatch started, DateTime until, TimeSpan wall,
        Task<ReadAnswer?> answering, TimeSpan cpuAtStart, ShortReadsFirst.Read read, bool isLong)
    {
        while (!answering.Wait(Poll))
        {
            var (cpu, resident) = worker.Usage();
            if (!isLong && cpu - cpuAtStart > ReadGate.DemoteAfter) { isLong = true; _running.BecameLong(read); }
            string? limit =
                aborted.IsCancellationRequested ? "请求已取消，读取已停止"
                : resident > MemoryBytes ? $"读取所需内存超过 {MemoryBytes >> 20} MB 的上限，已停止（文件过于复杂）"
                : cpu - cpuAtStart > Cpu + Grace ? $"读取用时超过 {Cpu.TotalSeconds:0} 秒（处理器时间）的时限，已停止（文件过于复杂）"
                : DateTime.UtcNow > until + Grace ? WallLimitReached(wall)
                : null;
            if (limit is null) continue;
            worker.Kill();
            _log.LogWarning("Read worker {Pid} killed after {Seconds:0.0} s ({Cpu:0.0} s CPU, {Mb} MB): {Limit}",
                worker.Id, started.Elapsed.TotalSeconds, (cpu - cpuAtStart).TotalSeconds, resident >> 20, limit);
            throw new IntakeException(422, limit);
        }
        ReadAnswer? answer;
        try { answer = answering.GetAwaiter().GetResult(); }
        catch (InvalidDataException e) { worker.Kill(); throw new IntakeException(422, "读取结果超过上限，已停止（文件过于复杂）：" + e.Message); }
        if (answer is not null) return answer;
        // The worker ended without answering: a crash only a process can survive (stack overflow, abort).
        worker.Kill();
        _log.LogWarning("Read worker {Pid} ended without answering after {Seconds:0.0} s", worker.Id, started.Elapsed.TotalSeconds);
        throw new IntakeException(422, "读取进程意外终止（文件结构过深或已损坏），已停止");
    }

    // The canonical JSON of the largest real disclosures is a few MB; an answer this large is refused, not loaded.
    private int MaxAnswerBytes => (int)Math.Min(int.MaxValue / 2, Math.Max(64L << 20, 4 * _settings.Limits.MaxUploadBytes));

    /// <summary>
    /// Whether a worker that has read <paramref name="served"/> uploads is replaced now: past
    /// <see cref="LimitSettings.ReadsPerWorker"/>, once as many others as are kept warm wait idle. Replaced at the
    /// count, the workers started with the server went within a few reads of each other (their reads rotate), and a
    /// normal check waited 3.1 s for a new one to start and compile (issue 17). Kept a little longer, each goes when its
    /// replacement — started when a take leaves fewer idle than are kept warm — is ready. Under a load that never leaves
    /// that many idle, a worker lives on past the count; its memory is still watched after every read.
    /// </summary>
    private bool Retires(int served) =>
        served >= Math.Max(1, _settings.Limits.ReadsPerWorker) && _idle.Count >= Math.Max(1, _settings.Limits.ReadWorkersWarm);

    /// <summary>Takes that found no idle worker and waited for one to be given back or started (for tests and logs).</summary>
    public int TakesThatWaited => Volatile.Read(ref _takesThatWaited);

    /// <summary>Warm workers waiting for a read now (for tests and logs).</summary>
    public int IdleCount => _idle.Count;

    private int MaxIdle => Math.Max(Math.Max(0, _settings.Limits.ReadWorkersWarm), _settings.Limits.ReadConcurrency + _settings.Limits.LongReadConcurrency);

    /// <summary>
    /// The next warm worker. A read never starts a cold one itself: when none is idle it waits for the first
    /// that is given back or has finished starting in the background (issue 17: with four hostile reads holding
    /// the four warm workers, a normal check that started its own worker waited 16 s for it to start and compile
    /// on a loaded machine). Every take starts a replacement in the background at once, so that the warm ones
    /// stay as many as configured while others read.
    /// </summary>
    private WorkerProcess Take(CancellationToken aborted, DateTime until, TimeSpan wall)
    {
        WorkerProcess? taken = null;
        Interlocked.Increment(ref _waiting);
        var tries = 0;
        try
        {
            while (taken is null)
            {
                Replenish();
                if (_available.Wait(tries++ == 0 ? TimeSpan.Zero : Poll) && _idle.TryDequeue(out var w))
                {
                    if (!w.HasExited) { taken = w; break; }
                    w.Dispose();
                    continue;
                }
                if (aborted.IsCancellationRequested) throw new IntakeException(422, "请求已取消，读取已停止");
                // Workers cannot be started (the program is missing or broken): the reason, not an endless wait.
                if (Volatile.Read(ref _startFailure) is { } e && Volatile.Read(ref _starting) == 0)
                    throw new InvalidOperationException("cannot start a read worker: " + e.Message, e);
                if (DateTime.UtcNow > until) throw new IntakeException(422, WallLimitReached(wall));
            }
        }
        finally { Interlocked.Decrement(ref _waiting); }
        if (tries > 1) Interlocked.Increment(ref _takesThatWaited);
        Replenish();   // the one taken is replaced while it reads
        return taken;
    }

    private void Give(WorkerProcess w)
    {
        _idle.Enqueue(w);
        _available.Release();
    }

    /// <summary>Starts workers in the background until the idle ones (and those starting) are as many as configured and as the reads waiting.</summary>
    private void Replenish()
    {
        lock (_replenishing) StartMissing();
    }

    // Under the lock: two reads counting at once would both start the missing workers.
    private void StartMissing()
    {
        var want = Math.Max(Math.Max(0, _settings.Limits.ReadWorkersWarm), Volatile.Read(ref _waiting)) - _idle.Count - Volatile.Read(ref _starting);
        for (var i = 0; i < want && !_disposed; i++)
        {
            Interlocked.Increment(ref _starting);
            // Its own thread: starting and warming a worker blocks for a second or more, which the thread pool must not pay.
            new Thread(() =>
            {
                try
                {
                    var w = WorkerProcess.Start(_program, MemoryBytes);
                    WarmUp(w);   // at the long reads' priority (the worker's first read): never ahead of a short read
                    // Kept as a worker given back is (up to MaxIdle), so that a replacement started at a take is not
                    // thrown away when the taken one comes back (that churn cost a start per read); without warm workers
                    // configured, only while a read waits for it (the one it was started for may have gone).
                    var wanted = Volatile.Read(ref _waiting) > 0 || (_settings.Limits.ReadWorkersWarm > 0 && _idle.Count < MaxIdle);
                    if (_disposed || w.HasExited || !wanted) w.Dispose();
                    else Give(w);
                    _startFailure = null;
                }
                catch (Exception e)
                {
                    _startFailure = e;
                    _log.LogError(e, "Cannot start the read worker {Program}", _program);
                }
                finally { Interlocked.Decrement(ref _starting); }
            }) { IsBackground = true, Name = "deptbudget-worker-start" }.Start();
        }
    }

    // A fresh worker takes ~0.35 s to start and its first read ~0.6 s more to compile the reader (10× a warm
    // read, measured on seed 000): a warm worker has read the smallest sample once before it is given uploads.
    private static ReadRequest? WarmUpRequest(DeptBudgetSettings settings)
    {
        var dir = StartupInitializer.SamplesDirectory(settings);
        var file = dir is null ? null : new DirectoryInfo(dir).GetFiles("*.txt").OrderBy(f => f.Length).FirstOrDefault();
        // Checked too: the first check in a process compiles the rules, as costly again as the reader's first read.
        return file is null ? null : new ReadRequest([new UploadFile(file.Name, File.ReadAllBytes(file.FullName))], 10_000, 30_000,
            settings.Limits.MaxUploadBytes, settings.Limits.MaxUploadBytes, Check: true);
    }

    private void WarmUp(WorkerProcess w)
    {
        if (_warmUp.Value is not { } request) return;
        try
        {
            ReadFrames.WriteRequest(w.Input, request);
            var answer = ReadFrames.ReadAnswerAsync(w.Output, MaxAnswerBytes);
            if (!answer.Wait(TimeSpan.FromSeconds(60)) || answer.Result is null) w.Kill();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or AggregateException) { w.Kill(); }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var w)) w.Dispose();
    }
}
