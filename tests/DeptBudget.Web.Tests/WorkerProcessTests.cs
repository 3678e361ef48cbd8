using System.Diagnostics;
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
    public void While_a_short_read_runs_only_the_oldest_long_read_keeps_running_and_the_others_resume_after_it()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var a = WorkerProcess.Start(Program, 256L << 20);
        using var b = WorkerProcess.Start(Program, 256L << 20);
        using var c = WorkerProcess.Start(Program, 256L << 20);
        try
        {
            var reads = new ShortReadsFirst();
            var longA = reads.Enter(a);
            reads.BecameLong(longA);
            var longB = reads.Enter(b);
            reads.BecameLong(longB);
            Assert.Equal(0, reads.PausedCount);   // no short read: both long ones run

            var shortC = reads.Enter(c);
            Assert.Equal(1, reads.PausedCount);
            Assert.True(Within(TimeSpan.FromSeconds(5), () => State(b.Id) == 'T'), $"b is {State(b.Id)}, not stopped");
            Assert.NotEqual('T', State(a.Id));   // the oldest long read keeps its turn
            Assert.NotEqual('T', State(c.Id));

            reads.Leave(shortC);
            Assert.Equal(0, reads.PausedCount);
            Assert.True(Within(TimeSpan.FromSeconds(5), () => State(b.Id) != 'T'), "b still stopped after the short read ended");

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
    public void A_worker_warming_up_waits_while_any_short_read_runs_and_runs_again_after_it()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var warming = WorkerProcess.Start(Program, 256L << 20);
        using var reading = WorkerProcess.Start(Program, 256L << 20);
        try
        {
            var reads = new ShortReadsFirst();
            var warm = reads.Warming(warming);
            Assert.Equal(0, reads.PausedCount);   // nothing else runs: the new worker warms at once

            var shortRead = reads.Enter(reading);
            Assert.Equal(1, reads.PausedCount);
            Assert.True(Within(TimeSpan.FromSeconds(5), () => State(warming.Id) == 'T'), $"the warming worker is {State(warming.Id)}, not stopped");
            Assert.NotEqual('T', State(reading.Id));

            reads.Leave(shortRead);
            Assert.Equal(0, reads.PausedCount);
            Assert.True(Within(TimeSpan.FromSeconds(5), () => State(warming.Id) != 'T'), "still stopped after the short read ended");
            reads.Leave(warm);
        }
        finally
        {
            warming.Resume();
            reading.Resume();
        }
    }
}
