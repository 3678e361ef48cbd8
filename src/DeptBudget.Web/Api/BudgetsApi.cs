using System.Security.Claims;
using DeptBudget.Model.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace DeptBudget.Web.Api;

/// <summary>Budgets: list, read, findings, exports, upload, edit (If-Match revision), workflow, history.</summary>
public static class BudgetsApi
{
    public sealed record BudgetAnswer(BudgetSummary Budget, IReadOnlyList<FindingView> Findings);
    public sealed record MoveRequest(string To, int Revision, string? Comment);
    public sealed record RegionRequest(string? Region, int Revision);
    public sealed record VersionAnswer(int Number, string Status, int ErrorCount, int WarningCount, string? CreatedBy, DateTime CreatedAt, string? Note);

    public static void MapBudgetsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/budgets").WithTags("budgets").AddEndpointFilter<ApiErrors>();

        api.MapGet("/", async (ClaimsPrincipal user, BudgetStore store, string? department, int? year, string? status, string? region, CancellationToken ct) =>
        {
            BudgetStatus? s = null;
            if (!string.IsNullOrEmpty(status)) s = Workflow.TryParse(status, out var v) ? v : throw new ArgumentException($"未知状态 {status}");
            return Results.Ok(await store.ListAsync(user.ToAccess(), new BudgetFilter(department, year, s, region), ct));
        }).WithSummary("预算列表（匿名只见已公开）");

