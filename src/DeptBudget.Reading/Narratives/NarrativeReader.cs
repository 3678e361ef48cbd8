using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Narratives;

/// <summary>
/// Keeps the prose by part (第一部分 …) and section (一、…), and locates every number it states with
/// its unit and, where the sentence says, what it refers to and how (占, 增加, 下降 …).
/// </summary>
public static partial class NarrativeReader
{
    public static Narrative Read(IReadOnlyList<SourceLine> prose, string department, ICollection<UnreadFragment> unread)
    {
        var sections = new List<NarrativeSection>();
        var part = "";
        string? title = null;
        var titleLine = 0;
        var paragraphs = new List<(string Text, int Line)>();
        void Flush()
        {
            if (title is not null || paragraphs.Count > 0)
            {
                var texts = paragraphs.Select(p => p.Text).ToList();
                var numbers = paragraphs.SelectMany((p, i) => Numbers(p.Text, i, p.Line, department)).ToList();
                sections.Add(new NarrativeSection(part, title ?? part, texts, numbers, titleLine));
            }
            title = null; paragraphs = [];
        }
        for (var i = 0; i < prose.Count; i++)
        {
            var line = prose[i];
            if (line.IsBlank) continue;
            if (!line.IsText && Prose(line) is { } joined)
                line = new SourceLine(line.Number, [joined]);
            if (!line.IsText)
            {
                unread.Add(new UnreadFragment(line.Number, string.Join(" | ", line.Cells.Where(c => c.Length > 0)), "table row outside any recognised table"));
                continue;
            }
            var text = TableBuilder.StripTags(line.Cells[0]).Trim();
            var norm = TextNormalizer.Cell(text);
            if (DocumentSegmenter.PartOnly().IsMatch(norm))
            {
                Flush();
                var next = NextText(prose, ref i);
                part = next is null ? norm : norm + " " + TextNormalizer.Cell(next);
                continue;
            }
            // 第四部分名词解释 on one line (上海 决算).
            if (NamedPart().Match(norm) is { Success: true } named)
            {
                Flush();
                part = named.Groups["p"].Value + " " + named.Groups["n"].Value.Trim();
                // …部门决算情况 | 说明: the heading's last word wrapped onto a line of its own.
                var j = i;
                if (NextText(prose, ref j) is { } rest && TextNormalizer.Cell(rest) is { Length: <= 4 } word && word.All(char.IsLetter))
                {
                    part += word;
                    i = j;
                }
                continue;
            }
            if (IsSectionTitle(norm) || IsUnnumberedTitle(norm))
            {
                Flush();
                title = text; titleLine = line.Number;
                continue;
            }
            // A page's number printed between the two halves of a sentence (比上年执行数增加 / 3 / 7,331.92万元) is no
            // part of it: joined, the figure would read 37,331.92.
            if (paragraphs.Count > 0 && !EndsSentence(paragraphs[^1].Text) && PageNumber().IsMatch(norm)) continue;
            // A sentence broken over two lines by the PDF continues the previous paragraph.
            if (paragraphs.Count > 0 && !EndsSentence(paragraphs[^1].Text) && !SubHeading().IsMatch(norm))
                paragraphs[^1] = (paragraphs[^1].Text + text, paragraphs[^1].Line);
            else paragraphs.Add((text, line.Number));
        }
        Flush();
        return new Narrative(sections);
    }

    // 一、收入支出预算总体情况说明 — but not a numbered sentence: a glossary entry (三、事业收入：是指…, 六、上级补助收入：指…)
    // or a listed duty (九、承办区委、区政府交办的其他事项。). Headings in these documents never hold a 。.
    private static bool IsSectionTitle(string norm) =>
        Section().IsMatch(norm) && norm.Length <= 40 && !norm.Contains('。') && !norm.Contains("是指") && !Definition().IsMatch(norm);

    // 上海 heads some sections without a number, on a line of their own: …（部门）主要职能, …（部门）机构设置, 名词解释,
    // 2025年部门预算编制说明.
    private static bool IsUnnumberedTitle(string norm) =>
        norm.Length <= 40 && UnnumberedTitle().IsMatch(norm) && !norm.Contains('。') && !norm.Contains('，') && !norm.Contains('：');

