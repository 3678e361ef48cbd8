using System.Globalization;
using DeptBudget.Model;

namespace DeptBudget.Checks.Text;

/// <summary>A paragraph of the narrative with the section it is in, so text rules can quote the sentence they are about.</summary>
public sealed record ProseParagraph(NarrativeSection Section, int Index, string Text)
{
    /// <summary>The sentence around a character of the paragraph, as a finding's place.</summary>
    public FindingLocation At(int offset) => FindingLocation.InSection(Section.Title, Sentences.Around(Text, offset));

    /// <summary>True for the glossary (名词解释): standard definitions, not statements about this document.</summary>
    public bool IsGlossary => Section.Title.Contains("名词解释") || Section.Part.Contains("名词解释");
}

/// <summary>The narrative as paragraphs, and number parsing shared by the text rules.</summary>
public static partial class Prose
{
    /// <summary>
    /// The paragraphs of every section, a paragraph that stops mid-sentence joined with the next: a PDF line
    /// broken after 预算执行数为 or 增加 comes back as two paragraphs, and a sentence's figures must be read together.
    /// </summary>
    public static IEnumerable<ProseParagraph> Paragraphs(CheckContext context)
    {
        foreach (var section in context.Disclosure.Narrative.Sections)
            for (var i = 0; i < section.Paragraphs.Count; i++)
            {
                var text = section.Paragraphs[i];
                var first = i;
                while (i + 1 < section.Paragraphs.Count && ContinuesInNext(text, section.Paragraphs[i + 1]))
                    text += section.Paragraphs[++i];
                yield return new ProseParagraph(section, first, text);
            }
    }

    private static bool ContinuesInNext(string p, string next)
    {
        var t = p.TrimEnd();
        if (t.Length == 0 || next.Length == 0 || "。；;！？!?：:".Contains(t[^1])) return false;
        return !ItemStart().IsMatch(next);
    }

    /// <summary>A line that starts an item or heading of its own (3.… 二、… （四）…), not the rest of a sentence; 28.89% is no item.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\d+\s*[、．]|\d+\.(?!\d)|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+\s*[、．.]|第[一二三四五六七八九十]+部分)")]
    private static partial System.Text.RegularExpressions.Regex ItemStart();

    /// <summary>All the narrative's words (titles and paragraphs) in one string: where a required part is looked for.</summary>
    public static string AllText(CheckContext context) => string.Join("\n", context.Disclosure.Narrative.Sections
        .SelectMany(s => new[] { s.Part, s.Title }.Concat(s.Paragraphs)));

    public static decimal Num(string s) =>
        decimal.Parse(s.Replace(",", "").Replace("，", "").Replace(" ", "").Replace("\n", ""), CultureInfo.InvariantCulture);

    /// <summary>Decimals a printed number shows (352.67 → 2, 25 → 0).</summary>
    public static int Decimals(string s) => s.Contains('.') ? s.Split('.')[1].Trim().Length : 0;

    /// <summary>Half a unit of the last printed digit: how far a printed figure may be from the exact one.</summary>
    public static decimal Half(int decimals) => decimals switch { 0 => 0.5m, 1 => 0.05m, 2 => 0.005m, _ => 0.0005m };

    public static string Pct(decimal v, int decimals) =>
        Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
