using DeptBudget.Checks;
using DeptBudget.Model;

namespace DeptBudget.Web.Services;

/// <summary>The checks of DeptBudget.Checks (the checker AddChecks() registers), as the web shows them, and the
/// completeness findings (placeholders, no figures) that keep an unfinished budget from publication.</summary>
public sealed class RulesChecker(Checker checker) : IBudgetChecker
{
    public IReadOnlyList<FindingView> Check(Disclosure disclosure) =>
        checker.Check(disclosure).Findings.Select(ToView).Concat(CompletenessFindings.Of(disclosure)).ToList();

    private static FindingView ToView(Finding f) => new(
        f.Rule,
        f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" },
        new FindingPlace(f.Location.Table, f.Location.Row, f.Location.Column, f.Location.Section, f.Location.Text,
            f.Location.RowIndex, f.Location.ColumnIndex, f.Location.Place),
        f.Expected, f.Actual, f.Message);

    /// <summary>A stored or shown finding back as the checks' finding: the 公开情况检查表 is written from either.</summary>
    public static Finding ToFinding(FindingView f) => new(
        f.Rule,
        f.Severity switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info },
        new FindingLocation(f.Location.Table, f.Location.Row, f.Location.Column, f.Location.Section, f.Location.Text)
        {
            RowIndex = f.Location.RowIndex, ColumnIndex = f.Location.ColumnIndex, Place = f.Location.Place,
        },
        f.Expected, f.Actual, f.Message);
}
