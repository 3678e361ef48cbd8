using DeptBudget.Model;

namespace DeptBudget.Checks.Reports;

/// <summary>Groups findings as the reports show them: by table (in document order), then narrative sections, then the rest.</summary>
public static class Grouping
{
    public sealed record Group(string Title, Table? Table, string? Section, IReadOnlyList<Finding> Findings);

    public static List<Group> Of(CheckReport report)
    {
        var tables = report.Disclosure?.Tables ?? [];
        var groups = new List<Group>();
        foreach (var g in report.Findings.Where(f => f.Location.Table is not null).GroupBy(f => f.Location.Table!)
                     .OrderBy(g => IndexOf(tables, g.Key)))
        {
            var t = tables.FirstOrDefault(x => x.Id == g.Key);
            groups.Add(new Group(t is null ? TableNames.Zh(g.Key) : t.Title, t, null, Order(g)));
        }
        foreach (var g in report.Findings.Where(f => f.Location.Table is null && f.Location.Section is not null).GroupBy(f => f.Location.Section!))
            groups.Add(new Group(g.Key, null, g.Key, Order(g)));
        var rest = report.Findings.Where(f => f.Location.Table is null && f.Location.Section is null).ToList();
        if (rest.Count > 0) groups.Add(new Group("全文", null, null, Order(rest)));
        return groups;
    }

    private static int IndexOf(IReadOnlyList<Table> tables, string id)
    {
        for (var i = 0; i < tables.Count; i++) if (tables[i].Id == id) return i;
        return int.MaxValue;
    }

    private static List<Finding> Order(IEnumerable<Finding> findings) => findings.OrderBy(f => f.Severity).ToList();

    public static string SeverityZh(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" };
}
