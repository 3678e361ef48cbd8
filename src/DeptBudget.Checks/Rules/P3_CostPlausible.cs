using System.Globalization;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// P3: cost indicators are plausible against the project amount: a total-cost cap (≤12万元) is not below the
/// amount; a unit standard × a quantity (67元/人 × ≥930000人) is close to it; 元 is not written for 万元.
/// </summary>
public sealed class P3_CostPlausible : Rule
{
    public override string Id => "P3";
    public override string TitleZh => "成本指标与项目金额相符";
    public override Severity DefaultSeverity => Severity.Warning;

    /// <summary>Unit standard × quantity further than this from the amount is reported.</summary>
    public const decimal RelativeTolerance = 0.2m;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var targets = context.ProjectTargets;
        if (targets.Count == 0) { yield return CannotRun("未读到项目绩效目标", TableIds.ProjectPerformanceTargets); yield break; }
        foreach (var t in targets)
        {
            var amount = t.Amounts.Find(AmountKeys.Total)
                         ?? ProjectNames.Best(t.ProjectName, context.Budget.Projects, p => p.Name) switch { ({ } p, not ProjectNames.Match.None, _) => p.Total, _ => (decimal?)null };
            var costs = t.Indicators.Where(Indicators.IsCost).ToList();
            if (costs.Count == 0) continue;
            if (amount is not { } a || a <= 0m) { yield return CannotRun($"项目“{t.ProjectName}”没有金额，无法核对成本指标", TableIds.ProjectPerformanceTargets); continue; }
            var moneyCosts = costs.Count(c => Indicators.InWan(c.Value) is not null);
            foreach (var c in costs) foreach (var f in Cap(t, c, a, moneyCosts)) yield return f;
            var perUnit = costs.Where(IsPerUnit).ToList();
            if (perUnit.Count == 1 && costs.Count(c => Indicators.InWan(c.Value) is not null && !IsPerUnit(c)) == 0)
                foreach (var f in UnitStandard(t, perUnit[0], a)) yield return f;
        }
    }

    private IEnumerable<Finding> Cap(ProjectPerformanceTarget t, Indicator c, decimal amount, int moneyCosts)
    {
        if (c.Value.Operator is not ("≤" or "<") || Indicators.InWan(c.Value) is not { } cap) yield break;
        // A cap bounds the whole project only when it is the only cost in money or says it is a total.
        var total = moneyCosts == 1 || c.Name.Contains("总") || c.Name.Contains("成本控制");
        if (!total) yield break;
        var where = Where(t, c);
        if (c.Value.Unit == "元" && c.Value.Number is { } n && n >= amount * 0.5m && n <= amount * 2m)
        {
            yield return Make(where, $"≤{CheckContext.Amount(amount)}万元", c.Value.Text,
                $"成本指标“{c.Name}”写作 {c.Value.Text}（即 {Fmt(cap)} 万元），数值与项目金额 {CheckContext.Amount(amount)} 万元相当，疑似把“万元”写成“元”");
            yield break;
        }
        if (cap >= amount - 0.005m) yield break;
        yield return Make(where, $"≥{CheckContext.Amount(amount)}万元", c.Value.Text,
            $"项目“{t.ProjectName}”金额 {CheckContext.Amount(amount)} 万元，成本指标“{c.Name}”上限 {c.Value.Text}（{Fmt(cap)} 万元）低于项目金额，{CheckContext.Diff(amount, cap)}", Severity.Error);
    }

    private IEnumerable<Finding> UnitStandard(ProjectPerformanceTarget t, Indicator c, decimal amount)
    {
        var (perWan, per) = PerUnit(c);
        var quantities = t.Indicators.Where(i => !Indicators.IsCost(i) && Quantity(i, per) is not null).ToList();
        if (quantities.Count == 0)
        {
            yield return CannotRun($"项目“{t.ProjectName}”的成本指标“{c.Name} {c.Value.Text}”没有对应的数量指标（单位“{per}”），无法核算", TableIds.ProjectPerformanceTargets);
            yield break;
        }
        // Try each quantity alone and all of them together (380元/人 × 四类人群人数之和).
        var options = quantities.Select(q => (Label: $"{q.Name} {q.Value.Text}", Qty: Quantity(q, per)!.Value)).ToList();
        if (options.Count > 1) options.Add((string.Join(" + ", options.Select(o => o.Label)), options.Sum(o => o.Qty)));
        var best = options.MinBy(o => Math.Abs(o.Qty * perWan - amount));
        var product = best.Qty * perWan;
        if (Math.Abs(product - amount) <= amount * RelativeTolerance) yield break;
        var ratio = product / amount;
        var hint = ratio is > 5000m and < 20000m || ratio is > 0.00005m and < 0.0002m ? "，相差约一万倍，疑似“元”与“万元”混用" : "";
        yield return Make(Where(t, c), $"约 {CheckContext.Amount(amount)} 万元", $"{Fmt(product)} 万元",
            $"单位标准 × 数量：{c.Value.Text} × {best.Label} = {Fmt(best.Qty)} × {Fmt(perWan)} 万元 = {Fmt(product)} 万元，项目金额 {CheckContext.Amount(amount)} 万元，偏差 {(product - amount) / amount:P1}{hint}");
    }

    private static bool IsPerUnit(Indicator c) =>
        c.Value.Number is not null && (c.Value.Unit?.Contains('/') == true
        || c.Value.Unit is "元" or "万元" && (c.Name.Contains("每人") || c.Name.Contains("人均") || c.Name.Contains("每个人") || c.Name.Contains("标准")));

    /// <summary>The standard in 万元 per unit and the unit counted (人, 份 …).</summary>
    private static (decimal PerWan, string Per) PerUnit(Indicator c)
    {
        var unit = c.Value.Unit ?? "";
        var n = c.Value.Number!.Value;
        var slash = unit.IndexOf('/');
        var money = slash >= 0 ? unit[..slash] : unit;
        var per = slash >= 0 && slash + 1 < unit.Length ? unit[(slash + 1)..(slash + 2)] : "人";
        return (money.StartsWith("万", StringComparison.Ordinal) ? n : n / 10000m, per);
    }

    /// <summary>A count of the unit (人, 份 …) an indicator states, scaled for 万; null when it counts something else.</summary>
    private static decimal? Quantity(Indicator i, string per)
    {
        if (i.Value.Number is not { } n || i.Name.Contains('率') || i.Name.Contains("比例")) return null;
        var unit = i.Value.Unit ?? "";
        var scale = unit.StartsWith("万", StringComparison.Ordinal) ? 10000m : 1m;
        var u = unit.TrimStart('万');
        if (u.StartsWith(per, StringComparison.Ordinal)) return n * scale;
        if (u.Length == 0 && i.Name.Contains(per)) return n * scale;
        return null;
    }

    private static FindingLocation Where(ProjectPerformanceTarget t, Indicator c) =>
        new(TableIds.ProjectPerformanceTargets, t.ProjectName, c.Name, null, $"{c.Name} {c.Value.Text}");

    private static string Fmt(decimal v) => v.ToString("#,##0.####", CultureInfo.InvariantCulture);
}
