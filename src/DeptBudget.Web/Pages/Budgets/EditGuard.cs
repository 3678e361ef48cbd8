using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Budgets;

/// <summary>
/// Who may open a budget's edit forms: those who may not prepare it are forbidden; its preparer, when it is
/// not a draft, goes back to the budget page told why (已提交审核，撤回后才能修改) rather than 没有权限.
/// </summary>
public static class EditGuard
{
    public static IActionResult? Refuse(PageModel page, BudgetRecord r)
    {
        if (!page.User.CanPrepare(r.Department)) return page.Forbid();
        if (BudgetService.WhyNotEditable(r.Status) is not { } why) return null;
        page.TempData["Message"] = why;
        page.TempData["IsError"] = true;
        return page.RedirectToPage("/Budgets/Detail", new { id = r.Id });
    }
}
