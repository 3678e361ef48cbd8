using System.Text.RegularExpressions;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>N1: every amount the narrative states equals the table figure it names; project counts equal the tables.</summary>
public sealed partial class N1_NarrativeAmounts : Rule
{
    public override string Id => "N1";
    public override string TitleZh => "说明中的金额与表格一致";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var sections = context.Disclosure.Narrative.Sections;
        if (sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        var figures = new Figures(context);
        var lastYear = (context.Year - 1).ToString();
        foreach (var section in sections)
            foreach (var n in section.Numbers)
            {
                if (n.Relation is not null || n.Subject is null) continue;
                var paragraph = n.Paragraph < section.Paragraphs.Count ? section.Paragraphs[n.Paragraph] : n.Excerpt;
                var sentence = Sentences.Around(paragraph, n.Offset);
                // Last year's figures and changes are N3's; only this year's amounts are compared here. Subsets
                // (100万元以上项目) and planned evaluations name no table figure.
                var clauses = Clauses(paragraph, n.Offset);
                if (clauses.Contains("以上") || clauses.Contains("绩效评价")) continue;
                // 国内公务接待支出A万元（含外宾接待支出B万元）: B is a part of A that no table prints; A is the item.
                if (InBracketedPart(paragraph, n.Offset)) continue;
                if (n.Unit == "个") { foreach (var f in Count(context, section, n, paragraph, sentence)) yield return f; continue; }
                if (n.Unit != "万元" || Before(paragraph, n.Offset, 12).Contains(lastYear) || IsChange(paragraph, n.Offset)) continue;
                var phrase = Phrase(paragraph, n.Offset);
                if (context.Disclosure.Meta.IsFinalAccounts())
                {
                    // A 决算 (final accounts) states 年初预算 beside 决算; its tables hold the 决算 figures.
                    if (phrase.EndsWith("年初预算为") || phrase.EndsWith("预算数为") || phrase.EndsWith("年初预算")) continue;
                    // "年初预算为X万元，支出决算为Y万元" names its subject before 年初预算, or in an earlier sentence (a 项
                    // heading): without it the figure is not a total.
                    if (BareFinalAmount().IsMatch(phrase))
                    {
                        var subject = FinalAccountsSubject().Match(paragraph[..n.Offset]);
                        if (!subject.Success || subject.Groups["s"].Value.Trim().Length == 0) continue;
                        phrase = subject.Groups["s"].Value.Trim();
                    }
                }
                var candidates = figures.For(phrase.Length > 0 ? phrase : n.Subject);
                // A figure stated with fewer decimals (8万元, 1.5万元) is right when the table rounds to it.
                var half = PrintedDecimals(paragraph, n.Offset) switch { 0 => 0.5m, 1 => 0.05m, _ => 0.01m };
                if (candidates.Count == 0 || candidates.Any(c => Math.Abs(c.Value - n.Value) <= half)) continue;
                // A table figure two or three times the stated one is rows of several levels summed (一级 and 二级
                // projects, 类 with its 款): the table was misread, the sentence is not wrong.
                if (n.Value != 0m && candidates.Any(c => c.Value == n.Value * 2 || c.Value == n.Value * 3 || Math.Abs(c.Value - n.Value * 2) <= 0.02m || Math.Abs(c.Value - n.Value * 3) <= 0.03m)) continue;
                var best = candidates.MinBy(c => Math.Abs(c.Value - n.Value))!;
                yield return Make(FindingLocation.InSection(section.Title, sentence), CheckContext.Amount(best.Value), CheckContext.Amount(n.Value),
                    $"说明称“{(phrase.Length > 0 ? phrase : n.Subject)}”为 {CheckContext.Amount(n.Value)} 万元，{best.Where}为 {CheckContext.Amount(best.Value)} 万元，{CheckContext.Diff(best.Value, n.Value)}");
            }
    }

