using DeptBudget.Storage;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DeptBudget.Web.Pages.Account;

[EnableRateLimiting(Policies.Login)]
public sealed class LoginModel(SignInManager<AppUser> signIn) : PageModel
{
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? UserName { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string username, string password)
    {
        UserName = username;
        var result = await signIn.PasswordSignInAsync(username ?? "", password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        Error = result.IsLockedOut ? "登录失败次数过多，账号已暂时锁定，请 5 分钟后再试" : "用户名或密码不正确";
        Response.StatusCode = 401;
        return Page();
    }
}
