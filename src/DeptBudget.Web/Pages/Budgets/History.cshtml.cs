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

    /// <summary>The disclosure as saved by the version an entry made (same time), else the current one: its places name the changes.</summary>
    public string JsonAt(AuditEntry a) => Versions.FirstOrDefault(v => v.CreatedAt == a.At)?.Json ?? Record.Json;
}
