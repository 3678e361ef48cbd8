using DeptBudget.Model.Json;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Api;

/// <summary>Stateless tools, open to anyone and rate limited: read a file, check it.</summary>
public static class ToolsApi
{
    public sealed record CheckAnswer(string? File, string Department, int Year, string Layout, int Errors, int Warnings, IReadOnlyList<FindingView> Findings);

    /// <summary>Whom a heavy read is queued for: the signed-in user, else the client address.</summary>
    public static string ClientOf(HttpContext c) => c.User.Identity?.IsAuthenticated == true
        ? "user:" + c.User.Identity.Name
        : "ip:" + (c.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    public static void MapToolsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("tools").AddEndpointFilter<ApiErrors>()
            .RequireRateLimiting(Policies.Tools).DisableAntiforgery();

        api.MapPost("/read", async (HttpRequest request, DeptBudgetSettings settings, ReadGate gate, Services.Workers.IUploadReader reader, CancellationToken ct) =>
        {
            var (content, name) = await Uploads.ReadFileAsync(request, settings.Limits.MaxUploadBytes, ct);
            var json = await gate.RunAsync(ClientOf(request.HttpContext),
                () => BudgetJson.Serialize(reader.Read(content, name, ct)), ct);
            return Results.Text(json, "application/json; charset=utf-8");
        }).WithSummary("读取：multipart 字段 file → 规范 JSON").Accepts<IFormFile>("multipart/form-data")
          .Produces(200, contentType: "application/json").ProducesProblem(415).ProducesProblem(422);

        api.MapPost("/check", async (HttpRequest request, DeptBudgetSettings settings, CheckCache checks, CancellationToken ct) =>
        {
            var (content, name) = await Uploads.ReadFileAsync(request, settings.Limits.MaxUploadBytes, ct);
            var e = await checks.ReadAndCheckAsync(content, name, ClientOf(request.HttpContext), ct);
            return Results.Json(new CheckAnswer(Path.GetFileName(name), e.Disclosure.Meta.Department, e.Disclosure.Meta.Year,
                e.Disclosure.Meta.Layout, e.Errors, e.Warnings, e.Findings), CheckService.Json);
        }).WithSummary("审核：multipart 字段 file → 发现的问题（JSON）").Accepts<IFormFile>("multipart/form-data")
          .Produces<CheckAnswer>().ProducesProblem(415).ProducesProblem(422).ProducesProblem(429);
    }
}
