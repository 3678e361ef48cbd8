using System.Diagnostics;
using System.Globalization;

namespace DeptBudget.Web.Services.Workers;

/// <summary>
/// One `deptbudget read-worker` process: its pipes, and what it uses of the machine (processor time and
/// resident memory, from /proc through <see cref="Process"/>) so that the server can kill it at a limit.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    public Stream Input { get; }
    public Stream Output { get; }
    public int Served { get; set; }
    public int Id => _process.Id;

    private WorkerProcess(Process process)
    {
        _process = process;
        Input = process.StandardInput.BaseStream;
        Output = process.StandardOutput.BaseStream;
    }

    /// <summary>
    /// Starts the worker: <paramref name="program"/> is the `deptbudget` executable, or its .dll (run with dotnet).
    /// The managed heap gets a hard limit below <paramref name="memoryBytes"/>, so most overruns end in a clear
    /// answer from the worker; native memory beyond it is caught by the server's watch of the resident size.
    /// </summary>
    public static WorkerProcess Start(string program, long memoryBytes) => Forker.Start(() => StartHere(program, memoryBytes));

    private static WorkerProcess StartHere(string program, long memoryBytes)
    {
        var dll = program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(dll ? "dotnet" : program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (dll) { info.ArgumentList.Add("exec"); info.ArgumentList.Add(program); }
        info.ArgumentList.Add("read-worker");
        info.Environment["DOTNET_GCHeapHardLimit"] = (memoryBytes * 3 / 4).ToString("X", CultureInfo.InvariantCulture);
        // One read at a time: a workstation GC keeps the worker small and its start quick.
        info.Environment["DOTNET_gcServer"] = "0";
        // Collections on the read thread itself, not on a background GC thread: the read thread's lowered
        // priority once it runs long (LongReads) then covers its garbage collection too.
        info.Environment["DOTNET_gcConcurrent"] = "0";
        // Every method compiled once, optimised, on the thread that first calls it — the read thread, whose lowered
        // priority (LongReads) then covers it. Tiered, the runtime recompiled hot methods on a background thread at
        // normal priority for minutes: in a warm worker it took 1.2 s of the 2.6 s of processor that reads 101–200 of
        // the seeds used (that with profile-guided recompiling off; with it on, the thread was the largest user of the
        // workers' processor: four workers' compilers held 0.4 of a core under steady normal checks and 0.85 under
        // hostile uploads, issue 17). The price is a slower start: a
        // cold read of a seed 1.2 s of processor instead of 0.6 s, which the warm-up read pays before a worker is given
        // uploads; the first PDF after it costs the same either way (1.0 s for a 北京 tables PDF: tiered code that slow
        // to run costs what optimising it at once does).
        info.Environment["DOTNET_TieredCompilation"] = "0";
        info.Environment[ReadWorker.MemoryVariable] = (memoryBytes >> 20).ToString(CultureInfo.InvariantCulture);
        // The worker ends when this process does (ParentWatch): no orphan keeps reading after the server stopped.
        info.Environment[ParentWatch.ParentVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {program} read-worker");
        return new WorkerProcess(process);
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Stops the worker where it is (SIGSTOP) until <see cref="Resume"/>; its memory stays, its processor time does not grow.</summary>
    public void Pause() => Signal(SigStop);

    public void Resume() => Signal(SigCont);

    private const int SigCont = 18, SigStop = 19;   // Linux (x86-64 and arm64)

    // Only while the process has not been reaped: after that its id may belong to another process.
    private void Signal(int signal)
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            if (!_process.HasExited) _ = kill(_process.Id, signal);
        }
        catch (Exception e) when (e is InvalidOperationException or EntryPointNotFoundException or DllNotFoundException) { }
    }

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int kill(int pid, int signal);

    /// <summary>
    /// Every worker is started from one long-lived thread. A worker asks the kernel to kill it when its parent dies
    /// (PR_SET_PDEATHSIG), and for the kernel the parent is the *thread* that forked it: a worker started from a
    /// short-lived thread (the warm-up threads, a gate's read thread) would be killed when that thread ends.
    /// </summary>
    private static class Forker
    {
        private static readonly System.Collections.Concurrent.BlockingCollection<Action> Queue = [];

        static Forker() => new Thread(() => { foreach (var start in Queue.GetConsumingEnumerable()) start(); })
            { IsBackground = true, Name = "deptbudget-worker-fork" }.Start();

        public static WorkerProcess Start(Func<WorkerProcess> start)
        {
            var done = new TaskCompletionSource<WorkerProcess>(TaskCreationOptions.RunContinuationsAsynchronously);
            Queue.Add(() =>
            {
                try { done.SetResult(start()); }
                catch (Exception e) { done.SetException(e); }
            });
            return done.Task.GetAwaiter().GetResult();
        }
    }

    /// <summary>Processor time (all threads, user and system) and resident bytes now; zero once it has exited.</summary>
    public (TimeSpan Cpu, long Resident) Usage()
    {
        try
        {
            _process.Refresh();
            return (_process.TotalProcessorTime, _process.WorkingSet64);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            return (TimeSpan.Zero, 0);
        }
    }

    /// <summary>Ends the worker at once (and anything it started), and reaps it.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    /// <summary>Closing its input ends an idle worker's loop; one that does not end soon is killed.</summary>
    public void Dispose()
    {
        try { Input.Dispose(); } catch (IOException) { }
        try
        {
            if (!_process.WaitForExit(2000)) Kill();
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
