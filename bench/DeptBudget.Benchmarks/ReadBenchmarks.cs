using BenchmarkDotNet.Attributes;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Benchmarks;

/// <summary>Reading one seed from its text (issue 2 target: ≤ 5 ms median, ≤ 5 MB allocated per document).</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private string text = "";

    [Params("000", "001", "002", "003")]
    public string Seed { get; set; } = "001";

    [GlobalSetup]
    public void Setup() => text = Seeds.Text(Seed);

    [Benchmark]
    public object Read() => DisclosureReader.ReadText(text, Seed);
}
