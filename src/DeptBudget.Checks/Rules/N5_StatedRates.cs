using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// N5: a sentence that states both figures it compares — last year's and this year's (2023年当年预算执行数为A万元，
/// 2024年预算安排B万元，比2023年预算执行数增加r%), or a final account's budget and outturn (年初预算为A万元，支出决算为
/// B万元…完成年初预算的r%，决算数小于预算数) — has its rate recomputed from those figures and its direction word held to
/// them. N3 covers sentences that state the change instead of last year's figure.
/// </summary>
public sealed partial class N5_StatedRates : Rule
{
    public override string Id => "N5";
    public override string TitleZh => "说明中的比率、增减用词与所述数字一致";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        ProseParagraph? previous = null;
        foreach (var p in Prose.Paragraphs(context))
        {
            if (p.IsGlossary) { previous = null; continue; }
            foreach (var f in LevelExplainedByChange(previous, p)) yield return f;
            previous = p;
            foreach (Match m in YearPair().Matches(p.Text))
                foreach (var f in YearOnYear(p, m, context.Year)) yield return f;
            foreach (Match m in BudgetAndOutturn().Matches(p.Text))
                foreach (var f in Outturn(p, m)) yield return f;
        }
    }

    private IEnumerable<Finding> YearOnYear(ProseParagraph p, Match m, int year)
    {
        var y1 = Year(m.Groups["y1"].Value, year - 1);
        var y2 = Year(m.Groups["y2"].Value, year);
        if (y1 >= y2) yield break; // not last year against this year
        var a = Prose.Num(m.Groups["a"].Value);
        var b = Prose.Num(m.Groups["b"].Value);
        var dir = m.Groups["dir"].Value;
        var where = p.At(m.Index);
        var half = Prose.Half(Math.Min(Prose.Decimals(m.Groups["a"].Value), Prose.Decimals(m.Groups["b"].Value)));
        var sign = Math.Abs(b - a) <= 2 * half ? 0 : Math.Sign(b - a);
        var said = dir is "增加" or "增长" or "上升" ? 1 : dir is "持平" ? 0 : -1;
        if (sign != said)
        {
            yield return Make(where, Word(sign), dir,
                $"{m.Groups["y1"].Value}年为 {CheckContext.Amount(a)} 万元，{m.Groups["y2"].Value}年为 {CheckContext.Amount(b)} 万元，应为“{Word(sign)}”，说明写作“{dir}”");
            yield break;
        }
        // A reason that names the opposite change (减少2.98%。主要原因是：…经费增加。) contradicts the figures.
        if (Reason().Match(p.Text, m.Index + m.Length) is { Success: true } reason && sign != 0
            && (reason.Groups["d"].Value is "增加" or "增长" ? 1 : -1) != sign)
            yield return Make(where, $"原因与“{dir}”一致", reason.Groups["r"].Value.Trim(),
                $"{m.Groups["y2"].Value}年比上年{dir}，所述原因却是“{reason.Groups["r"].Value.Trim()}”", Severity.Warning);
        if (!m.Groups["rate"].Success) yield break;
        var rateText = m.Groups["rate"].Value;
        var rate = Prose.Num(rateText);
        if (a == 0m)
        {
            if (b != 0m)
                yield return Make(where, "上年为 0，无增长率可言", rateText + "%",
                    $"上年为 0.00 万元，本年 {CheckContext.Amount(b)} 万元：从零起算的增长率没有意义，说明却写作{dir} {rateText}%");
            yield break;
        }
        var exact = Math.Abs(b - a) / a * 100m;
        if (Fits(exact, rate, rateText, a, b)) yield break;
        // The rate fits the item's other stated amount: the sentence restates the item with a second figure (N6).
        if (Heading(p.Text, m.Index) is { } h && Fits(Math.Abs(h - a) / a * 100m, rate, rateText, a, h)) yield break;
        yield return Make(where, Prose.Pct(exact, Prose.Decimals(rateText)), rateText + "%",
            $"变化率 = |{CheckContext.Amount(b)} − {CheckContext.Amount(a)}| ÷ {CheckContext.Amount(a)} × 100% = {exact.ToString("0.####", CultureInfo.InvariantCulture)}%，说明写作{dir} {rateText}%");
    }

    private IEnumerable<Finding> Outturn(ProseParagraph p, Match m)
    {
        var a = Prose.Num(m.Groups["a"].Value);
        var b = Prose.Num(m.Groups["b"].Value);
        var where = p.At(m.Index);
        // What the sentence (and the next one) says about them, up to the next item's 年初预算.
        var tail = p.Text[(m.Index + m.Length)..];
        var next = NextItem().Match(tail) is { Success: true } n ? n.Index : -1;
        if (next >= 0) tail = tail[..next];
        if (tail.Length > 160) tail = tail[..160];
        if (Completion().Match(tail) is { Success: true } r)
        {
            var rateText = r.Groups["rate"].Value;
            var rate = Prose.Num(rateText);
            if (a != 0m)
            {
                var exact = b / a * 100m;
                if (!Fits(exact, rate, rateText, a, b))
                    yield return Make(where, Prose.Pct(exact, Prose.Decimals(rateText)), rateText + "%",
                        $"完成率 = {CheckContext.Amount(b)} ÷ {CheckContext.Amount(a)} × 100% = {exact.ToString("0.####", CultureInfo.InvariantCulture)}%，说明写作 {rateText}%");
            }
        }
        if (Comparison().Match(tail) is { Success: true } c)
        {
            var word = c.Groups["w"].Value;
            var loose = word.Contains("基本");
            var equal = loose ? Math.Abs(b - a) <= Math.Max(0.01m, a * 0.01m) : Math.Abs(b - a) < 0.005m;
            var sign = equal ? 0 : Math.Sign(b - a);
            var said = word == "大于" ? 1 : word == "小于" ? -1 : 0;
            if (sign != said)
                yield return Make(where, sign > 0 ? "决算数大于预算数" : sign < 0 ? "决算数小于预算数" : "决算数与预算数持平", c.Value,
                    $"年初预算 {CheckContext.Amount(a)} 万元，决算 {CheckContext.Amount(b)} 万元，说明却写作“{c.Value}”");
        }
    }

    /// <summary>The item's amount in the paragraph's first sentence (“…（项）”350.35万元), before the sentence at.</summary>
    internal static decimal? Heading(string p, int at)
    {
        var first = p.IndexOfAny(['。', '；']);
        if (first < 0 || first > at) return null;
        var m = FirstAmount().Match(p[..first]);
        return m.Success ? Prose.Num(m.Groups["n"].Value) : null;
    }

    /// <summary>
    /// “…总计持平。主要原因：…减少支付。” — a level (持平, not 基本持平) explained by a change contradicts itself, whether
    /// the reason follows in the same paragraph or, after 主要原因：, in the next one.
    /// </summary>
    private IEnumerable<Finding> LevelExplainedByChange(ProseParagraph? previous, ProseParagraph p)
    {
        // Level() tries up to 30 characters at every position before it looks for 持平: a paragraph without the
        // word is passed over at once (that scan was a fifth of the checking time).
        foreach (Match m in Levels(p.Text))
        {
            var rest = p.Text[(m.Index + m.Length)..];
            if (LevelReason().Match(rest) is not { Success: true } r) continue;
            if (r.Groups["r"].Success) { yield return LevelFinding(p, m, r.Groups["r"].Value); continue; }
            if (r.Index + r.Length == rest.TrimEnd().Length) continue; // the reason is in the next paragraph: read then
        }
        if (previous is null || previous.Section != p.Section) yield break;
        if (Levels(previous.Text).LastOrDefault() is not { } last) yield break;
        var tail = previous.Text[(last.Index + last.Length)..];
        if (LevelReason().Match(tail) is { Success: true } open && !open.Groups["r"].Success && open.Index + open.Length == tail.TrimEnd().Length
            && ChangeReason().Match(p.Text) is { Success: true } next)
            yield return LevelFinding(previous, last, next.Value);
    }

    private static IEnumerable<Match> Levels(string text) =>
        text.Contains("持平", StringComparison.Ordinal) ? Level().Matches(text) : [];

    private Finding LevelFinding(ProseParagraph p, Match level, string reason) =>
        Make(p.At(level.Index), "原因与“持平”一致", reason.Trim(),
            $"说明称“{level.Groups["s"].Value.Trim()}持平”，所述原因却是“{reason.Trim()}”", Severity.Warning);

    /// <summary>A printed rate fits the exact one to its printed digits, allowing for the cents its two figures were rounded to.</summary>
    private static bool Fits(decimal exact, decimal rate, string rateText, decimal a, decimal b) =>
        Math.Abs(exact - rate) <= Prose.Half(Prose.Decimals(rateText)) + (0.005m / a + 0.005m * b / (a * a)) * 100m;

    private static int Year(string printed, int otherwise) =>
        int.TryParse(printed, out var y) ? y : printed switch { "上年" or "上一年" => otherwise, _ => otherwise };

    private static string Word(int sign) => sign > 0 ? "增加" : sign < 0 ? "减少" : "持平";

    private const string Num = @"\d[\d,]*(?:\.\s*\d+)?";

    [GeneratedRegex(@"(?:(?<y1>\d{4})\s*年|上年)[^，。；\d]{0,16}?\s*(?<a>" + Num + @")\s*万\s*元\s*[，,；;]\s*(?:(?<y2>\d{4})\s*年|本年)[^，。；\d]{0,16}?\s*(?<b>" + Num + @")\s*万\s*元\s*[，,]?\s*(?:比|较|与)\s*(?:\d{4}\s*年|上年)?[^，。；\d%]{0,20}?(?<dir>增加|减少|增长|下降|持平|上升|降低)[了约]?\s*(?:(?<rate>\d+(?:\.\d+)?)\s*%)?")]
    private static partial Regex YearPair();

    /// <summary>The reason given right after the comparison, when it ends on a direction word.</summary>
    [GeneratedRegex(@"\G[^。；]{0,6}[。；]?\s*主要原因(?:是|为)?\s*[：:]?\s*(?<r>[^。；]{0,40}?(?<d>增加|减少|增长|下降))\s*[。；]")]
    private static partial Regex Reason();

    /// <summary>A subject said to be level (…总计持平。), not 基本持平 (nearly level, which a small change explains).</summary>
    [GeneratedRegex(@"(?<s>[^。；，,]{2,30}?)(?<!基本)持平\s*[。；]")]
    private static partial Regex Level();

    /// <summary>主要原因：, with the reason when it follows in the same paragraph.</summary>
    [GeneratedRegex(@"^\s*主要原因(?:是|为)?\s*[：:]?\s*(?<r>[^。；]{0,80}?(?:增加|减少|增长|下降)[^。；]{0,6}(?=[。；]))?")]
    private static partial Regex LevelReason();

    /// <summary>A reason paragraph that ends on a change (…等原因减少支付。).</summary>
    [GeneratedRegex(@"^[^。；]{0,80}?(?:增加|减少|增长|下降)[^。；]{0,6}(?=[。；])")]
    private static partial Regex ChangeReason();

    /// <summary>The next item's budget figure (not 完成年初预算的 of this one).</summary>
    [GeneratedRegex(@"年初预算(?:数)?为")]
    private static partial Regex NextItem();

    [GeneratedRegex(@"年初预算(?:数)?为?\s*(?<a>" + Num + @")\s*万\s*元\s*[，,]\s*(?:支出)?决算(?:数)?为?\s*(?<b>" + Num + @")\s*万\s*元")]
    private static partial Regex BudgetAndOutturn();

    [GeneratedRegex(@"^[^。；]{0,12}?完成(?:年初)?预算(?:数)?的\s*(?<rate>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Completion();

    [GeneratedRegex(@"决算数?(?<w>大于|小于|等于|与(?:年初)?预算数?(?:基本)?持平)(?:年初)?(?:预算数?)?")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*万\s*元")]
    private static partial Regex FirstAmount();
}
