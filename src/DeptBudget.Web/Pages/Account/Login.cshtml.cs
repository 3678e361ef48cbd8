using DeptBudget.Storage;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DeptBudget.Web.Pages.Account;

[EnableRateLimiting(Policies.Login)]
public sealed class LoginModel(SignInManager<AppUser> signIn, LoginThrottle throttle) : PageModel
{
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? UserName { get; private set; }

    public const string Failed = "用户名或密码不正确";
    public const string Locked = "此处登录失败次数过多，请 5 分钟后再试";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string username, string password)
    {
        UserName = username;
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // The same steps, answer and (password hashing) time whether the name is real or not.
        var user = await signIn.UserManager.FindByNameAsync(username ?? "");
        var verified = user is not null
            ? await signIn.UserManager.CheckPasswordAsync(user, password ?? "")
            : DummyPassword.Verify(signIn.UserManager.PasswordHasher, password ?? "");
        if (throttle.IsLocked(client, username ?? "")) return Refuse(Locked);
        if (!verified || user is null || !await signIn.CanSignInAsync(user) || await signIn.UserManager.IsLockedOutAsync(user))
        {
            throttle.Failed(client, username ?? "");
            return Refuse(throttle.IsLocked(client, username ?? "") ? Locked : Failed);
        }
        throttle.Succeeded(client, username ?? "");
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        Response.StatusCode = 401;
        return Page();
    }
}

/// <summary>A password hash no one knows, verified for unknown names so they take as long as real ones.</summary>
internal static class DummyPassword
{
    private static string? _hash;

    public static bool Verify(IPasswordHasher<AppUser> hasher, string password)
    {
        var user = new AppUser { UserName = "-" };
        _hash ??= hasher.HashPassword(user, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(user, _hash, password);
        return false;
    }
}
