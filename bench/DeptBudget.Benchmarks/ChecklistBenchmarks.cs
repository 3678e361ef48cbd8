using BenchmarkDotNet.Attributes;
using DeptBudget.Checks;
using DeptBudget.Checks.Pictures;
using DeptBudget.Checks.Reports;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Benchmarks;

/// <summary>
/// Issue 18 target: the 公开情况检查表 of a 30-page PDF with the pictures of its places in ≤ 3 s — read, check, render
/// the pages with findings (pdftoppm, a fresh renderer each time: no cache), draw and write the workbook.
/// </summary>
[MemoryDiagnoser]
public class ChecklistBenchmarks
{
    private byte[] pdf = [];

    // 31 and 33 pages.
    [Params("shanghai-putuo-wanli-2025-department-budget.pdf", "shanghai-putuo-wanli-2024-department-budget.pdf")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup() => pdf = File.ReadAllBytes(Seeds.RealDoc(Document));

    [Benchmark]
    public long ChecklistWithPictures()
    {
        var report = Checker.Default.Check(DisclosureReader.ReadBytes(pdf, Path.GetFileName(Document)));
        var pictures = FindingPictures.Of(report, pdf, new PageRenderer(new PageRenderer.Settings()));
        using var ms = new MemoryStream();
        ChecklistXlsx.Write(ms, [ChecklistForm.Of(report, pictures)]);
        return ms.Length;
    }
}
