using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>Findings on the published Shanghai PDFs that were false before their rule was fixed.</summary>
public class RealDocTests
{
    [Fact]
    public void PutuoOffice2025_revenue_total_is_not_counted_as_a_part_of_its_last_item()
    {
        // 部门财务收支预算总表 prints 四、其他收入 (blank) and then 收入总计 91,016,775.35; with no 本年收入合计 line
        // the 总计 line is the side's total, not a child of 四、.
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-government-office-2025-department-budget.pdf"));
        var i1 = Checker.Default.Check(d).Findings.Where(f => f.Rule == "I1" && f.Severity == Severity.Error).ToList();
        Assert.DoesNotContain(i1, f => f.Location.Row is "四、其他收入" or "三、国有资本经营预算" or "四、住房保障支出");
    }

    private static Disclosure PutuoOffice2025() =>
        DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-government-office-2025-department-budget.pdf"));

    [Fact]
    public void PutuoOffice2025_tables_in_yuan_agree_with_the_narrative_in_wan()
    {
        // Tables print 单位：元 (收入总计 91,016,775.35); the narrative says 9101.68万元. Compared in 万元 they agree.
        var findings = Checker.Default.Check(PutuoOffice2025()).Findings;
        Assert.DoesNotContain(findings, f => f.Rule is "N1" or "I5" or "I8" or "N4" && f.Severity != Severity.Info);
    }

