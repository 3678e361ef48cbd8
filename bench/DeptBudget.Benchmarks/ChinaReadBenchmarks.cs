using BenchmarkDotNet.Attributes;
using DeptBudget.Reading;
using DeptBudget.Testing;
using UglyToad.PdfPig;

namespace DeptBudget.Benchmarks;

/// <summary>
/// Issue 14's speed target: reading every PDF of one layout family of <c>real-docs/china</c> within 2× of PdfPig's
/// bare word extraction over the same files (BareWords, the baseline: open and GetWords on every page). One
/// operation is the whole family, so the ratio is per family; a file the reader refuses (a scan) counts its time too.
/// </summary>
[MemoryDiagnoser]
public class ChinaReadBenchmarks
{
    private List<(string Name, byte[] Bytes)> files = [];

    [Params("beijing-beijing", "fujian-fuzhou", "guangdong-guangzhou", "guangdong-shenzhen", "jiangsu-prov", "jiangsu-suzhou",
        "shaanxi-xian", "shandong-yantai", "zhejiang-hangzhou")]
    public string Family { get; set; } = "fujian-fuzhou";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.GetDirectoryName(Seeds.RealDoc("china/README.md"))!;
        files = Directory.GetFiles(folder, Family + "-*.pdf").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
    }

    [Benchmark(Baseline = true)]
    public int BareWords()
    {
        var n = 0;
        foreach (var (_, bytes) in files)
        {
            using var doc = PdfDocument.Open(bytes);
            foreach (var page in doc.GetPages()) n += page.GetWords().Count();
        }
        return n;
    }

    [Benchmark]
    public int Read()
    {
        var n = 0;
        foreach (var (name, bytes) in files)
        {
            try { n += DisclosureReader.ReadBytes(bytes, name).Tables.Count; }
            catch (ReadException) { n--; }
        }
        return n;
    }
}
