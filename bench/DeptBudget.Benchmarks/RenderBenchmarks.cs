using BenchmarkDotNet.Attributes;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Rendering;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;

namespace DeptBudget.Benchmarks;

/// <summary>
/// Rendering seed 001 (issue 4 targets: PDF ≤ 300 ms and XLSX ≤ 100 ms median with a warm renderer).
/// Each benchmark renders from the budget: tables, narrative, then the format. Chromium is started once
/// in setup (the warm renderer); its time is the process-level figure reported separately.
/// </summary>
[MemoryDiagnoser, MedianColumn]
public class RenderBenchmarks
{
    private Disclosure source = null!;
    private Layout layout = null!;
    private PdfRenderer pdf = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        source = DisclosureReader.ReadText(Seeds.Text(Seeds.Xixia2024), Seeds.Xixia2024);
        layout = Layout.Load("henan-2024");
        pdf = await PdfRenderer.StartAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await pdf.DisposeAsync();

    private RenderedDisclosure Render() => DisclosureRenderer.Render(source, layout);

    [Benchmark]
    public string Html() => HtmlWriter.Write(Render());

    [Benchmark]
    public byte[] Xlsx() => XlsxWriter.Write(Render());

    [Benchmark]
    public byte[] Docx() => DocxWriter.Write(Render());

    [Benchmark]
    public Task<byte[]> Pdf() => pdf.RenderAsync(HtmlWriter.Write(Render()));
}
