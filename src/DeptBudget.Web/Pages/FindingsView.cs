using System.Globalization;
using DeptBudget.Model;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Pages;

/// <param name="BudgetId">The budget the findings are of, when it is stored: its kept original gives pictures of the places.</param>
/// <param name="Original">Whether the budget's original PDF is kept (pictures and the page can be shown).</param>
public sealed record FindingsView(Disclosure Disclosure, IReadOnlyList<FindingView> Findings, bool Live, int? BudgetId = null, bool Original = false)
{
    /// <summary>Where the pictures of places are served for this budget (the live check's script adds the box), or null.</summary>
    public string? PictureBase => Original && BudgetId is { } id ? $"/api/budgets/{id}/picture" : null;

    /// <summary>The picture of a finding's place on its page of the original, or null when there is none to show.</summary>
    public string? PictureUrl(FindingView f) => PictureBase is { } b && f.Location.Place is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"{b}?page={p.Page}&x={p.X}&y={p.Y}&w={p.Width}&h={p.Height}")
        : null;
}
