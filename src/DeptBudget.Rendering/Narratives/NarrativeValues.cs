using DeptBudget.Model;
using DeptBudget.Rendering.Tables;

namespace DeptBudget.Rendering.Narratives;

/// <summary>
/// The values narrative patterns name: amounts from the tables' figures, shares (largest remainder),
/// year-on-year phrases from the budget's stated changes and reasons, and the facts only the narrative
/// carries. A value the budget does not state is null — never guessed.
/// </summary>
internal sealed class NarrativeValues(RenderContext ctx)
{
    private Figures F => ctx.Figures;
    private Budget B => ctx.Budget;
    private NarrativeFacts Facts => B.Facts;

    private decimal? Number(string name)
    {
        var tp = B.ThreePublic;
        // A budget without expenditure lines (a new unit's blank budget, seed 004 with tables 02–05 missing) has
        // no totals yet: they are to be supplied, not 0.
        var spent = B.Expenditure.Count > 0;
        var received = B.Revenue.Count > 0;
        switch (name)
        {
            case "revenueTotal": return received ? F.Revenue(AmountKeys.RevenueTotal) : null;
            case "expenditureTotal": return spent ? F.ExpenditureTotal : null;
            case "expenditureThisYear": return spent ? F.ExpenditureThisYear : null;
            case "carryoverOut": return spent ? F.CarryoverOut : null;
            case "basicExpenditure": return spent ? F.Expenditure(FundingScope.AllSources, AmountKeys.BasicExpenditure) : null;
            case "projectExpenditure": return spent ? F.Expenditure(FundingScope.AllSources, AmountKeys.ProjectExpenditure) : null;
            case "gpb.total": return spent ? F.Expenditure(FundingScope.GeneralPublicBudget, AmountKeys.ExpenditureThisYear) : null;
            case "gpb.basic": return spent ? F.Expenditure(FundingScope.GeneralPublicBudget, AmountKeys.BasicExpenditure) : null;
            case "gpb.project": return spent ? F.Expenditure(FundingScope.GeneralPublicBudget, AmountKeys.ProjectExpenditure) : null;
            case "gpb.personnel": return B.BasicEconomic.Count > 0 || spent ? Basic(AmountKeys.PersonnelCost) : null;
            case "gpb.operating": return B.BasicEconomic.Count > 0 || spent ? Basic(AmountKeys.OperatingCost) : null;
            case "gf.total": return spent ? F.Expenditure(FundingScope.GovernmentFundBudget, AmountKeys.ExpenditureThisYear) : null;
            case "sc.total": return spent ? F.Expenditure(FundingScope.StateCapitalBudget, AmountKeys.ExpenditureThisYear) : null;
            case "agencyOperatingCost": return Facts.AgencyOperatingCost;
            case "procurement.total": return Facts.Procurement?.Total;
            case "procurement.goods": return Facts.Procurement?.Goods;
            case "procurement.works": return Facts.Procurement?.Works;
            case "procurement.services": return Facts.Procurement?.Services;
            case "transfers.total": return Facts.SpecialTransfers.Count == 0 ? null : Facts.SpecialTransfers.Sum(t => t.Amount);
            case "targets.amount": return Facts.TargetedAmount;
            case "projects.total": return F.ProjectsTotal;
        }
        if (name.StartsWith("tp.", StringComparison.Ordinal)) return SimpleTables.ThreePublicValue(tp, name[3..]);
        if (name.StartsWith("tpLast.", StringComparison.Ordinal)) return SimpleTables.ThreePublicValue(tp, "lastYear." + name[7..]);
        return name.StartsWith("revenue.", StringComparison.Ordinal) && received ? F.Revenue(name[8..]) : null;
    }

    // 人员经费 / 公用经费 of the general-public-budget basic expenditure: table 06 when stated, else 05.
    private decimal Basic(string key) => B.BasicEconomic.Count > 0
        ? B.BasicEconomic.Sum(l => Figures.Amount(l.Amounts, key))
        : F.Expenditure(FundingScope.GeneralPublicBudget, key);

    private int? Count(string name) => name switch
    {
        // Only as stated: the narrative's count may differ from table 10's rows, and checks compare the two.
        "projects" => Facts.ProjectCount,
        "targets" => Facts.TargetedProjectCount,
        "transfers" => Facts.SpecialTransfers.Count == 0 ? null : Facts.SpecialTransfers.Count,
        "vehicles" => Facts.Assets?.VehicleTotal,
        "equipment.general" => Facts.Assets?.GeneralEquipmentOver50,
        "equipment.special" => Facts.Assets?.SpecialEquipmentOver100,
        _ => null,
    };

    private static readonly Dictionary<string, (string Whole, string[] Parts)> ShareSets = new()
    {
        ["expenditure"] = ("expenditureThisYear", ["basicExpenditure", "projectExpenditure"]),
        ["gpb"] = ("gpb.total", ["gpb.basic", "gpb.project"]),
        ["basic"] = ("gpb.basic", ["gpb.personnel", "gpb.operating"]),
    };

