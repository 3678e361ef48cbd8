namespace DeptBudget.Model;

/// <summary>
/// Facts only the narrative states (no table carries them): last year's figures, the reasons given,
/// 机关运行经费, 政府采购, 国有资产占用, 专项转移支付, the projects with targets.
/// </summary>
public sealed record NarrativeFacts(
    IReadOnlyList<YearOnYear> Changes,
    decimal? AgencyOperatingCost,
    GovernmentProcurement? Procurement,
    StateAssetHoldings? Assets,
    IReadOnlyList<SpecialTransferPayment> SpecialTransfers,
    int? ProjectCount,
    int? TargetedProjectCount,
    decimal? TargetedAmount)
{
    public static readonly NarrativeFacts None = new([], null, null, null, [], null, null, null);

    /// <summary>What the narrative says 机关运行经费 (机构运转经费) pays for, item by item as it lists them
    /// (…需要的办公费、水电费、物业费、维修费、差旅费等支出); empty when it lists none. Beside the constructor
    /// so that saved budgets still load.</summary>
    public IReadOnlyList<string> AgencyOperatingCostItems { get; init; } = [];
}

/// <summary>A year-on-year statement: this year, the change, the rate, the direction word, the reason.</summary>
/// <param name="Subject">收入总计, 支出总计, 一般公共预算, “三公”经费, 公务接待费, 机关运行经费 …</param>
/// <param name="Direction">increase, decrease or unchanged, from the words 增加/减少, 增长/下降, 持平.</param>
public sealed record YearOnYear(
    string Subject,
    decimal? ThisYear,
    decimal? Change,
    decimal? Rate,
    string Direction,
    string? Reason,
    int Line)
{
    /// <summary>The change with its sign: a decrease is negative.</summary>
    public decimal SignedChange() => Direction switch
    {
        "decrease" => -Math.Abs(Change ?? 0m),
        "increase" => Math.Abs(Change ?? 0m),
        _ => Change ?? 0m,
    };

    /// <summary>
    /// The statement for this year's figure as it stands now: last year's figure (this year less the change, as
    /// stated) is kept and the change, rate and direction follow — a preparer who edits a next-year draft's
    /// figures gets "增加…" instead of the draft's "持平". A figure that differs from the stated one only by the
    /// stated figure's rounding (10,901.99 for 10902) leaves the statement as stated.
    /// </summary>
    public YearOnYear At(decimal figure)
    {
        if (ThisYear is not { } stated) return this;
        var halfUnit = 0.5m / Pow10(stated.Scale);
        if (Math.Abs(figure - stated) <= halfUnit) return this;
        var last = stated - SignedChange();
        var change = figure - last;
        decimal? rate = Rate is null || last <= 0m ? null : Math.Abs(change) / last * 100m;
        return this with
        {
            ThisYear = figure,
            Change = Math.Abs(change),
            Rate = rate,
            Direction = change > 0 ? "increase" : change < 0 ? "decrease" : "unchanged",
        };
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10m;
        return p;
    }
}

/// <summary>政府采购 by goods, works and services.</summary>
public sealed record GovernmentProcurement(decimal Total, decimal Goods, decimal Works, decimal Services);

/// <summary>国有资产占用: vehicles by kind and large equipment, as at the end of last year.</summary>
public sealed record StateAssetHoldings(
    int? VehicleTotal,
    IReadOnlyDictionary<string, int> VehiclesByKind,
    int? GeneralEquipmentOver50,
    int? SpecialEquipmentOver100);

/// <summary>专项转移支付: a listed item with its amount.</summary>
public sealed record SpecialTransferPayment(string Name, decimal Amount);
