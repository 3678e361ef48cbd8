using System.Text.Encodings.Web;
using DeptBudget.Storage;
using DeptBudget.Web.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DeptBudget.Web.Security;

/// <summary>
/// The Authorization header: a valid personal token (Bearer) signs the request in as its user, with roles and
/// departments read from the database on every request, and a disabled account refused; anything else in the
/// header (a wrong, revoked or expired token, Basic user:password) is refused with 401 and a Chinese JSON error rather
/// than answered as the anonymous public. Requests without the header use the browser cookie as before.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> claims)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Scheme = "ApiToken";
    /// <summary>The default scheme: the token when an Authorization header is sent, the Identity cookie otherwise.</summary>
    public const string Selector = "DeptBudget";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("不支持用户名和密码（Basic）认证，请在“我的账号”页面创建 API 令牌，以 Authorization: Bearer 令牌 发送");
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("Authorization 头应为 Bearer 加 API 令牌");
        var holder = await tokens.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (holder is { Expired: true })
            return AuthenticateResult.Fail($"API 令牌已于 {ChinaTime.Format(holder.Expires.UtcDateTime)} 过期，请在“我的账号”页面创建新令牌");
        var user = holder is null ? null : await users.FindByIdAsync(holder.UserId);
        if (user is null) return AuthenticateResult.Fail("API 令牌无效或已撤销");
        if (await users.IsLockedOutAsync(user)) return AuthenticateResult.Fail("此账号已停用或被锁定，其 API 令牌不能使用");
        var principal = await claims.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer realm=\"deptbudget\"";
        await Results.Problem(statusCode: 401, title: "未能认证", detail: result.Failure?.Message ?? "请登录，或以 Authorization: Bearer 发送 API 令牌")
            .ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Results.Problem(statusCode: 403, title: "没有权限", detail: "此 API 令牌的用户没有进行此操作的权限").ExecuteAsync(Context);
}

public static class ApiTokenAuthentication
{
    public static IServiceCollection AddApiTokens(this IServiceCollection services)
    {
        services.AddScoped<ApiTokens>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ApiTokenHandler.Selector;
                o.DefaultAuthenticateScheme = ApiTokenHandler.Selector;
                o.DefaultChallengeScheme = ApiTokenHandler.Selector;
                o.DefaultForbidScheme = ApiTokenHandler.Selector;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.Scheme, null)
            .AddPolicyScheme(ApiTokenHandler.Selector, "Cookie or API token", o => o.ForwardDefaultSelector = c =>
                c.Request.Headers.Authorization.Count > 0 ? ApiTokenHandler.Scheme : IdentityConstants.ApplicationScheme);
        return services;
    }

    /// <summary>After authentication: credentials that were sent but did not authenticate end the request with 401,
    /// so a client with a wrong token never gets the anonymous public's answer as if it were its own.</summary>
    public static IApplicationBuilder UseRefuseBadCredentials(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.Request.Headers.Authorization.Count > 0 && ctx.User.Identity?.IsAuthenticated != true)
        {
            await ctx.ChallengeAsync(ApiTokenHandler.Scheme);
            return;
        }
        await next(ctx);
    });
}
