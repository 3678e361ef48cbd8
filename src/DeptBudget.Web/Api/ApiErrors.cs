using DeptBudget.Model.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Api;

/// <summary>Turns the application's exceptions into RFC 7807 problem details with a Chinese title.</summary>
public sealed class ApiErrors : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (ToProblem(e) is { } problem)
        {
            return problem;
        }
    }

    public static IResult? ToProblem(Exception e) => e switch
    {
        IntakeException x => Results.Problem(statusCode: x.Status, title: "文件无法读取", detail: x.Message),
        BudgetNotFoundException x => Results.Problem(statusCode: 404, title: "预算不存在", detail: x.Message),
        ForbiddenException x => Results.Problem(statusCode: 403, title: "没有权限", detail: x.Message),
        ConcurrencyConflictException x => Results.Problem(statusCode: 409, title: "修改冲突", detail: x.Message,
            extensions: new Dictionary<string, object?> { ["currentRevision"] = x.ActualRevision }),
        WorkflowException x => Results.Problem(statusCode: 409, title: "状态不允许此操作", detail: x.Message),
        BudgetJsonException x => Results.Problem(statusCode: 422, title: "JSON 不符合格式", detail: x.Message,
            extensions: new Dictionary<string, object?> { ["path"] = x.JsonPath }),
        DeptBudget.Rendering.Writers.PdfRenderException x => Results.Problem(statusCode: 503, title: "暂时无法生成 PDF", detail: x.Message),
        OriginalMissingException x => Results.Problem(statusCode: 404, title: "没有原文件", detail: x.Message),
        PlaceUnavailableException x => Results.Problem(statusCode: 503, title: "暂时无法生成原文图片", detail: x.Message),
        ArgumentException x => Results.Problem(statusCode: 400, title: "请求无效", detail: x.Message),
        BadHttpRequestException x => Results.Problem(statusCode: x.StatusCode, title: "请求无效", detail: x.Message),
        _ => null,
    };
}
