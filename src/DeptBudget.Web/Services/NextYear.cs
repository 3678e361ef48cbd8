using DeptBudget.Model;

namespace DeptBudget.Web.Services;

/// <summary>
/// This year's draft from last year's published budget of the same unit: every figure is carried over as
/// the starting point, last year's figures become the last-year columns (“三公” 上年预算数), and the
/// year-on-year statements compare with last year's figures: 持平 until the preparer changes a figure, then
/// each follows its figure in the narrative (<see cref="YearOnYear.At"/>); last year's reasons are cleared (they
/// explained last year's change, not this one).
/// </summary>
public static class NextYear
{
    public static Budget From(Budget last)
    {
        var threePublic = last.ThreePublic is { } tp ? new ThreePublicExpenses(tp.ThisYear, tp.ThisYear) : null;
        var changes = last.Facts.Changes
            .Select(c => c with { Change = c.ThisYear is null ? null : 0m, Rate = c.ThisYear is null ? null : 0m, Direction = "unchanged", Reason = null, Line = 0 })
            .ToList();
        return last with { Year = last.Year + 1, ThreePublic = threePublic, Facts = last.Facts with { Changes = changes } };
    }
}
