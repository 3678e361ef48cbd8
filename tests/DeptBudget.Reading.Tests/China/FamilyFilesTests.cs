using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

public sealed class SuzhouAuditFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/jiangsu-suzhou-sjj-2026-budget.pdf"));
}

public sealed class FuzhouCommerceFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/fujian-fuzhou-shangwu-2026-budget.pdf"));
}

/// <summary>
/// 苏州市审计局 2026: 公开01表 … 公开13表, each tag on a line of its own above the title; its 目录 lists the
/// thirteen. Figures typed from <c>pdftotext -layout</c> (公开 05 表 财政拨款支出表（功能科目）, page 12).
/// </summary>
public class SuzhouFamilyTests(SuzhouAuditFixture f) : IClassFixture<SuzhouAuditFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void The_suzhou_family_is_told_by_its_own_titles_not_by_the_generic_ones_shenzhen_shares()
    {
        Assert.Equal("suzhou-2026", D.Meta.Layout);
        Assert.Empty(LayoutTables.Missing(D));
    }

    [Fact]
    public void Every_table_the_contents_list_is_found()
    {
        var listed = D.Meta.Contents.Where(c => c.Number is not null).ToList();
        Assert.Equal(13, listed.Count);
        Assert.All(listed, c => Assert.True(c.TableId is not null && D.Table(c.TableId) is not null, $"{c.Number}. {c.Title} not found"));
        // The 目录 (printed 目 | 录) ends where the body starts again with 第一部分 部门概况: that part stays prose.
        Assert.Contains(D.Narrative.Sections, s => s.Title.Contains("主要职能"));
    }

    [Fact]
    public void The_agency_operating_cost_table_is_not_taken_for_the_general_budget_table_before_it()
    {
        // 公开 12 表 一般公共预算机关运行经费支出预算表, printed after 公开 07 表 一般公共预算支出表.
        Assert.Contains("机关运行经费", D.Get(TableIds.AgencyOperatingCost).Title);
        Assert.DoesNotContain("机关运行经费", D.Get(TableIds.GeneralBudgetExpenditure).Title);
    }

    [Fact]
    public void The_appropriation_expenditure_table_has_a_meaning_of_its_own()
    {
        // 合计 4,651.67 | 基本支出 小计 4,312.17 | 人员经费 3,916.57 | 公用经费 395.60 | 项目支出 339.50
        // 2010801 行政运行 2,342.00 | 2,342.00 | 1,946.40 | 395.60 |
        var t = D.Get("appropriation-expenditure");
        Assert.Equal(4651.67m, t.Amt(t.TotalRow(), Total));
        Assert.Equal(339.50m, t.Amt(t.TotalRow(), ProjectExpenditure));
        var admin = t.RowByCode("2010801");
        Assert.Equal("行政运行", admin.Name);
        Assert.Equal(2342.00m, t.Amt(admin, Total));
        Assert.Equal(1946.40m, t.Amt(admin, PersonnelCost));
        Assert.NotNull(D.Table("appropriation-basic-expenditure"));
    }
}

/// <summary>福州市商务局 2026: 一、收支预算总表 … 十、一般公共预算“三公”经费支出预算表, each retitled “2026 年度…表”.</summary>
public class FuzhouFamilyTests(FuzhouCommerceFixture f) : IClassFixture<FuzhouCommerceFixture>
{
    [Fact]
    public void The_fuzhou_family_is_told_by_its_titles_not_by_shanghais_word_收支预算总表()
    {
        var d = f.Disclosure;
        Assert.Equal("fuzhou-2026", d.Meta.Layout);
        Assert.Empty(LayoutTables.Missing(d));
    }
}

/// <summary>
/// 北京: the tables PDF prints its tags as 预算01表 … 预算13表 but one as 预算表12; codes print with their name in
/// one cell (2010801-行政运行). Figures typed from <c>pdftotext -layout</c> of beijing-beijing-sjj-2026-budget-tables.pdf.
/// </summary>
public class BeijingTagsAndCodesTests
{
    private static readonly Lazy<Disclosure> Audit = new(() => DisclosureReader.ReadFile(SeedFiles.RealDoc("china/beijing-beijing-sjj-2026-budget-tables.pdf")));

    [Fact]
    public void A_table_tagged_预算表12_starts_a_table_of_its_own_and_does_not_run_into_the_table_before()
    {
        var d = Audit.Value;
        var targets = d.Get(TableIds.ProjectPerformanceTargets);
        Assert.Contains("项目支出绩效目标表", targets.Title);
        // 预算11表 财政拨款政府购买服务明细表 ends with 档案管理服务 40.000000, before 预算表12.
        var services = Assert.Single(d.Tables, t => t.Title.Contains("政府购买服务明细表"));
        Assert.Contains("40.000000", services.Rows[^1].Cells);
        Assert.DoesNotContain(services.Rows, r => r.Cells.Any(c => c.Contains("绩效")));
    }

