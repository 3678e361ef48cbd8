using BenchmarkDotNet.Attributes;
using DeptBudget.Reading;
using DeptBudget.Testing;
using UglyToad.PdfPig;

namespace DeptBudget.Benchmarks;

/// <summary>
/// Reading a real ~20-page text PDF (issue 6 targets: ≤ 300 ms per document; the reader's own cost
/// over PdfPig's bare word extraction ≤ 2×). BareWords is the baseline: open and GetWords on every page.
/// </summary>
[MemoryDiagnoser]
public class PdfReadBenchmarks
{
    private byte[] bytes = [];

    [Params("shanghai-putuo-government-office-2025-unit-budget.pdf", "shanghai-putuo-wanli-2025-department-budget.pdf")]
    public string File { get; set; } = "shanghai-putuo-government-office-2025-unit-budget.pdf";

    [GlobalSetup]
    public void Setup() => bytes = System.IO.File.ReadAllBytes(Seeds.RealDoc(File));

    [Benchmark(Baseline = true)]
    public int BareWords()
    {
        using var doc = PdfDocument.Open(bytes);
        var n = 0;
        foreach (var page in doc.GetPages()) n += page.GetWords().Count();
        return n;
    }

    [Benchmark]
    public object Read() => DisclosureReader.ReadBytes(bytes, File);
}
