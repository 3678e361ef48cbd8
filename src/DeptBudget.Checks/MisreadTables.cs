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
public static partial class MisreadTables
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
        var table = disclosure.Table(place["table:".Length..]);
        if (ByShare(rule) && table is not null && Unplaced(table)) return true;
        return Cascade(count, ByShare(rule) ? table?.Rows.Count ?? 0 : 0);
    }

    /// <summary>
    /// This many disagreements of a rule in a table of this many rows are a cascade (rows 0: by count alone). Rules
    /// that compare two tables use it on the one they compare with: its own identities failing in a cascade mean
    /// its columns were not placed, so each comparison with it would report the misreading.
    /// </summary>
    public static bool Cascade(int count, int rows) =>
        count > MostPlausible || count >= SmallCascade && rows > 0 && count * 3 >= rows;

    /// <summary>
    /// A grid whose columns the reader could not place: a column with no header carries figures (深圳's 三公 table:
    /// the 总计 group's three sub-columns read as 总计, a blank one and 一般公共预算), or most rows have more cells than
    /// the table has columns (深圳's 支出总表: a blank cell between 基本支出 and 项目支出). Every figure rule on such a
    /// table compares cells of unknown meaning.
    /// </summary>
    public static bool Unplaced(Table t)
    {
        var rows = t.Rows.Where(r => r.Kind != RowKind.Text && r.Cells.Any(c => c.Length > 0)).ToList();
        if (rows.Count == 0) return false;
        if (rows.Count(r => r.Cells.Count > t.Columns.Count) * 2 > rows.Count) return true;
        for (var c = 0; c < t.Columns.Count; c++)
            if (string.IsNullOrWhiteSpace(t.Columns[c].Header) && rows.Any(r => c < r.Cells.Count && Figure().IsMatch(r.Cells[c])))
                return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*-?[\d,]+\.\d+\s*$")]
    private static partial System.Text.RegularExpressions.Regex Figure();
}
