using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;
using Family = DeptBudget.Model.Layouts.LayoutTables.Family;

namespace DeptBudget.Reading.Interpret;

/// <summary>
/// The layout family a document follows, from its own tables: every family file (Model/Layouts/*.json) is
/// scored by how many of its tables the document prints under the family's own titles; the family whose
/// list the document prints best (at least half of it) wins. A document that prints no family's titles is
/// placed by the families' match rules (data too: a word in a title, a table, a year), and with none that
/// holds it is read by meaning alone under the national base ("national-YYYY"). No family is named in code.
/// </summary>
public static class FamilyMatcher
{
    /// <summary>A family's score: how many of its listed tables the document prints under their titles.</summary>
    public sealed record Score(string Family, int Printed, int Listed)
    {
        public decimal Share => Listed == 0 ? 0 : (decimal)Printed / Listed;
    }

    /// <summary>The layout id (family name and year, henan-2024, beijing-2026) of a document's tables.</summary>
    public static string Layout(int year, IReadOnlyList<Table> tables)
    {
        var family = ByTitles(tables) ?? ByRules(year, tables, LayoutTables.Families);
        return $"{family?.Name ?? "national"}-{year}";
    }

    /// <summary>Every family's score for these tables, best first.</summary>
    public static IReadOnlyList<Score> Scores(IReadOnlyList<Table> tables)
    {
        var printed = tables.Select(t => Key(t.Title)).ToHashSet();
        return LayoutTables.Families
            .Select(f => new Score(f.Id, f.Tables.Count(e => printed.Contains(Key(e.Title)) || (e.UnitTitle is { } u && printed.Contains(Key(u)))), f.Tables.Count))
            .OrderByDescending(s => s.Share).ThenByDescending(s => s.Printed).ThenBy(s => s.Family, StringComparer.Ordinal).ToList();
    }

    private static Family? ByTitles(IReadOnlyList<Table> tables)
    {
        var best = Scores(tables).FirstOrDefault();
        // Half the family's list under its own titles: a family sharing a few generic titles (收支总表) is not enough.
        return best is { Share: >= 0.5m, Printed: >= 3 } ? LayoutTables.Families.First(f => f.Id == best.Family) : null;
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
