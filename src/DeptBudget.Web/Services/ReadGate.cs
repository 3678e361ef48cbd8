using System.Collections.Concurrent;
using DeptBudget.Reading.Guards;

namespace DeptBudget.Web.Services;

/// <summary>
/// Where every read and check of an uploaded file runs. At most <see cref="LimitSettings.ReadConcurrency"/>
/// run at once and each client (address, or user when signed in) one at a time with a short queue, so a
/// few hostile uploads cannot take every core from other users. Each runs under the request's time limit
/// and cancellation (<see cref="ReadScope"/>, honoured by the reader's loops) on its own thread with a large
/// stack; the answer comes at the limit even if the work has not yet reached a check, and its slot stays
/// taken until the work has really stopped, so runaway work cannot pile up. A read still running after
/// <see cref="DemoteAfter"/> moves, when there is room, from the normal slots to the long-read slots
/// (<see cref="LimitSettings.LongReadConcurrency"/>), so that a few clients' big or hostile uploads do not
/// keep everybody's short checks waiting for a slot.
/// </summary>
public sealed class ReadGate(DeptBudgetSettings settings, ILogger<ReadGate> log)
{
    // Deep but legal structures (nested tables, long formulas) recurse; the pre-scans bound the depth,
    // the stack gives room below the bounds.
    private const int StackBytes = 64 * 1024 * 1024;
    // A normal check's read uses ~20 ms of processor time (seed 000, warm worker); a read still running after this
    // yields the CPU to them. Not less: a normal read slowed by its worker's first compilations passed 100 ms at
    // times and, demoted, waited seconds behind the others (issue 17). Big uploads are long from the start (StartsLong).
    public static readonly TimeSpan DemoteAfter = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Uploads this large are long from their start: reading a megabyte costs far more than <see cref="DemoteAfter"/>
    /// (a 30 KB text takes ~20 ms, a 1 MB PDF a second or more), so they can only become long, and the processor time
    /// they would take at full priority before that is what other users' short checks wait for.
    /// </summary>
    public const long LongFromBytes = 1L << 20;

    /// <summary>Whether a read of <paramref name="bytes"/> is long before it starts (<see cref="LongFromBytes"/>).</summary>
    public static bool StartsLong(long bytes) => bytes >= LongFromBytes;

    private readonly SemaphoreSlim _slots = new(Math.Max(1, settings.Limits.ReadConcurrency));
    private readonly SemaphoreSlim _longSlots = new(Math.Max(0, settings.Limits.LongReadConcurrency));
    private readonly ConcurrentDictionary<string, ClientLane> _lanes = new();

    private sealed class ClientLane
    {
        public readonly SemaphoreSlim Running = new(1);
        public int Waiting;
        // Its running read was answered at a limit (or its client went) and is still stopping: a read worker being killed.
        public volatile bool Stopping;
    }

    /// <summary>Processor time one read may use; also the longest a request waits for its turn.</summary>
    public TimeSpan TimeLimit => TimeSpan.FromSeconds(Math.Max(1, settings.Limits.ReadSeconds));
    /// <summary>
    /// Wall-clock time a request may take from its arrival at the gate to its answer, however busy the machine: its wait
    /// for its turn and a slot counts too (issue 17: a request that waited for its previous read to stop, then got a
    /// full limit of its own, was answered after 41 s against 30 s).
    /// </summary>
    public TimeSpan WallLimit => TimeSpan.FromSeconds(Math.Max(settings.Limits.ReadSeconds, settings.Limits.ReadWallSeconds));

