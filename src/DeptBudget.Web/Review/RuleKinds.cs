namespace DeptBudget.Web.Review;

/// <summary>The kinds of rule, by the letter their ids start with (I1…I10, K1…K3, N1…N4, P1…P3, C1).</summary>
public static class RuleKinds
{
    public static readonly IReadOnlyList<(string Kind, string Label)> All =
    [
        ("I", "表内表间勾稽"), ("K", "科目编码"), ("N", "说明与数字"), ("P", "绩效目标"), ("C", "完整性"),
    ];

    public static string Of(string rule) => rule.Length > 0 && char.IsAsciiLetter(rule[0]) ? rule[..1].ToUpperInvariant() : "?";

    public static string Label(string kind) => All.FirstOrDefault(k => k.Kind == kind).Label ?? kind;
}
