using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Interpret;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading;

/// <summary>What one file holds of a disclosure.</summary>
public enum PartRole
{
    /// <summary>Tables and the explanation of them: a disclosure in one file.</summary>
    Whole,
    /// <summary>Budget tables without the explanation (北京's -tables.pdf).</summary>
    Tables,
    /// <summary>The explanation without tables (北京's -text.pdf).</summary>
    Explanation,
    /// <summary>Only performance-target tables (广州 publishes them apart).</summary>
    Targets,
}

/// <summary>
/// What one file states about the disclosure it belongs to: department and year (empty / 0 when it does not
/// say), scope, its role, and the amounts it prints (万元 to two places; a figure in 元 also as 万元), which
/// tie an unnamed part to the file that prints the same figures.
/// </summary>
public sealed record PartIdentity(string Name, string Department, int Year, BudgetScope Scope, PartRole Role, IReadOnlySet<decimal> Amounts);

/// <summary>
/// Groups the files of a folder or an upload into disclosures by what they state, never by their names: a file
/// of tables (with or without its explanation) is one disclosure; an explanation joins the tables file of its
/// department and year that has none, a file of targets joins the disclosure of its department and year. When a
/// part or its candidate does not name the department (北京's tables carry no cover), or several candidates name
/// it, the part joins the candidate that prints most of the amounts the part states, if one prints clearly most.
/// A part that finds no disclosure stands alone (an explanation then reads as narrative only).
/// </summary>
/// <summary>A file read once: what it states, and its lines of cells for reading the disclosure it belongs to.</summary>
public sealed record ParsedPart(PartIdentity Identity, IReadOnlyList<SourceLine> Lines);

public static partial class DisclosureParts
{
    /// <summary>Fewest shared amounts that tie a part to a file that does not name the same department.</summary>
    public const int MinSharedAmounts = 3;

    /// <summary>Amounts kept per file: enough for any disclosure's tables, bounded for a hostile one.</summary>
    private const int MaxAmounts = 20_000;

    /// <summary>Reads a file far enough to say what it states; throws <see cref="ReadException"/> as the reader does.</summary>
    public static PartIdentity Identify(byte[] bytes, string name) => Parse(bytes, name).Identity;

    /// <summary>
    /// Reads a file once: what it states and its lines of cells, so that a batch reads the disclosure from these
    /// lines (<see cref="DisclosureReader.ReadParsed"/>) instead of parsing the file a second time.
    /// </summary>
    public static ParsedPart Parse(byte[] bytes, string name)
    {
        if (bytes.Length == 0) throw new ReadException($"{name}: 文件是空的 — the file is empty");
        if (bytes.LongLength > DisclosureReader.MaxBytes) throw new ReadException($"{name}: larger than the {DisclosureReader.MaxBytes / (1024 * 1024)} MB a disclosure can be");
        var lines = DisclosureReader.SourceLines(bytes, name);
        return new ParsedPart(Identify(lines, name), lines);
    }

    /// <summary>What a file's lines state; throws <see cref="ReadException"/> as the reader does.</summary>
    public static PartIdentity Identify(IReadOnlyList<SourceLine> lines, string name)
    {
        if (lines.All(l => l.IsBlank)) throw new ReadException($"{name}: the document has no text");
        var segments = DocumentSegmenter.Split(lines);
        var (department, year, scope) = DisclosureReader.IdentifyLines(lines, segments, name);
        var narrative = DocumentIdentity.IsBudgetNarrative(segments.Prose);
        if (segments.Tables.Count == 0 && (year == 0 || !narrative))
            throw new ReadException($"{name}: 不是预算公开文件，没有预算表格，也没有预算说明 — not a budget disclosure");
        var role = segments.Tables.Count == 0 ? PartRole.Explanation
            : segments.Tables.All(t => t.Id is TableIds.DepartmentPerformanceTarget or TableIds.ProjectPerformanceTargets) ? PartRole.Targets
            : narrative ? PartRole.Whole : PartRole.Tables;
        return new PartIdentity(name, department, year, scope, role, Amounts(lines, role != PartRole.Explanation));
    }

