using DeptBudget.Checks.Batch;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>check --batch: one bad file is a row of the summary, never a stop.</summary>
public sealed class BatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("deptbudget-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static bool Unusable(Exception e) => e is ReadException or IOException;

    private List<FileResult> RunOn(Func<string, Disclosure> read)
    {
        File.Copy(Seeds.PathOf(Seeds.Xixia2024), Path.Combine(_dir, "001.txt"));
        File.WriteAllBytes(Path.Combine(_dir, "garbage.pdf"), [0x00, 0xFF, 0x13, 0x37, 0x00, 0x42, 0x99, 0x00]);
        File.WriteAllText(Path.Combine(_dir, "empty.txt"), "");
        var files = Directory.GetFiles(_dir).Select(p => (p, Path.GetFileName(p))).ToList();
        return BatchCheck.Run(files, read, Checker.Default, Unusable, parallelism: 2);
    }

    [Fact]
    public void Seed_garbage_and_empty_file_each_get_a_status_and_the_seed_is_checked()
    {
        var results = RunOn(DisclosureReader.ReadFile);
        Assert.Equal(["001.txt", "empty.txt", "garbage.pdf"], results.Select(r => r.File));
        var seed = results.Single(r => r.File == "001.txt");
        Assert.Equal(FileStatus.Ok, seed.Status);
        Assert.True(seed.Errors > 0);                       // 001 has real errors (P3 caps, I9 248号)
        Assert.Equal(5, seed.ByRule["P3"].Errors);
        Assert.All(results.Where(r => r.File != "001.txt"), r => Assert.Equal(FileStatus.Unusable, r.Status));
        Assert.All(results.Where(r => r.File != "001.txt"), r => Assert.False(string.IsNullOrEmpty(r.Message)));
    }

    [Fact]
    public void A_reader_that_throws_unexpectedly_on_one_file_fails_that_file_only()
    {
        var results = RunOn(p => p.EndsWith("garbage.pdf") ? throw new InvalidOperationException("boom") : DisclosureReader.ReadFile(p));
        Assert.Equal(FileStatus.Failed, results.Single(r => r.File == "garbage.pdf").Status);
        Assert.Equal(FileStatus.Ok, results.Single(r => r.File == "001.txt").Status);
    }

    [Fact]
    public void Summary_csv_has_totals_by_rule_and_the_worst_files_first()
    {
        var summary = new BatchSummary(RunOn(DisclosureReader.ReadFile), Checker.AllRules);
        var lines = summary.Csv().TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        Assert.Contains("P3_errors", header);
        Assert.Contains("I9_warnings", header);
        Assert.Equal(1 + 1 + 3, lines.Length);                        // header, totals, three files
        var totals = lines[1].Split(',');
        Assert.StartsWith("（全部 3 个文件）", totals[0]);
        Assert.Equal("5", totals[Array.IndexOf(header, "P3_errors")]);
        // Unusable files first, then the checked seed.
        Assert.Equal(["unusable", "unusable", "ok"], lines.Skip(2).Select(l => l.Split(',')[1]));
        Assert.Contains(summary.ByRule(), t => t.Rule == "P3" && t.Errors == 5 && t.FilesAffected == 1);
    }
}
