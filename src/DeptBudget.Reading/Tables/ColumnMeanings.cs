using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// What a column means, from its header path as printed: the same meaning has many wordings
/// (人员经费 / 人员支出, 公用经费 / 日常公用支出, 政府性基金 / 政府性基金预算收入). Words are compared
/// on the normalised key (no spaces or punctuation).
/// </summary>
public static class ColumnMeanings
{
    /// <summary>The key of a column; unknown headers get "?" + the path so nothing is silently mislabelled.</summary>
    public static string Resolve(string path, int documentYear)
    {
        var parts = path.Split('/').Select(Text.TextNormalizer.Key).Where(p => p.Length > 0).ToArray();
        if (parts.Length == 0) return "?";
        var leaf = parts[^1];
        var all = string.Concat(parts);
        var gov = all.Contains("政府预算") || all.Contains("政府经济") || all.Contains("政府支出经济");

        var text = TextKey(parts, leaf, all, gov);
        if (text is not null) return text;

        var key = AmountKey(parts, leaf);
        if (key is null) return "?" + path;
        // Money carried over from last year, by source: 上年结转结余/一般公共预算, 财政拨款结转结余/…
        var carry = parts[..^1].Any(p => p.Contains("结转") && !p.Contains("结转下年"));
        if (carry && key != CarryoverIn && key != CarryoverOut)
            key = key is Total or FiscalAppropriation ? CarryoverIn : Carryover(key);
        // Last year's columns are headed by the year (2021年) or by the word 上年 (上年 / 当年 / 增减变化情况);
        // 上年结转 is this year's money carried in, not last year's.
        if (parts.Any(p => p.Contains($"{documentYear - 1}年") || IsLastYearWord(p))) key = LastYear(key);
        return key;
    }

    private static bool IsLastYearWord(string part) =>
        part is "上年" or "上年数" or "上年预算" or "上年预算数" or "上年执行数" or "上年决算数";

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
        // 北京 03 heads one column 支出功能分类科目 and prints code and name in its cells (2010601-行政运行):
        // the row's functional code, read by RowClassifier.
        if (leaf.EndsWith("功能分类科目")) return ColumnKeys.Code;
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
        // Leaf words → amount key, as data (Model/Layouts/Vocabulary/national.json, then the families' columnWords).
        foreach (var c in Vocabulary.Columns) if (word.Contains(c.Word)) return c.Key;
        return null;
    }
}
