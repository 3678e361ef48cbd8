using DeptBudget.Web.Review;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Review;

/// <summary>One batch: each file's state and the overall progress, updated in place (batch.js polls the batch's JSON) until every file is done.</summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class BatchModel(DeskService desk) : PageModel
{
    public BatchView Batch { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await desk.BatchAsync(id, User, ct) is not { } b) return NotFound();
        Batch = b;
        return Page();
    }
}
