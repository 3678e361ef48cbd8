using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// Recognises a table by the meaning of its title, whatever the wording: 部门收支总体情况表,
/// 单位收支预算表, 收支总体情况表 and 2021年部门收支总体情况表 are all revenue-expenditure-summary.
/// Rules are tried in order; the first whose words all occur wins.
/// </summary>
public static partial class TableTitles
{
    private static readonly (string[] Words, string[] Not, string Id)[] Rules =
    [
        (["三公"], [], TableIds.ThreePublicExpenses),
        (["政府性基金", "支出"], [], TableIds.GovernmentFundExpenditure),
        (["国有资本经营", "支出"], [], TableIds.StateCapitalExpenditure),
        (["项目", "绩效目标"], [], TableIds.ProjectPerformanceTargets),
        (["整体绩效目标"], [], TableIds.DepartmentPerformanceTarget),
        (["一般公共预算", "基本支出"], [], TableIds.GeneralBudgetBasicExpenditure),
        (["一般公共预算", "支出"], [], TableIds.GeneralBudgetExpenditure),
        (["基本支出预算"], [], TableIds.BasicExpenditure),
        (["财政拨款收支"], [], TableIds.AppropriationSummary),
        (["经济分类", "汇总"], [], TableIds.EconomicClassificationSummary),
        (["分类汇总"], [], TableIds.EconomicClassificationSummary),
        (["项目支出"], [], TableIds.ProjectExpenditure),
        (["政府采购"], [], TableIds.GovernmentProcurement),
        (["机关运行经费"], ["说明", "情况"], TableIds.AgencyOperatingCost),
        // 上海: 财务收支预算总表 / 收入支出决算总表, 收入预算总表 / 收入决算表, 支出预算总表 / 支出决算表.
        (["财政拨款收入支出决算"], [], TableIds.AppropriationSummary),
        (["收支预算总表"], [], TableIds.RevenueExpenditureSummary),
        (["收入支出决算总表"], [], TableIds.RevenueExpenditureSummary),
        (["收入预算总表"], [], TableIds.RevenueSummary),
        (["收入决算表"], [], TableIds.RevenueSummary),
        (["支出预算总表"], [], TableIds.ExpenditureSummary),
        (["支出决算表"], ["项目"], TableIds.ExpenditureSummary),
        (["收支总体"], [], TableIds.RevenueExpenditureSummary),
        (["收支预算表"], [], TableIds.RevenueExpenditureSummary),
        (["收支总表"], [], TableIds.RevenueExpenditureSummary),
        (["收入总体"], [], TableIds.RevenueSummary),
        (["收入预算表"], [], TableIds.RevenueSummary),
        (["支出总体"], [], TableIds.ExpenditureSummary),
        (["支出预算表"], ["项目"], TableIds.ExpenditureSummary),
    ];

    /// <summary>The table id a title means, or null. Narrative headings (一、… 情况说明) mean no table.</summary>
    public static string? Recognise(string title)
    {
        var t = Strip(title);
        if (t.Length == 0 || t.Length > 40) return null;
        if (t.Contains("说明") || t.Contains('：') || t.Contains("是指")) return null;
        if (!(t.EndsWith('表') || t.EndsWith("机关运行经费"))) return null;
        foreach (var (words, not, id) in Rules)
            if (words.All(t.Contains) && !not.Any(t.Contains)) return id;
        return null;
    }

    /// <summary>The printed number of a 目录 entry or title (一、 → 1, 十二、 → 12), or null.</summary>
    public static int? Number(string line)
    {
        var m = NumberPrefix().Match(TextNormalizer.Cell(line));
        if (!m.Success) return null;
        // 上海 numbers its 目录 tables 1. 2. … rather than 一、二、
        return char.IsAsciiDigit(m.Groups[1].Value[0]) ? int.Parse(m.Groups[1].Value) : ChineseNumber(m.Groups[1].Value);
    }

    /// <summary>Title without its list number, year, bracketed year and 预算NN表 tag.</summary>
    public static string Strip(string title)
    {
        var t = TextNormalizer.Cell(title).TrimStart('-', '•', '·');
        t = NumberPrefix().Replace(t, "");
        t = Decorations().Replace(t, "");
        return t.Trim();
    }

    public static int ChineseNumber(string s)
    {
        int Digit(char c) => "零一二三四五六七八九".IndexOf(c);
        if (s == "十") return 10;
        if (s.StartsWith('十')) return 10 + Digit(s[1]);
        var ten = s.IndexOf('十');
        if (ten > 0) return Digit(s[0]) * 10 + (ten + 1 < s.Length ? Digit(s[ten + 1]) : 0);
        return Digit(s[0]);
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}|\d{1,2}(?!\d))[、.．](?!\d{1,2}(\D|$))")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^\d{4}年度?|[（(]\d{4}年度?[）)]$|[（(]按[^）)]*[）)]$|预算\d+表|^附表\d*[:：]?")]
    private static partial Regex Decorations();
}
