using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// N6: an item is stated with one amount. An item paragraph that names its amount in its first sentence
/// (“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元) and restates this year's figure later
/// (2024年预算安排352.67万元) must give the same figure both times, to the digits printed.
/// </summary>
public sealed partial class N6_OneItemOneAmount : Rule
{
    public override string Id => "N6";
    public override string TitleZh => "同一事项的金额前后一致";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        var year = context.Year.ToString();
        foreach (var p in Prose.Paragraphs(context))
        {
            if (p.IsGlossary) continue;
            foreach (Match m in Restated().Matches(p.Text))
            {
                if (m.Groups["y"].Value != year) continue;
                if (N5_StatedRates.Heading(p.Text, m.Index) is not { } heading) continue;
                // The heading must be this year's amount: its sentence names no other year.
                var first = p.Text[..p.Text.IndexOfAny(['。', '；'])];
                if (OtherYear().Matches(first).Any(y => y.Groups[1].Value != year)) continue;
                var b = Prose.Num(m.Groups["b"].Value);
                var half = Prose.Half(Prose.Decimals(m.Groups["b"].Value));
                if (Math.Abs(b - heading) <= half) continue;
                yield return Make(p.At(m.Index), CheckContext.Amount(heading), CheckContext.Amount(b),
                    $"同一事项说明两个金额：首句为 {CheckContext.Amount(heading)} 万元，后文“{m.Value.Trim()}”为 {CheckContext.Amount(b)} 万元，{CheckContext.Diff(heading, b)}");
            }
        }
    }

    [GeneratedRegex(@"(?<y>\d{4})\s*年\s*(?:预算安排|预算数?为?|安排|预算金额为?)\s*(?<b>\d[\d,]*(?:\.\s*\d+)?)\s*万\s*元")]
    private static partial Regex Restated();

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex OtherYear();
}
