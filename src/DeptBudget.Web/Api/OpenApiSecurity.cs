using System.Text.Json.Nodes;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace DeptBudget.Web.Api;

/// <summary>
/// What the OpenAPI document says about credentials and errors: the two ways in (a personal API token as
/// Bearer, the browser's login cookie), which operations need them, and the problem-details answers each
/// operation can give (401/403/404/409/413/422/429), so a client knows them before it meets them.
/// </summary>
public static class OpenApiSecurity
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";

    public static void Describe(OpenApiOptions o)
    {
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "dbt_…",
                Description = "个人 API 令牌：在“我的账号”页面（/account）创建（有效期创建时选定，默认 90 天，最长 365 天），以 Authorization: Bearer 令牌 发送。错误、已撤销或已过期的令牌、停用账号的令牌、Basic 认证均返回 401。",
            };
            doc.Components.SecuritySchemes[Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "deptbudget.auth",
                Description = "浏览器登录（/account/login）后的会话 Cookie。",
            };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((op, ctx, _) =>
        {
            var metadata = ctx.Description.ActionDescriptor.EndpointMetadata;
            var path = "/" + (ctx.Description.RelativePath ?? "");
            var method = ctx.Description.HttpMethod ?? "GET";
            var needsLogin = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
            if (needsLogin)
            {
                op.Security ??= [];
                op.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, ctx.Document)] = [] });
                op.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, ctx.Document)] = [] });
            }
            op.Responses ??= new OpenApiResponses();
            // Sent credentials that do not authenticate answer 401 on every operation, not only the guarded ones.
            Add(op, 401, "未能认证：未登录，或 API 令牌错误、已撤销、已过期、账号已停用，或使用了不支持的 Basic 认证");
            if (needsLogin) Add(op, 403, "没有权限：角色、负责的部门或审核地区不允许此操作");
            if (path.Contains('{')) Add(op, 404, "不存在，或无权查看");
            var write = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
            if (write && path.Contains('{')) Add(op, 409, "冲突：版本号（If-Match / revision）已过期，或状态不允许此操作");
            if (write) Add(op, 422, "内容无法读取或不符合格式（JSON 路径、文件中的位置与原因）");
            // Every body is bounded (the upload limit), so every write can meet 413.
            if (write) Add(op, 413, "请求体或文件过大（超过上传大小上限）");
            if (metadata.OfType<EnableRateLimitingAttribute>().Any() || path.StartsWith("/api/tools", StringComparison.Ordinal)
                || path.Contains("export", StringComparison.Ordinal))
                Add(op, 429, "请求过于频繁（每分钟次数有限制），见 Retry-After");
            return Task.CompletedTask;
        });
    }

    private static void Add(OpenApiOperation op, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (op.Responses!.ContainsKey(key)) return;
        op.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = Problem, Example = new JsonObject { ["status"] = status, ["title"] = "…", ["detail"] = "…（中文原因）" } },
            },
        };
    }

    private static readonly OpenApiSchema Problem = new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 7807 问题详情；title、detail 为中文",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };
}
