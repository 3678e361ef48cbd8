using System.Security.Claims;
using DeptBudget.Web.Api;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace DeptBudget.Web.Review;

/// <summary>The desk's API: batch import with progress, the region overview, bulk actions, findings exports.</summary>
public static class ReviewApi
{
    /// <summary>A batch upload (several files or zips) may be larger than one file; each file keeps the one-file limit.</summary>
    public const long MaxBatchBytes = 256L * 1024 * 1024;

    public sealed record BulkRequest(string Action, IReadOnlyList<string> Selected, string? Reason = null);

    public static void MapReviewApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/review").WithTags("review").AddEndpointFilter<ApiErrors>().RequireAuthorization();

        api.MapPost("/imports", async (HttpRequest request, ClaimsPrincipal user, DeskService desk, CancellationToken ct) =>
        {
            DeskService.RequireImporter(user);
            var uploads = await ReadFilesAsync(request, ct);
            var id = await desk.CreateBatchAsync(user, uploads, ct);
            return Results.Accepted($"/api/review/imports/{id}", new { batchId = id });
        }).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(MaxBatchBytes))
          .WithSummary("批量导入：多个文件或一个 zip（字段 files），每个文件后台读取、审核，成为待审核的预算");

        api.MapGet("/imports/{id:int}", async (int id, ClaimsPrincipal user, DeskService desk, CancellationToken ct) =>
            await desk.BatchAsync(id, user, ct) is { } b
                ? Results.Ok(new { b.Id, b.CreatedBy, b.CreatedAt, done = b.Done, total = b.Items.Count, b.Finished, b.Percent,
                    items = b.Items.Select(i => new { i.Id, i.FileName, i.Size, state = i.State.ToString().ToLowerInvariant(), stateLabel = DeskService.Label(i.State),
                        i.Attempts, i.Reason, i.BudgetId, i.Department, i.Year, i.Errors, i.Warnings, i.LeadItemId }) })
                : Results.Problem(statusCode: 404, title: "批次不存在", detail: $"批次 {id} 不存在"))
          .WithSummary("一个批次：每个文件的状态（queued、reading、checked、failed）与总进度");

        api.MapGet("/overview", async (ClaimsPrincipal user, RegionOverview overview, string? region, string? status, string? q, int? year,
            string? kind, string? sort, string? dir, CancellationToken ct) =>
        {
            var o = await overview.BuildAsync(user, new OverviewQuery(region, status, q, year, kind, sort ?? "worst", dir != "asc"), ct);
            return Results.Ok(new { o.Region, o.Counts, queue = o.Queue.Select(r => r.Id), rows = o.Rows.Select(Row) });
        }).WithSummary("地区总览：按状态计数、各单位按规则类别的错误与提示（最差在前）、待我审核");

        api.MapPost("/bulk", async ([FromBody] BulkRequest bulk, ClaimsPrincipal user, BulkActions actions, CancellationToken ct) =>
            Results.Ok(await actions.RunAsync(user, bulk.Action, bulk.Selected ?? [], ct, bulk.Reason)))
          .WithSummary("批量退回（以审核发现为理由）、批准、公开；selected 为 “编号:版本号”");

        api.MapGet("/findings.xlsx", async (ClaimsPrincipal user, FindingsExport export, string? region, CancellationToken ct) =>
            Results.File(await export.XlsxAsync(user, region, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "审核发现.xlsx"))
          .WithSummary("地区审核发现：汇总表与每个单位一张公开情况检查表");

        api.MapGet("/findings.csv", async (ClaimsPrincipal user, FindingsExport export, string? region, CancellationToken ct) =>
            Results.File(await export.CsvAsync(user, region, ct), "text/csv; charset=utf-8", "审核发现.csv"))
          .WithSummary("地区审核发现，每条一行");
    }

    private static object Row(UnitRow r) => new
    {
        r.Id, r.Department, r.UnitName, r.Region, r.Year, status = r.StatusLabel, r.Errors, r.Warnings, r.Revision,
        byKind = r.ByKind,
    };

    /// <summary>Every multipart file of the request (any field name), each within the batch limit.</summary>
    public static async Task<List<(string Name, byte[] Content)>> ReadFilesAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) throw new ArgumentException("请以 multipart/form-data 上传，字段名为 files");
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } f) f.MaxRequestBodySize = MaxBatchBytes;
        var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxBatchBytes }, ct);
        var files = new List<(string, byte[])>();
        foreach (var file in form.Files)
        {
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            files.Add((file.FileName, ms.ToArray()));
        }
        if (files.Count == 0) throw new ArgumentException("请选择文件");
        return files;
    }
}
