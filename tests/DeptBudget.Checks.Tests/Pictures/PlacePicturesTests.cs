using System.Diagnostics;
using DeptBudget.Checks.Pictures;
using DeptBudget.Checks.Reports;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace DeptBudget.Checks.Tests.Pictures;

/// <summary>Pictures of the places: the page by pdftoppm with the box outlined; bounded in time; cached; in the reports.</summary>
public class PlacePicturesTests
{
    private static readonly string Putuo = Seeds.RealDoc("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf");

    [Fact]
    public void The_picture_is_the_band_of_the_page_around_the_box_with_the_box_outlined_in_red()
    {
        var renderer = new PageRenderer(new PageRenderer.Settings());
        var pdf = File.ReadAllBytes(Putuo);
        var page = renderer.Pages(pdf, [6])[6];
        // A4 at 100 dpi.
        Assert.InRange(page.Width, 825, 829);
        var box = new PageBox(6, 506.2m, 417.6m, 30.3m, 7.4m);
        var png = PlacePicture.Png(page, box);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        var (w, h) = (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal(page.Width, w);
        Assert.InRange(h, (int)((2 * PlacePicture.Context + 7) * page.Scale) - 4, (int)((2 * PlacePicture.Context + 12) * page.Scale) + 4);
        // The outline is red where the box's left edge is; the page has no red there.
        var x = (int)((506.2 - 2) * page.Scale) - 1;
        var y = (int)((417.6 + 3.7) * page.Scale);
        Assert.True(page.Rgb[(y * page.Width + x) * 3] > 200 && page.Rgb[(y * page.Width + x) * 3 + 1] > 200, "the page is white there");
        var rendered = Decode(png, w, h);
        var band = (int)(417.6 * page.Scale - PlacePicture.Context * page.Scale);
        var i = ((y - band) * w + x) * 3;
        Assert.True(rendered[i] > 200 && rendered[i + 1] < 60, $"red outline at {x},{y}");
    }

    [Fact]
    public void Pages_are_rendered_once_and_then_come_from_the_cache()
    {
        var renderer = new PageRenderer(new PageRenderer.Settings());
        var pdf = File.ReadAllBytes(Putuo);
        renderer.Pages(pdf, [6, 7]);
        var watch = Stopwatch.StartNew();
        var again = renderer.Pages(pdf, [6, 7]);
        Assert.Equal(2, again.Count);
        Assert.True(watch.ElapsedMilliseconds < 200, $"{watch.ElapsedMilliseconds} ms from the cache");
    }

    [Fact]
    public void A_renderer_that_overruns_its_time_is_killed_and_says_so_in_chinese()
    {
        var script = Path.Combine(Path.GetTempPath(), $"slow-pdftoppm-{Guid.NewGuid():N}.sh");
        // Answers the version probe at once, then hangs on the page as a broken PDF could make it.
        File.WriteAllText(script, "#!/bin/sh\n[ \"$1\" = -v ] && exit 0\nsleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        try
        {
            var renderer = new PageRenderer(new PageRenderer.Settings(Timeout: TimeSpan.FromSeconds(1), Program: script));
            var watch = Stopwatch.StartNew();
            var e = Assert.Throws<PictureException>(() => renderer.Pages(File.ReadAllBytes(Putuo), [1]));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {watch.Elapsed}");
            Assert.Contains("超过 1 秒", e.Message);
        }
        finally { File.Delete(script); }
    }

    [Fact]
    public void Without_pdftoppm_the_report_says_so_instead_of_failing()
    {
        var renderer = new PageRenderer(new PageRenderer.Settings(Program: "/nonexistent/pdftoppm"));
        var report = Checker.Default.Check(DisclosureReader.ReadFile(Putuo));
        var pictures = FindingPictures.Of(report, File.ReadAllBytes(Putuo), renderer);
        Assert.Empty(pictures.Pngs);
        Assert.Contains("未安装 poppler-utils", pictures.Note);
        Assert.Contains("未安装 poppler-utils", HtmlReport.Write(report, pictures));
    }

    [Fact]
    public void The_html_report_and_the_checklist_show_each_problem_with_its_page_and_picture()
    {
        var report = Checker.Default.Check(DisclosureReader.ReadFile(Putuo));
        var pictures = FindingPictures.Of(report, File.ReadAllBytes(Putuo), PageRenderer.Shared);
        var judged = report.Findings.Where(f => f.Severity != Severity.Info).ToList();
        Assert.Equal(judged.Select(f => f.Location.Place).Distinct().Count(), pictures.Pngs.Count);
        var html = HtmlReport.Write(report, pictures);
        Assert.Equal(judged.Count, System.Text.RegularExpressions.Regex.Matches(html, "data:image/png;base64,").Count);

        var form = ChecklistForm.Of(report, pictures);
        var explanation = form.Rows.Single(r => r.Part == "编制说明");
        Assert.Matches(@"^第 [\d、]+ 页$", explanation.Pages);
        Assert.NotEmpty(explanation.Pictures!);
        using var ms = new MemoryStream();
        ChecklistXlsx.Write(ms, [form]);
        ms.Position = 0;
        using var doc = SpreadsheetDocument.Open(ms, false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single(p => p.DrawingsPart is not null);
        Assert.Equal(form.Rows.Sum(r => r.Pictures?.Count ?? 0), sheet.DrawingsPart!.ImageParts.Count());
        var text = string.Join("|", sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text));
        Assert.Contains("页码", text);
        Assert.Contains(explanation.Pages, text);
    }

    // Inflates the PNG's one IDAT (filter 0 rows) back to RGB.
    private static byte[] Decode(byte[] png, int w, int h)
    {
        var len = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        using var z = new System.IO.Compression.ZLibStream(new MemoryStream(png, 41, len), System.IO.Compression.CompressionMode.Decompress);
        using var raw = new MemoryStream();
        z.CopyTo(raw);
        var rows = raw.ToArray();
        var rgb = new byte[w * h * 3];
        for (var y = 0; y < h; y++) Array.Copy(rows, y * (w * 3 + 1) + 1, rgb, y * w * 3, w * 3);
        return rgb;
    }
}
