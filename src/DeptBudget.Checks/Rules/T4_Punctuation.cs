using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// T4: punctuation as written Chinese has it: no doubled sentence marks (。。 ，， ，。), quotation marks and
/// brackets that open and close within their paragraph (a full-width bracket closed by a half-width one still closes).
/// </summary>
public sealed partial class T4_Punctuation : Rule
{
    public override string Id => "T4";
    public override string TitleZh => "标点符号规范";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        foreach (var p in Prose.Paragraphs(context))
            foreach (Match m in Doubled().Matches(p.Text))
                yield return Make(p.At(m.Index), "一个标点", m.Value, $"标点重复或连用：“{m.Value}”");
        // A bracket opened inside a sentence is part of it and does not end with 。 (GB/T 15834 句内括号): 广州's
        // “运行维护费6.54万元（…比上年减少14.85万元。）比上年减少14.85万元” ends the aside with a full stop mid-sentence.
        foreach (var p in Prose.Paragraphs(context))
            foreach (Match m in StopInAside().Matches(p.Text))
                yield return Make(p.At(m.Index + m.Length - 2), "句内括号不以句号结尾", "。）", "句内括号中的文字以句号结尾，而括号后句子仍在继续：“。）”");
        // Pairs are counted over a whole section, title included: a reader may break a bracketed aside into two
        // paragraphs, or leave a title's bracket open over its first line.
        foreach (var section in context.Disclosure.Narrative.Sections)
        {
            var parts = new List<(int Paragraph, string Text)> { (-1, section.Title) };
            parts.AddRange(section.Paragraphs.Select((t, i) => (i, t)));
            foreach (var (open, close, name) in Pairs)
            {
                var depth = 0;
                (int Paragraph, int Offset)? first = null, stray = null;
                foreach (var (pi, text) in parts)
                    for (var i = 0; i < text.Length && stray is null; i++)
                    {
                        if (text[i] == open || open == '（' && text[i] == '(') { if (depth++ == 0) first = (pi, i); }
                        else if (text[i] == close || close == '）' && text[i] == ')') { if (--depth < 0) stray = (pi, i); }
                    }
                if (depth == 0 && stray is null) continue;
                var opened = stray is null;
                var (at, offset) = opened ? first!.Value : stray!.Value;
                var where = at < 0 ? FindingLocation.InSection(section.Title, section.Title)
                    : FindingLocation.InSection(section.Title, Sentences.Around(section.Paragraphs[at], offset));
                yield return Make(where, $"成对的{name}", opened ? $"{open}" : $"{close}",
                    opened ? $"{name}“{open}”没有对应的“{close}”" : $"多出的{name}“{close}”，前面没有“{open}”");
            }
        }
    }

    private static readonly (char Open, char Close, string Name)[] Pairs = [('“', '”', "引号"), ('（', '）', "括号"), ('《', '》', "书名号")];

    /// <summary>A bracket opened after a word (not after 。！？) whose text ends with 。 and is followed by more of the sentence.</summary>
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\w])（[^（）。]*(?:。[^（）。]+)*。）(?=[\p{IsCJKUnifiedIdeographs}\w])")]
    private static partial Regex StopInAside();

    /// <summary>Two sentence marks in a row; a list's 、 after a closing quote (“财政拨款收入”、) is not one.</summary>
    [GeneratedRegex(@"[，。；：、]{2,}|[，；][。]")]
    private static partial Regex Doubled();
}