    [Fact]
    public void PutuoOffice2025_a_class_section_item_path_names_the_item_not_the_grand_total()
    {
        // 说明: 1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1202.95万元 — 2010301 in 05.
        var figures = new Figures(new CheckContext(PutuoOffice2025())).For("1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目");
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Contains("2010301", f.Where));
        Assert.Contains(figures, f => Math.Abs(f.Value - 1202.95m) <= 0.005m);
    }

    [Fact]
    public void Wanli2024_vehicle_kinds_are_those_held_not_those_bought()
    {
        // 共有车辆7辆，其中：……其他用车7辆；…… 2024年部门预算安排购置车辆1辆，其中：……其他用车1辆.
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2024-department-budget.pdf"));
        Assert.Equal(7, d.Budget.Facts.Assets!.VehiclesByKind["其他用车"]);
        Assert.DoesNotContain(Checker.Default.Check(d).Findings, f => f.Rule == "I10" && f.Severity == Severity.Error);
    }

    [Fact]
    public void Wanli2024_sections_printed_without_their_leading_zero_are_parts_of_301()
    {
        // 06 (单位：元): 301 工资福利支出 88,282,511 over 01 … 99, where 津贴补贴 and 绩效工资 print 款 "2" and "7".
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2024-department-budget.pdf"));
        var t06 = d.Table(TableIds.GeneralBudgetBasicExpenditure)!;
        Assert.Contains(t06.Rows, r => r.Code == "30102" && r.Name == "津贴补贴");
        Assert.Contains(t06.Rows, r => r.Code == "30107" && r.Name == "绩效工资");
        Assert.DoesNotContain(Checker.Default.Check(d).Findings, f => f.Rule == "I1" && f.Severity == Severity.Error && f.Location.Row!.StartsWith("301 "));
    }

    [Fact]
    public void Wanli2025_whole_yuan_cells_one_yuan_apart_are_rounding_not_an_error()
    {
        // 212 01 城乡社区管理事务 94,995,790 元 over items summing to 94,995,789 元: four cells rounded to 1 元.
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2025-department-budget.pdf"));
        Assert.DoesNotContain(Checker.Default.Check(d).Findings, f => f.Rule == "I1" && f.Severity == Severity.Error && f.Location.Row!.StartsWith("21201"));
    }

    [Fact]
    public void PutuoFinance2024_final_accounts_budget_figures_are_not_compared_with_the_outturn_and_the_wrong_share_is_found()
    {
        // 说明: 年初预算为2993.92万元，支出决算为2940.05万元 — the tables hold 2940.05; and
        // 一般公共服务支出（类）2106.66万元，占71.73% where 2106.66 ÷ 2940.05 = 71.65%.
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf"));
        var findings = Checker.Default.Check(d).Findings;
        Assert.DoesNotContain(findings, f => f.Rule == "N1" && f.Severity == Severity.Error && f.Actual == "2993.92");
        Assert.Contains(findings, f => f.Rule == "N2" && f.Actual == "71.73%" && f.Expected == "71.65%");
    }

    [Fact]
    public void PutuoFinance2024_final_accounts_raise_only_the_two_errors_the_document_has()
    {
        // Read from the PDF by a person: 收入支出决算总表 总计 2,995.39 = 本年收入合计 2,946.25 + 年初结转和结余 49.14;
        // 财政拨款收入支出决算总表 总计 2,961.68 = 2,940.05 + 年初财政拨款结转和结余 21.63 (一、一般公共预算财政拨款 21.63
        // is part of it, not added again). 说明 四 says 财政拨款收入支出总计0.3万元 (the table: 2,961.68) and 说明 五
        // 占71.73% (2106.66 ÷ 2940.05 = 71.65%): those two are the document's errors. Each 项 states 年初预算为…，支出决算为…
        // under its heading: not the year's total. 使用非财政拨款结余 is no 财政拨款收入.
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf"));
        var errors = Checker.Default.Check(d).Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.Collection(errors.OrderBy(f => f.Rule),
            f => Assert.Equal(("N1", "2961.68", "0.30"), (f.Rule, f.Expected, f.Actual)),
            f => Assert.Equal(("N2", "71.65%", "71.73%"), (f.Rule, f.Expected, f.Actual)));
    }

    [Fact]
    public void PutuoOffice2025_is_complete_by_the_shanghai_layout()
    {
        // Its 目录 and pages: the nine tables of the 上海 部门预算 (部门财务收支预算总表 … “三公”经费和机关运行经费预算表).
        var c1 = Checker.Default.Check(PutuoOffice2025()).Findings.Where(f => f.Rule == "C1").ToList();
        Assert.DoesNotContain(c1, f => f.Message.Contains("未知的文档格式"));
        Assert.DoesNotContain(c1, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void PutuoOffice2025_without_its_three_public_table_is_incomplete_by_the_shanghai_layout_not_only_by_its_contents()
    {
        var d = PutuoOffice2025();
        var cut = d with { Tables = d.Tables.Where(t => t.Id != TableIds.ThreePublicExpenses).ToList(), Meta = d.Meta with { Contents = [] } };
        var f = Assert.Single(Checker.Default.Check(cut).Findings, f => f.Rule == "C1" && f.Severity == Severity.Error);
        Assert.Equal(TableIds.ThreePublicExpenses, f.Location.Table);
        Assert.Contains("shanghai-2025", f.Message);
    }

    [Theory]
    [InlineData("shanghai-budget-system-unit-template.xlsx")]
    [InlineData("shanghai-budget-system-department-template.xlsx")]
    public void BudgetSystemTemplate_lottery_sections_are_known_codes(string file)
    {
        // 政府性基金 table: 22908 彩票发行销售机构业务费安排的支出, 2290804 福利彩票销售机构的业务费支出 — national codes
        // our catalogue lacked, so K1 called them unknown.
        var d = DisclosureReader.ReadFile(Seeds.RealDoc(file));
        var findings = Checker.Default.Check(d).Findings;
        Assert.DoesNotContain(findings, f => f.Rule is "K1" or "K2" && f.Severity != Severity.Info);
        Assert.Contains(d.Table(TableIds.GovernmentFundExpenditure)!.Rows, r => r.Code == "2290804");
    }

    [Fact]
    public void Wanli2025_agency_cost_of_its_two_administrative_units_is_not_compared_with_all_six_units_operating_cost()
    {
        // 二、机关运行经费预算: “下属1家机关和1家参公事业单位财政拨款的机关运行经费预算为464.64万元”; the department has
        // 4 事业单位 besides (机构设置), and its basic expenditure table prints no government codes to tell them apart.
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2025-department-budget.pdf"));
        var n4 = Assert.Single(Checker.Default.Check(d).Findings, f => f.Rule == "N4");
        Assert.Equal(Severity.Info, n4.Severity);
        Assert.Contains("464.64", n4.Message);
    }

    [Fact]
    public void An_agency_cost_above_all_operating_cost_is_still_reported_without_government_codes()
    {
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2025-department-budget.pdf"));
        var raised = d with
        {
            Narrative = new Narrative(d.Narrative.Sections.Select(s => s with { Paragraphs = s.Paragraphs.Select(p => p.Replace("464.64万元", "2000.00万元")).ToList() }).ToList()),
        };
        var n4 = Assert.Single(Checker.Default.Check(raised).Findings, f => f.Rule == "N4");
        Assert.Equal(Severity.Warning, n4.Severity);
        Assert.Equal("2000.00", n4.Actual);
    }
}
