using DeptBudget.Model;

namespace DeptBudget.Web.Charts;

/// <summary>One bar: a label and its parts (series key → 万元).</summary>
public sealed record Bar(string Label, IReadOnlyDictionary<string, decimal> Parts)
{
    public decimal Total => Parts.Values.Sum();
}

/// <summary>The figures the charts compare, taken from the printed tables and the budget of a disclosure.</summary>
public static class ChartData
{
    /// <summary>收入 by source: the total row of 收入总体情况表.</summary>
    public static IReadOnlyDictionary<string, decimal> RevenueBySource(Disclosure d)
    {
        var t = d.Table(TableIds.RevenueSummary);
        var total = t?.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);
        var result = new Dictionary<string, decimal>();
        if (t is null || total is null) return result;
        foreach (var c in t.Columns)
            if (Labels.IsRevenueSource(c.Key) && t.Amount(total, c.Key) is { } v && v != 0) result[c.Key] = result.GetValueOrDefault(c.Key) + v;
        return result;
    }

    /// <summary>基本支出 and 项目支出: the total row of 支出总体情况表.</summary>
    public static IReadOnlyDictionary<string, decimal> BasicVersusProject(Disclosure d)
    {
        var t = d.Table(TableIds.ExpenditureSummary);
        var total = t?.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);
        var result = new Dictionary<string, decimal>();
        if (t is null || total is null) return result;
        foreach (var k in new[] { AmountKeys.BasicExpenditure, AmountKeys.ProjectExpenditure })
            if (t.Amount(total, k) is { } v) result[k] = v;
        return result;
    }

    /// <summary>“三公” by year: this year's figures, and last year's where the document states them.</summary>
    public static IEnumerable<(int Year, ThreePublicFigures Figures)> ThreePublic(Disclosure d)
    {
        if (d.Budget.ThreePublic is not { } tp) yield break;
        if (tp.LastYear is { } last) yield return (d.Meta.Year - 1, last);
        yield return (d.Meta.Year, tp.ThisYear);
    }

    public static IReadOnlyDictionary<string, decimal> ThreePublicParts(ThreePublicFigures f) => new Dictionary<string, decimal>
    {
        ["officialOverseasTravel"] = f.OfficialOverseasTravel,
        ["vehiclePurchase"] = f.VehiclePurchase,
        ["vehicleOperation"] = f.VehicleOperation,
        ["officialReception"] = f.OfficialReception,
    };

    public static IReadOnlyList<Project> LargestProjects(Disclosure d, int count) =>
        d.Budget.Projects.Where(p => p.Total > 0).OrderByDescending(p => p.Total).Take(count).ToList();
}
