using DeptBudget.Model;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Budgets;

public sealed class EditModel(BudgetService budgets, CheckService checks) : PageModel
{
    public BudgetRecord Record { get; private set; } = null!;
    public Disclosure Disclosure { get; private set; } = null!;
    public IReadOnlyList<FindingView> Findings { get; private set; } = [];
    public int Revision { get; private set; }
    public List<string> Errors { get; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var b = await budgets.LoadAsync(User, id, ct);
        if (b is null) return NotFound();
        if (EditGuard.Refuse(this, b.Record) is { } refused) return refused;
        (Record, Disclosure, Findings, Revision) = (b.Record, b.Disclosure, b.Findings, b.Record.Revision);
        return Page();
    }

    /// <summary>Checks the form as typed, without saving: the findings as JSON for the page script.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct)
    {
        var b = await budgets.LoadAsync(User, id, ct);
        if (b is null) return NotFound();
        if (!User.CanEdit(b.Record)) return Forbid();
        var changed = DisclosureEdits.Apply(b.Disclosure, Fields(), Errors);
        if (Errors.Count > 0) return new JsonResult(new { errors = Errors.Count, warnings = 0, findings = Errors.Select(e => new FindingView("FORM", "error", new FindingPlace(null, null, null, null, null), null, null, e)) }, CheckService.Json);
        var findings = checks.Check(changed);
        return new JsonResult(new { errors = findings.Count(f => f.IsError), warnings = findings.Count(f => f.IsWarning), findings }, CheckService.Json);
    }

    public async Task<IActionResult> OnPostAsync(int id, int revision, string? note, CancellationToken ct)
    {
        var b = await budgets.LoadAsync(User, id, ct);
        if (b is null) return NotFound();
        if (EditGuard.Refuse(this, b.Record) is { } refused) return refused;
        var changed = DisclosureEdits.Apply(b.Disclosure, Fields(), Errors);
        if (Errors.Count == 0)
        {
            try
            {
                await budgets.SaveAsync(User, id, revision, changed, string.IsNullOrWhiteSpace(note) ? "在线修改" : note.Trim(), ct);
                return RedirectToPage("Detail", new { id });
            }
            catch (ConcurrencyConflictException e) { Errors.Add(e.Message); Conflict = true; }
            catch (Exception e) when (e is WorkflowException or ForbiddenException) { Errors.Add(e.Message); }
        }
        // Show the form again with what was typed, so nothing is lost.
        (Record, Disclosure, Revision) = (b.Record, changed, revision);
        Findings = checks.Check(changed);
        return Page();
    }

    private IEnumerable<KeyValuePair<string, string>> Fields() =>
        Request.Form.Where(f => f.Key.StartsWith("cell.") || f.Key.StartsWith("unit.") || f.Key.StartsWith("reason."))
            .Select(f => new KeyValuePair<string, string>(f.Key, f.Value.ToString()));
}
