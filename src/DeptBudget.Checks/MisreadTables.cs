using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>
/// Where a table is misread, the checks report the misreading, not a finding per cell. A rule that finds many
/// disagreements in one table (or one narrative section) cannot trust its input: a real disclosure has a few
/// wrong figures in a table, while a grid whose columns or rows were not placed disagrees almost everywhere
/// (on the ten reviewed documents of other provinces such cascades were hundreds of findings and none was true).
/// Such a group becomes one info that names the table, the count and the first disagreement, so a reviewer
/// reads one line and checks the table by hand. Only table rules are gated (see <see cref="Gated"/>).
/// </summary>
public static class MisreadTables
{
    /// <summary>
    /// More disagreements than this in one table or section for one rule is a cascade whatever the table's size.
    /// The reviewed documents have at most 6 true findings of one rule in one place (P2/P3 on a target table).
    /// </summary>
    public const int MostPlausible = 6;

    /// <summary>From this many on, a group that covers a third of the table's rows is a cascade too.</summary>
    public const int SmallCascade = 4;

    /// <summary>
    /// The rules that read a table's figures, codes or target rows, whose findings cascade when the grid is
    /// misread. Text and catalogue-name rules (T*, K2, N*) report wording: many template words or misprinted
    /// names in one place are each a true defect, not a sign of a misread grid.
    /// </summary>
    private static bool Gated(string rule) => rule.StartsWith('I') || rule is "K1" or "K3" or "P1" or "P2" or "P3";

    /// <summary>A third of a table's rows wrong is a cascade for the identities over figures (I*).</summary>
    private static bool ByShare(string rule) => rule.StartsWith('I');

    public static IReadOnlyList<Finding> Collapse(Disclosure disclosure, IReadOnlyList<Finding> findings, IReadOnlyDictionary<string, string> titles)
    {
        var groups = findings
            .Where(f => f.Severity != Severity.Info && Gated(f.Rule) && Place(f) is not null)
            .GroupBy(f => (f.Rule, Place: Place(f)!))
            .Where(g => IsCascade(disclosure, g.Key.Rule, g.Key.Place, g.Count()))
            .ToDictionary(g => g.Key, g => g.ToList());
        if (groups.Count == 0) return findings;

        var result = new List<Finding>(findings.Count);
        var said = new HashSet<(string, string)>();
        foreach (var f in findings)
        {
            if (f.Severity == Severity.Info || !Gated(f.Rule) || Place(f) is not { } place || !groups.TryGetValue((f.Rule, place), out var group))
            {
                result.Add(f);
                continue;
            }
            if (!said.Add((f.Rule, place))) continue;
            var title = titles.TryGetValue(f.Rule, out var t) ? t : f.Rule;
            var id = f.Location.Table!;
            var what = $"“{disclosure.Table(id)?.Title ?? TableNames.Zh(id)}”";
            var location = new FindingLocation(id, null, null, null, null);
            result.Add(new Finding(f.Rule, Severity.Info, location, null, null,
                $"{title}：{what}有 {group.Count} 处不符，多半是该处未能正确读出（行或列的含义未能定位），不逐条报告，请对照原文核对；第一处：{f.Message}"));
        }
        return result;
    }

    /// <summary>The table a finding is in; findings about narrative text are not gated.</summary>
    private static string? Place(Finding f) => f.Location.Table is { } t ? "table:" + t : null;

    private static bool IsCascade(Disclosure disclosure, string rule, string place, int count)
    {
        if (count > MostPlausible) return true;
        if (count < SmallCascade || !ByShare(rule)) return false;
        var rows = disclosure.Table(place["table:".Length..])?.Rows.Count ?? 0;
        return rows > 0 && count * 3 >= rows;
    }
}