    /// <summary>Runs <paramref name="work"/> for <paramref name="client"/>; 429 when the client's queue is full, 422 at the time limit.</summary>
    public async Task<T> RunAsync<T>(string client, Func<T> work, CancellationToken aborted)
    {
        var until = DateTime.UtcNow + WallLimit;
        var lane = _lanes.GetOrAdd(client, _ => new ClientLane());
        if (Interlocked.Increment(ref lane.Waiting) > Math.Max(1, settings.Limits.ReadQueuePerClient) + 1)
        {
            Interlocked.Decrement(ref lane.Waiting);
            throw new IntakeException(429, $"同一来源同时提交的文件过多（正在读取 1 个，最多排队 {settings.Limits.ReadQueuePerClient} 个），请稍后再试");
        }
        var tookLane = false;
        var tookSlot = false;
        try
        {
            var queued = System.Diagnostics.Stopwatch.StartNew();
            TimeSpan laneWait = default;
            try
            {
                tookLane = await WaitForLaneAsync(lane, until, aborted);
                laneWait = queued.Elapsed;
                // Waiting counts against the time limit too: a request is answered within it, whatever the queue.
                if (tookLane) tookSlot = await _slots.WaitAsync(Min(Max(TimeLimit - laneWait, TimeSpan.FromSeconds(1)), Left(until)), aborted);
                // A turn that came with nothing left of the limit is not started: the work could only stop at once.
                if (!tookSlot || Passed(until)) throw new OperationCanceledException();
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                if (Passed(until)) throw WaitedPastWallLimit(client, queued.Elapsed);
                throw new IntakeException(503, $"服务器繁忙：{TimeLimit.TotalSeconds:0} 秒内没有空闲的读取位置，请稍后再试");
            }
            var slotWait = queued.Elapsed - laneWait;
            var running = Start(lane, work, until, aborted, out var slot);
            tookLane = tookSlot = false;   // the thread owns them now
            try { return await Answer(running, until, aborted); }
            finally
            {
                // Answered before the work ended (at the limit, or the client went): the client's next request may
                // come while it stops, and waits for that (WaitForLaneAsync). Set before the answer leaves.
                if (!running.IsCompleted) lane.Stopping = true;
                // Where a slow answer's time went (issue 17: a normal check waiting behind hostile reads).
                log.LogDebug("read for {Client}: lane wait {Lane:0} ms, slot wait {Slot:0} ms, ran {Run:0} ms on a {Kind} slot",
                    client, laneWait.TotalMilliseconds, slotWait.TotalMilliseconds, (queued.Elapsed - laneWait - slotWait).TotalMilliseconds, slot.IsLong ? "long" : "normal");
            }
        }
        finally
        {
            Interlocked.Decrement(ref lane.Waiting);
            if (tookSlot) _slots.Release();
            if (tookLane) lane.Running.Release();
            if (lane.Waiting == 0 && lane.Running.CurrentCount == 1) _lanes.TryRemove(new KeyValuePair<string, ClientLane>(client, lane));
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>What is left of the wall limit of a request that ends at <paramref name="until"/>; never negative (a wait of it must not be).</summary>
    private static TimeSpan Left(DateTime until) => Max(until - DateTime.UtcNow, TimeSpan.Zero);

    // A wait bounded by what was left ends up to a timer tick early (its timeout is whole milliseconds on a coarse timer).
    private static bool Passed(DateTime until) => Left(until) < TimeSpan.FromMilliseconds(20);

    private IntakeException WaitedPastWallLimit(string client, TimeSpan waited)
    {
        log.LogWarning("A read for {Client} waited {Seconds:0.0} s for its turn, its whole {Limit} s limit; answered 422", client, waited.TotalSeconds, WallLimit.TotalSeconds);
        return new IntakeException(422, $"读取超过 {WallLimit.TotalSeconds:0} 秒的时限（自请求到达起计，含排队等待），未能开始读取（服务器繁忙），请稍后再试");
    }

    /// <summary>
    /// The client's turn. Its next request may arrive while its previous one, already answered at its limit, is
    /// still stopping: a read worker killed on a machine at load 100 took over 10 s to end, and the client's next
    /// fuzz case was refused 503 after waiting the time limit for it (issue 17). That wait is bounded by what is left
    /// of the request's own wall limit instead; a lane held by a read still running within its limits is waited for
    /// only the time limit.
    /// </summary>
    private async Task<bool> WaitForLaneAsync(ClientLane lane, DateTime until, CancellationToken aborted)
    {
        if (await lane.Running.WaitAsync(Min(TimeLimit, Left(until)), aborted)) return true;
        return lane.Stopping && await lane.Running.WaitAsync(Left(until), aborted);
    }

    // The thread owns the slot and the lane from here on: they are released when the work ends, not when the answer goes.
    private Task<T> Start<T>(ClientLane lane, Func<T> work, DateTime until, CancellationToken aborted, out Slot slot)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (cpu, wall) = (TimeLimit, WallLimit);
        var held = slot = new Slot(this);
        lane.Stopping = false;
        var thread = new Thread(() =>
        {
            var demotion = LongReads.Watch(DemoteAfter);
            var slot = held;
            using var moving = new Timer(_ => slot.MoveToLong(), null, DemoteAfter, Timeout.InfiniteTimeSpan);
            try
            {
                // The wall limit ends where the request's does (a read worker takes it from here too), not a full limit from now.
                using (ReadScope.Enter(cpu, wall, until, aborted)) done.TrySetResult(work());
            }
            catch (Exception e) { done.TrySetException(e); }
            finally
            {
                demotion.Dispose();
                slot.Release();
                lane.Stopping = false;
                lane.Running.Release();
            }
        }, StackBytes) { IsBackground = true, Name = "deptbudget-read" };
        thread.Start();
        return done.Task;
    }

    /// <summary>The slot a running read holds: a normal one, or a long-read one once it has run a while and one was free.</summary>
    private sealed class Slot(ReadGate gate)
    {
        private readonly Lock _lock = new();
        private bool _long, _released;
        public bool IsLong { get { lock (_lock) return _long; } }

        public void MoveToLong()
        {
            lock (_lock)
            {
                if (_released || _long || !gate._longSlots.Wait(0)) return;
                _long = true;
                gate._slots.Release();
            }
        }

        public void Release()
        {
            lock (_lock)
            {
                if (_released) return;
                _released = true;
                (_long ? gate._longSlots : gate._slots).Release();
            }
        }
    }

    private async Task<T> Answer<T>(Task<T> work, DateTime until, CancellationToken aborted)
    {
        // A little grace over the limit for the work's own check to answer with the place it reached.
        var late = Task.Delay(Left(until) + AnswerGrace, aborted);
        if (await Task.WhenAny(work, late) == work) return await work;
        aborted.ThrowIfCancellationRequested();
        log.LogWarning("A read ran past its {Seconds} s limit without reaching a check; answered 422, the work stops at its next check", WallLimit.TotalSeconds);
        throw new IntakeException(422, $"读取超过 {WallLimit.TotalSeconds:0} 秒的时限，已停止（文件过于复杂或服务器繁忙）");
    }

    /// <summary>The most an answer comes after the request's wall limit: the work's own check answers with its place within it.</summary>
    public static readonly TimeSpan AnswerGrace = TimeSpan.FromSeconds(1);
}