        api.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, BudgetService budgets, HttpResponse response, CancellationToken ct) =>
        {
            var b = await Load(budgets, user, id, ct);
            response.Headers.ETag = $"\"{b.Record.Revision}\"";
            return Results.Json(new BudgetAnswer(Summary(b.Record), b.Findings), CheckService.Json);
        }).WithSummary("一个预算：状态、版本号（ETag）与发现的问题");

        api.MapGet("/{id:int}/disclosure", async (int id, ClaimsPrincipal user, BudgetService budgets, HttpResponse response, CancellationToken ct) =>
        {
            var b = await Load(budgets, user, id, ct);
            response.Headers.ETag = $"\"{b.Record.Revision}\"";
            return Results.Text(b.Record.Json, "application/json; charset=utf-8");
        }).WithSummary("规范 JSON");

        api.MapGet("/{id:int}/export/{format}", async (int id, string format, string? table, ClaimsPrincipal user, BudgetService budgets,
            DocumentExports documents, CancellationToken ct) =>
        {
            var b = await Load(budgets, user, id, ct);
            var name = DataExports.BaseName(b.Disclosure);
            format = format.ToLowerInvariant();
            var file = format switch
            {
                "json" => DataExports.Json(b.Disclosure, name),
                "csv" when table is not null => DataExports.TableCsv(b.Disclosure, table, name) ?? throw new ArgumentException($"没有表 {table}"),
                "csv" => DataExports.AllCsv(b.Disclosure, name),
                _ when DocumentExports.Formats.Contains(format) => await documents.RenderAsync(b, format, ct),
                _ => throw new ArgumentException($"不支持的格式 {format}（{string.Join("、", DocumentExports.Formats)}、json、csv）"),
            };
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireRateLimiting(Policies.PdfExport).WithSummary("下载：pdf、html、json、csv（?table= 一张表，否则全部表的 zip）");

        api.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, BudgetService budgets, DeptBudgetSettings settings, CancellationToken ct) =>
        {
            var (content, name) = await Uploads.ReadFileAsync(request, settings.Limits.MaxUploadBytes, ct);
            var b = await budgets.UploadAsync(user, content, name, ct);
            return Results.Json(new BudgetAnswer(Summary(b.Record), b.Findings), CheckService.Json, statusCode: 201);
        }).RequireAuthorization(Policies.Preparer).DisableAntiforgery().WithSummary("上传：读取、审核并保存为草稿")
          .Accepts<IFormFile>("multipart/form-data").Produces(201);

        api.MapPost("/{id:int}/next-year", async (int id, ClaimsPrincipal user, BudgetService budgets, CancellationToken ct) =>
        {
            var b = await budgets.CreateNextYearAsync(user, id, ct);
            return Results.Json(new BudgetAnswer(Summary(b.Record), b.Findings), CheckService.Json, statusCode: 201);
        }).RequireAuthorization(Policies.Preparer).WithSummary("由已公开的预算生成下一年度草稿（上年数为上年预算数）");

        api.MapPut("/{id:int}", async (int id, HttpRequest request, ClaimsPrincipal user, BudgetService budgets, CancellationToken ct) =>
        {
            var revision = IfMatch(request) ?? throw new ArgumentException("缺少 If-Match 头（当前版本号，见 ETag）");
            using var reader = new StreamReader(request.Body);
            var changed = BudgetJson.Deserialize(await reader.ReadToEndAsync(ct));
            var b = await budgets.SaveAsync(user, id, revision, changed, "通过 API 修改", ct);
            return Results.Json(new BudgetAnswer(Summary(b.Record), b.Findings), CheckService.Json);
        }).RequireAuthorization(Policies.Preparer).Accepts<object>("application/json").WithSummary("修改（规范 JSON；If-Match: 版本号）");

        api.MapPost("/{id:int}/status", async (int id, [FromBody] MoveRequest move, ClaimsPrincipal user, BudgetService budgets, CancellationToken ct) =>
        {
            if (!Workflow.TryParse(move.To, out var to)) throw new ArgumentException($"未知状态 {move.To}（draft、submitted、approved、published）");
            var record = await budgets.MoveAsync(user, id, move.Revision, to, move.Comment, ct);
            return Results.Ok(Summary(record));
        }).RequireAuthorization().WithSummary("流转：提交、退回、审核、公开");

        api.MapPut("/{id:int}/region", async (int id, [FromBody] RegionRequest set, ClaimsPrincipal user, BudgetService budgets, BudgetStore store, CancellationToken ct) =>
        {
            await Load(budgets, user, id, ct);
            return Results.Ok(Summary(await store.SetRegionAsync(id, set.Revision, set.Region, user.NameOf(), ct)));
        }).RequireAuthorization(Policies.Admin).WithSummary("设置地区（审核人按地区审核；空则未设）");

        api.MapGet("/{id:int}/versions", async (int id, ClaimsPrincipal user, BudgetService budgets, BudgetStore store, CancellationToken ct) =>
        {
            await Load(budgets, user, id, ct);
            return Results.Ok((await store.VersionsAsync(id, ct)).Select(v =>
                new VersionAnswer(v.Number, v.Status.ToString().ToLowerInvariant(), v.ErrorCount, v.WarningCount, v.CreatedBy, v.CreatedAt, v.Note)));
        }).RequireAuthorization().WithSummary("全部版本");

        api.MapGet("/{id:int}/versions/{number:int}", async (int id, int number, ClaimsPrincipal user, BudgetService budgets, BudgetStore store, CancellationToken ct) =>
        {
            await Load(budgets, user, id, ct);
            var v = await store.VersionAsync(id, number, ct) ?? throw new BudgetNotFoundException(id);
            return Results.Text(v.Json, "application/json; charset=utf-8");
        }).RequireAuthorization().WithSummary("某一版本的规范 JSON");

        api.MapGet("/{id:int}/audit", async (int id, ClaimsPrincipal user, BudgetService budgets, BudgetStore store, CancellationToken ct) =>
        {
            await Load(budgets, user, id, ct);
            return Results.Ok(await store.AuditAsync(id, ct));
        }).RequireAuthorization().WithSummary("修改记录：谁、何时、做了什么、修改前后");
    }

    internal static BudgetSummary Summary(BudgetRecord b) => new(b.Id, b.Department, b.UnitName, b.Region, b.Year, b.Scope, b.Layout, b.Status,
        b.ErrorCount, b.WarningCount, b.CurrentVersion, b.Revision, b.UpdatedBy, b.UpdatedAt);

    private static async Task<LoadedBudget> Load(BudgetService budgets, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await budgets.LoadAsync(user, id, ct) ?? throw new BudgetNotFoundException(id);

    private static int? IfMatch(HttpRequest request)
    {
        var v = request.Headers.IfMatch.ToString().Trim().Trim('"');
        if (v.StartsWith("W/", StringComparison.Ordinal)) v = v[2..].Trim('"');
        return int.TryParse(v, out var n) ? n : null;
    }
}
