using System.Net;
using System.Text;
using DeptBudget.Reading.Pdf;
using UglyToad.PdfPig;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Seed 000's 部门（单位）整体绩效目标表 as one ruled table, laid out by LibreOffice many times over so that page
/// breaks fall at every place in it: under a growing block of blank lines on a landscape A4 page (and on one
/// 1.7 mm shorter, half of a 7 pt line), its long 年度履职目标 row second — the break moves down that row a line
/// at a time — and on pages of 12 to 16 cm with that row last, so that breaks fall between whole rows all over
/// the table (a label as wide as its column at a page's foot, a row LibreOffice breaks with nothing to go on). LibreOffice keeps two lines of a paragraph together at a
/// page's foot, so the first cut it makes in a row is after its second line.
/// </summary>
public sealed class BrokenRowPdfs : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("deptbudget-breaks").FullName;

    /// <summary>The table's rows as the seed gives them, and the long row's text.</summary>
    public List<string[]> Rows { get; }
    public string Long { get; }

    /// <summary>Each PDF with its name: the long row second (under blank lines) or last (on a short page).</summary>
    public List<(string Name, byte[] Pdf, List<string[]> Rows)> Pdfs { get; } = [];

    public BrokenRowPdfs()
    {
        var lines = SeedFiles.Text(SeedFiles.Longting2024).ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("年度履职目标\t"));
        // The table runs to the next title (a line of one cell); blank lines inside it part nothing here.
        Rows = lines.Skip(start).TakeWhile(l => l.Length == 0 || l.Contains('\t')).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        Long = Rows[0][1];
        List<string[]> second = [Rows[1], Rows[0], .. Rows.Skip(2)];
        List<string[]> last = [.. Rows.Skip(1), Rows[0]];
        var files = new List<(string Name, List<string[]> Rows, string Html)>();
        foreach (var height in new[] { 21.0, 20.83 })
            for (var blank = 30; blank <= 56; blank++)
                files.Add(($"second-{height:F2}-{blank}", second, Html(second, height, blank)));
        for (var height = 12.0; height < 16; height += 0.2)
            files.Add(($"last-{height:F1}", last, Html(last, height, 0)));
        foreach (var f in files) File.WriteAllText(Path.Combine(dir, f.Name + ".html"), f.Html, Encoding.UTF8);
        Soffice.Convert(Path.Combine(dir, "profile"), dir, "pdf", files.Select(f => Path.Combine(dir, f.Name + ".html")));
        foreach (var f in files) Pdfs.Add((f.Name, File.ReadAllBytes(Path.Combine(dir, f.Name + ".pdf")), f.Rows));
    }

    // As SeedPdfs lays out a seed's tables (7 pt on landscape A4, border="1"), on a page of the given height and
    // under a paragraph of blank lines (留白, one line each).
    private static string Html(List<string[]> rows, double height, int blank)
    {
        var sb = new StringBuilder($"<html><head><meta charset=\"utf-8\"><style>@page{{size:29.7cm {height:F2}cm;margin:1cm}} body{{font-size:7pt}} td{{font-size:7pt}}</style></head><body>\n");
        if (blank > 0) sb.Append("<p>").AppendJoin("<br>", Enumerable.Repeat("留白", blank)).Append("</p>\n");
        sb.Append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">\n");
        foreach (var r in rows) sb.Append("<tr>").AppendJoin("", r.Select(c => "<td>" + WebUtility.HtmlEncode(c) + "</td>")).Append("</tr>\n");
        return sb.Append("</table></body></html>").ToString();
    }

    public void Dispose() { try { Directory.Delete(dir, true); } catch (IOException) { } }
}

[Collection(SeedPdfCollection.Name)]
public class RowsBrokenOverPagesTests(BrokenRowPdfs f) : IClassFixture<BrokenRowPdfs>
{
    // Cells compared without white space: a line break inside a cell drops the space it fell on.
    private static string Plain(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Every_row_comes_back_whole_wherever_the_page_breaks_fall()
    {
        var wrong = new List<string>();
        foreach (var (name, pdf, rows) in f.Pdfs)
        {
            // The table's rows: lines of the table's five cells (the blank lines above are one cell each).
            var read = PdfSource.Lines(pdf, name).Where(l => l.Cells.Count == 5).Select(l => string.Join(" | ", l.Cells.Select(Plain))).ToList();
            var expected = rows.Select(r => string.Join(" | ", r.Select(Plain))).ToList();
            if (!read.SequenceEqual(expected))
            {
                var at = Enumerable.Range(0, Math.Max(read.Count, expected.Count)).First(k => k >= read.Count || k >= expected.Count || read[k] != expected[k]);
                wrong.Add($"{name}: row {at + 1} read {(at < read.Count ? Cut(read[at]) : "nothing")}, seed {(at < expected.Count ? Cut(expected[at]) : "nothing")}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_page_break_falls_after_each_line_of_the_long_row()
    {
        // The long row's lines on the page it starts on, from the PDFs' words: all of them where it is not broken.
        var before = f.Pdfs.Where(p => p.Name.StartsWith("second")).Select(p => LinesOnFirstPage(p.Pdf, Plain(f.Long)[..8])).ToList();
        var whole = before.Max();
        Assert.True(whole >= 6, $"the long row prints {whole} lines");
        var cuts = before.Where(k => k < whole).ToHashSet();
        Assert.All(Enumerable.Range(2, whole - 2), k => Assert.Contains(k, cuts));
    }

    private static int LinesOnFirstPage(byte[] pdf, string start)
    {
        using var doc = PdfDocument.Open(pdf);
        for (var p = 1; p <= doc.NumberOfPages; p++)
        {
            var words = PdfSource.Words(doc.GetPage(p), "test", p);
            var first = words.FirstOrDefault(w => w.Text.StartsWith(start));
            if (first.Text is null) continue;
            // Each line of the cell starts at its left padding; the next row's text is a row's padding further down.
            var baselines = words.Where(w => Math.Abs(w.Left - first.Left) < 1 && w.Top >= first.Top - 1).Select(w => w.Baseline).Order().ToList();
            var n = 1;
            while (n < baselines.Count && baselines[n] - baselines[n - 1] < 2 * first.Size) n++;
            return n;
        }
        return 0;
    }

    private static string Cut(string s) => s.Length <= 60 ? s : s[..30] + "…" + s[^25..];
}
