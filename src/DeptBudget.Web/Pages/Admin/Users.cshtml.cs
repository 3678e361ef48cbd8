using DeptBudget.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Pages.Admin;

public sealed class UsersModel(UserManager<AppUser> users, BudgetDbContext db, BudgetStore store) : PageModel
{
    public sealed record Row(string Id, string? UserName, string? DisplayName, IList<string> Roles, string Departments, string? Region);

    public IReadOnlyList<Row> Users { get; private set; } = [];
    /// <summary>The regions budgets are in, offered when assigning a reviewer.</summary>
    public IReadOnlyList<string> Regions { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    [TempData] public bool IsError { get; set; }

    public async Task OnGetAsync()
    {
        var list = new List<Row>();
        foreach (var u in await users.Users.OrderBy(u => u.UserName).ToListAsync())
            list.Add(new Row(u.Id, u.UserName, u.DisplayName, await users.GetRolesAsync(u), u.Departments, u.Region));
        Users = list;
        Regions = await store.RegionsAsync(new Access(User.Identity?.Name, true, []));
    }

    public async Task<IActionResult> OnPostCreateAsync(string username, string? displayName, string password, string role, string? departments, string? region)
    {
        if (!Storage.Roles.All.Contains(role)) return Done("未知角色", true);
        await using var tx = await db.Database.BeginTransactionAsync();
        var user = new AppUser { UserName = username?.Trim(), DisplayName = displayName?.Trim(), Departments = Normalise(departments), Region = Storage.Regions.Normalise(region) };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded) return Done(Describe(created), true);
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return Done(Describe(added), true);
        await Audit("user.create", $"新建用户 {user.UserName}（{role}）", null, System.Text.Json.JsonSerializer.Serialize(new { role, region = user.Region }));
        await tx.CommitAsync();
        return Done($"已新建用户 {user.UserName}", false);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string id, string role, string? departments, string? region)
    {
        if (!Storage.Roles.All.Contains(role)) return Done("未知角色", true);
        var user = await users.FindByIdAsync(id);
        if (user is null) return Done("用户不存在", true);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Storage.Roles.Admin) && role != Storage.Roles.Admin && (await users.GetUsersInRoleAsync(Storage.Roles.Admin)).Count == 1)
            return Done("不能取消最后一个管理员的管理员角色", true);
        await using var tx = await db.Database.BeginTransactionAsync();
        var (before, regionBefore) = (user.Departments, user.Region);
        user.Departments = Normalise(departments);
        user.Region = Storage.Regions.Normalise(region);
        var steps = new[]
        {
            await users.UpdateAsync(user),
            await users.RemoveFromRolesAsync(user, current),
            await users.AddToRoleAsync(user, role),
            await users.UpdateSecurityStampAsync(user),
        };
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed) return Done(Describe(failed), true);
        await Audit("user.update", $"修改用户 {user.UserName}", System.Text.Json.JsonSerializer.Serialize(new { roles = current, departments = before, region = regionBefore }),
            System.Text.Json.JsonSerializer.Serialize(new { roles = new[] { role }, departments = user.Departments, region = user.Region }));
        await tx.CommitAsync();
        return Done($"已保存 {user.UserName}", false);
    }

    private async Task Audit(string action, string summary, string? before, string? after)
    {
        db.Audit.Add(new AuditEntry { At = DateTime.UtcNow, User = User.Identity?.Name ?? "?", Action = action, Summary = summary, Before = before, After = after });
        await db.SaveChangesAsync();
    }

    private static string Normalise(string? departments) =>
        string.Join('\n', (departments ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct());

    private static string Describe(IdentityResult r) => string.Join("；", r.Errors.Select(e => e.Description));

    private RedirectToPageResult Done(string message, bool error)
    {
        (Message, IsError) = (message, error);
        return RedirectToPage();
    }
}
