using System.Diagnostics;
using System.Text;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;
using UglyToad.PdfPig;

namespace DeptBudget.Web.Tests;

/// <summary>
/// `deptbudget render FILE -o out.pdf` without --layout (issue 15): a family without a rendering definition prints as
/// read, the same as the web's downloads; --layout still names a layout. Figures read by hand from `pdftotext -layout`
/// of the source PDFs, not from our output.
/// </summary>
public sealed class RenderCommandTests
{
    private static string Bin(string file) => Path.Combine(AppContext.BaseDirectory, file);

    private static async Task<(int Code, string Stderr)> Run(params string[] args)
    {
        // The CLI built beside the tests resolves its packages through the tests' deps file (the tests unified them).
        var info = new ProcessStartInfo("dotnet", ["exec", "--depsfile", Bin("DeptBudget.Web.Tests.deps.json"),
            "--runtimeconfig", Bin("DeptBudget.Web.Tests.runtimeconfig.json"), Bin("deptbudget.dll"), .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEPTBUDGET_ROOT"] = Seeds.RepoRoot;
        using var p = Process.Start(info)!;
        var stderr = p.StandardError.ReadToEndAsync();
        _ = p.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try { await p.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException) { p.Kill(entireProcessTree: true); throw; }
        return (p.ExitCode, await stderr);
    }

    private static string TextOf(string path)
    {
        using var doc = PdfDocument.Open(path);
        var text = new StringBuilder();
        foreach (var page in doc.GetPages()) text.Append(PdfText.Normalise(page.Text).Replace(" ", "")).Append('\n');
        return text.ToString();
    }

    [Fact]
    public async Task A_shanghai_pdf_renders_as_read_without_a_layout_option()
    {
        var output = Path.Combine(Path.GetTempPath(), $"render-{Guid.NewGuid():N}.pdf");
        try
        {
            var (code, stderr) = await Run("render", Seeds.RealDoc("shanghai-putuo-government-office-2025-department-budget.pdf"), "-o", output);
            Assert.True(code == 0, stderr);
            Assert.Contains("as read", stderr);
            var text = TextOf(output);
            // pdftotext -layout lines 105–140: 收支总表 and 收入总表 in 元.
            foreach (var f in new[] { "91,016,775.35", "82,096,797.42", "4,213,779.28", "12,029,501.84", "46,140,000.00" })
                Assert.Contains(f, text);
            Assert.Contains("单位：元", text);
            Assert.Contains("上海市普陀区人民政府办公室", text);
            Assert.Contains("行政运行", text);
            Assert.DoesNotContain("没有版式", stderr);
        }
        finally { File.Delete(output); }
    }

    [Fact]
    public async Task A_xian_pdf_renders_as_read_to_pdf_and_docx_without_a_layout_option()
    {
        var dir = Directory.CreateTempSubdirectory("render-").FullName;
        try
        {
            var source = Seeds.RealDoc("china/shaanxi-xian-xfj-2026-budget.pdf");
            var (code, stderr) = await Run("render", source, "-o", Path.Combine(dir, "out.pdf"));
            Assert.True(code == 0, stderr);
            // pdftotext -layout lines 384–464: 收支总表 28,384,234.71; 人员 18,119,247.51, 公用 1,208,867.20, 专项 9,056,120.00.
            var text = TextOf(Path.Combine(dir, "out.pdf"));
            foreach (var f in new[] { "28,384,234.71", "18,119,247.51", "1,208,867.20", "9,056,120.00" }) Assert.Contains(f, text);
            Assert.Contains("西安市信访局", text);

            (code, stderr) = await Run("render", source, "-o", Path.Combine(dir, "out.docx"));
            Assert.True(code == 0, stderr);
            using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(dir, "out.docx"), false);
            var body = docx.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("28,384,234.71", body);
            Assert.Contains("9,056,120.00", body);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public async Task The_layout_option_still_renders_in_the_named_layout_and_an_unknown_one_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("render-").FullName;
        try
        {
            var (code, stderr) = await Run("render", Seeds.PathOf(Seeds.Xixia2024), "--layout", "henan-2024", "-o", Path.Combine(dir, "out.html"));
            Assert.True(code == 0, stderr);
            Assert.Contains("layout henan-2024", stderr);
            (code, stderr) = await Run("render", Seeds.PathOf(Seeds.Xixia2024), "--layout", "nowhere-1999", "-o", Path.Combine(dir, "x.html"));
            Assert.Equal(2, code);
            Assert.Contains("没有版式", stderr);
        }
        finally { Directory.Delete(dir, true); }
    }
}