    public string? Get(string fn, string? arg)
    {
        switch (fn)
        {
            case "missing": return null;
            case "department": return B.Department;
            case "scope": return B.Scope == BudgetScope.Unit ? "单位" : "部门";
            case "year": return B.Year.ToString();
            case "lastYear": return (B.Year - 1).ToString();
            case "amount": return arg is not null && Number(arg) is { } v ? ctx.Amount(v) : null;
            case "count": return arg is not null && Count(arg) is { } n ? n.ToString() : null;
            // A count of things is written 两 for 2 (共有两项), unlike an ordinal (二、).
            case "chineseCount": return arg is not null && Count(arg) is { } c ? (c == 2 ? "两" : RenderContext.Chinese(c)) : null;
            case "share": return Share(arg ?? "");
            case "yoy": return YearOnYear(arg ?? "", compare: false);
            case "compare": return YearOnYear(arg ?? "", compare: true);
            // 山东 2024 lists changes without their reason and states the reason in a sentence of its own:
            // 收入预算{change:收入预算} … 3. 收支预算{dir:收支预算}的主要原因，{reason:收支预算}。
            case "change": return YearOnYear(arg ?? "", compare: false, withReason: false);
            case "dir": return Change(arg ?? "") is { } d ? DirectionWord(d) : null;
            case "reason": return Change(arg ?? "") is { Reason: { } r } && !string.IsNullOrWhiteSpace(r) ? r.Trim().TrimEnd('。', '；', ';') : null;
            case "transfers": return Facts.SpecialTransfers.Count == 0 ? null
                : string.Join("、", Facts.SpecialTransfers.Select(t => $"{t.Name}{ctx.Amount(t.Amount)}万元"));
            case "agencyOperatingCostItems": return Facts.AgencyOperatingCostItems.Count == 0 ? null : string.Join("、", Facts.AgencyOperatingCostItems);
            case "vehicleKinds": return Facts.Assets is null ? null
                : string.Join("，", Facts.Assets.VehiclesByKind.Select(kv => $"{kv.Key}{kv.Value}辆"));
            case "classes": return Classes(arg ?? "gpb");
            default: return Number(fn) is { } x ? ctx.Amount(x) : null;
        }
    }

    public bool Truthy(string fn, string? arg) => fn switch
    {
        "count" => arg is not null && Count(arg) is > 0,
        "yoy" or "compare" or "change" or "dir" => Change(arg ?? "") is not null,
        "reason" => !string.IsNullOrWhiteSpace(Change(arg ?? "")?.Reason),
        "fact" => arg switch
        {
            "procurement" => Facts.Procurement is not null,
            "assets" => Facts.Assets is not null,
            "transfers" => Facts.SpecialTransfers.Count > 0,
            "agencyOperatingCost" => Facts.AgencyOperatingCost is not null,
            "agencyOperatingCostItems" => Facts.AgencyOperatingCostItems.Count > 0,
            "threePublicLastYear" => B.ThreePublic?.LastYear is not null,
            // Both years stated and both nil (003: 2023 年、2024 年均未使用…“三公”经费支出).
            "threePublicNoneEitherYear" => B.ThreePublic is { ThisYear.Total: 0m, LastYear.Total: 0m },
            _ => false,
        },
        _ => Number(arg ?? fn) is { } v && v != 0,
    };

    private string? Share(string arg)
    {
        var dot = arg.IndexOf('.');
        if (dot < 0 || !ShareSets.TryGetValue(arg[..dot], out var set)) return null;
        if (set.Parts.Any(p => Number(p) is null)) return null;
        var values = set.Parts.Select(p => Number(p)!.Value).ToArray();
        var shares = Shares.LargestRemainder(values);
        var i = Array.IndexOf(set.Parts, arg[(dot + 1)..] switch { "basic" or "personnel" => set.Parts[0], _ => set.Parts[1] });
        return RenderContext.Percent(shares[i]);
    }

