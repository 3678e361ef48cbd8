using System.Runtime.InteropServices;

namespace DeptBudget.Web.Services;

/// <summary>
/// Lowers the CPU priority (Linux nice 5: a third of a normal thread's share) of a read thread that has used a while of processor time, so that
/// the short reads of other users keep their speed while long ones — big documents, or hostile ones
/// working towards their limit — take what is left. Elsewhere, or where the call fails, nothing changes.
/// </summary>
internal static class LongReads
{
    private const int PrioProcess = 0;   // with a thread id, setpriority acts on that thread alone
    // Mild on purpose: at nice 15 a long legitimate read (a 171-page PDF) starved on a machine busy with
    // other processes (6 pages in 30 s at load 40); at 5 it still gets a third of a normal thread's share.
    public const int Nice = 5;

    /// <summary>
    /// In a read worker the read thread is the process's only work, so it can go lower: nice 10 weighs 110 against a
    /// normal thread's 1024. At nice 5 (335) the one long read left running took a quarter of a core from each normal
    /// check it shared a core with (issue 17); at nice 19 (15) a normal read that passed the demotion point while its
    /// worker was still compiling waited seconds. The server's own read threads stay at <see cref="Nice"/>: lower, one
    /// holding a lock of the server would hold up everybody. DEPTBUDGET_LONG_READ_NICE sets another level, read once, so
    /// that measurements compare levels without a rebuild.
    /// </summary>
    public static readonly int WorkerNice = int.TryParse(Environment.GetEnvironmentVariable("DEPTBUDGET_LONG_READ_NICE"), out var n) ? Math.Clamp(n, 0, 19) : 10;

    /// <summary>Call on the read thread; dispose when the read ends (before the thread exits).</summary>
    public static IDisposable Watch(TimeSpan after, int nice = Nice)
    {
        if (!OperatingSystem.IsLinux()) return Nothing.Instance;
        int tid;
        try { tid = gettid(); }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException) { return Nothing.Instance; }
        return new Demotion(tid, after, nice);
    }

    private sealed class Demotion : IDisposable
    {
        private readonly Lock _lock = new();
        private readonly Timer _timer;
        private readonly int _tid;
        private bool _ended;

        private readonly TimeSpan _after;
        private bool _demoted;

        // Processor time, not wall time: on a machine busy with other work a short read spans far more wall
        // time than it uses, and demoting it would put it behind everything else (p99 of normal checks).
        private readonly int _nice;

        public Demotion(int tid, TimeSpan after, int nice)
        {
            (_tid, _after, _nice) = (tid, after, nice);
            var every = TimeSpan.FromMilliseconds(Math.Max(10, after.TotalMilliseconds / 2));
            _timer = new Timer(_ => Demote(), null, every, every);
        }

        // Under the lock, and only while the thread runs: a finished thread's id may be reused by another.
        private void Demote()
        {
            lock (_lock)
            {
                if (_ended || _demoted || CpuOf(_tid) is not { } cpu || cpu < _after) return;
                _demoted = true;
                _ = setpriority(PrioProcess, _tid, _nice);
                _timer.Change(Timeout.Infinite, Timeout.Infinite);
            }
        }

        // The thread's time on a CPU in nanoseconds, the first field of /proc/self/task/TID/schedstat; where that
        // cannot be read, the elapsed wall time counts (the former behaviour).
        private readonly long _started = Environment.TickCount64;
        private TimeSpan? CpuOf(int tid)
        {
            try
            {
                var text = File.ReadAllText($"/proc/self/task/{tid}/schedstat");
                var end = text.IndexOf(' ');
                return long.TryParse(end < 0 ? text : text[..end], out var ns) ? TimeSpan.FromTicks(ns / 100) : null;
            }
            catch (IOException) { return TimeSpan.FromMilliseconds(Environment.TickCount64 - _started); }
            catch (UnauthorizedAccessException) { return TimeSpan.FromMilliseconds(Environment.TickCount64 - _started); }
        }

        public void Dispose()
        {
            lock (_lock) _ended = true;
            _timer.Dispose();
        }
    }

    private sealed class Nothing : IDisposable
    {
        public static readonly Nothing Instance = new();
        public void Dispose() { }
    }

    [DllImport("libc")]
    private static extern int gettid();

    [DllImport("libc")]
    private static extern int setpriority(int which, int who, int prio);
}
