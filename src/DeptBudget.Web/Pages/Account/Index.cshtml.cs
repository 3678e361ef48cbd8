using DeptBudget.Storage;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Account;

/// <summary>The signed-in user's own account: their password and their personal API tokens.</summary>
[Authorize]
public sealed class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ApiTokens tokens) : PageModel
{
    public AppUser Me { get; private set; } = null!;
    public IReadOnlyList<ApiTokens.Info> Tokens { get; private set; } = [];
    /// <summary>A token just created: shown once, on this answer only (never stored, never put in a cookie).</summary>
    public string? NewToken { get; private set; }
    [TempData] public string? Message { get; set; }
    [TempData] public bool IsError { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? password, string? confirm, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (password != confirm) return Done("两次输入的新密码不一致", true);
        var changed = await users.ChangePasswordAsync(me, current ?? "", password ?? "");
        if (!changed.Succeeded) return Done(string.Join("；", changed.Errors.Select(e => e.Description)), true);
        // The new stamp ends the other sessions; this one is signed in again.
        await signIn.RefreshSignInAsync(me);
        return Done("密码已修改，其他已登录的会话已失效", false);
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(string? label, int? days, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        try
        {
            (_, NewToken) = await tokens.CreateAsync(me.Id, label, days ?? ApiTokens.DefaultDays, ct);
            (Message, IsError) = ("已创建 API 令牌。它只显示这一次，请立即复制保存。", false);
        }
        catch (ArgumentException e) { (Message, IsError) = (e.Message, true); }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(string id, CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        return await tokens.RevokeAsync(me.Id, id ?? "", ct) ? Done("已撤销令牌，它不能再使用", false) : Done("令牌不存在或已撤销", true);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        (Me, Tokens) = (me, await tokens.ListAsync(me.Id, ct));
        return Page();
    }

    private RedirectToPageResult Done(string message, bool error)
    {
        (Message, IsError) = (message, error);
        return RedirectToPage();
    }
}