    // A sentence a PDF or a sheet set in pieces (…以及下属 | 5 | 家预算单位的综合收支计划。): outside any table, a row
    // whose cells hold sentence punctuation and words is prose. A row of a list without it (1 | 上海市XX局（本级）)
    // or a template's filler (4 | 。。。) stays unread. A justified line that a wide gap cut before a figure holds no
    // sentence mark but is prose all the same: an enumeration comma after a word (执法执勤用车 | 0辆、) or a figure
    // with its unit (大厅律师服务支出 | 120 | 万元（含结转…) — a table prints units in its header, never in a cell
    // beside the figure; a heading's 一、 is no enumeration.
    private static string? Prose(SourceLine line)
    {
        var joined = string.Concat(line.Cells.Where(c => c.Length > 0));
        if (joined.Count(TextNormalizer.IsIdeograph) < 4) return null;
        return joined.IndexOfAny(['，', '。', '：', '；']) >= 0 || Enumeration().IsMatch(joined) || FigureWithUnit().IsMatch(joined)
            ? joined : null;
    }

    [GeneratedRegex(@"[^\s\d一二三四五六七八九十（(、]、")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"\d\s*(?:万元|亿元|元|辆|台|套|个|人|家|项)[\p{IsCJKUnifiedIdeographs}（(，、]")]
    private static partial Regex FigureWithUnit();

    private static string? NextText(IReadOnlyList<SourceLine> prose, ref int i)
    {
        for (var k = i + 1; k < prose.Count; k++)
        {
            if (prose[k].IsBlank) continue;
            if (!prose[k].IsText) return null;
            i = k;
            return prose[k].Cells[0];
        }
        return null;
    }

    private static bool EndsSentence(string s) => s.Length == 0 || "。；;：:！？!?）)".Contains(s[^1]) || s.Length < 20;

    private static readonly string[] Relations = ["比上年增加", "比上年减少", "增加", "减少", "增长", "下降", "占"];

    /// <summary>Numbers with a unit in one paragraph; a bare rate after a change inherits the change's subject.</summary>
    public static IEnumerable<StatedNumber> Numbers(string paragraph, int index, int line, string department)
    {
        string? lastSubject = null;
        foreach (Match m in NumberWithUnit().Matches(paragraph))
        {
            var value = decimal.Parse(m.Groups["n"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
            var unit = m.Groups["u"].Value;
            var start = ClauseStart(paragraph, m.Index);
            var clause = TextNormalizer.Cell(paragraph[start..m.Index]);
            clause = Noise().Replace(department.Length > 0 ? clause.Replace(department, "") : clause, "").Trim();
            string? relation = null;
            foreach (var r in Relations)
            {
                var at = clause.LastIndexOf(r, StringComparison.Ordinal);
                if (at >= 0 && at + r.Length >= clause.Length - 1)
                {
                    relation = r.Replace("比上年", "");
                    clause = clause[..at];
                    break;
                }
            }
            clause = Trailing().Replace(clause, "").Trim();
            var subject = clause.Length > 0 ? clause : lastSubject;
            if (clause.Length > 0) lastSubject = clause;
            var excerptStart = Math.Max(0, m.Index - 20);
            var excerpt = paragraph.Substring(excerptStart, Math.Min(paragraph.Length - excerptStart, m.Length + 30));
            yield return new StatedNumber(value, unit, subject, relation, index, m.Index, line, excerpt);
        }
    }

    private static int ClauseStart(string s, int at)
    {
        for (var i = at - 1; i >= 0; i--)
            if ("，。；：、,;:".Contains(s[i])) return i + 1;
        return 0;
    }

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<u>万元|%|个|辆|台（套）|台|项|人|元)")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"^(我部门|我单位|本部门|本单位|其中|与\d{4}年(预算)?相比|\d{4}年度?|年)+|[（(]类[）)]|[较比](上年|\d{4}年)(预算)?")]
    private static partial Regex Noise();

    [GeneratedRegex(@"(为|是|共|预算数|预算为|年初预算为|预算安排|安排)$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex Section();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、[^：:]{1,20}[：:]\s*指")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^(?<p>第[一二三四五六七八九十]+部分)\s*(?<n>[^，。：:；]{2,30})$")]
    private static partial Regex NamedPart();

    [GeneratedRegex(@"(主要职能|主要职责|机构设置|名词解释|预算编制说明)$")]
    private static partial Regex UnnumberedTitle();

    [GeneratedRegex(@"^[-—－]?\d{1,3}[-—－]?$")]
    private static partial Regex PageNumber();

    // A list number (1. 2、) is followed by words; a line that opens with a figure (30385.62万元增加…, a sentence
    // broken after 预算数) goes on the paragraph before.
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]|^\d+[、.．](?!\d)")]
    private static partial Regex SubHeading();
}
