using DeptBudget.Model;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// What a column means, from its header path as printed: the same meaning has many wordings
/// (人员经费 / 人员支出, 公用经费 / 日常公用支出, 政府性基金 / 政府性基金预算收入). Words are compared
/// on the normalised key (no spaces or punctuation).
/// </summary>
public static class ColumnMeanings
{
    // Leaf words → amount key. Longer, more specific words first.
    private static readonly (string Word, string Key)[] Amounts =
    [
        ("对个人和家庭的补助", HouseholdTransfers), ("对个人和家庭补助", HouseholdTransfers),
        ("工资福利支出", WagesAndBenefits), ("商品和服务支出", GoodsAndServices), ("资本性支出", CapitalOutlay),
        ("其他运转类", OperationalProject), ("特定目标类", SpecificPurposeProject), ("人员类项目", PersonnelProject),
        ("一般性项目", GeneralProject), ("专项资金", SpecialFund),
        ("年终结转结余", CarryoverOut), ("结转下年", CarryoverOut),
        ("人员经费", PersonnelCost), ("人员支出", PersonnelCost), ("公用经费", OperatingCost), ("日常公用支出", OperatingCost),
        ("基本支出", BasicExpenditure), ("项目支出", ProjectExpenditure),
        ("因公出国境费", OfficialOverseasTravel), ("因公出国境经费", OfficialOverseasTravel), ("因公出国境费用", OfficialOverseasTravel),
        ("公务用车购置及运行维护费", OfficialVehicles), ("公务用车购置及运行费", OfficialVehicles),
        ("公务用车购置费", VehiclePurchase), ("公务用车购置经费", VehiclePurchase),
        ("公务用车运行维护费", VehicleOperation), ("公务用车运行费", VehicleOperation),
        ("公务接待费", OfficialReception), ("三公经费合计", Total), ("三公经费预算数", Total),
        ("上级提前告知转移支付", AdvanceTransferFromAbove), ("部门财政性资金结转", DepartmentCarryover),
        ("行政事业性收费", AdministrativeFees), ("专项收入", SpecialRevenue),
        ("国有资产资源", AssetIncome), ("政府住房基金收入", HousingFundIncome),
        ("其中财政拨款", OwnLevelAppropriation),
        ("一般公共预算", GeneralPublicBudget), ("政府性基金", GovernmentFundBudget), ("国有资本经营", StateCapitalBudget),
        ("财政专户", SpecialAccountFunds), ("事业单位经营收入", InstitutionBusinessRevenue), ("事业收入", InstitutionRevenue), ("经营收入", InstitutionBusinessRevenue),
        ("上级补助收入", SuperiorSubsidyRevenue), ("附属单位上缴收入", AffiliateRemittanceRevenue),
        ("其他收入", OtherRevenue), ("其他资金", OtherRevenue), ("单位资金", UnitFunds), ("单位资", UnitFunds),
        ("使用非财政拨款结余", NonAppropriationBalanceUsed), ("用事业基金弥补收支差额", InstitutionFundUsed),
        ("上年结转结余", CarryoverIn), ("上年结转", CarryoverIn),
        ("政府预算资金", FiscalAppropriation), ("财政性资金", FiscalAppropriation), ("财政拨款收入", FiscalAppropriation),
        ("上缴上级支出", RemittanceToSuperior), ("对附属单位补助支出", SubsidyToAffiliates), ("经营支出", BusinessExpenditure),
        ("资金总额", Total), ("机关运行经费支出", Total), ("本年支出小计", ExpenditureThisYear),
    ];

    /// <summary>The key of a column; unknown headers get "?" + the path so nothing is silently mislabelled.</summary>
    public static string Resolve(string path, int documentYear)
    {
        var parts = path.Split('/').Select(Text.TextNormalizer.Key).Where(p => p.Length > 0).ToArray();
        if (parts.Length == 0) return "?";
        var leaf = parts[^1];
        var all = string.Concat(parts);
        var gov = all.Contains("政府预算") || all.Contains("政府经济");

        var text = TextKey(parts, leaf, all, gov);
        if (text is not null) return text;

        var key = AmountKey(parts, leaf);
        if (key is null) return "?" + path;
        // Money carried over from last year, by source: 上年结转结余/一般公共预算, 财政拨款结转结余/…
        var carry = parts[..^1].Any(p => p.Contains("结转") && !p.Contains("结转下年"));
        if (carry && key != CarryoverIn && key != CarryoverOut)
            key = key is Total or FiscalAppropriation ? CarryoverIn : Carryover(key);
        if (parts.Any(p => p.Contains($"{documentYear - 1}年"))) key = LastYear(key);
        return key;
    }

