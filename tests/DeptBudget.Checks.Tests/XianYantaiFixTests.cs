using DeptBudget.Checks.Rules;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>
/// False findings of the 西安 and 烟台 disclosures (Labels/china-b.tsv), fixed as general rules: each test reads the real
/// document, and a built table with the same figures shows the rule still reports the defect it is for.
/// </summary>
public class XianYantaiFixTests
{

    // 西安医保局 2022 表2 (pdftotext): 245 西安市医疗保障局 480544221.6 over 245001 18941962.57, 245002 454472259.1 and
    // 245003 7130000; 表1 prints the total to the cent, 480544221.62: a figure cut to one decimal is known to ±0.05.
    private static Table Revenue(string unitTotal) => Table(TableIds.RevenueSummary,
        [Col(ColumnKeys.UnitCode, "单位编码"), Col(ColumnKeys.Name, "单位名称"), Col(AmountKeys.Total, "部门预算/合计")],
        Row(RowKind.Total, null, "合计", "", "合计", unitTotal),
        Row(RowKind.Unit, null, "西安市医疗保障局", "245", "西安市医疗保障局", unitTotal),
        Row(RowKind.Unit, null, "西安市医疗保障局", "245001", "西安市医疗保障局", "18941962.57"),
        Row(RowKind.Unit, null, "西安市医疗保障经办服务中心", "245002", "西安市医疗保障经办服务中心", "454472259.1"),
        Row(RowKind.Unit, null, "西安市医疗保险基金管理中心", "245003", "西安市医疗保险基金管理中心", "7130000")) with { AmountUnit = "元" };

    [Fact]
    public void A_total_printed_to_one_decimal_is_compared_to_half_its_last_digit()
    {
        Assert.Empty(Errors(new I1_SumsWithinTables(), Disclosure([Revenue("480544221.6")])));
        // 0.37 off is more than two one-decimal cells (0.05 each) and the cents can explain.
        Assert.NotEmpty(Errors(new I1_SumsWithinTables(), Disclosure([Revenue("480544221.3")])));
    }

    [Fact]
    public void XianMedicalSecurity2022_unit_totals_printed_to_one_decimal_are_not_errors()
    {
        var i1 = Checker.Default.Check(ChinaDocs.Read("shaanxi-xian-ybj-2022-budget.pdf")).Findings.Where(f => f.Rule == "I1" && f.Severity == Severity.Error);
        Assert.DoesNotContain(i1, f => f.Actual == "480544221.60");
    }

    // 烟台信访局 2026 公开表11 项目支出预算情况表 (pdftotext): 合计 525.00; 实施公车统管费用 15.00, 接访大厅运行经费 145.00,
    // 信访业务工作经费 75.00; （注：根据国家保密法律法规和有关保密事项范围的规定，部分具体项目信息公开时予以剔除。）
    private static Table Projects(params string[] notes) => Table(TableIds.ProjectExpenditure,
        [Col(ColumnKeys.Name, "项目名称"), Col(ColumnKeys.ProjectKind, "项目类别"), Col(AmountKeys.Total, "合计")],
        Row(RowKind.Total, null, "合计", "合计", "", "525.00"),
        Row(RowKind.Detail, null, "实施公车统管费用", "实施公车统管费用", "其他运转类", "15.00"),
        Row(RowKind.Detail, null, "接访大厅运行经费", "接访大厅运行经费", "特定目标类", "145.00"),
        Row(RowKind.Detail, null, "信访业务工作经费", "信访业务工作经费", "特定目标类", "75.00")) with { Notes = notes };

    [Fact]
    public void A_table_that_says_some_items_are_left_out_is_not_summed_over_its_rows()
    {
        var omitted = Run(new I1_SumsWithinTables(), Disclosure([Projects("（注：根据国家保密法律法规和有关保密事项范围的规定，部分具体项目信息公开时予以剔除。）")]));
        Assert.DoesNotContain(omitted, f => f.Severity == Severity.Error);
        Assert.Single(omitted, f => f.Severity == Severity.Info && f.Message.Contains("部分项目未列出"));
        // Without the note, 15 + 145 + 75 = 235 under a 合计 of 525 is the document's error.
        Assert.Contains(Errors(new I1_SumsWithinTables(), Disclosure([Projects("公开表12")])), f => f.Expected == "235.00" && f.Actual == "525.00");
    }

    [Fact]
    public void YantaiPetitions2026_projects_left_out_for_secrecy_are_told_once_and_the_printed_total_is_compared()
    {
        var findings = Checker.Default.Check(ChinaDocs.Read("shandong-yantai-xfj-2026-budget.pdf")).Findings;
        Assert.DoesNotContain(findings, f => f.Rule is "I1" or "I9" && f.Severity != Severity.Info && f.Location.Table == TableIds.ProjectExpenditure);
        Assert.Contains(findings, f => f.Rule == "I9" && f.Severity == Severity.Info && f.Message.Contains("部分项目未列出"));
    }

    [Fact]
    public void Agency_operating_cost_equal_to_the_whole_public_funds_or_beside_zero_administrative_rows_is_not_a_warning()
    {
        // 西安信访局 2026 说明 十四: 机关运行经费预算安排120.89万元 = 表8 公用经费 合计 1,208,867.20 元 (its 参公 unit files
        // some under 505). 西安气象局 2022 说明 十: 5.8万元, while 表8 lists only 事业单位 234002 (502 rows all 0).
        Assert.DoesNotContain(Checker.Default.Check(ChinaDocs.Read("shaanxi-xian-xfj-2026-budget.pdf")).Findings, f => f.Rule == "N4" && f.Severity != Severity.Info);
        Assert.DoesNotContain(Checker.Default.Check(ChinaDocs.Read("shaanxi-xian-qxj-2022-budget.pdf")).Findings, f => f.Rule == "N4" && f.Severity != Severity.Info);
    }

    [Fact]
    public void XianPetitions2026_three_expenses_are_this_years_subtotal_not_last_years_total_with_training()
    {
        // 表13 上年 合计 242,000 = “三公” 120,000 + 培训费 122,000; 当年 “三公” 小计 101,000 = 接待 10,000 + 公车运行 91,000,
        // as 说明 十 states: “三公”经费预算支出10.10万元 … 公务接待费1.00万元 … 公务用车运行维护费9.10万元.
        var tp = ChinaDocs.Read("shaanxi-xian-xfj-2026-budget.pdf").Budget.ThreePublic!;
        Assert.Equal(10.10m, tp.ThisYear.Total);
        Assert.Equal(9.10m, tp.ThisYear.VehicleOperation);
        Assert.Equal(12.00m, tp.LastYear!.Total);
    }
}
