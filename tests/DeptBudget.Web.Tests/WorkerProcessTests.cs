using System.Diagnostics;
using DeptBudget.Web.Services;
using DeptBudget.Web.Services.Workers;

namespace DeptBudget.Web.Tests;

/// <summary>
/// Read-worker processes as the operating system sees them: they die with the process that started them
/// (<see cref="ParentWatch"/>), and long reads are paused while a short one runs (<see cref="ShortReadsFirst"/>).
/// </summary>
[Collection(ReadWorkerChildren.Collection)]
public sealed class WorkerProcessTests(Xunit.Abstractions.ITestOutputHelper output)
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
    /// <summary>Processor time in clock ticks of each live thread of <paramref name="pid"/> whose name starts so.</summary>
    private static Dictionary<string, long> ThreadTicks(int pid, string prefix)
    {
        var ticks = new Dictionary<string, long>();
        foreach (var task in Directory.GetDirectories($"/proc/{pid}/task"))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(prefix, StringComparison.Ordinal)) continue;
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[Path.GetFileName(task)] = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException) { }   // the thread ended meanwhile
        }
        return ticks;
    }

    [Fact]
    public void Steady_reads_in_a_warm_worker_leave_the_background_compiler_almost_idle()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var w = WorkerProcess.Start(Program, 256L << 20);
        var seeds = new[] { "000", "001", "002", "003", "004" }.Select(n => File.ReadAllBytes(SeedFiles.PathOf(n))).ToArray();
        void Reads(int count, int from)
        {
            for (var i = from; i < from + count; i++)
            {
                // Each upload different, as users' are (a line of its own at the end).
                var body = seeds[i % seeds.Length].Concat(System.Text.Encoding.UTF8.GetBytes($"\n{i}\n")).ToArray();
                ReadFrames.WriteRequest(w.Input, new ReadRequest("seed.txt", body, 10_000, 30_000, 20L << 20) { Check = true });
                Assert.Equal(200, ReadFrames.ReadAnswerAsync(w.Output, 64 << 20).GetAwaiter().GetResult()!.Status);
            }
        }
        Reads(100, 0);   // warm: every method the seeds need compiled and promoted
        var before = ThreadTicks(w.Id, ".NET Tiered");
        var cpuBefore = w.Usage().Cpu;
        Reads(100, 100);
        var after = ThreadTicks(w.Id, ".NET Tiered");
        var compiler = TimeSpan.FromSeconds((double)after.Sum(t => t.Value - before.GetValueOrDefault(t.Key)) / 100);
        var all = w.Usage().Cpu - cpuBefore;
        output.WriteLine($"background compiler {compiler.TotalMilliseconds:0} ms of the worker's {all.TotalMilliseconds:0} ms over 100 warm reads");
        // Tiered, it took about half of the worker's processor here, at normal priority (issue 17).
        Assert.True(compiler < all * 0.2, $"background compiler {compiler.TotalMilliseconds:0} ms of the worker's {all.TotalMilliseconds:0} ms");
    }
}