    private static string? TextKey(string[] parts, string leaf, string all, bool gov)
    {
        // 上海 heads the two sides 本年收入 / 本年支出 and 财政拨款收入 / 财政拨款支出.
        if (all.StartsWith("本年收入") || all.StartsWith("本年支出")) all = all[2..];
        else if (all.StartsWith("财政拨款收入") || all.StartsWith("财政拨款支出")) all = all[4..];
        if (all.StartsWith("收入") && leaf is "项目") return ColumnKeys.RevenueItem;
        if (all.StartsWith("支出") && leaf is "项目") return ColumnKeys.ExpenditureItem;
        if (all.StartsWith("收入") && leaf is "金额" or "预算数" or "决算数") return Revenue;
        if (all.StartsWith("支出") && leaf is "金额" or "预算数" or "决算数") return Total;
        if (leaf == "类") return gov ? ColumnKeys.GovCodeClass : ColumnKeys.CodeClass;
        if (leaf == "款") return gov ? ColumnKeys.GovCodeSection : ColumnKeys.CodeSection;
        if (leaf == "项") return ColumnKeys.CodeItem;
        if (leaf.Contains("科目编码")) return gov ? ColumnKeys.GovCode : ColumnKeys.Code;
        if (leaf.Contains("经济分类科目名称") || leaf == "科目名称" || leaf.EndsWith("经济分类科目"))
            return gov ? ColumnKeys.GovName : ColumnKeys.Name;
        if (leaf.Contains("项目编码") || leaf == "单位编码") return ColumnKeys.Code;
        if (leaf.Contains("代码")) return ColumnKeys.UnitCode;
        if (leaf.Contains("名称")) return ColumnKeys.Name;
        if (leaf == "项目单位") return ColumnKeys.UnitName;
        if (leaf is "类型" or "项目类型") return ColumnKeys.ProjectKind;
        if (leaf == "一级指标") return ColumnKeys.Level1;
        if (leaf == "二级指标") return ColumnKeys.Level2;
        if (leaf == "三级指标") return Category(parts) + ColumnKeys.Level3;
        if (leaf == "指标值") return Category(parts) + ColumnKeys.TargetValue;
        if (leaf.StartsWith("指标值说明") || leaf.StartsWith("指标解释") || leaf.StartsWith("指标说明")) return ColumnKeys.Explanation;
        if (leaf == "项目" && parts.Length == 1) return ColumnKeys.Name;
        return null;
    }

    // In 项目绩效目标汇总表 the indicator columns repeat per category: cost./output./outcome./satisfaction.
    private static string Category(string[] parts)
    {
        foreach (var p in parts)
        {
            if (p.StartsWith("成本")) return "cost.";
            if (p.StartsWith("产出")) return "output.";
            if (p.StartsWith("效益")) return "outcome.";
            if (p.StartsWith("满意度")) return "satisfaction.";
        }
        return "";
    }

    private static string? AmountKey(string[] parts, string leaf)
    {
        // 上海 决算 tables head the outturn 决算数 under what it is of (因公出国（境）费/决算数), else it is the
        // table's amount; their 预算数 (年初预算) are keyed by the layout. 本年收入合计 heads a row's total.
        if (leaf is "决算数")
        {
            for (var i = parts.Length - 2; i >= 0; i--) if (Lookup(parts[i]) is { } of) return of;
            return Total;
        }
        if (leaf is "本年收入合计" or "本年支出合计") return Total;
        if (leaf is "合计" or "总计" or "共计" && !parts[..^1].Any(p => p.Contains("本年收入") || p.Contains("结转")))
            return Total;
        if (leaf is "合计" or "总计" or "小计" or "共计")
        {
            // 基本支出预算/小计 and 本年一般公共预算基本支出/合计 head the whole table: they are its total.
            if (parts.Length == 2 && parts[0].Contains("基本支出") && parts[0].Length > 4) return Total;
            for (var i = parts.Length - 2; i >= 0; i--)
            {
                var parent = parts[i];
                if (parent.Contains("本年收入")) return RevenueThisYear;
                if (parent.Contains("公务用车")) return OfficialVehicles;
                if (parent == "财政拨款") return FiscalAppropriation;
                var k = Lookup(parent);
                if (k is not null && k != CarryoverIn && k != ExpenditureThisYear) return k;
                if (k == CarryoverIn) return CarryoverIn;
            }
            return Total;
        }
        if (leaf == "财政拨款") return parts.Length > 1 && parts[^2].Contains("一般公共预算") ? OwnLevelAppropriation : FiscalAppropriation;
        return Lookup(leaf);
    }

    private static string? Lookup(string word)
    {
        foreach (var (w, k) in Amounts) if (word.Contains(w)) return k;
        return null;
    }
}
