using DeptBudget.Storage;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Budgets;

public sealed class HistoryModel(BudgetStore store) : PageModel
{
    public BudgetRecord Record { get; private set; } = null!;
    public IReadOnlyList<BudgetVersion> Versions { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var r = await store.GetAsync(id, User.ToAccess(), ct);
        if (r is null) return NotFound();
        if (!User.IsStaff()) return Forbid();
        (Record, Versions, Audit) = (r, await store.VersionsAsync(id, ct), await store.AuditAsync(id, ct));
        return Page();
    }
}
