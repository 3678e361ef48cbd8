using DeptBudget.Storage;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages;

public sealed class IndexModel(BudgetStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? StatusText { get; set; }
    /// <summary>The region filter; a reviewer of one region starts with it, "" shows every region.</summary>
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public BudgetStatus? Status { get; private set; }
    public IReadOnlyList<BudgetSummary> Budgets { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = Workflow.TryParse(StatusText, out var s) ? s : null;
        var access = User.ToAccess();
        if (!Request.Query.ContainsKey("region")) Region = User.Region();
        Years = (await store.ListAsync(access, new(), ct)).Select(b => b.Year).Distinct().OrderDescending().ToList();
        Regions = await store.RegionsAsync(access, ct);
        Budgets = await store.ListAsync(access, new BudgetFilter(Department, Year, Status, Region), ct);
    }
}
