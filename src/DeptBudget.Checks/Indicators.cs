using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>Classifies indicators: the 一级 category a printed 一级指标 means, and whether it is a cost.</summary>
public static class Indicators
{
    public static readonly string[] ProjectCategories = ["成本", "产出", "效益", "满意度"];
    public static readonly string[] DepartmentCategories = ["投入管理", "产出", "效益"];

    /// <summary>The category word a printed 一级指标 contains (成本指标 → 成本), or null when it names none.</summary>
    public static string? Category(string? level1)
    {
        var s = new string((level1 ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (s.Contains("成本")) return "成本";
        if (s.Contains("产出")) return "产出";
        if (s.Contains("满意")) return "满意度";
        if (s.Contains("效益")) return "效益";
        if (s.Contains("投入") || s.Contains("管理")) return "投入管理";
        return null;
    }

    public static bool IsCost(Indicator i) =>
        Category(i.Level1) == "成本" || i.Name.Contains("成本")
        || i.Value.Unit is { } u && u.StartsWith("万", StringComparison.Ordinal) && !u.Contains('/') && i.Value.Operator is "≤" or "<";

    /// <summary>A value in 万元 when the unit is money without a denominator (万元, 万, 元); else null.</summary>
    public static decimal? InWan(TargetValue v) => v.Number is not { } n ? null : v.Unit switch
    {
        "万元" or "万" => n,
        "元" => n / 10000m,
        _ => null,
    };
}
