using System.Security.Claims;
using DeptBudget.Checks;
using DeptBudget.Checks.Pictures;
using DeptBudget.Checks.Reports;
using DeptBudget.Model;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Api;

/// <summary>
/// A budget's original and its findings at their place: the original PDF as uploaded, the picture of a place on one
/// of its pages (the box outlined), and the 公开情况检查表 of the budget with the page and picture of each problem.
/// Each answers only what the caller may see of the budget (loaded through <see cref="BudgetService"/>).
/// </summary>
public static class PlacesApi
{
    public static void MapPlacesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/budgets").WithTags("budgets").AddEndpointFilter<ApiErrors>();

        api.MapGet("/{id:int}/original", async (int id, ClaimsPrincipal user, BudgetService budgets, OriginalFiles originals, CancellationToken ct) =>
        {
            var b = await Load(budgets, user, id, ct);
            var pdf = originals.Load(id) ?? throw new OriginalMissingException("此预算没有保存原文件（只保存上传的 PDF 原文）");
            return Results.File(pdf, "application/pdf", Path.ChangeExtension(b.Disclosure.Meta.SourceFile is { Length: > 0 } s ? Path.GetFileName(s) : $"budget-{id}", ".pdf"));
        }).WithSummary("原文件（上传的 PDF）");

        api.MapGet("/{id:int}/picture", async (int id, int page, decimal x, decimal y, decimal w, decimal h, bool? whole, ClaimsPrincipal user,
            BudgetService budgets, OriginalFiles originals, HttpResponse response, CancellationToken ct) =>
        {
            if (page is < 1 or > 10_000 || new[] { x, y, w, h }.Any(v => v is < 0 or > 20_000))
                throw new ArgumentException("位置无效：页码应为 1–10000，坐标应为 0–20000 磅");
            await Load(budgets, user, id, ct);
            var pdf = originals.Load(id) ?? throw new OriginalMissingException("此预算没有保存原文件，不能显示原文页面");
            var box = new PageBox(page, x, y, w, h);
            var png = await Task.Run(() =>
            {
                try
                {
                    var pages = PageRenderer.Shared.Pages(pdf, [page]);
                    return pages.TryGetValue(page, out var image) ? PlacePicture.Png(image, box, whole == true) : null;
                }
                catch (PictureException e) { throw new PlaceUnavailableException(e.Message); }
            }, ct) ?? throw new ArgumentException($"原文件没有第 {page} 页");
            response.Headers.CacheControl = "private, max-age=3600";
            return Results.File(png, "image/png");
        }).RequireRateLimiting(Policies.PdfExport).WithSummary("原文某页的图片，问题位置以红框标出（page、x、y、w、h 为 PDF 磅，y 自页顶向下）");

        api.MapGet("/{id:int}/checklist.xlsx", async (int id, ClaimsPrincipal user, BudgetService budgets, OriginalFiles originals, CancellationToken ct) =>
        {
            var b = await Load(budgets, user, id, ct);
            var form = await Task.Run(() => Form(b, originals.Load(id), PageRenderer.Shared), ct);
            using var ms = new MemoryStream();
            ChecklistXlsx.Write(ms, [form]);
            return Results.File(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"{DataExports.BaseName(b.Disclosure)}-公开情况检查表.xlsx");
        }).RequireRateLimiting(Policies.PdfExport).WithSummary("公开情况检查表（XLSX）：各部分是否符合要求、问题、页码与原文位置图片");
    }

    /// <summary>The budget's 公开情况检查表 from its stored findings, with the pictures of their places when the original PDF is kept.</summary>
    public static ChecklistForm Form(LoadedBudget b, byte[]? pdf, PageRenderer? renderer)
    {
        var findings = b.Findings.Select(RulesChecker.ToFinding).ToList();
        var pictures = pdf is null || renderer is null ? null
            : FindingPictures.Make(pdf, findings.Where(f => f.Severity != Severity.Info).OrderBy(f => f.Severity).Select(f => f.Location.Place), renderer);
        var r = b.Record;
        return ChecklistForm.Of(b.Disclosure, findings, b.Disclosure.Meta.SourceFile ?? $"{r.UnitName} {r.Year}", r.Department, r.Year, pictures) with
        {
            Heading = [new("单位", r.UnitName), new("状态", Workflow.Label(r.Status)), new("错误", r.ErrorCount.ToString()), new("提示", r.WarningCount.ToString())],
        };
    }

    private static async Task<LoadedBudget> Load(BudgetService budgets, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await budgets.LoadAsync(user, id, ct) ?? throw new BudgetNotFoundException(id);
}

/// <summary>A page picture that cannot be made here (pdftoppm missing, a page over its time): HTTP 503 with the reason.</summary>
public sealed class PlaceUnavailableException(string message) : Exception(message);

/// <summary>The budget has no kept original (not a PDF upload, or uploaded before originals were kept): HTTP 404.</summary>
public sealed class OriginalMissingException(string message) : Exception(message);
