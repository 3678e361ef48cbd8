using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// N3: every year-on-year statement is self-consistent: rate = change / last year's figure (implied as this year
/// ∓ change), the direction words agree with each other, and no template text such as “增加（减少）” is left.
/// </summary>
public sealed partial class N3_YearOnYear : Rule
{
    public override string Id => "N3";
    public override string TitleZh => "说明中的增减变化计算与用词正确";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var sections = context.Disclosure.Narrative.Sections;
        if (sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        foreach (var section in sections)
            foreach (var paragraph in section.Paragraphs)
            {
                foreach (Match r in Residue().Matches(paragraph))
                {
                    // XX万元 is an amount never filled in, not a choice of direction word left open.
                    var placeholder = r.Value.Contains('X') || r.Value.Contains('Ｘ');
                    yield return Make(FindingLocation.InSection(section.Title, Sentences.Around(paragraph, r.Index)),
                        placeholder ? "实际金额" : "按实际增减填写“增加”或“减少”", r.Value,
                        placeholder ? $"说明中残留模板占位“{r.Value}”，未填写实际金额" : $"说明中残留模板文字“{r.Value}”，未按实际情况选择增减用词", Severity.Warning);
                }
                foreach (Match m in Change().Matches(paragraph))
                    foreach (var f in Statement(section, paragraph, m)) yield return f;
            }
    }

    private IEnumerable<Finding> Statement(NarrativeSection section, string paragraph, Match m)
    {
        var where = FindingLocation.InSection(section.Title, Sentences.Around(paragraph, m.Index));
        var d1 = m.Groups["d1"].Value;
        var d2 = m.Groups["d2"].Value;
        var up1 = d1 is "增加" or "增长";
        var up2 = d2 is "增加" or "增长";
        var change = Num(m.Groups["chg"].Value);
        if (m.Groups["d2"].Success && up1 != up2)
            yield return Make(where, $"“{d1}”对应“{(up1 ? "增长" : "下降")}”", $"{d1}……{d2}",
                $"增减用词前后矛盾：金额“{d1}”，比率却写作“{d2}”");
        if (change == 0m)
        {
            yield return Make(where, "持平", $"{d1}0", $"变化额为 0 时应表述为“持平”，而不是“{d1}0万元”", Severity.Warning);
            yield break;
        }
        if (!m.Groups["rate"].Success) yield break;
        var rate = Num(m.Groups["rate"].Value);
        // “X万元，比2025年年初预算数 Y万元增加 Z万元” states last year's figure Y right before the change (北京):
        // the base is then Y itself, not an earlier amount taken for this year's.
        decimal current, last;
        if (StatedBase().Match(paragraph[..m.Index]) is { Success: true } b)
        {
            last = Num(b.Groups["n"].Value);
            current = up1 ? last + change : last - change;
        }
        else
        {
            if (CurrentBefore(paragraph, m.Index) is not { } stated) yield break;
            current = stated;
            last = up1 ? current - change : current + change;
        }
        if (last <= 0m)
        {
            yield return Make(where, "上年数大于 0", CheckContext.Amount(last),
                $"本年 {CheckContext.Amount(current)} 万元{d1} {CheckContext.Amount(change)} 万元，推算上年为 {CheckContext.Amount(last)} 万元，不可能有增长率 {m.Groups["rate"].Value}%");
            yield break;
        }
        var exact = change / last * 100m;
        var decimals = m.Groups["rate"].Value.Contains('.') ? m.Groups["rate"].Value.Split('.')[1].Length : 0;
        var slack = 0.5m * (decimals == 0 ? 1m : decimals == 1 ? 0.1m : 0.01m) + 0.01m * 100m / last;
        if (Math.Abs(exact - rate) <= slack) yield break;
        yield return Make(where, Math.Round(exact, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%", m.Groups["rate"].Value + "%",
            $"本年 {CheckContext.Amount(current)} 万元，{d1} {CheckContext.Amount(change)} 万元，则上年为 {CheckContext.Amount(last)} 万元，变化率 = {CheckContext.Amount(change)} ÷ {CheckContext.Amount(last)} × 100% = {exact.ToString("0.####", CultureInfo.InvariantCulture)}%，说明写作 {m.Groups["rate"].Value}%");
    }

    /// <summary>
    /// This year's figure: among the earlier amounts of the paragraph that are not themselves changes, the one
    /// whose words share most with the subject of the change (收入 → 收入总计); else the nearest one.
    /// </summary>
    private static decimal? CurrentBefore(string p, int at)
    {
        var subject = Subject(p, at);
        (decimal Value, int Score)? best = null;
        decimal? nearest = null;
        foreach (Match a in Amount().Matches(p[..at]))
        {
            var before = p[Math.Max(0, a.Index - 4)..a.Index];
            if (before.Contains("增加") || before.Contains("减少") || before.Contains("增长") || before.Contains("下降")) continue;
            var value = Num(a.Groups["n"].Value);
            nearest = value;
            var score = CommonRun(subject, N1_NarrativeAmounts.Phrase(p, a.Index));
            if (score >= 2 && (best is null || score >= best.Value.Score)) best = (value, score);
        }
        return best?.Value ?? nearest;
    }

    /// <summary>The words before the change word, without “与2023年（预算）相比”, “比上年” and the like.</summary>
    private static string Subject(string p, int at)
    {
        var s = N1_NarrativeAmounts.Phrase(p, at);
        return Comparison().Replace(s, "");
    }

    private static int CommonRun(string a, string b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
            for (var j = 0; j < b.Length; j++)
            {
                var k = 0;
                while (i + k < a.Length && j + k < b.Length && a[i + k] == b[j + k]) k++;
                best = Math.Max(best, k);
            }
        return best;
    }

    [GeneratedRegex(@"(与|比|较)\s*(\d{4}\s*年|上年)(度)?(预算)?(相比)?|预算数|各")]
    private static partial Regex Comparison();

    private static decimal Num(string s) => decimal.Parse(s.Replace(",", "").Replace(" ", ""), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<d1>增加|减少)\s*(?<chg>\d[\d,]*(?:\.\d+)?)\s*万\s*元(?:[，,、]?\s*(?<d2>增长|下降|增加|减少)(?:[（(][^）)]{1,4}[）)])?\s*(?<rate>\d+(?:\.\d+)?)\s*%)?")]
    private static partial Regex Change();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*万\s*元")]
    private static partial Regex Amount();

    /// <summary>“比2025年年初预算数 Y万元” (or 较上年 Y万元) ending right where the change word begins: Y is the base.</summary>
    [GeneratedRegex(@"(?:比|较)\s*(?:\d{4}\s*年|上年)[^，。；,;\d]{0,12}?(?<n>\d[\d,]*(?:\.\d+)?)\s*万\s*元\s*$")]
    private static partial Regex StatedBase();

    [GeneratedRegex(@"(增加|减少|增长|下降)[（(](增加|减少|增长|下降)[）)]|[×X＊*]{2,}\s*万元")]
    private static partial Regex Residue();
}
