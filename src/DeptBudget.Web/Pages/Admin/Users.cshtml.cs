using DeptBudget.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DeptBudget.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Pages.Admin;

public sealed class UsersModel(UserManager<AppUser> users, BudgetDbContext db, BudgetStore store, LoginThrottle throttle) : PageModel
{
    public sealed record Row(string Id, string? UserName, string? DisplayName, IList<string> Roles, string Departments, string? Region,
        bool Disabled, bool Locked);

    public IReadOnlyList<Row> Users { get; private set; } = [];
    /// <summary>The regions budgets are in, offered when assigning a reviewer.</summary>
    public IReadOnlyList<string> Regions { get; private set; } = [];
    /// <summary>The departments budgets are stored for and users already prepare, offered when assigning a preparer.</summary>
    public IReadOnlyList<string> KnownDepartments { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    [TempData] public bool IsError { get; set; }

    public async Task OnGetAsync()
    {
        var list = new List<Row>();
        foreach (var u in await users.Users.OrderBy(u => u.UserName).ToListAsync())
            list.Add(new Row(u.Id, u.UserName, u.DisplayName, await users.GetRolesAsync(u), u.Departments, u.Region,
                IsDisabled(u), throttle.IsLockedAnywhere(u.UserName ?? "")));
        Users = list;
        Regions = await store.RegionsAsync(new Access(User.Identity?.Name, true, []));
        var stored = await db.Budgets.AsNoTracking().Select(b => b.Department).Distinct().ToListAsync();
        KnownDepartments = stored.Concat(list.SelectMany(r => r.Departments.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A disabled account is locked out for good: Identity's lockout end is its "disabled" flag.</summary>
    public static bool IsDisabled(AppUser u) => u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow.AddYears(100);

    public async Task<IActionResult> OnPostCreateAsync(string username, string? displayName, string password, string role, string? departments,
        string? addDepartment, string? region)
    {
        if (!Storage.Roles.All.Contains(role)) return Done("未知角色", true);
        await using var tx = await db.Database.BeginTransactionAsync();
        var user = new AppUser { UserName = username?.Trim(), DisplayName = displayName?.Trim(), Departments = Normalise(departments, addDepartment), Region = Storage.Regions.Normalise(region) };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded) return Done(Describe(created), true);
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return Done(Describe(added), true);
        await Audit("user.create", $"新建用户 {user.UserName}（{role}）", null, System.Text.Json.JsonSerializer.Serialize(new { role, region = user.Region }));
        await tx.CommitAsync();
        return Done($"已新建用户 {user.UserName}", false);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string id, string role, string? departments, string? addDepartment, string? region)
    {
        if (!Storage.Roles.All.Contains(role)) return Done("未知角色", true);
        var user = await users.FindByIdAsync(id);
        if (user is null) return Done("用户不存在", true);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Storage.Roles.Admin) && role != Storage.Roles.Admin && (await users.GetUsersInRoleAsync(Storage.Roles.Admin)).Count == 1)
            return Done("不能取消最后一个管理员的管理员角色", true);
        await using var tx = await db.Database.BeginTransactionAsync();
        var (before, regionBefore) = (user.Departments, user.Region);
        user.Departments = Normalise(departments, addDepartment);
        user.Region = Storage.Regions.Normalise(region);
        // Departments and region reach the user's next request without a new login (the per-request stamp check
        // rebuilds the claims from the database); a changed role also ends their sessions, so a demotion is final.
        var roleChanged = !(current.Count == 1 && current[0] == role);
        var steps = new List<IdentityResult> { await users.UpdateAsync(user) };
        if (roleChanged)
        {
            steps.Add(await users.RemoveFromRolesAsync(user, current));
            steps.Add(await users.AddToRoleAsync(user, role));
            steps.Add(await users.UpdateSecurityStampAsync(user));
        }
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed) return Done(Describe(failed), true);
        await Audit("user.update", $"修改用户 {user.UserName}", System.Text.Json.JsonSerializer.Serialize(new { roles = current, departments = before, region = regionBefore }),
            System.Text.Json.JsonSerializer.Serialize(new { roles = new[] { role }, departments = user.Departments, region = user.Region }));
        await tx.CommitAsync();
        return Done($"已保存 {user.UserName}", false);
    }

