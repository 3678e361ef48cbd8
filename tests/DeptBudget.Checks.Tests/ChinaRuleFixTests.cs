using DeptBudget.Checks.Rules;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>
/// Rules that were false on the disclosures of real-docs/china (Labels/china-b.tsv) and were fixed as general rules:
/// each test reads the real document, and a built table shows the rule still reports the defect it is for.
/// </summary>
public class ChinaRuleFixTests
{
    private static Disclosure Read(string name) => DisclosureReader.ReadFile(Seeds.RealDoc(Path.Combine("china", name)));

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
        var i2 = Checker.Default.Check(Read("zhejiang-hangzhou-qxj-2026-budget.pdf")).Findings.Where(f => f.Rule == "I2");
        Assert.DoesNotContain(i2, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void HangzhouMeteorology2026_a_share_printed_on_the_line_after_its_part_is_checked_against_the_whole()
    {
        // 说明 二（三）: 2026年支出预算5,876.67万元 … 2.按支出用途分类，包括人员支出2,906.80万元，占 / 49.4%；日常公用支出
        // 838.27万元，占14.3%；项目支出2,131.61万元，占36.3%。 2906.80 ÷ 5876.67 = 49.46% → 49.5%; the others are right.
        var n2 = Checker.Default.Check(Read("zhejiang-hangzhou-qxj-2026-budget.pdf")).Findings.Where(f => f.Rule == "N2").ToList();
        Assert.Contains(n2, f => f.Expected == "49.5%" && f.Actual == "49.4%");
        Assert.DoesNotContain(n2, f => f.Actual is "14.3%" or "36.3%");
    }

    [Fact]
    public void HangzhouJustice2026_a_page_number_between_the_halves_of_a_sentence_is_not_read_into_its_figure()
    {
        // 说明 二（二）: 2026 年收入预算 99,230.46 万元，比上年执行数增加 / 3 / 7,331.92 万元，增长 8.0%:
        // 7331.92 ÷ (99230.46 − 7331.92) = 7.98% → 8.0% as printed, not 37,331.92.
        var paragraphs = Text.Prose.Paragraphs(new CheckContext(Read("zhejiang-hangzhou-sfj-2026-budget.pdf"))).Select(p => p.Text).ToList();
        Assert.Contains(paragraphs, p => p.Contains("增加7,331.92") || p.Contains("增加 7,331.92"));
        Assert.DoesNotContain(paragraphs, p => p.Contains("37,331.92"));
    }
}