    /// <summary>一般公共预算 by 类 with shares: 卫生健康支出（类）10902万元，占100.00%；…</summary>
    private string? Classes(string scope)
    {
        var lines = F.Lines(scope == "all" ? FundingScope.AllSources : FundingScope.GeneralPublicBudget);
        var byClass = lines.GroupBy(l => l.FunctionCode.Class.Value).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Amount: g.Sum(l => Figures.Amount(l.Amounts, AmountKeys.ExpenditureThisYear)))).ToList();
        if (byClass.Count == 0) return null;
        var shares = Shares.LargestRemainder(byClass.Select(c => c.Amount).ToList());
        return string.Join("；", byClass.Select((c, i) =>
            $"{ctx.ClassName(c.Code)}（类）{ctx.Amount(c.Amount)}万元，占{RenderContext.Percent(shares[i])}%"));
    }

    /// <summary>
    /// The stated change of a subject; "收入总计|收入" tries each name, exact matches first. "…@revenueTotal" names
    /// the figure the sentence prints for it: the change follows that figure when it is no longer the stated one
    /// (<see cref="Model.YearOnYear.At"/>), so the sentence's amount and its change always agree.
    /// </summary>
    private YearOnYear? Change(string arg)
    {
        var at = arg.IndexOf('@');
        var names = (at < 0 ? arg : arg[..at]).Split('|');
        var c = names.Select(n => Facts.Changes.FirstOrDefault(c => c.Subject == n)).FirstOrDefault(c => c is not null)
            ?? names.Select(n => Facts.Changes.FirstOrDefault(c => c.Subject.Length > 0 && c.Subject.Contains(n, StringComparison.Ordinal)))
                .FirstOrDefault(c => c is not null);
        return c is not null && at >= 0 && Number(arg[(at + 1)..]) is { } figure ? c.At(figure) : c;
    }

    /// <summary>增加 X 万元，增长 Y%，主要原因：… — the direction from the sign, the rate from the change and
    /// this year's figure (last year = this − change), the reason only as the budget states it.</summary>
    private string? YearOnYear(string subject, bool compare, bool withReason = true)
    {
        var c = Change(subject);
        if (c is null) return null;
        var yoy = ctx.Layout.YearOnYear;
        var dirs = ctx.Layout.Directions;
        var change = c.SignedChange();
        string text;
        if (Money.Round2(change) == 0 || (c.Change is null && c.Direction == "unchanged"))
            text = (compare ? yoy.CompareUnchanged : yoy.Unchanged).Replace("{unchanged}", dirs.Unchanged);
        else
        {
            // A rate is stated where the budget states one (recomputed from this year's figure where known);
            // 山东 2024 gives some changes as amounts only (收入预算增加428.79万元), and so does the rendering.
            decimal? rate = c.Rate is null ? null : c.ThisYear is { } now && now - change != 0 ? Math.Abs(change) / (now - change) * 100m : c.Rate;
            text = (rate is null ? yoy.ChangedWithoutRate ?? "{dir}{change}万元" : yoy.Changed)
                .Replace("{dir}", change > 0 ? dirs.Increase : dirs.Decrease)
                .Replace("{rateDir}", change > 0 ? dirs.IncreaseRate : dirs.DecreaseRate)
                .Replace("{change}", ctx.Amount(Math.Abs(change)))
                .Replace("{rate}", rate is null ? "" : RenderContext.Percent(Math.Round(Math.Abs(rate.Value), 2, MidpointRounding.AwayFromZero)));
            if (compare) text = yoy.CompareChanged.Replace("{changed}", text);
        }
        text = text.Replace("{lastYear}", (B.Year - 1).ToString());
        if (withReason && !string.IsNullOrWhiteSpace(c.Reason)) text += yoy.Reason.Replace("{reason}", c.Reason.Trim().TrimEnd('。', '；', ';'));
        return text;
    }

    private string DirectionWord(YearOnYear c) => c.SignedChange() switch
    {
        > 0 => ctx.Layout.Directions.Increase,
        < 0 => ctx.Layout.Directions.Decrease,
        _ => ctx.Layout.Directions.Unchanged,
    };

    public static string Describe(string fn, string? arg) => (fn, arg) switch
    {
        ("yoy" or "compare" or "change" or "dir" or "reason", _) => $"{arg?.Split('@')[0].Split('|')[0]}与上年比较（增减额、原因）",
        ("missing", _) => arg ?? "",
        ("share", _) => arg?.StartsWith("basic", StringComparison.Ordinal) == true ? "基本支出经济分类（一般公共预算基本支出表）" : "支出预算（支出总体情况表）",
        (_, "agencyOperatingCost") or ("agencyOperatingCost", _) => "机关运行经费",
        ("agencyOperatingCostItems", _) => "机关运行经费保障的支出项目",
        (_, "transfers") or ("transfers", _) => "专项转移支付项目",
        ("vehicleKinds", _) or (_, "vehicles") or (_, "equipment.general") or (_, "equipment.special") => "国有资产占用情况",
        (_, "targets") or (_, "targets.amount") => "绩效目标覆盖的项目数和金额",
        (_, "projects") => "项目个数",
        _ when (arg ?? fn).StartsWith("procurement", StringComparison.Ordinal) => "政府采购预算",
        _ when (arg ?? fn).StartsWith("tpLast", StringComparison.Ordinal) => "上年“三公”经费",
        _ when (arg ?? fn).StartsWith("tp", StringComparison.Ordinal) => "“三公”经费",
        _ when (arg ?? fn) is "revenueTotal" || (arg ?? fn).StartsWith("revenue.", StringComparison.Ordinal) => "收入预算（收入总体情况表）",
        _ when (arg ?? fn) is "gpb.personnel" or "gpb.operating" => "基本支出经济分类（一般公共预算基本支出表）",
        _ when (arg ?? fn) is "expenditureTotal" or "expenditureThisYear" or "carryoverOut" or "basicExpenditure" or "projectExpenditure"
            || (arg ?? fn).StartsWith("gpb.", StringComparison.Ordinal) || (arg ?? fn) is "gf.total" or "sc.total" => "支出预算（支出总体情况表）",
        _ => arg is null ? fn : $"{fn}:{arg}",
    };
}
