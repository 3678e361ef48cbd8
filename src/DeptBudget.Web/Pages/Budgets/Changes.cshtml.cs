using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Budgets;

/// <summary>
/// A budget's tables with the cells that differ from an earlier version of it (?version=n: those who may see its drafts)
/// or from another budget, last year's of the same unit (?with=id: whoever may see both).
/// </summary>
public sealed class ChangesModel(BudgetService budgets, BudgetStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    [BindProperty(SupportsGet = true)] public int? With { get; set; }
    public LoadedBudget Budget { get; private set; } = null!;
    /// <summary>What the tables are compared with, as the page names it (第 2 版, 2024 年预算).</summary>
    public string Against { get; private set; } = "";
    public IReadOnlyList<TableChanges> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var b = await budgets.LoadAsync(User, id, ct);
        if (b is null) return NotFound();
        Budget = b;
        Disclosure other;
        if (Version is { } v)
        {
            // Earlier versions are drafts: only those who may see the budget's drafts compare with them.
            if (!User.ToAccess().CanSeeDrafts(b.Record) || v < 1 || v >= b.Record.CurrentVersion
                || await store.VersionAsync(id, v, ct) is not { } version) return NotFound();
            other = BudgetJson.Deserialize(version.Json);
            Against = $"第 {v} 版（{ChinaTime.Format(version.CreatedAt)} {version.CreatedBy}）";
        }
        else if (With is { } w && await budgets.LoadAsync(User, w, ct) is { } o && o.Record.Department == b.Record.Department)
        {
            other = o.Disclosure;
            Against = $"{o.Record.Year} 年{RoleNames.ScopeLabel(o.Record.Scope, o.Record.Layout)}（{Workflow.Label(o.Record.Status)}）";
        }
        else return NotFound();
        Tables = Changes.Compare(b.Disclosure, other);
        return Page();
    }
}
