using System.Text.Json;
using DeptBudget.Checks;
using DeptBudget.Model.Json;
using DeptBudget.Reading.Guards;

namespace DeptBudget.Web.Services.Workers;

/// <summary>
/// The worker side (`deptbudget read-worker`): reads requests from stdin one after another, reads each
/// upload (the files of one disclosure) as the server would in-process (<see cref="Intake.Read"/> under <see cref="ReadScope"/>) and
/// answers on stdout with the canonical JSON or the refusal. Whatever the upload does to this process —
/// fill its memory, overflow its stack, loop — the server only loses the worker.
/// </summary>
public static class ReadWorker
{
    /// <summary>Set by the server when it starts a worker: the memory limit in MB, for the refusal's wording.</summary>
    public const string MemoryVariable = "DEPTBUDGET_READ_WORKER_MB";

    // As the in-process read thread: deep but legal structures recurse below the pre-scans' bounds.
    private const int StackBytes = 64 * 1024 * 1024;
    private static readonly TimeSpan DemoteAfter = ReadGate.DemoteAfter;
    private const long KeepHeapBytes = 32L << 20;
    // The checks the server runs (DeptBudget.Checks and the completeness findings), built once per worker.
    private static readonly Lazy<RulesChecker> Checks = new(() => new RulesChecker(Checker.Default));

    public static int Serve(Stream input, Stream output)
    {
        // Only frames go to stdout; anything a library prints would put the pipe out of step.
        Console.SetOut(TextWriter.Null);
        ParentWatch.Arm();
        var memoryMb = Environment.GetEnvironmentVariable(MemoryVariable) ?? "?";
        var first = true;
        while (ReadFrames.ReadRequest(input, maxContent: 1L << 30) is { } request)
        {
            var demoteAfter = DemoteAfterFor(request, first);
            first = false;
            var answer = OnLargeStack(() => Answer(request, memoryMb, demoteAfter));
            ReadFrames.WriteAnswer(output, answer);
            if (answer.Retire) return 0;
            // After the answer, not before it: an idle worker gives back what a big read took, so that
            // the server can keep several started without their memory adding up.
            if (GC.GetTotalMemory(false) > KeepHeapBytes) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        return 0;
    }

    /// <summary>
    /// When the read yields the processor to short reads: after <see cref="ReadGate.DemoteAfter"/>, at once for a big
    /// upload (<see cref="ReadGate.StartsLong"/>) and for a worker's first read — the warm-up the server gives a new
    /// worker, whose compiling of the reader and the rules (≈1 s) must not compete with other users' checks.
    /// </summary>
    public static TimeSpan DemoteAfterFor(ReadRequest r, bool first) =>
        first || r.StartsLong ? TimeSpan.Zero : DemoteAfter;

    private static ReadAnswer Answer(ReadRequest r, string memoryMb, TimeSpan demoteAfter)
    {
        // As in the server: a read still running after a while yields the CPU to the short reads of other users.
        using var demotion = LongReads.Watch(demoteAfter, LongReads.WorkerNice);
        try
        {
            // The wall limit as the server counts it, from the request's arrival: what was left of it when it was sent.
            using (ReadScope.Enter(TimeSpan.FromMilliseconds(r.CpuMilliseconds), TimeSpan.FromMilliseconds(r.WallMilliseconds),
                DateTime.UtcNow + TimeSpan.FromMilliseconds(r.WallLeftMilliseconds ?? r.WallMilliseconds), CancellationToken.None))
            {
                var disclosure = Intake.Read(r.Files, r.MaxBytes, r.MaxTotalBytes);
                // The checks here too, not in the server: their loops know no deadline, and a crafted budget that makes
                // them slow then costs this worker (killed at the limits), not the server's processor (issue 17).
                return new ReadAnswer(200, BudgetJson.Serialize(disclosure), false, r.Check ? CheckedJson(disclosure) : null);
            }
        }
        catch (IntakeException e) { return new ReadAnswer(e.Status, e.Message, false); }
        // The managed heap's hard limit (DOTNET_GCHeapHardLimit) was reached: answer, then end so the memory goes back.
        catch (OutOfMemoryException) { return new ReadAnswer(422, $"读取所需内存超过 {memoryMb} MB 的上限，已停止（文件过于复杂）", true); }
        catch (Exception e) { return new ReadAnswer(500, $"{e.GetType().Name}: {e.Message}", true); }
    }

    private static string CheckedJson(DeptBudget.Model.Disclosure disclosure)
    {
        var all = Checks.Value.Check(disclosure);
        return JsonSerializer.Serialize(new CheckedFindings(CheckService.Capped(all), all.Count(f => f.IsError), all.Count(f => f.IsWarning)), CheckService.Json);
    }

    private static ReadAnswer OnLargeStack(Func<ReadAnswer> work)
    {
        ReadAnswer? answer = null;
        var thread = new Thread(() => answer = work(), StackBytes) { Name = "deptbudget-read-worker" };
        thread.Start();
        thread.Join();
        return answer!;
    }
}
