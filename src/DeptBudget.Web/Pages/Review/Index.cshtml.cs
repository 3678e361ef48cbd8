using DeptBudget.Web.Review;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Review;

/// <summary>The region overview: counts by status, units worst first, the 待我审核 queue, bulk actions.</summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class IndexModel(RegionOverview overview, BulkActions bulk) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "worst";
    [BindProperty(SupportsGet = true)] public string? Dir { get; set; }

    public Overview Data { get; private set; } = null!;
    public IReadOnlyList<BulkResult> Results { get; private set; } = [];
    public bool AllRegions => User.Region() is null;

    public async Task OnGetAsync(CancellationToken ct) =>
        Data = await overview.BuildAsync(User, new OverviewQuery(Region, Status, Q, Year, Kind, Sort, Dir != "asc"), ct);

    public async Task OnPostBulkAsync(string action, string[] selected, string? reason, CancellationToken ct)
    {
        Results = selected.Length == 0 ? [new BulkResult(0, false, "请先勾选预算")] : await bulk.RunAsync(User, action, selected, ct, reason);
        await OnGetAsync(ct);
    }

    /// <summary>The link that sorts by a column: the same column again flips the direction.</summary>
    public string SortUrl(string column)
    {
        var dir = Sort == column && Dir != "asc" ? "asc" : "desc";
        var q = new Dictionary<string, string?> { ["region"] = Region, ["status"] = Status, ["q"] = Q, ["year"] = Year?.ToString(), ["kind"] = Kind, ["sort"] = column, ["dir"] = dir };
        return "/review" + Microsoft.AspNetCore.Http.QueryString.Create(q.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    public string Arrow(string column) => Sort == column ? (Dir == "asc" ? " ▲" : " ▼") : "";
}
