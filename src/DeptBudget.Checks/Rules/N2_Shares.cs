using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>N2: every share (占 X%) equals part / whole rounded as printed; the shares of one whole sum to about 100%.</summary>
public sealed partial class N2_Shares : Rule
{
    public override string Id => "N2";
    public override string TitleZh => "说明中的占比计算正确";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var sections = context.Disclosure.Narrative.Sections;
        if (sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        // Sentences a PDF broke over lines are read whole (人员支出2,906.80万元，占 / 49.4%；…): a share split from
        // its part is otherwise never seen.
        foreach (var bySection in Text.Prose.Paragraphs(context).GroupBy(p => p.Section))
        {
            var section = bySection.Key;
            var paragraphs = bySection.Select(p => p.Text).ToList();
            for (var pi = 0; pi < paragraphs.Count; pi++)
            {
                var paragraph = paragraphs[pi];
                var shares = Share().Matches(paragraph);
                if (shares.Count == 0) continue;
                var groups = new Dictionary<int, List<(decimal Part, decimal Pct, int Decimals, Match M)>>();
                // The shares whose whole is not in their paragraph share one whole out: it is at least the largest of them.
                var leadFloor = shares.Where(m => !HasWholeBefore(paragraph, m)).Select(m => Num(m.Groups["part"].Value)).DefaultIfEmpty(0m).Max();
                foreach (Match m in shares)
                {
                    var part = Num(m.Groups["part"].Value);
                    var whole = WholeBefore(paragraph, m.Index) is { } w && w.Value >= part && !IsPart(paragraph, w.End) ? (w.Value, w.At) : LeadWhole(paragraphs, pi, Math.Max(part, leadFloor));
                    if (whole is null) continue;
                    var pct = Num(m.Groups["pct"].Value);
                    var decimals = m.Groups["pct"].Value.Contains('.') ? m.Groups["pct"].Value.Split('.')[1].Length : 0;
                    if (!groups.TryGetValue(whole.Value.At, out var g)) groups[whole.Value.At] = g = [];
                    g.Add((part, pct, decimals, m));
                    if (whole.Value.Value == 0m) continue;
                    var exact = part / whole.Value.Value * 100m;
                    var expected = Math.Round(exact, decimals, MidpointRounding.AwayFromZero);
                    // Printed amounts are themselves rounded to the cent: accept any share their rounding allows.
                    var slack = 0.5m * Pow10(-decimals) + (0.005m / whole.Value.Value + 0.005m * part / (whole.Value.Value * whole.Value.Value)) * 100m;
                    if (Math.Abs(exact - pct) <= slack) continue;
                    yield return Make(FindingLocation.InSection(section.Title, Sentences.Around(paragraph, m.Index)), Pct(expected, decimals), Pct(pct, decimals),
                        $"占比应为 {CheckContext.Amount(part)} ÷ {CheckContext.Amount(whole.Value.Value)} × 100% = {exact.ToString("0.####", CultureInfo.InvariantCulture)}%，约 {Pct(expected, decimals)}，说明写作 {Pct(pct, decimals)}");
                }
                foreach (var (at, g) in groups)
                {
                    if (g.Count < 2) continue;
                    var whole = WholeBefore(paragraph, g[0].M.Index) is { } w0 && w0.Value >= g[0].Part && !IsPart(paragraph, w0.End) ? w0.Value : LeadWhole(paragraphs, pi, Math.Max(g[0].Part, leadFloor))!.Value.Value;
                    var parts = g.Sum(x => x.Part);
                    if (CheckContext.Differs(whole, parts, g.Count)) continue; // the shares do not claim to cover the whole
                    var sum = g.Sum(x => x.Pct);
                    var tol = g.Sum(x => 0.5m * Pow10(-x.Decimals)) + 0.0001m;
                    if (Math.Abs(sum - 100m) <= tol) continue;
                    yield return Make(FindingLocation.InSection(section.Title, Sentences.Around(paragraph, g[0].M.Index)), "100%", Pct(sum, 2),
                        $"各部分 {string.Join(" + ", g.Select(x => x.M.Groups["pct"].Value + "%"))} = {sum.ToString("0.##", CultureInfo.InvariantCulture)}%，而各部分金额之和等于总额，占比之和应约为 100%", Severity.Warning);
                }
            }
        }
    }

    /// <summary>The whole a share refers to: the amount just before the nearest preceding 其中/主要用于, else the first amount.</summary>
    private static (decimal Value, int At, int End)? WholeBefore(string p, int at)
    {
        var head = p[..at];
        var k = Math.Max(head.LastIndexOf("其中", StringComparison.Ordinal), head.LastIndexOf("主要用于", StringComparison.Ordinal));
        var amounts = Amount().Matches(k >= 0 ? head[..k] : head);
        if (amounts.Count == 0) return null;
        var m = k >= 0 ? amounts[^1] : amounts[0];
        return (Num(m.Groups["n"].Value), m.Index, m.Index + m.Length);
    }

    private static bool HasWholeBefore(string p, Match share) =>
        WholeBefore(p, share.Index) is { } w && w.Value >= Num(share.Groups["part"].Value) && !IsPart(p, w.End);

    /// <summary>An amount followed by its own 占 x% is a part of the list, not its whole.</summary>
    private static bool IsPart(string p, int end) => ShareAfter().IsMatch(p[end..]);

    /// <summary>
    /// A list of shares with no whole in its own paragraph (2.按支出用途分类，包括人员支出 2,906.80 万元，占 49.4%；…)
    /// is of the amount its section opened with (2026 年支出预算 5,876.67 万元，比上年…): the first amount of the
    /// nearest paragraph before it that states no share itself — not the previous part of the list (issue 18: a share
    /// checked against the amount before it instead of the whole). The whole is at least every part the list shares
    /// out (<paramref name="part"/> is the largest): a paragraph listing other parts (1.按支出功能分类，包括一般公共服务支出
    /// 12,868.19万元、…, 杭州) is passed over.
    /// </summary>
    private static (decimal Value, int At)? LeadWhole(IReadOnlyList<string> paragraphs, int index, decimal part)
    {
        for (var i = index - 1; i >= 0 && i >= index - 4; i--)
        {
            var p = paragraphs[i];
            if (Share().IsMatch(p)) return null;
            if (Amount().Match(p) is { Success: true } m && Num(m.Groups["n"].Value) is var v && v >= part)
                return (v, -1 - i);
        }
        return null;
    }

    [GeneratedRegex(@"^\s*[，,]?\s*占")]
    private static partial Regex ShareAfter();

    private static decimal Num(string s) => decimal.Parse(s.Replace(",", "").Replace(" ", ""), CultureInfo.InvariantCulture);
    private static decimal Pow10(int e) { var r = 1m; for (var i = 0; i < Math.Abs(e); i++) r *= 10m; return e < 0 ? 1m / r : r; }
    private static string Pct(decimal v, int d) => v.ToString(d == 0 ? "0" : "0." + new string('0', d), CultureInfo.InvariantCulture) + "%";

    [GeneratedRegex(@"(?<part>\d[\d,]*(?:\.\d+)?)\s*万\s*元[，,]?\s*占(?:比)?\s*(?<pct>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Share();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*万\s*元")]
    private static partial Regex Amount();
}
