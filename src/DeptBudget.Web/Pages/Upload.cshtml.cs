using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages;

public sealed class UploadModel(BudgetService budgets, BudgetStore store, DeptBudgetSettings settings) : PageModel
{
    /// <summary>Published budgets of the caller's departments, each a starting point for the next year.</summary>
    public IReadOnlyList<BudgetSummary> LastYears { get; private set; } = [];
    public string? Error { get; private set; }
    public long MaxMb => settings.Limits.MaxUploadBytes / (1024 * 1024);
    public long MaxBytes => settings.Limits.MaxUploadBytes;
    public IReadOnlyList<string> Departments => User.IsAdmin() ? [] : User.Departments();
    public IReadOnlyList<string> Layouts => Layout.Available;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsAdmin() && !User.IsPreparer()) return Forbid();
        await LoadLastYearsAsync(ct);
        return Page();
    }

    /// <summary>One file, or the files of one disclosure (北京: 说明 and 附表 as two PDFs), read as one budget.</summary>
    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile>? file, CancellationToken ct)
    {
        var files = (file ?? []).Where(f => f.Length > 0).ToList();
        if (files.Count == 0) return await FailAsync("请选择文件", ct);
        if (files.Sum(f => f.Length) > settings.Limits.MaxUploadBytes)
            return await FailAsync(files.Count > 1 ? $"文件合计超过 {MaxMb} MB 的上限" : $"文件超过 {MaxMb} MB 的上限", ct, 413);
        var contents = new List<(string Name, byte[] Content)>();
        foreach (var f in files)
        {
            using var ms = new MemoryStream();
            await f.CopyToAsync(ms, ct);
            contents.Add((f.FileName, ms.ToArray()));
        }
        try
        {
            var b = await budgets.UploadAsync(User, contents, ct);
            // A check that could not run found nothing because it looked at nothing: say so rather than “0 个错误” alone.
            var notRun = b.Findings.Count(f => f.IsNotRun);
            TempData["Message"] = $"已读取并保存为草稿：{b.Record.ErrorCount} 个错误，{b.Record.WarningCount} 个提示"
                + (notRun > 0 ? $"，{notRun} 项检查未能运行（见审核发现）" : "")
                + (b.Disclosure.Unread.Count > 0 ? $"，{b.Disclosure.Unread.Count} 处内容未能读取（见页面底部）" : "，全部内容均已读取");
            TempData["IsError"] = b.Record.ErrorCount > 0 || notRun > 0;
            // The page's script sends with progress (XMLHttpRequest) and goes on to the budget itself: a redirect it
            // followed would use up the message above before the page showed it.
            if (Request.Headers["X-Upload"] == "progress") return new JsonResult(new { url = $"/budgets/{b.Record.Id}" });
            return Redirect($"/budgets/{b.Record.Id}");
        }
        catch (IntakeException e) { return await FailAsync(e.Message, ct, e.Status); }
        catch (Exception e) when (e is ForbiddenException or WorkflowException) { return await FailAsync(e.Message, ct); }
    }

    public async Task<IActionResult> OnPostBlankAsync(string department, string? unitName, string? unitCode, int year, BudgetScope scope, string layout, CancellationToken ct)
    {
        try
        {
            var b = await budgets.CreateBlankAsync(User, department ?? "", year, scope, layout ?? "", ct, unitName, unitCode);
            return Redirect($"/budgets/{b.Record.Id}/data");
        }
        catch (Exception e) when (e is ArgumentException or ForbiddenException or WorkflowException) { return await FailAsync(e.Message, ct); }
    }

    /// <summary>This year's draft from last year's published budget; the data form opens on it.</summary>
    public async Task<IActionResult> OnPostNextYearAsync(int id, CancellationToken ct)
    {
        try
        {
            var b = await budgets.CreateNextYearAsync(User, id, ct);
            return Redirect($"/budgets/{b.Record.Id}/data");
        }
        catch (Exception e) when (e is ForbiddenException or WorkflowException or BudgetNotFoundException) { return await FailAsync(e.Message, ct); }
    }

    private async Task LoadLastYearsAsync(CancellationToken ct)
    {
        var access = User.ToAccess();
        var published = await store.ListAsync(access, new BudgetFilter(Status: BudgetStatus.Published), ct);
        LastYears = published.Where(b => User.CanPrepare(b.Department)).Take(50).ToList();
    }

    private async Task<PageResult> FailAsync(string message, CancellationToken ct, int status = 422)
    {
        await LoadLastYearsAsync(ct);
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
