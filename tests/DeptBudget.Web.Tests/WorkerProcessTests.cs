using System.Diagnostics;
using DeptBudget.Web.Services;
using DeptBudget.Web.Services.Workers;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Read-worker processes as the operating system sees them: they die with the process that started them
/// (<see cref="ParentWatch"/>), and long reads are paused while a short one runs (<see cref="ShortReadsFirst"/>).
/// </summary>
[Collection(ReadWorkerChildren.Collection)]
public sealed class WorkerProcessTests
{
    private static string Program => Path.Combine(AppContext.BaseDirectory, "deptbudget.dll");

    /// <summary>The state letter of /proc/PID/stat (R, S, T, Z…), or null once the process is gone.</summary>
    private static char? State(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2];
        }
        catch (IOException) { return null; }
    }

    private static bool Alive(int pid) => State(pid) is { } s && s != 'Z' && s != 'X';

    private static bool Within(TimeSpan limit, Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (condition()) return true;
            Thread.Sleep(50);
        }
        return condition();
    }

    [Fact]
    public void A_read_worker_dies_with_the_process_that_started_it_even_with_its_input_still_open()
    {
        if (!OperatingSystem.IsLinux()) return;
        // A shell starts an idle worker whose input is this test's pipe (kept open, so the worker's own loop would
        // never end), prints the worker's id, lives 3 s and exits: the worker must not outlive it.
        var info = new ProcessStartInfo("sh") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        // sh (dash) gives a background job /dev/null as its input before its own redirections, so `<&0` would hand the
        // worker /dev/null (it then ends at once, as a finished input says): the pipe goes through descriptor 3.
        info.ArgumentList.Add($"exec 3<&0; {ParentWatch.ParentVariable}=$$ dotnet exec \"$0\" read-worker <&3 >/dev/null & echo $!; sleep 3");
        info.ArgumentList.Add(Program);
        using var shell = Process.Start(info)!;
        var worker = int.Parse(shell.StandardOutput.ReadLine()!, System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            Thread.Sleep(1000);
            Assert.True(Alive(worker), "the worker ended while the process that started it still ran");
            Assert.True(shell.WaitForExit(30_000));
            Assert.True(Within(TimeSpan.FromSeconds(10), () => !Alive(worker)), $"worker {worker} still {State(worker)} after its parent ended");
        }
        finally
        {
            if (Alive(worker)) Process.GetProcessById(worker).Kill();
            shell.StandardInput.Close();
        }
    }

    [Fact]
    public void While_a_short_read_runs_only_the_oldest_long_read_keeps_running_and_the_others_resume_after_a_quiet_time()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var a = WorkerProcess.Start(Program, 256L << 20);
        using var b = WorkerProcess.Start(Program, 256L << 20);
        using var c = WorkerProcess.Start(Program, 256L << 20);
        try
        {
            // A quiet time long enough to look at the paused worker within it on a busy machine.
            var reads = new ShortReadsFirst(TimeSpan.FromSeconds(3));
            var longA = reads.Enter(a);
            reads.BecameLong(longA);
            var longB = reads.Enter(b, isLong: true);   // a big upload: long from its start
            Assert.Equal(0, reads.PausedCount);   // no short read: both long ones run

            var shortC = reads.Enter(c);
            Assert.Equal(1, reads.PausedCount);
            Assert.True(Within(TimeSpan.FromSeconds(5), () => State(b.Id) == 'T'), $"b is {State(b.Id)}, not stopped");
            Assert.NotEqual('T', State(a.Id));   // the oldest long read keeps its turn
            Assert.NotEqual('T', State(c.Id));

            var ended = Stopwatch.StartNew();
            reads.Leave(shortC);
            var pausedAfterLeave = reads.PausedCount;
            if (ended.Elapsed < TimeSpan.FromSeconds(2)) Assert.Equal(1, pausedAfterLeave);   // not at once: the next short read may come
            Assert.True(Within(TimeSpan.FromSeconds(10), () => reads.PausedCount == 0 && State(b.Id) != 'T'), "b still stopped after the quiet time");
            Assert.True(ended.Elapsed >= TimeSpan.FromSeconds(2.9), $"resumed after {ended.Elapsed.TotalSeconds:0.0} s, before the quiet time");

            // The oldest long one ends while a short one runs: the next long one takes its turn.
            var shortAgain = reads.Enter(c);
            reads.Leave(longA);
            Assert.Equal(0, reads.PausedCount);
            Assert.NotEqual('T', State(b.Id));
            reads.Leave(shortAgain);
            reads.Leave(longB);
        }
        finally
        {
            foreach (var w in new[] { a, b, c }) w.Resume();
        }
    }

    [Fact]
    public void A_workers_first_read_and_a_big_upload_yield_to_short_reads_at_once_and_a_small_one_after_the_demotion_time()
    {
        var small = new ReadRequest("000.txt", new byte[30_000], 10_000, 30_000, 20L << 20);
        var big = new ReadRequest("big.pdf", new byte[ReadGate.LongFromBytes], 10_000, 30_000, 20L << 20);
        Assert.Equal(TimeSpan.Zero, ReadWorker.DemoteAfterFor(small, first: true));   // the warm-up of a new worker
        Assert.Equal(TimeSpan.Zero, ReadWorker.DemoteAfterFor(big, first: false));
        Assert.Equal(ReadGate.DemoteAfter, ReadWorker.DemoteAfterFor(small, first: false));
    }
}
