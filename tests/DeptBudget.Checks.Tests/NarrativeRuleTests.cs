using DeptBudget.Checks.Rules;
using DeptBudget.Model;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>N1–N4 on sentences as the seeds print them.</summary>
public class NarrativeRuleTests
{
    private static readonly Table T03 = Table(TableIds.ExpenditureSummary, ExpenditureColumns,
        Row(RowKind.Total, null, "合计", "", "合计", "10902.00", "519.30", "486.47", "1.18", "31.66", "", "10382.70", "64.50", "10318.20"));

    private static NarrativeSection WithNumber(string title, string paragraph, decimal value, string subject)
    {
        var offset = paragraph.IndexOf(value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return new NarrativeSection("第二部分", title, [paragraph], [new StatedNumber(value, "万元", subject, null, 0, offset, 0, paragraph)], 0);
    }

    [Fact]
    public void Xixia2024_basic_expenditure_stated_equals_03()
    {
        const string p = "西峡县医疗保障局2024年支出合计10902万元，其中：基本支出519.30万元，占4.76%；项目支出10382.70万元，占95.24%。";
        Assert.Empty(Errors(new N1_NarrativeAmounts(), Disclosure([T03], [WithNumber("三、支出预算总体情况说明", p, 519.30m, "基本支出")])));
        var wrong = p.Replace("519.30", "519.80");
        var f = Assert.Single(Errors(new N1_NarrativeAmounts(), Disclosure([T03], [WithNumber("三、支出预算总体情况说明", wrong, 519.80m, "基本支出")])));
        Assert.Equal("519.30", f.Expected);
        Assert.Equal("三、支出预算总体情况说明", f.Location.Section);
        Assert.Contains("基本支出519.80万元", f.Location.Text);
    }

    [Fact]
    public void Luolong2021_class_amount_that_is_really_personnel_cost_is_reported()
    {
        const string p = "洛龙区医疗保障局2021年一般公共预算支出年初预算为5110.37万元。主要用于以下方面：卫生健康支出（类）47.14万元，占0.92%；";
        var t05 = Table(TableIds.GeneralBudgetExpenditure, ExpenditureColumns, Row(RowKind.Item, "2101202", "x", "", "x", "5092.87", "", "", "", "", "", "5092.87", "", "5092.87"));
        var f = Assert.Single(Errors(new N1_NarrativeAmounts(), Disclosure([t05], [WithNumber("五、一般公共预算支出预算情况说明", p, 47.14m, "类）支出")], year: 2021)));
        Assert.Equal("5092.87", f.Expected);
        Assert.Equal("47.14", f.Actual);
    }

    [Fact]
    public void Xixia2024_shares_are_right_and_a_wrong_share_shows_the_division()
    {
        const string ok = "西峡县医疗保障局2024年支出合计10902万元，其中：基本支出519.30万元，占4.76%；项目支出10382.70万元，占95.24%。";
        Assert.DoesNotContain(Run(new N2_Shares(), Disclosure(sections: [Section("三、支出预算总体情况说明", ok)])), f => f.Severity != Severity.Info);
        // Luolong 2021: 4.79 / 5110.37 = 0.0937% printed as 0.08%.
        const string bad = "年初预算为5110.37万元。主要用于以下方面：卫生健康支出（类）47.14万元，占0.92%；一般公共服务(类)支出4.79万元，占0.08%；卫生健康(类)支出5058.44万元，占99%。";
        var f = Assert.Single(Errors(new N2_Shares(), Disclosure(sections: [Section("五、一般公共预算支出预算情况说明", bad)])));
        Assert.Equal("0.09%", f.Expected);
        Assert.Equal("0.08%", f.Actual);
        Assert.Contains("4.79 ÷ 5110.37", f.Message);
    }

    [Fact]
    public void Xixia2024_year_on_year_rates_are_consistent()
    {
        const string p = "西峡县医疗保障局2024年收入总计10902万元，支出总计10902万元，与2023年预算相比，收入增加420.65万元，增长4.01%，主要原因：一是中央下达医疗救助资金930万元比上年增长136万元；支出增加420.65万元，增长4.01%。";
        Assert.DoesNotContain(Run(new N3_YearOnYear(), Disclosure(sections: [Section("一、收入支出预算总体情况说明", p)])), f => f.Severity != Severity.Info);
        var f = Assert.Single(Errors(new N3_YearOnYear(), Disclosure(sections: [Section("一、收入支出预算总体情况说明", p.Replace("增长4.01%，主要", "增长4.21%，主要"))])));
        Assert.Equal("4.01%", f.Expected);
        Assert.Contains("420.65 ÷ 10481.35", f.Message);
    }

    [Fact]
    public void Beijing2026_rate_is_taken_on_the_base_the_sentence_states_before_the_change()
    {
        // 北京市医疗保障局 2026 说明 二: 115041.34 − 110896.62 = 4144.72; 4144.72 ÷ 115041.34 = 3.603% → 3.60%.
        const string p = "2026年度收入预算110896.62万元，比2025年年初预算数115041.34万元减少4144.72万元，下降3.60%。主要原因是上年结转至本年使用的结转结余资金较2025年减少。";
        Assert.DoesNotContain(Run(new N3_YearOnYear(), Disclosure(sections: [Section("二、收入预算情况说明", p)])), f => f.Severity != Severity.Info);
        var f = Assert.Single(Errors(new N3_YearOnYear(), Disclosure(sections: [Section("二、收入预算情况说明", p.Replace("下降3.60%", "下降3.80%"))])));
        Assert.Equal("3.60%", f.Expected);
        Assert.Contains("4144.72 ÷ 115041.34", f.Message);
    }

    [Fact]
    public void Direction_words_must_agree_and_template_residue_is_reported()
    {
        const string p = "2024年“三公”经费预算为8万元。“三公”经费支出预算数比2023年减少2.90万元，增长26.61%。";
        Assert.Contains(Errors(new N3_YearOnYear(), Disclosure(sections: [Section("七、“三公”经费支出情况说明", p)])), f => f.Message.Contains("前后矛盾"));
        // Luolong 2021 left the template's alternatives in place.
        const string residue = "机关运行经费支出预算1.5万元，比2020年减少0.5万元，下降（增长）25%。预算数比2020年增加（减少）0万元。";
        var found = Run(new N3_YearOnYear(), Disclosure(sections: [Section("十、其他重要事项情况说明", residue)]));
        Assert.Contains(found, f => f.Actual == "下降（增长）");
        Assert.Contains(found, f => f.Actual == "增加（减少）");
        Assert.DoesNotContain(found, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Agency_operating_cost_is_compared_with_the_operating_cost_of_06()
    {
        var cols06 = new[] { Col(ColumnKeys.Code, "科目编码"), Col(ColumnKeys.Name, "科目名称"), Col(ColumnKeys.GovCode, "政府科目编码"), Col(AmountKeys.Total, "合计"), Col(AmountKeys.PersonnelCost, "人员经费"), Col(AmountKeys.OperatingCost, "公用经费") };
        var t06 = Table(TableIds.GeneralBudgetBasicExpenditure, cols06,
            Row(RowKind.Total, null, "合计", "", "合计", "", "36.98", "", "36.98"),
            Row(RowKind.Section, "30201", "办公费", "30201", "办公费", "50201", "36.98", "", "36.98"));
        const string ok = "2024 年本单位机关运行经费安排 36.98 万元。较 2023 年预算增加 0.09 万元，增长 0.24%。";
        Assert.Empty(Run(new N4_AgencyOperatingCost(), Disclosure([t06], [Section("三、机关运行经费情况", ok)])));
        var f = Assert.Single(Run(new N4_AgencyOperatingCost(), Disclosure([t06], [Section("三、机关运行经费情况", ok.Replace("36.98", "1.50"))])));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("36.98", f.Expected);
    }

    [Fact]
    public void Unfilled_amount_placeholder_is_told_as_such()
    {
        // 上海 决算 template: “……支出决算为XXX万元”.
        var d = Disclosure(sections: [Section("一、收入支出决算总体情况说明", "2024年度收入、支出决算总计XXX万元。")]);
        var f = Assert.Single(Run(new DeptBudget.Checks.Rules.N3_YearOnYear(), d), x => x.Actual == "XXX万元");
        Assert.Contains("未填写实际金额", f.Message);
    }
}
