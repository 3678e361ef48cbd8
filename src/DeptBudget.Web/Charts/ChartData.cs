using DeptBudget.Model;

namespace DeptBudget.Web.Charts;

/// <summary>One bar: a label and its parts (series key → 万元).</summary>
public sealed record Bar(string Label, IReadOnlyDictionary<string, decimal> Parts)
{
    public decimal Total => Parts.Values.Sum();
}

/// <summary>Figures for one bar and, when they were not read from the table that states them, where they came from.</summary>
public sealed record Figures(IReadOnlyDictionary<string, decimal> Parts, string? Source = null)
{
    public static readonly Figures None = new(new Dictionary<string, decimal>());
    public bool IsEmpty => Parts.Count == 0;
}

/// <summary>
/// The figures the charts compare, taken from the printed tables and the budget of a disclosure. A
/// document that lacks the table a chart reads (seed 004 prints five of twelve) is charted from the next
/// table that states the same figures, and the chart says so; with none, the unit has no bar.
/// </summary>
public static class ChartData
{
    /// <summary>收入 by source: the total row of 收入总体情况表, else the revenue lines, else the left side of 收支总体情况表.</summary>
    public static Figures RevenueBySource(Disclosure d)
    {
        var t = d.Table(TableIds.RevenueSummary);
        if (t is not null && t.Rows.FirstOrDefault(r => r.Kind == RowKind.Total) is { } total)
        {
            var result = new Dictionary<string, decimal>();
            foreach (var c in t.Columns)
                if (Labels.IsRevenueSource(c.Key) && t.Amount(total, c.Key) is { } v && v != 0) result[c.Key] = result.GetValueOrDefault(c.Key) + v;
            if (result.Count > 0) return new(result);
        }
        var lines = d.Budget.Revenue.Where(r => Labels.IsRevenueSource(r.Source) && r.Amount != 0)
            .GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        if (lines.Count > 0) return new(lines, "收入预算各行");
        var summary = RevenueSide(d);
        return summary.Count > 0 ? new(summary, "收支总体情况表") : Figures.None;
    }

    /// <summary>
    /// 基本支出 and 项目支出: the total row of 支出总体情况表, else of 一般公共预算支出情况表, else the
    /// expenditure lines; else 基本支出 from 一般公共预算基本支出情况表 and 项目支出 as 本年支出合计 less it.
    /// </summary>
    public static Figures BasicVersusProject(Disclosure d)
    {
        foreach (var (id, name) in new[] { (TableIds.ExpenditureSummary, (string?)null), (TableIds.GeneralBudgetExpenditure, "一般公共预算支出情况表") })
        {
            var t = d.Table(id);
            if (t?.Rows.FirstOrDefault(r => r.Kind == RowKind.Total) is not { } total) continue;
            var result = new Dictionary<string, decimal>();
            foreach (var k in new[] { AmountKeys.BasicExpenditure, AmountKeys.ProjectExpenditure })
                if (t.Amount(total, k) is { } v) result[k] = v;
            if (result.Count > 0) return new(result, name);
        }
        var lines = d.Budget.Expenditure.Where(l => l.Scope == FundingScope.AllSources).ToList();
        if (lines.Count > 0)
            return new(new Dictionary<string, decimal>
            {
                [AmountKeys.BasicExpenditure] = lines.Sum(l => l.Amounts.Get(AmountKeys.BasicExpenditure)),
                [AmountKeys.ProjectExpenditure] = lines.Sum(l => l.Amounts.Get(AmountKeys.ProjectExpenditure)),
            }, "支出预算各行");
        var basicTable = d.Table(TableIds.GeneralBudgetBasicExpenditure);
        if (basicTable?.Rows.FirstOrDefault(r => r.Kind == RowKind.Total) is { } basicRow && basicTable.Amount(basicRow, AmountKeys.Total) is { } basic
            && ExpenditureThisYear(d) is { } all && all >= basic)
            return new(new Dictionary<string, decimal> { [AmountKeys.BasicExpenditure] = basic, [AmountKeys.ProjectExpenditure] = all - basic },
                "基本支出表，项目支出为收支总体情况表的本年支出合计减基本支出");
        return Figures.None;
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

    // The left side of 收支总体情况表, its rows named by source (一、一般公共预算 …; 其中 rows are parts, not sources).
    private static Dictionary<string, decimal> RevenueSide(Disclosure d)
    {
        var result = new Dictionary<string, decimal>();
        var t = d.Table(TableIds.RevenueExpenditureSummary);
        var item = t?.ColumnIndex(ColumnKeys.RevenueItem) ?? -1;
        if (t is null || item < 0 || !t.HasColumn(AmountKeys.Revenue)) return result;
        foreach (var row in t.Rows)
        {
            var name = item < row.Cells.Count ? row.Cells[item] : "";
            if (name.StartsWith("其中", StringComparison.Ordinal) || SourceNamed(name) is not { } key) continue;
            if (t.Amount(row, AmountKeys.Revenue) is { } v && v != 0) result[key] = result.GetValueOrDefault(key) + v;
        }
        return result;
    }

    private static readonly (string Words, string Key)[] SourceNames =
    [
        ("一般公共预算", AmountKeys.GeneralPublicBudget), ("政府性基金", AmountKeys.GovernmentFundBudget),
        ("国有资本经营", AmountKeys.StateCapitalBudget), ("财政专户", AmountKeys.SpecialAccountFunds),
        ("事业单位经营", AmountKeys.InstitutionBusinessRevenue), ("事业收入", AmountKeys.InstitutionRevenue),
        ("上级补助", AmountKeys.SuperiorSubsidyRevenue), ("附属单位上缴", AmountKeys.AffiliateRemittanceRevenue),
        ("其他收入", AmountKeys.OtherRevenue), ("上年结转", AmountKeys.CarryoverIn),
    ];

    private static string? SourceNamed(string name) => SourceNames.FirstOrDefault(s => name.Contains(s.Words, StringComparison.Ordinal)).Key;

    // 本年支出合计 on the right side of 收支总体情况表.
    private static decimal? ExpenditureThisYear(Disclosure d)
    {
        var t = d.Table(TableIds.RevenueExpenditureSummary);
        var item = t?.ColumnIndex(ColumnKeys.ExpenditureItem) ?? -1;
        if (t is null || item < 0) return null;
        var row = t.Rows.FirstOrDefault(r => item < r.Cells.Count && r.Cells[item].Replace(" ", "").Contains("本年支出合计", StringComparison.Ordinal));
        return row is null ? null : t.Amount(row, AmountKeys.Total);
    }
}
