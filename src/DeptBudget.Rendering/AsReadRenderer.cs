using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering;

/// <summary>
/// A disclosure whose layout family has no rendering definition (上海, 北京, 深圳 …) printed as it was read: its
/// cover, its narrative sections in the order the document printed them, every table with its printed title, header
/// rows and rows (codes as text, amounts with the decimals printed) under its 单位 caption, and its 名词解释 — so that
/// every budget can be downloaded as PDF, XLSX, DOCX and HTML. Nothing is recomputed: the figures are the document's.
/// Table titles missing from the reading and each table's unit come from the family's layout data (Model Layouts/*.json),
/// the one list the reader uses, so no family is named in code.
/// </summary>
public static class AsReadRenderer
{
    private const string Glossary = "名词解释";

    public static RenderedDisclosure Render(Disclosure source, IReadOnlyList<string>? errors = null)
    {
        var family = LayoutTables.For(source.Meta.Layout);
        // Tables numbered in the order printed so that the 目录's links and the sheets are unique even where a
        // disclosure in parts numbers each part's tables from 一 or the reading found a table no 目录 lists.
        var tables = source.Tables.OrderBy(t => t.Line).Select((t, i) => t with
        {
            Number = i + 1,
            Title = t.Title.Length > 0 ? t.Title : family?.Tables.FirstOrDefault(e => e.Id == t.Id)?.Title ?? t.Id,
        }).ToList();
        var contents = tables.Select(t => new ContentsEntry(t.Number, t.Title, t.Id)).ToList();
        var meta = source.Meta with { Contents = contents };
        var disclosure = source with { Meta = meta, Tables = tables };

        var parts = Parts(source.Narrative.Sections, tables.Count > 0 ? tables.Min(t => t.Line) : int.MaxValue);
        var unitLine = "编制部门：" + source.Meta.Department;
        var defaultUnit = Caption(family?.AmountUnit ?? "万元");
        var layout = new Layout(source.Meta.Layout, source.Meta.Title ?? source.Meta.Department, "", unitLine, defaultUnit, "grouped",
            [], [], new Directions("增加", "增长", "减少", "下降", "持平"),
            parts.Select(p => new PartSpec(p.Tables ? "tables" : p.Heading == Glossary ? "glossary" : "narrative", p.Heading, null, [])).ToList(),
            tables.Select(t => new TableSpec(t.Id, "asRead", t.Title, [], Wide: t.Columns.Count > 7)).ToList(),
            new YearOnYearPatterns("", "", "", "", ""), new Dictionary<string, string>());
        return new RenderedDisclosure(disclosure, layout, errors ?? [], [], "", unitLine, parts.Select(p => p.Heading).ToList())
        {
            PartSections = parts.Select(p => p.Sections).ToList(),
            AsPrinted = true,
            TableAmountUnits = tables.GroupBy(t => t.Id)
                .ToDictionary(g => g.Key, g => Caption(g.First().AmountUnit ?? LayoutTables.AmountUnitOf(source.Meta.Layout, g.Key))),
        };
    }

    private static string Caption(string unit) => "单位：" + unit;

    private sealed record Part(string Heading, bool Tables, IReadOnlyList<NarrativeSection> Sections);

    /// <summary>Runs of sections under the part they were read in, the 附表 where the first table was printed;
    /// a 名词解释 section without a part is a part of its own, headed so.</summary>
    private static List<Part> Parts(IReadOnlyList<NarrativeSection> sections, int firstTableLine)
    {
        var parts = new List<Part>();
        var tablesPlaced = false;
        foreach (var s in sections.OrderBy(s => s.Line))
        {
            if (!tablesPlaced && s.Line > firstTableLine) { parts.Add(new Part("", true, [])); tablesPlaced = true; }
            var heading = s.Part.Length == 0 && s.Title == Glossary ? Glossary : s.Part;
            if (parts.Count > 0 && !parts[^1].Tables && parts[^1].Heading == heading)
                parts[^1] = parts[^1] with { Sections = [.. parts[^1].Sections, s] };
            else parts.Add(new Part(heading, false, [s]));
        }
        if (!tablesPlaced && firstTableLine != int.MaxValue) parts.Add(new Part("", true, []));
        return parts;
    }
}
