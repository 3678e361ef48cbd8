using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>
/// Findings that were false on 北京 and 江苏省级 disclosures (Labels/china-a.tsv) because a table or a sentence was
/// misread, or a rule trusted input it could not; each test reads the real document (figures from pdftotext -layout).
/// </summary>
public class ProvinceReadingFixTests
{
    private static readonly Lazy<CheckReport> Court = new(() =>
        Checker.Default.Check(DisclosureReader.ReadFile(Seeds.RealDoc("china/jiangsu-prov-gaoyuan-2019-budget.pdf"))));

    private static CheckReport Beijing(string unit) => Checker.Default.Check(DisclosureReader.ReadFiles([
        Seeds.RealDoc($"china/beijing-beijing-{unit}-2026-budget-text.pdf"), Seeds.RealDoc($"china/beijing-beijing-{unit}-2026-budget-tables.pdf")]));

    [Fact]
    public void A_name_compared_with_a_later_catalogue_than_the_documents_year_is_an_info()
    {
        // 2019: 20805 行政事业单位离退休 (the 2021 catalogue renamed it 行政事业单位养老支出).
        var k2 = Court.Value.Findings.Where(f => f.Rule == "K2").ToList();
        Assert.DoesNotContain(k2, f => f.Severity != Severity.Info);
        Assert.Contains(k2, f => f.Actual == "行政事业单位离退休" && f.Message.Contains("无法确认"));
    }

    [Fact]
    public void The_three_public_total_of_a_table_with_meetings_and_training_is_not_reported()
    {
        // 公开09表: 三公 小计 513.75 = 160.00 + 266.80 + 86.95; 合计 2,382.02 adds 会议费 271.02 and 培训费 1,597.25.
        Assert.DoesNotContain(Court.Value.Findings, f => f.Rule == "I8" && f.Severity != Severity.Info);
    }

    [Fact]
    public void Project_spending_stated_in_the_text_is_compared_with_the_expenditure_summary_read_alone()
    {
        // 说明: 项目支出预算数为 10208.94 万元 = 公开03表 项目支出 10,208.94; 合计 37,188.34 = 21,968.00 + 10,208.94 + 单位预留机动经费 5,011.40.
        Assert.DoesNotContain(Court.Value.Findings, f => f.Rule is "N1" or "I4" && f.Severity == Severity.Error);
        Assert.DoesNotContain(Court.Value.Findings, f => f.Rule == "C1" && f.Message.Contains("国有资本经营"));
    }

    [Fact]
    public void A_sentence_broken_before_its_figure_is_one_sentence_for_the_rate()
    {
        // 三、支出预算情况说明: 2026 年支出预算 32852.05 万元，比 2025 年年初预算数 / 30385.62 万元增加 2466.43 万元，增长 8.12%:
        // 2466.43 ÷ 30385.62 = 8.117% → 8.12% as printed.
        var audit = Beijing("sjj");
        Assert.DoesNotContain(audit.Findings, f => f.Rule == "N3" && f.Actual == "8.12%");
        // 财政拨款收入 X = 一般公共预算拨款收入 + 政府性基金预算拨款收入 is not compared with the first alone (xcb: 116,200 + 6,389 = 122,589).
        Assert.DoesNotContain(Beijing("xcb").Findings, f => f.Rule == "N1" && f.Actual == "122589.00");
    }

    [Fact]
    public void Department_indicators_with_no_readable_first_level_give_one_info_not_a_missing_category_warning()
    {
        var p2 = Beijing("sjj").Findings.Where(f => f.Rule == "P2").ToList();
        Assert.DoesNotContain(p2, f => f.Severity != Severity.Info && f.Location.Column == "一级指标");
        Assert.DoesNotContain(p2, f => f.Location.Row == "项目总额");
    }
}