    private IEnumerable<Finding> Count(CheckContext context, NarrativeSection section, StatedNumber n, string paragraph, string sentence)
    {
        var after = paragraph.Substring(n.Offset, Math.Min(paragraph.Length - n.Offset, 12));
        // Only a count of the budget's projects: 共X个项目, 涉及项目X个. 82个一级项目的绩效自评, 1个专项资金项目 and
        // 5个市级重点医院项目、省级临床重点专科项目25个 count other things (projects evaluated, buildings, grants) —
        // 西安卫健委 2022 决算.
        var subject = (n.Subject ?? "").TrimEnd('、', '，', ',', ' ');
        if (!CountOfProjects().IsMatch(after) && !SubjectIsProjects().IsMatch(subject)) yield break;
        if (Sentences.Around(paragraph, n.Offset).Contains((context.Year - 1) + "年")) yield break;
        var projects = context.Budget.Projects;
        var targets = context.ProjectTargets.Select(t => ProjectNames.Normalize(t.ProjectName)).Distinct().Count();
        if (projects.Count == 0 && targets == 0) yield break;
        var fiscal = projects.Count(p => p.Amounts.Get(AmountKeys.GeneralPublicBudget) + p.Amounts.Get(AmountKeys.FiscalAppropriation) > 0);
        var stated = (int)n.Value;
        if (stated == projects.Count || stated == fiscal || stated == targets) yield break;
        yield return Make(FindingLocation.InSection(section.Title, sentence), projects.Count.ToString(), stated.ToString(),
            $"说明称涉及项目 {stated} 个，项目支出表列出 {projects.Count} 个项目（其中财政拨款安排 {fiscal} 个），绩效目标表列出 {targets} 个项目");
    }

    /// <summary>What a number is said to be: the words from the previous clause break up to it (brackets kept: 卫生健康（类）).</summary>
    internal static string Phrase(string p, int offset)
    {
        var start = offset;
        while (start > 0 && !"，。；：,;:、".Contains(p[start - 1])) start--;
        return p[start..offset].Trim();
    }

    /// <summary>True when the number sits in an open bracket that begins with 含/其中/包括 (a part stated in passing).</summary>
    internal static bool InBracketedPart(string p, int offset)
    {
        for (var i = Math.Min(offset, p.Length) - 1; i >= 0 && offset - i <= 40; i--)
        {
            if (p[i] is '）' or ')' or '。' or '；') return false;
            if (p[i] is '（' or '(')
            {
                var inside = p[(i + 1)..offset].TrimStart();
                return inside.StartsWith('含') || inside.StartsWith("其中") || inside.StartsWith("包括");
            }
        }
        return false;
    }

    /// <summary>The clause holding the number and the clause before it (comma to comma).</summary>
    private static string Clauses(string p, int offset)
    {
        var start = offset;
        for (var breaks = 0; start > 0; start--)
            if ("，。；,;".Contains(p[start - 1]) && ++breaks == 2) break;
        var end = offset;
        while (end < p.Length && !"，。；,;".Contains(p[end])) end++;
        return p[start..end];
    }

    private static int PrintedDecimals(string p, int offset)
    {
        var m = PrintedNumber().Match(p, Math.Min(offset, p.Length));
        return m.Success && m.Index == offset && m.Groups[1].Success ? m.Groups[1].Value.Length : m.Success && m.Index == offset ? 0 : 2;
    }

    [GeneratedRegex(@"^[\d,]+\s*个\s*项目")]
    private static partial Regex CountOfProjects();

    /// <summary>A subject that is the projects themselves (涉及项目, 项目共), not a kind of them (医养结合项目).</summary>
    [GeneratedRegex(@"^(?:本年|当年|全年)?(?:涉及|包括|共有|共计|共|安排|实施|预算|纳入)*项目(?:共|总数|数量|数)?(?:为|有|计)?$")]
    private static partial Regex SubjectIsProjects();

    [GeneratedRegex(@"^(?:支出)?决算(?:数)?为?$")]
    private static partial Regex BareFinalAmount();

    [GeneratedRegex(@"(?<s>[^。；;：:，,]*?)年初预算(?:数)?为\s*[\d,.]+\s*万元\s*[，,]\s*(?:支出)?决算(?:数)?为\s*$")]
    private static partial Regex FinalAccountsSubject();

    [GeneratedRegex(@"\d[\d,]*(?:\.(\d+))?")]
    private static partial Regex PrintedNumber();

    private static string Before(string p, int offset, int length) => p.Substring(Math.Max(0, offset - length), Math.Min(length, offset));

    /// <summary>An amount right after 增加/减少/增长/下降 is a change, not a level.</summary>
    private static bool IsChange(string p, int offset) => ChangeWord().IsMatch(Before(p, offset, 6));

    [GeneratedRegex("(增加|减少|增长|下降|增减|压减|提高)[了约]?\\s*$")]
    private static partial Regex ChangeWord();
}