    /// <summary>
    /// The disclosures among <paramref name="parts"/>, each as the indexes of its files (tables first); a null part
    /// (unreadable, or a canonical JSON) is a group of its own.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<PartIdentity?> parts)
    {
        var groups = new List<List<int>>();
        var groupOf = new Dictionary<int, List<int>>();
        for (var i = 0; i < parts.Count; i++)
            if (parts[i] is null || parts[i]!.Role is PartRole.Whole or PartRole.Tables)
            {
                var g = new List<int> { i };
                groups.Add(g);
                if (parts[i] is not null) groupOf[i] = g;
            }
        // Explanations first: a targets file then also finds the tables an explanation named.
        var order = Enumerable.Range(0, parts.Count).Where(i => parts[i]?.Role is PartRole.Explanation)
            .Concat(Enumerable.Range(0, parts.Count).Where(i => parts[i]?.Role is PartRole.Targets));
        foreach (var i in order)
        {
            var part = parts[i]!;
            var candidates = groupOf.Where(kv => Accepts(kv.Value, part, parts)).Select(kv => kv.Key).ToList();
            var anchor = Choose(part, candidates, parts, groupOf);
            if (anchor is { } a) groupOf[a].Add(i);
            else groups.Add([i]);
        }
        return groups;
    }

    // A disclosure takes a part of the same year (or one that states none) and a department that is not another's;
    // it takes one explanation, and only when it has none of its own.
    private static bool Accepts(List<int> group, PartIdentity part, IReadOnlyList<PartIdentity?> parts)
    {
        var anchor = parts[group[0]]!;
        if (anchor.Year != 0 && part.Year != 0 && anchor.Year != part.Year) return false;
        if (Named(anchor, part) && !SameDepartment(group, part, parts)) return false;
        if (part.Role == PartRole.Explanation)
            return anchor.Role == PartRole.Tables && group.All(j => parts[j]!.Role != PartRole.Explanation);
        return true;
    }

    private static bool Named(PartIdentity a, PartIdentity b) => a.Department.Length > 0 && b.Department.Length > 0;

    // The department a disclosure states is the one any of its files states (北京's tables take their explanation's).
    private static bool SameDepartment(List<int> group, PartIdentity part, IReadOnlyList<PartIdentity?> parts) =>
        group.Select(j => parts[j]!).Where(p => p.Department.Length > 0)
            .All(p => DisclosureReader.SameDepartment(p.Department, part.Department) && (p.Scope == part.Scope || p.Role != PartRole.Whole));

    private static int? Choose(PartIdentity part, List<int> candidates, IReadOnlyList<PartIdentity?> parts, Dictionary<int, List<int>> groupOf)
    {
        if (candidates.Count == 0) return null;
        string Department(int a) => groupOf[a].Select(j => parts[j]!.Department).FirstOrDefault(d => d.Length > 0) ?? "";
        var named = candidates.Where(a => part.Department.Length > 0 && Department(a).Length > 0).ToList();
        // One disclosure states the part's department and year: that is the part's, whatever the figures.
        if (named.Count == 1) return named[0];
        var pool = named.Count > 1 ? named : candidates;
        var scored = pool.Select(a => (Anchor: a, Shared: groupOf[a].Sum(j => Shared(part, parts[j]!))))
            .OrderByDescending(s => s.Shared).ToList();
        var best = scored[0];
        var second = scored.Count > 1 ? scored[1].Shared : 0;
        // Clearly most: at least the minimum, and more than any other candidate by half again.
        return best.Shared >= MinSharedAmounts && best.Shared * 2 > second * 3 ? best.Anchor : null;
    }

    private static int Shared(PartIdentity part, PartIdentity other) =>
        other.Role == PartRole.Explanation ? 0 : part.Amounts.Count(other.Amounts.Contains);

    // Figures with a decimal point or thousands separators (years, page numbers and codes have neither), to two
    // places. Figures of tables also as 万元 (a table in 元 beside an explanation in 万元). Zero says nothing.
    private static HashSet<decimal> Amounts(IReadOnlyList<SourceLine> lines, bool tables)
    {
        var set = new HashSet<decimal>();
        foreach (var line in lines)
            foreach (var cell in line.Cells)
                foreach (Match m in Figure().Matches(cell))
                {
                    if (!decimal.TryParse(m.Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)) continue;
                    var rounded = Math.Round(v, 2, MidpointRounding.AwayFromZero);
                    if (rounded == 0) continue;
                    set.Add(rounded);
                    if (tables && v >= 100) set.Add(Math.Round(v / 10000m, 2, MidpointRounding.AwayFromZero));
                    if (set.Count >= MaxAmounts) return set;
                }
        return set;
    }

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+\.\d+")]
    private static partial Regex Figure();
}
