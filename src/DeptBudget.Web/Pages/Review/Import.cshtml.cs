using DeptBudget.Web.Review;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Review;

/// <summary>Batch upload (several files or a zip) and the caller's batches.</summary>
[Authorize(Policy = Policies.Reviewer)]
[RequestSizeLimit(ReviewApi.MaxBatchBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ReviewApi.MaxBatchBytes)]
public sealed class ImportModel(DeskService desk, DeptBudgetSettings settings) : PageModel
{
    public IReadOnlyList<DeskBatch> Batches { get; private set; } = [];
    public string? Error { get; private set; }
    public long MaxMb => settings.Limits.MaxUploadBytes / (1024 * 1024);

    public async Task OnGetAsync(CancellationToken ct) => Batches = await desk.BatchesAsync(User, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var id = await desk.CreateBatchAsync(User, await ReviewApi.ReadFilesAsync(Request, ct), ct);
            return Redirect($"/review/import/{id}");
        }
        catch (Exception e) when (e is ArgumentException or ForbiddenException)
        {
            Error = e.Message;
            Response.StatusCode = 422;
            await OnGetAsync(ct);
            return Page();
        }
    }
}
