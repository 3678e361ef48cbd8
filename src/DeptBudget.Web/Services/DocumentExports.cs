using System.Text;
using DeptBudget.Model;
using DeptBudget.Rendering;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Storage;

namespace DeptBudget.Web.Services;

/// <summary>
/// The documents (PDF, XLSX, DOCX, HTML) of a stored disclosure, written by DeptBudget.Rendering in the disclosure's
/// layout, or as read where its family has no rendering definition. One supervised headless Chromium is started on the first PDF and kept (replaced when it dies, hangs or
/// idles) for the life of the application. Approved and published budgets print as the official text (no draft banner).
/// </summary>
public sealed class DocumentExports(ILogger<DocumentExports> log, DeptBudgetSettings settings) : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> Formats = ["pdf", "xlsx", "docx", "html"];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private PdfRenderer? _pdf;

    public Task<Download> RenderAsync(LoadedBudget b, string format, CancellationToken ct) =>
        RenderAsync(b.Disclosure, b.Findings, format, ct, final: b.Record.Status is BudgetStatus.Approved or BudgetStatus.Published);

    public async Task<Download> RenderAsync(Disclosure d, IReadOnlyList<FindingView> findings, string format, CancellationToken ct, bool final = false)
    {
        var errors = findings.Where(f => f.IsError).Select(f => f.Message).ToList();
        // A family without a rendering definition (上海, 北京 …) prints the disclosure as read (issue 15: no link answered JSON).
        var rendered = FamilyRenderer.Render(d, errors) with { Final = final };
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
                return new(await pdf.RenderAsync(html, ct), "application/pdf", name + ".pdf");
            default:
                throw new ArgumentException($"不支持的格式 {format}");
        }
    }

    /// <summary>The supervised Chromium's process, once a PDF was asked for (diagnostics and tests).</summary>
    public int? BrowserProcessId => _pdf?.BrowserProcessId;

    private async Task<PdfRenderer> PdfAsync(CancellationToken ct)
    {
        if (_pdf is not null) return _pdf;
        await _gate.WaitAsync(ct);
        try
        {
            if (_pdf is null)
            {
                log.LogInformation("Starting Chromium for PDF export at {Path}", PdfRenderer.ChromiumPath);
                var limits = PdfRendererOptions.Default with
                {
                    RenderTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.Pdf.RenderTimeoutSeconds)),
                    IdleRecycle = TimeSpan.FromSeconds(Math.Max(1, settings.Pdf.IdleRecycleSeconds)),
                };
                try { _pdf = await PdfRenderer.StartAsync(limits); }
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
