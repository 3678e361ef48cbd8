using DeptBudget.Model;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Budgets;

public sealed class DataModel(BudgetService budgets, CheckService checks) : PageModel
{
    public BudgetRecord Record { get; private set; } = null!;
    public Disclosure Disclosure { get; private set; } = null!;
    public IReadOnlyList<FindingView> Findings { get; private set; } = [];
    public int Revision { get; private set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var b = await budgets.LoadAsync(User, id, ct);
        if (b is null) return NotFound();
        if (EditGuard.Refuse(this, b.Record) is { } refused) return refused;
        (Record, Disclosure, Findings, Revision) = (b.Record, b.Disclosure, b.Findings, b.Record.Revision);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct)
    {
        var b = await budgets.LoadAsync(User, id, ct);
        if (b is null) return NotFound();
        if (EditGuard.Refuse(this, b.Record) is { } refused) return refused;
        var changed = BudgetForm.Apply(b.Disclosure, Form(), Errors);
        var findings = Errors.Count > 0
            ? Errors.Select(e => new FindingView("FORM", "error", new FindingPlace(null, null, null, null, null), null, null, e)).ToList()
            : checks.Check(changed);
        return new JsonResult(new { errors = findings.Count(f => f.IsError), warnings = findings.Count(f => f.IsWarning), findings }, CheckService.Json);
    }

    public async Task<IActionResult> OnPostAsync(int id, int revision, CancellationToken ct)
    {
        var b = await budgets.LoadAsync(User, id, ct);
        if (b is null) return NotFound();
        if (EditGuard.Refuse(this, b.Record) is { } refused) return refused;
        var changed = BudgetForm.Apply(b.Disclosure, Form(), Errors);
        if (Errors.Count == 0)
        {
            try
            {
                await budgets.SaveAsync(User, id, revision, changed, "填写预算数据", ct);
                return RedirectToPage("Detail", new { id });
            }
            catch (Exception e) when (e is ConcurrencyConflictException or WorkflowException or ForbiddenException) { Errors.Add(e.Message); }
        }
        (Record, Disclosure, Revision, Findings) = (b.Record, b.Disclosure, revision, b.Findings);
        Response.StatusCode = 422;
        return Page();
    }

    /// <summary>The value to show in a field: what was posted (after a refused save), else the stored one.</summary>
    public string? V(string name, object? stored) =>
        HttpMethods.IsPost(Request.Method) && Request.HasFormContentType && Request.Form.TryGetValue(name, out var posted)
            ? posted.ToString()
            : stored is decimal d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : stored?.ToString();

    private Dictionary<string, string> Form() => Request.Form.Where(f => f.Key.Contains('.'))
        .ToDictionary(f => f.Key, f => f.Value.ToString());
}
