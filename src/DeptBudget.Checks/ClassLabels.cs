using DeptBudget.Model.Catalogues;

namespace DeptBudget.Checks;

/// <summary>
/// Tables 01 and 04 name functional 类 without codes ("十、卫生健康", "（十）卫生健康支出"); this finds the 类
/// code from the year's catalogue so they can be compared with the coded tables.
/// </summary>
public static class ClassLabels
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), string?> Cache = new();

    public static string? CodeOf(string label, ClassificationCatalogue catalogue) =>
        Cache.Count < 100_000 ? Cache.GetOrAdd((label, catalogue.Year), k => Find(k.Item1, catalogue)) : Find(label, catalogue);

    private static string? Find(string label, ClassificationCatalogue catalogue)
    {
        var s = Strip(Tables.Norm(label));
        if (s.Length < 2) return null;
        string? contained = null;
        foreach (var e in catalogue.Functional.Classes)
        {
            var n = Strip(e.Name);
            if (n == s) return e.Code.Value;
            if (contained is null && (n.Contains(s, StringComparison.Ordinal) || s.Contains(n, StringComparison.Ordinal))) contained = e.Code.Value;
        }
        return contained;
    }

    private static string Strip(string s) => s.EndsWith("支出", StringComparison.Ordinal) ? s[..^2] : s;
}
