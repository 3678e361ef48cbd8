using DeptBudget.Storage;
using DeptBudget.Web.Security;

namespace DeptBudget.Web.Services;

/// <summary>GET /budgets/{id}/original/{index}: a file the budget was read from, to whoever may see the budget.</summary>
public static class OriginalFileEndpoints
{
    public static void MapOriginalFiles(this IEndpointRouteBuilder app) =>
        app.MapGet("/budgets/{id:int}/original/{index:int}", async (int id, int index, HttpContext http, BudgetStore store,
            OriginalFiles originals, CancellationToken ct) =>
        {
            if (await store.GetAsync(id, http.User.ToAccess(), ct) is null || originals.Open(id, index) is not { } found)
                return Results.NotFound();
            // Always a download: a file someone uploaded is never shown as a page of this site.
            return Results.File(found.Content, found.File.ContentType, found.File.Name);
        }).ExcludeFromDescription();
}
