using System.Collections.Concurrent;
using DeptBudget.Model;

namespace DeptBudget.Checks.Batch;

/// <summary>What a batch keeps of one file: its status and counts only, so memory stays bounded however many files.</summary>
public sealed record FileResult(string File, FileStatus Status, int Errors, int Warnings, int Infos,
    IReadOnlyDictionary<string, (int Errors, int Warnings)> ByRule, string? Message)
{
    public static FileResult Failed(string file, FileStatus status, string message) =>
        new(file, status, 0, 0, 0, new Dictionary<string, (int, int)>(), message);
}

/// <summary>ok: read and checked; unusable: the input cannot be used (empty, binary, not a disclosure …); failed: an unexpected error.</summary>
public enum FileStatus { Ok, Unusable, Failed }

/// <summary>
/// Checks many documents in parallel. Reading is the caller's (the CLI passes the reader); every exception of
/// one file becomes that file's status, so one bad file never stops the batch.
/// </summary>
public static class BatchCheck
{
    public static FileResult CheckOne(string path, string name, Func<string, Disclosure> read, Checker checker, Func<Exception, bool> isUnusable)
    {
        try
        {
            var report = checker.Check(read(path));
            var byRule = report.Findings.GroupBy(x => x.Rule).ToDictionary(g => g.Key,
                g => (g.Count(x => x.Severity == Severity.Error), g.Count(x => x.Severity == Severity.Warning)));
            return new FileResult(name, FileStatus.Ok, report.Errors, report.Warnings, report.Infos, byRule, null);
        }
        catch (Exception e) when (isUnusable(e))
        {
            return FileResult.Failed(name, FileStatus.Unusable, e.Message);
        }
        catch (Exception e)
        {
            return FileResult.Failed(name, FileStatus.Failed, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Every file, in parallel; results in file order. <paramref name="done"/> is called once per file.</summary>
    public static List<FileResult> Run(IReadOnlyList<(string Path, string Name)> files, Func<string, Disclosure> read, Checker checker,
        Func<Exception, bool> isUnusable, int parallelism, Action? done = null)
    {
        var results = new ConcurrentBag<FileResult>();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, f =>
        {
            results.Add(CheckOne(f.Path, f.Name, read, checker, isUnusable));
            done?.Invoke();
        });
        return results.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
    }
}
