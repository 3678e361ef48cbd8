using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Narratives;

/// <summary>
/// Writes the prose parts from the layout's patterns: 概况 (duties kept from the source document, units
/// from the budget), 情况说明 (every number from the figures), 名词解释 (the layout's glossary).
/// </summary>
internal static class NarrativeBuilder
{
    public static Narrative Build(RenderContext ctx, Narrative? source)
    {
        var sections = new List<NarrativeSection>();
        foreach (var part in ctx.Layout.Parts.Where(p => p.Kind != "tables"))
        {
            var partName = ctx.Fill(part.Heading);
            foreach (var section in part.Sections)
            {
                var paragraphs = new List<string>();
                foreach (var p in section.Paragraphs)
                {
                    if (p.Unless is not null && ctx.Holds(p.Unless)) continue;
                    var pattern = p.Text ?? (p.If is null ? null : ctx.Holds(p.If) ? p.Then : p.Else);
                    if (pattern is null) continue;
                    switch (pattern.Trim())
                    {
                        case "{duties}": paragraphs.AddRange(Duties(ctx, source)); break;
                        case "{units}": paragraphs.AddRange(Units(ctx, source)); break;
                        default: paragraphs.Add(ctx.Fill(pattern)); break;
                    }
                }
                sections.Add(new NarrativeSection(partName, ctx.Fill(section.Title), paragraphs, [], 0));
            }
        }
        return new Narrative(sections);
    }

    // Duties are not figures: they come from the document the budget was read from, or are missing.
    private static IEnumerable<string> Duties(RenderContext ctx, Narrative? source)
    {
        var found = source?.Sections.FirstOrDefault(s => s.Title.Contains("主要职责") || s.Title.Contains("主要职能"));
        if (found is not null && found.Paragraphs.Count > 0) return found.Paragraphs;
        return [ctx.Fill("{missing:主要职责}")];
    }

    // Units are listed from the budget; a budget whose tables name none (山东 003: 二级预算单位, no unit codes)
    // keeps the source document's 机构设置 text, as duties are kept.
    private static IEnumerable<string> Units(RenderContext ctx, Narrative? source)
    {
        var units = ctx.Budget.Units.Where(u => u.ParentCode is not null).ToList();
        if (units.Count == 0) units = ctx.Budget.Units.ToList();
        var stated = source?.Sections.FirstOrDefault(s => s.Title.Contains("机构设置") || s.Title.Contains("单位构成"));
        if (units.Count == 0 && stated is not null && stated.Paragraphs.Count > 0) return stated.Paragraphs;
        if (units.Count == 0) return [ctx.Fill("{missing:预算单位构成}")];
        return units.Select((u, i) => $"{i + 1}. {u.Name}（{u.Code}）{(i == units.Count - 1 ? "。" : "；")}");
    }
}
