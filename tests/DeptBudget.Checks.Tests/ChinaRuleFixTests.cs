using DeptBudget.Checks.Rules;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Reading.Narratives;
using DeptBudget.Testing;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>
/// Rules that were false on the disclosures of real-docs/china (Labels/china-b.tsv) and were fixed as general rules:
/// each test reads the real document, and a built table shows the rule still reports the defect it is for.
/// </summary>
public class ChinaRuleFixTests
{

    // 杭州 表4 财政拨款收支预算总表, as printed: 一、本年支出合计 5,753.07, then the 类, 款 and 项 by name only, then
    // 二、年终结转结余 and 支出总计 5,753.07 (气象局 2026).
    private static Table Appropriation04(string expenditureTotal) => Table(TableIds.AppropriationSummary,
        [Col(ColumnKeys.RevenueItem, "收入/项目"), Col("revenue", "收入/预算数"), Col(ColumnKeys.ExpenditureItem, "支出/项目"), Col(AmountKeys.Total, "支出/预算数")],
        Row(RowKind.Detail, null, null, "一、财政拨款", "5753.07", "一、本年支出合计", "5753.07"),
        Row(RowKind.Detail, null, null, "一般公共预算", "5753.07", "科学技术支出", "28.00"),
        Row(RowKind.Detail, null, null, "政府性基金预算", "", "技术研究与开发", "28.00"),
        Row(RowKind.Detail, null, null, "二、上年结转结余", "", "自然资源海洋气象等支出", "5725.07"),
        Row(RowKind.Detail, null, null, "", "", "气象事务", "5725.07"),
        Row(RowKind.Detail, null, null, "", "", "二、年终结转结余", ""),
        Row(RowKind.Total, null, null, "收入总计", "5753.07", "支出总计", expenditureTotal));

    [Fact]
    public void Items_printed_under_a_numbered_this_year_total_are_its_parts_not_added_to_it()
    {
        Assert.Empty(Errors(new I2_GrandTotals(), Disclosure([Appropriation04("5753.07")])));
        var f = Assert.Single(Errors(new I2_GrandTotals(), Disclosure([Appropriation04("5763.07")])), x => x.Message.Contains("支出总计应等于"));
        Assert.Equal("5753.07", f.Expected);
    }

