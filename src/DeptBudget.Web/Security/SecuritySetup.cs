using System.Security.Claims;
using System.Threading.RateLimiting;
using DeptBudget.Storage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DeptBudget.Web.Security;

public static class Policies
{
    public const string Admin = "admin";
    public const string Reviewer = "reviewer";   // admin or reviewer
    public const string Preparer = "preparer";   // admin or preparer
    public const string Tools = "tools";         // rate limit: anonymous read/check/render
    public const string Login = "login";         // rate limit: login attempts
    public const string PdfExport = "pdf-export"; // rate limit: anonymous PDF renders
}

public static class SecuritySetup
{
    public const string DepartmentClaim = "deptbudget:department";
    public const string RegionClaim = "deptbudget:region";

    public static IServiceCollection AddDeptBudgetSecurity(this IServiceCollection services, DeptBudgetSettings settings, string dataDir)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<BudgetDbContext>()
            .AddClaimsPrincipalFactory<DepartmentClaimsFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddSignInManager<StampCheckingSignInManager>()
            .AddDefaultTokenProviders();
        // Every request checks the cookie's security stamp against the database and rebuilds the roles and
        // departments from it: a role or department change, a disabled account and a logout (each changes
        // the stamp) take effect on the next request, not after the default 30 minutes.
        // Personal API tokens beside the cookie (Authorization: Bearer …); bad credentials answer 401.
        services.AddApiTokens();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<LoginThrottle>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "deptbudget.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Behind a TLS-terminating proxy the server sees http: SecureCookies marks them Secure anyway.
            o.Cookie.SecurePolicy = settings.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = c => ApiStatusOrRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiStatusOrRedirect(c, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "deptbudget.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = settings.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDir, "keys")))
            .SetApplicationName("DeptBudget");
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Reviewer, p => p.RequireRole(Roles.Admin, Roles.Reviewer))
            .AddPolicy(Policies.Preparer, p => p.RequireRole(Roles.Admin, Roles.Preparer));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policies.Tools, c => PerClient(c, settings.Limits.ToolRequestsPerMinute));
            // A PDF export starts a browser render: anonymous clients get a few a minute, staff are not limited.
            o.AddPolicy(Policies.PdfExport, c => c.User.Identity?.IsAuthenticated == true
                    || !string.Equals(c.Request.RouteValues["format"]?.ToString(), "pdf", StringComparison.OrdinalIgnoreCase)
                ? RateLimitPartition.GetNoLimiter("not-limited")
                : PerClient(c, settings.Limits.PdfExportsPerMinute));
            // Only the attempts (POST) count; showing the form is free.
            o.AddPolicy(Policies.Login, c => HttpMethods.IsPost(c.Request.Method)
                ? PerClient(c, settings.Limits.LoginAttemptsPerMinute)
                : RateLimitPartition.GetNoLimiter("login-form"));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                await Results.Problem(statusCode: 429, title: "请求过于频繁", detail: "请稍后再试（每分钟次数有限制）。")
                    .ExecuteAsync(ctx.HttpContext);
            };
        });
        var maxBody = settings.Limits.MaxUploadBytes + 1024 * 1024;
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = maxBody;
            o.ValueCountLimit = 50_000;   // the edit form has one field per table cell
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = maxBody);
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext c, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(c.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, perMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (c.Request.Path.StartsWithSegments("/api"))
            return Results.Problem(statusCode: status, title: status == 401 ? "未能认证" : "没有权限",
                detail: status == 401 ? "请登录，或以 Authorization: Bearer 发送 API 令牌（在“我的账号”页面创建）" : "您没有进行此操作的权限")
                .ExecuteAsync(c.HttpContext);
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Adds the departments a preparer works on and the region a reviewer reviews to the sign-in claims.</summary>
public sealed class DepartmentClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var d in user.DepartmentList) identity.AddClaim(new Claim(SecuritySetup.DepartmentClaim, d));
        if (!string.IsNullOrWhiteSpace(user.Region)) identity.AddClaim(new Claim(SecuritySetup.RegionClaim, user.Region));
        if (!string.IsNullOrWhiteSpace(user.DisplayName)) identity.AddClaim(new Claim("deptbudget:display", user.DisplayName));
        return identity;
    }
}
