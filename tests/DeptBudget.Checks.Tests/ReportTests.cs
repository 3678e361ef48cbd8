using DeptBudget.Checks.Reports;
using DeptBudget.Model;
using DeptBudget.Testing;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

public class ReportTests
{
    [Fact]
    public void Json_findings_carry_rule_severity_location_expected_actual_and_message()
    {
        var f = new Finding("I1", Severity.Error, new FindingLocation("expenditure-summary", "2100101 行政运行", "合计", null, null) { RowIndex = 3 }, "448.09", "458.09", "相差 +10.00 万元");
        var json = JsonReport.Write([f]);
        Assert.Contains("\"severity\": \"error\"", json);
        Assert.Contains("\"table\": \"expenditure-summary\"", json);
        Assert.Contains("\"section\": null", json);
        Assert.Contains("相差 +10.00 万元", json);
        Assert.DoesNotContain("rowIndex", json);
        Assert.Equal(f with { Location = f.Location with { RowIndex = null } }, Assert.Single(JsonReport.Read(json)));
    }

    [Fact]
    public void Html_report_marks_the_offending_cell_and_encodes_document_text()
    {
        var t = Table(TableIds.ExpenditureSummary, ExpenditureColumns,
            Row(RowKind.Item, "2101501", "<script>alert(1)</script>", "", "<script>alert(1)</script>", "32.00", "", "", "", "", "", "22.00", "22.00", ""));
        var d = Disclosure([t]);
        var html = HtmlReport.Write(Checker.Default.Check(d));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<td class=\"num error\"", html);
        Assert.Contains("应为 <b>22.00</b>，实为 <b>32.00</b>", html);
    }

    [Fact]
    public void Text_report_groups_by_table_and_section()
    {
        var report = Checker.Default.Check(SeedChecks.Read(Seeds.Luolong2021));
        var text = TextReport.Write(report);
        Assert.Contains("== 2021年机关运行经费 [agency-operating-cost]", text);
        Assert.Contains("== 五、一般公共预算支出预算情况说明", text);
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void A_rule_that_throws_is_reported_and_the_others_still_run()
    {
        var d = Disclosure();
        var report = new Checker([new Throwing(), new Rules.C1_Completeness()]).Check(d);
        Assert.Contains(report.Findings, f => f.Rule == "X9" && f.Message.Contains("检查时出错"));
        Assert.Contains(report.Findings, f => f.Rule == "C1");
    }

    private sealed class Throwing : IRule
    {
        public string Id => "X9";
        public string TitleZh => "测试";
        public Severity DefaultSeverity => Severity.Error;
        public IEnumerable<Finding> Check(CheckContext context) => throw new InvalidOperationException("boom");
    }
}