    [Fact]
    public void HangzhouMeteorology2026_appropriation_summary_balances()
    {
        // 表4: 一、本年支出合计 5,753.07 + 二、年终结转结余 (blank) = 支出总计 5,753.07.
        var i2 = Checker.Default.Check(ChinaDocs.Read("zhejiang-hangzhou-qxj-2026-budget.pdf")).Findings.Where(f => f.Rule == "I2");
        Assert.DoesNotContain(i2, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void HangzhouMeteorology2026_a_share_printed_on_the_line_after_its_part_is_checked_against_the_whole()
    {
        // 说明 二（三）: 2026年支出预算5,876.67万元 … 2.按支出用途分类，包括人员支出2,906.80万元，占 / 49.4%；日常公用支出
        // 838.27万元，占14.3%；项目支出2,131.61万元，占36.3%。 2906.80 ÷ 5876.67 = 49.46% → 49.5%; the others are right.
        var n2 = Checker.Default.Check(ChinaDocs.Read("zhejiang-hangzhou-qxj-2026-budget.pdf")).Findings.Where(f => f.Rule == "N2").ToList();
        Assert.Contains(n2, f => f.Expected == "49.5%" && f.Actual == "49.4%");
        Assert.DoesNotContain(n2, f => f.Actual is "14.3%" or "36.3%");
    }

    [Fact]
    public void HangzhouJustice2026_shares_are_of_the_whole_not_of_the_first_figure_of_a_list_of_other_parts()
    {
        // 说明 二（三）: 2026 年支出预算 99,230.46 万元 … 1.按支出功能分类，包括一般公共服务支出 12,868.19 万元、公共安全支出
        // 76,468.81 万元、… 2.按支出用途分类，包括人员支出 58,486.35 万元，占 59.0%；日常公用支出 12,237.94 万元，占 12.3%；
        // 项目支出 28,506.17 万元，占 28.7%. 12,237.94 ÷ 99,230.46 = 12.33% → 12.3% and 28.7% as printed (not ÷ 12,868.19);
        // 58,486.35 ÷ 99,230.46 = 58.94% → 58.9%, printed 59.0%: the document's own slip, still reported.
        var n2 = Checker.Default.Check(ChinaDocs.Read("zhejiang-hangzhou-sfj-2026-budget.pdf")).Findings.Where(f => f.Rule == "N2").ToList();
        Assert.DoesNotContain(n2, f => f.Severity != Severity.Info && f.Actual is "12.3%" or "28.7%");
        Assert.Contains(n2, f => f.Expected == "58.9%" && f.Actual == "59.0%");
    }

    [Fact]
    public void A_share_list_after_a_list_of_other_parts_takes_the_whole_stated_before_both()
    {
        string[] paragraphs =
        [
            "2026年支出预算99,230.46万元，比上年执行数增加7,331.92万元，增长8.0%。",
            "1.按支出功能分类，包括一般公共服务支出12,868.19万元、公共安全支出76,468.81万元。",
            "2.按支出用途分类，包括人员支出58,486.35万元，占59.0%；日常公用支出12,237.94万元，占12.3%；项目支出28,506.17万元，占28.7%。",
        ];
        // As printed (杭州市司法局 2026): 59.0% is the document's slip (58.94%), 12.3% and 28.7% are right — of 99,230.46.
        var d = Build.Disclosure(sections: [Build.Section("（三）支出预算情况说明", paragraphs)]);
        var f = Assert.Single(new N2_Shares().Check(new CheckContext(d)), x => x.Severity != Severity.Info);
        Assert.Equal("59.0%", f.Actual);
        Assert.Contains("58486.35 ÷ 99230.46", f.Message);
    }

    [Fact]
    public void HangzhouJustice2026_a_page_number_between_the_halves_of_a_sentence_is_not_read_into_its_figure()
    {
        // 说明 二（二）: 2026 年收入预算 99,230.46 万元，比上年执行数增加 / 3 / 7,331.92 万元，增长 8.0%:
        // 7331.92 ÷ (99230.46 − 7331.92) = 7.98% → 8.0% as printed, not 37,331.92.
        var paragraphs = Text.Prose.Paragraphs(new CheckContext(ChinaDocs.Read("zhejiang-hangzhou-sfj-2026-budget.pdf"))).Select(p => p.Text).ToList();
        Assert.Contains(paragraphs, p => p.Contains("增加7,331.92") || p.Contains("增加 7,331.92"));
        Assert.DoesNotContain(paragraphs, p => p.Contains("37,331.92"));
    }

    [Fact]
    public void An_empty_table_marked_empty_in_the_list_of_tables_or_the_narrative_is_explained()
    {
        // 西安气象局 2022: the list of tables prints 表9 2022 年部门综合预算政府性基金收支表 | 是 | 不涉及 and 表 11 …财政拨款上年结转资金
        // 支出表 | 是 | 不涉及; the tables themselves (…政府性基金收支表（不含上年结转）, …财政拨款结转资金支出表) are empty.
        var c1 = Checker.Default.Check(ChinaDocs.Read("shaanxi-xian-qxj-2022-budget.pdf")).Findings.Where(f => f.Rule == "C1").ToList();
        Assert.DoesNotContain(c1, f => f.Expected == "无数据说明");
        // 西安信访局 2026 says it in the narrative: 本部门无当年政府性基金预算收支，并已公开空表。
        var fund = Table(TableIds.GovernmentFundExpenditure, [Col(AmountKeys.Total, "合计")]) with { Title = "部门综合预算政府性基金收支表" };
        Assert.Contains(Run(new C1_Completeness(), Disclosure([fund])), f => f.Expected == "无数据说明");
        var said = Disclosure([fund], [Section("八、政府性基金预算支出情况说明", "本部门无当年政府性基金预算收支，并已公开空表。")]);
        Assert.DoesNotContain(Run(new C1_Completeness(), said), f => f.Expected == "无数据说明");
    }

    private static Disclosure WithProjectSentence(string paragraph)
    {
        var numbers = NarrativeReader.Numbers(paragraph, 0, 1, "测试局").ToList();
        var section = new NarrativeSection("第二部分", "九、预算绩效情况说明", [paragraph], numbers, 0);
        Project P(string name) => new(name, null, "特定目标类", "测试局", null, new Dictionary<string, decimal> { [AmountKeys.Total] = 10m });
        return Disclosure(sections: [section], budget: b => b with { Projects = [P("甲项目"), P("乙项目")] });
    }

    [Fact]
    public void A_count_of_the_budgets_projects_is_checked_and_counts_of_other_things_named_projects_are_not()
    {
        Assert.Contains(Run(new N1_NarrativeAmounts(), WithProjectSentence("部门预算共安排3个项目，全部纳入绩效目标管理。")), f => f.Actual == "3" && f.Expected == "2");
        Assert.DoesNotContain(Run(new N1_NarrativeAmounts(), WithProjectSentence("全年完成5个市级重点医院项目、13个区县级医院项目建设。")), f => f.Severity != Severity.Info);
        Assert.DoesNotContain(Run(new N1_NarrativeAmounts(), WithProjectSentence("本部门在部门决算中反映机场入境人员核酸检测费用等82个一级项目的绩效自评结果。")), f => f.Severity != Severity.Info);
        Assert.DoesNotContain(Run(new N1_NarrativeAmounts(), WithProjectSentence("培育各级各类医养结合项目89个；6个社区创建成示范性老年友好型社区。")), f => f.Severity != Severity.Info);
    }

    [Fact]
    public void XianHealth2022_counts_of_evaluated_projects_and_hospitals_are_not_compared_with_the_project_table()
    {
        // 说明 十三: 82个一级项目的绩效自评, 1个专项资金项目, 5个市级重点医院项目、13个区县级医院项目 … — none is the number of
        // projects of the budget.
        var n1 = Checker.Default.Check(ChinaDocs.Read("shaanxi-xian-wjw-2022-final.pdf")).Findings.Where(f => f.Rule == "N1");
        Assert.DoesNotContain(n1, f => f.Message.StartsWith("说明称涉及项目", StringComparison.Ordinal));
    }

    [Fact]
    public void XianPetitions2026_an_indicator_whose_name_ends_with_its_unit_may_print_a_bare_value()
    {
        // 表14 接待中心人员信访岗位津贴: …每月发放金额(元) 235, …办公时间(工作日) ≥15, …发放时间(月) 12.
        var p2 = Checker.Default.Check(ChinaDocs.Read("shaanxi-xian-xfj-2026-budget.pdf")).Findings.Where(f => f.Rule == "P2" && f.Expected == "数值带计量单位");
        Assert.DoesNotContain(p2, f => f.Location.Column is { } r && (r.EndsWith("(元)") || r.EndsWith("(工作日)") || r.EndsWith("(月)")));
    }

    [Theory]
    [InlineData("shandong-yantai-sjj-2026-budget.pdf", "审计业务经费")] // 其他运转类 31.00, 特定目标类 539.00 and 18.00
    public void A_name_the_project_table_lists_several_times_may_have_as_many_targets(string document, string name)
    {
        var p1 = Checker.Default.Check(ChinaDocs.Read(document)).Findings.Where(f => f.Rule == "P1");
        Assert.DoesNotContain(p1, f => f.Actual == "重复列示" && f.Location.Row == name);
    }

    // 杭州市司法局 2026 表5, as printed (pdftotext -layout): 司法 11,254.99 over ten 项 — 行政运行 8,553.80, 一般行政管理事务
    // 214.07, 基层司法业务 200.80, 普法宣传 119.63, 律师管理 25.00, 公共法律服务 368.86, 国家统一法律职业资格考试 340.72,
    // 社区矫正 17.00, 法治建设 745.51, 其他司法支出 669.61 (sum 11,254.99). Names only: the catalogue gives codes to some.
    [Fact]
    public void HangzhouJustice2026_a_total_over_rows_partly_without_codes_is_not_summed_from_the_coded_ones_alone()
    {
        var i1 = new I1_SumsWithinTables().Check(new CheckContext(ChinaDocs.Read("zhejiang-hangzhou-sfj-2026-budget.pdf"))).ToList();
        Assert.DoesNotContain(i1, f => f.Severity == Severity.Error && f.Location.Row?.Contains("司法", StringComparison.Ordinal) == true && f.Actual == "11254.99");
    }
}
