using BenchmarkDotNet.Attributes;
using DeptBudget.Checks;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Benchmarks;

/// <summary>
/// Issue 3 targets: read + check of one seed ≤ 10 ms median; a batch ≥ 100 documents/s on 2 cores with bounded
/// memory (each document is read, checked and dropped; only the counts are kept, as check --batch does).
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string text = "";
    private Disclosure disclosure = null!;
    private string[] batch = [];

    [Params("000", "001", "002", "003", "004")]
    public string Seed { get; set; } = "001";

    [GlobalSetup]
    public void Setup()
    {
        text = Seeds.Text(Seed);
        disclosure = DisclosureReader.ReadText(text, Seed);
        batch = Enumerable.Range(0, BatchSize).Select(i => Seeds.Text(new[] { "000", "001", "002", "003" }[i % 4])).ToArray();
    }

    public const int BatchSize = 100;

    [Benchmark]
    public int Check() => Checker.Default.Check(disclosure).Findings.Count;

    [Benchmark]
    public int ReadAndCheck() => Checker.Default.Check(DisclosureReader.ReadText(text, Seed)).Findings.Count;

    /// <summary>100 documents on 2 workers; the time reported is per document (OperationsPerInvoke).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int Batch100OnTwoCores()
    {
        var errors = 0;
        Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = 2 }, doc =>
        {
            var report = Checker.Default.Check(DisclosureReader.ReadText(doc));
            Interlocked.Add(ref errors, report.Errors);
        });
        return errors;
    }
}