    [Fact]
    public void A_code_printed_with_its_name_in_one_cell_is_the_rows_code_and_name()
    {
        // 预算03表: 2010801-行政运行 | 50101-工资奖金津补贴 | 30101-基本工资 | 3,138.093600 | 3,138.093600
        var d = Audit.Value;
        var spending = d.Get(TableIds.ExpenditureSummary);
        var first = spending.Rows.First(r => r.Cells.Contains("30101-基本工资"));
        Assert.Equal("2010801", first.Code);
        Assert.Equal("行政运行", first.Name);
        Assert.Equal(3138.093600m, spending.Amt(first, Total));
        // 预算06表: 50101-工资奖金津补贴 | 30101-基本工资 | 3,138.093600 | 3,138.093600 — keyed by the department's economic code.
        var basic = d.Get(TableIds.GeneralBudgetBasicExpenditure);
        // 30101 prints twice, under 50101 (行政) and 50501 (事业): the government's code stays in its own cell.
        var wages = Assert.Single(basic.RowsByCode("30101"), r => r.Cells.Contains("50101-工资奖金津补贴"));
        Assert.Equal("基本工资", wages.Name);
        Assert.Equal(3138.093600m, basic.Amt(wages, PersonnelCost));
        // 50306-设备购置 | 31002-办公设备购置 | 7.690000 | | 7.690000
        Assert.Equal(7.69m, basic.Amt(basic.RowByCode("31002"), OperatingCost));
    }
}

/// <summary>An explanation published apart from its tables (北京 -text.pdf) reads its narrative and follows no table layout.</summary>
public class ExplanationOnlyTests
{
    [Fact]
    public void An_explanation_alone_says_it_holds_no_tables_and_names_no_layout_family()
    {
        var d = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/beijing-beijing-sjj-2026-budget-text.pdf"));
        Assert.Empty(d.Tables);
        Assert.Contains(d.Diagnostics, n => n.Contains("没有表格"));
        Assert.Equal("national-2026", d.Meta.Layout);
        Assert.Empty(LayoutTables.Missing(d));
        Assert.NotEmpty(d.Narrative.Sections);
    }
}

/// <summary>
/// 杭州市气象局 2026 表5 prints names only, 类 / 款 / 项 told by indent. Rows typed from <c>pdftotext -layout</c>:
/// 科学技术支出 28.00 | 技术研究与开发 28.00 | … | 行政事业单位养老支出 396.67 | 行政单位离退休 193.24 193.24 192.34 0.90.
/// </summary>
public class HangzhouCodesByIndentTests
{
    private static readonly Lazy<Disclosure> Weather = new(() => DisclosureReader.ReadFile(SeedFiles.RealDoc("china/zhejiang-hangzhou-qxj-2026-budget.pdf")));

    [Fact]
    public void Names_printed_without_codes_get_the_codes_of_their_class_section_and_item()
    {
        var t = Weather.Value.Get(TableIds.GeneralBudgetExpenditure);
        Assert.Equal("科学技术支出", t.RowByCode("206").Name);
        Assert.Equal("技术研究与开发", t.RowByCode("20604").Name);
        Assert.Equal(396.67m, t.Amt(t.RowByCode("20805"), Total));
        var retired = t.RowByCode("2080501");
        Assert.Equal("行政单位离退休", retired.Name);
        Assert.Equal(193.24m, t.Amt(retired, Total));
        Assert.Equal(0.90m, t.Amt(retired, OperatingCost));
    }

    [Fact]
    public void The_tables_csv_carries_the_codes_found_from_the_names()
    {
        var csv = TableCsv.Write(Weather.Value.Get(TableIds.GeneralBudgetExpenditure)).Split("\r\n");
        Assert.StartsWith(TableCsv.DerivedCodeHeader + ",", csv[0]);
        Assert.Contains(csv, l => l.StartsWith("2080501,行政单位离退休,193.24", StringComparison.Ordinal));
    }
}

/// <summary>
/// 北京市医疗保障局 预算12表: a project's cell runs over pages 17–19 and is drawn whole on each, set off the page
/// on two of them. pdftotext prints 11000023T000002065 / 267-医疗保障审计检 910.254900 910.254900 once (page 18).
/// </summary>
public class OffPageTextTests
{
    [Fact]
    public void Text_set_outside_the_page_is_not_read_so_a_project_spanning_pages_is_one_row()
    {
        var d = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/beijing-beijing-ybj-2026-budget-tables.pdf"));
        var t = d.Get(TableIds.ProjectPerformanceTargets);
        Assert.Single(t.Rows, r => r.Cells.Count > 1 && r.Cells[1] == "910.254900");
    }
}

/// <summary>
/// 北京市审计局 2026 (-text.pdf + -tables.pdf): 预算11表 财政拨款政府购买服务明细表 is a table of known meaning, its
/// columns the 指导性目录's three levels and the amount. Figures typed from <c>pdftotext -layout</c> (tables, page 11):
/// 合 计 3,756.180280; 01-公共服务 | 0115-公共信息与宣传服务 | 公共公益宣传服务 | 52.600000.
/// </summary>
public class BeijingPurchasedServicesTests
{
    private static readonly Disclosure D = DisclosureReader.ReadFiles([
        SeedFiles.RealDoc("china/beijing-beijing-sjj-2026-budget-text.pdf"), SeedFiles.RealDoc("china/beijing-beijing-sjj-2026-budget-tables.pdf")]);

    [Fact]
    public void The_purchased_services_table_is_found_with_its_columns_meanings_and_the_contents_misses_nothing()
    {
        var t = D.Get(TableIds.GovernmentPurchasedServices);
        Assert.Equal(3756.180280m, t.Amt(t.TotalRow(), Total));
        var row = t.Rows.First(r => r.Cells.Contains("0115-公共信息与宣传服务"));
        Assert.Equal("01-公共服务", row.Cells[t.ColumnIndex(ColumnKeys.ServiceCategory1)]);
        Assert.Equal("公共公益宣传服务", row.Cells[t.ColumnIndex(ColumnKeys.ServiceCategory3)]);
        Assert.Equal(52.600000m, row.Amount(t.ColumnIndex(Total)));
        Assert.DoesNotContain(ContentsVerdicts.All(D), v => v.State == ContentsState.Missing);
        Assert.Empty(LayoutTables.Missing(D));
    }
}
