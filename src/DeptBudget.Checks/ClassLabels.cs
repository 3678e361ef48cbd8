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
            // A 类 name with its level word (卫生健康支出（类）), never a word inside a longer name: a table that
            // lists 款 and 项 by name too (杭州) prints 其他社会工作事务支出 and 强制隔离戒毒人员教育, no 类 其他支出 or 教育支出.
            if (contained is null && (Around(s, n) || Around(n, s))) contained = e.Code.Value;
        }
        return contained;
    }

    // The longer name is the shorter one and a level word (卫生健康支出（类）, 卫生健康类); 其他司法支出 is no 其他支出.
    private static bool Around(string longer, string shorter) =>
        shorter.Length >= 2 && longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length..] is "类" or "支出" or "支出类";

    private static string Strip(string s) => s.EndsWith("支出", StringComparison.Ordinal) ? s[..^2] : s;
}
