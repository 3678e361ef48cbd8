using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;
using Family = DeptBudget.Model.Layouts.LayoutTables.Family;

namespace DeptBudget.Reading.Interpret;

/// <summary>
/// The layout family a document follows, from its own tables: every family file (Model/Layouts/*.json) is
/// scored by how many of its tables the document prints under the family's own titles; the family whose
/// list the document prints best (at least half of it, and at least one title no other family lists) wins.
/// A document that prints no family's titles is placed by the families' match rules (data too: a word in a
/// title, a table, a year), and with none that holds it is read by meaning alone under the national base
/// ("national-YYYY"); so is a document without tables (an explanation published apart), which follows no
/// table layout at all. No family is named in code.
/// </summary>
public static class FamilyMatcher
{
    /// <summary>A family's score: how many of its listed tables the document prints under their titles, and how
    /// many of those under a title no other family lists (<paramref name="Distinct"/>).</summary>
    public sealed record Score(string Family, int Printed, int Listed, int Distinct)
    {
        public decimal Share => Listed == 0 ? 0 : (decimal)Printed / Listed;
    }

    /// <summary>The layout id (family name and year, henan-2024, beijing-2026) of a document's tables.</summary>
    public static string Layout(int year, IReadOnlyList<Table> tables)
    {
        // Nothing to match: a part without tables is no evidence for any family (not even the fallback's).
        if (tables.Count == 0) return $"national-{year}";
        var family = ByTitles(tables) ?? ByRules(year, tables, LayoutTables.Families);
        return $"{family?.Name ?? "national"}-{year}";
    }

    /// <summary>Every family's score for these tables, best first.</summary>
    public static IReadOnlyList<Score> Scores(IReadOnlyList<Table> tables)
    {
        var printed = tables.Select(t => Key(t.Title)).ToHashSet();
        return Listed.Value.Families
            .Select(f => new Score(f.Id, f.Tables.Count(keys => keys.Any(printed.Contains)), f.Tables.Count,
                f.Tables.Count(keys => keys.Any(k => printed.Contains(k) && Listed.Value.ListedBy[k] == 1))))
            .OrderByDescending(s => s.Share).ThenByDescending(s => s.Printed).ThenBy(s => s.Family, StringComparer.Ordinal).ToList();
    }

    // The families' title keys and how many families list each title: fixed data, computed once for every read
    // (computing them per document normalised every family's every title again — a fifth of the reading time).
    private sealed record FamilyKeys(string Id, IReadOnlyList<IReadOnlyList<string>> Tables);
    private sealed record ListedTitles(IReadOnlyList<FamilyKeys> Families, IReadOnlyDictionary<string, int> ListedBy);
    private static readonly Lazy<ListedTitles> Listed = new(() =>
    {
        var families = LayoutTables.Families
            .Select(f => new FamilyKeys(f.Id, f.Tables.Select(e => (IReadOnlyList<string>)Keys(e).ToArray()).ToArray())).ToArray();
        // How many families list each title: a title one family alone lists tells that family; 收支总表, which
        // several list, tells none of them.
        var listedBy = families.SelectMany(f => f.Tables.SelectMany(k => k).Distinct()).CountBy(k => k).ToDictionary(p => p.Key, p => p.Value);
        return new ListedTitles(families, listedBy);
    });

    private static IEnumerable<string> Keys(LayoutTables.ExpectedTable e) =>
        e.UnitTitle is { } u ? [Key(e.Title), Key(u)] : [Key(e.Title)];

    private static Family? ByTitles(IReadOnlyList<Table> tables)
    {
        // Half the family's list under its own titles, one of them the family's own: generic titles alone
        // (收支总表, 收入总表, 一般公共预算支出表 — 北京, 深圳 and 苏州 all print them) name no family.
        var best = Scores(tables).FirstOrDefault(s => s is { Share: >= 0.5m, Printed: >= 3, Distinct: >= 1 });
        return best is null ? null : LayoutTables.Families.First(f => f.Id == best.Family);
    }

    private static Family? ByRules(int year, IReadOnlyList<Table> tables, IReadOnlyList<Family> families)
    {
        foreach (var f in families.Where(f => f.Match is not null).OrderBy(f => f.Match!.Order))
        {
            var m = f.Match!;
            if (m.Fallback
                || m.AnyTitle.Any(w => tables.Any(t => t.Title.Contains(w)))
                || m.AnyTable.Any(id => tables.Any(t => t.Id == id))
                || (m.MaxYear is { } max && year <= max))
                return f;
        }
        return null;
    }

    // A title as the family files list it: no tag, year or list number, no trailing qualifier, no punctuation.
    private static string Key(string title) => TextNormalizer.Key(TableTitles.Core(title));
}
