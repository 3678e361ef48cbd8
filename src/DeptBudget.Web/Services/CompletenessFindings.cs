using DeptBudget.Model;

namespace DeptBudget.Web.Services;

/// <summary>
/// Findings the rules of DeptBudget.Checks do not make because they check figures, not whether there is a budget
/// at all: narrative paragraphs still holding the 【待补：…】 markers of facts nobody filled in, and a budget with
/// no revenue or expenditure figure. Both are errors: such a text cannot be published.
/// </summary>
public static class CompletenessFindings
{
    public const string PlaceholderRule = "G1";
    public const string NoFiguresRule = "G2";

    public static IEnumerable<FindingView> Of(Disclosure d)
    {
        foreach (var s in d.Narrative.Sections)
        {
            var open = s.Paragraphs.Sum(p => Count(p, "【待补"));
            if (open == 0) continue;
            var first = s.Paragraphs.First(p => p.Contains("【待补", StringComparison.Ordinal));
            yield return new FindingView(PlaceholderRule, "error", new FindingPlace(null, null, null, s.Title, Clip(first)), null, null,
                $"“{s.Title}”还有 {open} 处【待补】内容未填写");
        }
        if (d.Budget.Revenue.Count == 0 && d.Budget.Expenditure.Count == 0 && d.Budget.Projects.Count == 0)
            yield return new FindingView(NoFiguresRule, "error", new FindingPlace(null, null, null, null, null), null, null,
                "预算中没有任何收入、支出或项目数字，请先填写预算数据");
    }

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
