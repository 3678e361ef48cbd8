using System.Text;
using DeptBudget.Model;
using DeptBudget.Rendering;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;

namespace DeptBudget.Web.Services;

/// <summary>
/// The documents (PDF, XLSX, DOCX, HTML) of a stored disclosure, written by DeptBudget.Rendering in the disclosure's
/// layout. One headless Chromium is started on the first PDF and kept for the life of the application.
/// </summary>
public sealed class DocumentExports(ILogger<DocumentExports> log) : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> Formats = ["pdf", "xlsx", "docx", "html"];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private PdfRenderer? _pdf;

    public async Task<Download> RenderAsync(Disclosure d, IReadOnlyList<FindingView> findings, string format, CancellationToken ct)
    {
        var layoutId = Layout.Available.Contains(d.Meta.Layout) ? d.Meta.Layout
            : throw new ArgumentException($"格式“{d.Meta.Layout}”没有排版定义，无法生成文档（可用：{string.Join("、", Layout.Available)}）");
        var errors = findings.Where(f => f.IsError).Select(f => f.Message).ToList();
        var rendered = DisclosureRenderer.Render(d, Layout.Load(layoutId), errors);
        var name = DataExports.BaseName(d);
        switch (format)
        {
            case "html":
                return new(Encoding.UTF8.GetBytes(HtmlWriter.Write(rendered)), "text/html; charset=utf-8", name + ".html");
            case "xlsx":
                return new(XlsxWriter.Write(rendered), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            case "docx":
                return new(DocxWriter.Write(rendered), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
            case "pdf":
                var html = HtmlWriter.Write(rendered);
                var pdf = await PdfAsync(ct);
                return new(await pdf.RenderAsync(html), "application/pdf", name + ".pdf");
            default:
                throw new ArgumentException($"不支持的格式 {format}");
        }
    }

    private async Task<PdfRenderer> PdfAsync(CancellationToken ct)
    {
        if (_pdf is not null) return _pdf;
        await _gate.WaitAsync(ct);
        try
        {
            if (_pdf is null)
            {
                log.LogInformation("Starting Chromium for PDF export at {Path}", PdfRenderer.ChromiumPath);
                try { _pdf = await PdfRenderer.StartAsync(); }
                catch (FileNotFoundException e) { throw new ArgumentException("无法生成 PDF：" + e.Message); }
            }
            return _pdf;
        }
        finally { _gate.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (_pdf is not null) await _pdf.DisposeAsync();
        _gate.Dispose();
    }
}
