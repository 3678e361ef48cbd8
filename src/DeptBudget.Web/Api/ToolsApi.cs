using DeptBudget.Model.Json;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Api;

/// <summary>Stateless tools, open to anyone and rate limited: read a file, check it.</summary>
public static class ToolsApi
{
    public sealed record CheckAnswer(string? File, string Department, int Year, string Layout, int Errors, int Warnings, IReadOnlyList<FindingView> Findings);

    public static void MapToolsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("tools").AddEndpointFilter<ApiErrors>()
            .RequireRateLimiting(Policies.Tools).DisableAntiforgery();

        api.MapPost("/read", async (HttpRequest request, DeptBudgetSettings settings, CancellationToken ct) =>
        {
            var (content, name) = await Uploads.ReadFileAsync(request, settings.Limits.MaxUploadBytes, ct);
            var d = Intake.Read(content, name, settings.Limits.MaxUploadBytes);
            return Results.Text(BudgetJson.Serialize(d), "application/json; charset=utf-8");
        }).WithSummary("读取：multipart 字段 file → 规范 JSON").Accepts<IFormFile>("multipart/form-data")
          .Produces(200, contentType: "application/json").ProducesProblem(415).ProducesProblem(422);

        api.MapPost("/check", async (HttpRequest request, DeptBudgetSettings settings, CheckCache checks, CancellationToken ct) =>
        {
            var (content, name) = await Uploads.ReadFileAsync(request, settings.Limits.MaxUploadBytes, ct);
            var (d, findings) = checks.ReadAndCheck(content, name);
            return Results.Json(new CheckAnswer(Path.GetFileName(name), d.Meta.Department, d.Meta.Year, d.Meta.Layout,
                findings.Count(f => f.IsError), findings.Count(f => f.IsWarning), findings), CheckService.Json);
        }).WithSummary("审核：multipart 字段 file → 发现的问题（JSON）").Accepts<IFormFile>("multipart/form-data")
          .Produces<CheckAnswer>().ProducesProblem(415).ProducesProblem(422).ProducesProblem(429);
    }
}
