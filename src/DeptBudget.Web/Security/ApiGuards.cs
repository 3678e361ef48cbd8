namespace DeptBudget.Web.Security;

/// <summary>
/// Guards of the API that the pages' anti-forgery tokens do not cover: a cookie-authenticated write from
/// a foreign Origin is refused (the cookie is SameSite=Strict, this holds if it ever is not), and answers
/// to signed-in users (drafts and their JSON) are never stored by a cache. With SecureCookies, HSTS too.
/// </summary>
public static class ApiGuards
{
    public static IApplicationBuilder UseApiGuards(this IApplicationBuilder app, DeptBudgetSettings settings) => app.Use(async (ctx, next) =>
    {
        if (settings.SecureCookies) ctx.Response.Headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        var api = ctx.Request.Path.StartsWithSegments("/api");
        if (api && ctx.User.Identity?.IsAuthenticated == true)
        {
            ctx.Response.Headers.CacheControl = "no-store";
            if (!HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method) && IsForeign(ctx.Request))
            {
                await Results.Problem(statusCode: 403, title: "没有权限", detail: $"来源 {ctx.Request.Headers.Origin} 不是本站，拒绝以登录身份修改")
                    .ExecuteAsync(ctx);
                return;
            }
        }
        await next(ctx);
    });

    private static bool IsForeign(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return false;   // not a browser's cross-origin request
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var o)) return true;
        return !string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