    /// <summary>Sets a new password (the admin's reset); the user's sessions end, the new password is told to them in person.</summary>
    public async Task<IActionResult> OnPostPasswordAsync(string id, string? password)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return Done("用户不存在", true);
        foreach (var v in users.PasswordValidators)
            if (await v.ValidateAsync(users, user, password ?? "") is { Succeeded: false } bad) return Done($"{user.UserName} 的新密码不可用：{Describe(bad)}", true);
        await using var tx = await db.Database.BeginTransactionAsync();
        var steps = new[]
        {
            await users.RemovePasswordAsync(user),
            await users.AddPasswordAsync(user, password!),
            await users.UpdateSecurityStampAsync(user),
        };
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed) return Done(Describe(failed), true);
        await Audit("user.password", $"重设用户 {user.UserName} 的密码", null, null);
        await tx.CommitAsync();
        return Done($"已重设 {user.UserName} 的密码，其已登录的会话已失效", false);
    }

    /// <summary>Disables an account: it cannot log in, and its sessions and API tokens stop on the next request.</summary>
    public async Task<IActionResult> OnPostDisableAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return Done("用户不存在", true);
        if (user.UserName == User.Identity?.Name) return Done("不能停用自己的账号", true);
        if (await users.IsInRoleAsync(user, Storage.Roles.Admin) && (await users.GetUsersInRoleAsync(Storage.Roles.Admin)).Count(IsActive) <= 1)
            return Done("不能停用最后一个管理员", true);
        await using var tx = await db.Database.BeginTransactionAsync();
        var steps = new[]
        {
            await users.SetLockoutEnabledAsync(user, true),
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
            await users.UpdateSecurityStampAsync(user),
        };
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed) return Done(Describe(failed), true);
        await Audit("user.disable", $"停用用户 {user.UserName}", null, null);
        await tx.CommitAsync();
        return Done($"已停用 {user.UserName}", false);
    }

    public async Task<IActionResult> OnPostEnableAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return Done("用户不存在", true);
        await using var tx = await db.Database.BeginTransactionAsync();
        var steps = new[] { await users.SetLockoutEndDateAsync(user, null), await users.ResetAccessFailedCountAsync(user) };
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed) return Done(Describe(failed), true);
        await Audit("user.enable", $"启用用户 {user.UserName}", null, null);
        await tx.CommitAsync();
        return Done($"已启用 {user.UserName}", false);
    }

    /// <summary>Lifts the lock that failed logins put on the account (from every client).</summary>
    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return Done("用户不存在", true);
        throttle.Unlock(user.UserName ?? "");
        if (!IsDisabled(user)) await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await Audit("user.unlock", $"解除用户 {user.UserName} 的登录锁定", null, null);
        return Done($"已解除 {user.UserName} 的登录锁定", false);
    }

    private static bool IsActive(AppUser u) => !IsDisabled(u);

    private async Task Audit(string action, string summary, string? before, string? after)
    {
        db.Audit.Add(new AuditEntry { At = DateTime.UtcNow, User = User.Identity?.Name ?? "?", Action = action, Summary = summary, Before = before, After = after });
        await db.SaveChangesAsync();
    }

    // The textarea (free entry, one a line) and the department picked from the known ones.
    private static string Normalise(string? departments, string? added = null) =>
        string.Join('\n', ((departments ?? "") + "\n" + (added ?? "")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct());

    private static string Describe(IdentityResult r) => string.Join("；", r.Errors.Select(e => e.Description));

    private RedirectToPageResult Done(string message, bool error)
    {
        (Message, IsError) = (message, error);
        return RedirectToPage();
    }
}
