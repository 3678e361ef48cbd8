using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages;

public sealed class UploadModel(BudgetService budgets, DeptBudgetSettings settings) : PageModel
{
    public string? Error { get; private set; }
    public long MaxMb => settings.Limits.MaxUploadBytes / (1024 * 1024);
    public IReadOnlyList<string> Departments => User.IsAdmin() ? [] : User.Departments();
    public IReadOnlyList<string> Layouts => Layout.Available;

    public IActionResult OnGet() => User.IsAdmin() || User.IsPreparer() ? Page() : Forbid();

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Fail("请选择文件");
        if (file.Length > settings.Limits.MaxUploadBytes) return Fail($"文件超过 {MaxMb} MB 的上限");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        try
        {
            var b = await budgets.UploadAsync(User, ms.ToArray(), file.FileName, ct);
            TempData["Message"] = $"已读取并保存为草稿：{b.Record.ErrorCount} 个错误，{b.Record.WarningCount} 个提示"
                + (b.Disclosure.Unread.Count > 0 ? $"，{b.Disclosure.Unread.Count} 处内容未能读取（见页面底部）" : "，全部内容均已读取");
            return Redirect($"/budgets/{b.Record.Id}");
        }
        catch (Exception e) when (e is IntakeException or ForbiddenException) { return Fail(e.Message); }
    }

    public async Task<IActionResult> OnPostBlankAsync(string department, int year, BudgetScope scope, string layout, CancellationToken ct)
    {
        try
        {
            var b = await budgets.CreateBlankAsync(User, department ?? "", year, scope, layout ?? "", ct);
            return Redirect($"/budgets/{b.Record.Id}/data");
        }
        catch (Exception e) when (e is ArgumentException or ForbiddenException) { return Fail(e.Message); }
    }

    private PageResult Fail(string message)
    {
        Error = message;
        Response.StatusCode = 422;
        return Page();
    }
}
