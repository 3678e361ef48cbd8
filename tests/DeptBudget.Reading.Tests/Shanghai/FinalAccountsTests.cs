using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.Shanghai;

/// <summary>
/// 上海市普陀区财政局 2024年度部门决算 (portrait, ruled, amounts in 万元). Its tables are ruled cell by cell:
/// headers wrapped character by character and names wrapped over lines are read from the borders.
/// Figures typed from the printed PDF.
/// </summary>
public class FinanceBureauFinal2024Tests(FinanceFinalFixture f) : IClassFixture<FinanceFinalFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Identity_layout_and_contents()
    {
        Assert.Equal("上海市普陀区财政局", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal("shanghai-final-2024", D.Meta.Layout);
        // The cover's title, not the first table the 目录 lists (五、一般公共预算财政拨款支出决算表).
        Assert.Equal("2024年度部门决算", D.Meta.Title);
        Assert.Equal(9, LayoutTables.For(D.Meta.Layout)!.Tables.Count);
        Assert.Equal(9, D.Meta.Contents.Count(c => c.Number is not null && c.TableId is not null));
    }

    [Fact]
    public void General_budget_appropriation_expenditure()
    {
        var t = D.Get(TableIds.GeneralBudgetExpenditure);
        var c201 = t.RowByCode("201");
        Assert.Equal(2106.66m, t.Amt(c201, Total));
        Assert.Equal(1503.52m, t.Amt(c201, BasicExpenditure));
        Assert.Equal(603.14m, t.Amt(c201, ProjectExpenditure));
        var admin = t.RowByCode("2010601");
        Assert.Equal(1511.89m, t.Amt(admin, Total));
        Assert.Equal(8.37m, t.Amt(admin, ProjectExpenditure));
    }

    [Fact]
    public void Basic_expenditure_two_blocks_read_as_one_list_of_economic_rows()
    {
        // Printed 301/303 on the left and 302/310 on the right, each 类 | 款 | 科目名称 | 决算数.
        var t = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal([ColumnKeys.CodeClass, ColumnKeys.CodeSection, ColumnKeys.Name, Total], t.Columns.Select(c => c.Key));
        Assert.Equal(2082.85m, t.Amt(t.RowByCode("301"), Total));
        Assert.Equal(262.33m, t.Amt(t.RowByCode("30101"), Total));
        Assert.Equal(1238.58m, t.Amt(t.RowByCode("30102"), Total));
        Assert.Null(t.Amt(t.RowByCode("30103"), Total));
        var pension = t.RowByCode("30108"); // name wrapped over two lines in its cell
        Assert.Equal("机关事业单位基本养老保险缴费", pension.Name);
        Assert.Equal(160.75m, t.Amt(pension, Total));
        Assert.Equal(187.19m, t.Amt(t.RowByCode("30113"), Total));
        Assert.Equal(69.41m, t.Amt(t.RowByCode("303"), Total));
        Assert.Equal(0.31m, t.Amt(t.RowByCode("30309"), Total));
        // Right block.
        Assert.Equal(171.07m, t.Amt(t.RowByCode("302"), Total));
        Assert.Equal(21.21m, t.Amt(t.RowByCode("30201"), Total));
        Assert.Equal("因公出国（境）费用", t.RowByCode("30212").Name);
        Assert.Equal(42.77m, t.Amt(t.RowByCode("30229"), Total));
        Assert.Equal(11.53m, t.Amt(t.RowByCode("30299"), Total));
        Assert.Equal(13.58m, t.Amt(t.RowByCode("310"), Total));
        Assert.Equal(13.58m, t.Amt(t.RowByCode("31002"), Total));
        Assert.Equal(2152.26m, t.Amt(t.RowByName("人员经费合计"), Total));
        Assert.Equal(184.65m, t.Amt(t.RowByName("公用经费合计"), Total));
        Assert.Equal(48.49m, D.Budget.BasicEconomic.Single(e => e.DepartmentCode?.Value == "30239").Amounts[Total]);
    }

    [Fact]
    public void Expenditure_final_accounts_total_row_leaves_class_section_item_to_the_header()
    {
        // 类 | 款 | 项 print on the 合计 row's line in one ruled band.
        var t = D.Get(TableIds.ExpenditureSummary);
        var total = t.TotalRow();
        Assert.Null(total.Code);
        Assert.Equal(2940.05m, t.Amt(total, Total));
        Assert.Equal(2336.91m, t.Amt(total, BasicExpenditure));
        Assert.Equal(603.14m, t.Amt(total, ProjectExpenditure));
        Assert.Equal(160.75m, t.Amt(t.RowByCode("2080505"), Total));
        Assert.Equal(258.50m, t.Amt(t.RowByCode("2210203"), BasicExpenditure));
    }

    [Fact]
    public void Revenue_final_accounts_total()
    {
        var t = D.Get(TableIds.RevenueSummary);
        Assert.Equal("2946.25", t.TotalRow().Cells.First(c => c.Contains('.')));
    }

    [Fact]
    public void Empty_fund_tables_say_so()
    {
        Assert.Contains("无政府性基金预算财政拨款支出", D.Get(TableIds.GovernmentFundExpenditure).EmptyNote);
        Assert.Contains("无国有资本经营预算财政拨款支出", D.Get(TableIds.StateCapitalExpenditure).EmptyNote);
    }

    [Fact]
    public void The_glossary_part_printed_on_one_line_is_a_part()
    {
        // Page heading “第四部分 名词解释”, then 一、财政拨款收入：指… — a part, not a section of the part before.
        var glossary = Assert.Single(D.Narrative.Sections, x => x.Part == "第四部分 名词解释");
        Assert.Contains(glossary.Paragraphs, p => p.StartsWith("二、事业收入：指", StringComparison.Ordinal));
    }

    [Fact]
    public void The_explanations_part_after_the_last_table_is_prose_not_that_tables_note()
    {
        // After 国有资本经营预算财政拨款收入支出决算表's note comes “第三部分上海市普陀区财政局2024年度部门决算情况 / 说明”
        // (wrapped), then 一、收入支出决算总体情况说明 … 2995.39万元.
        var t = D.Get(TableIds.StateCapitalExpenditure);
        Assert.Equal(["注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。"], t.Notes);
        var first = D.Narrative.Sections.First(x => x.Title == "一、收入支出决算总体情况说明");
        Assert.Equal("第三部分 上海市普陀区财政局2024年度部门决算情况说明", first.Part);
        Assert.StartsWith("上海市普陀区财政局2024年度收入支出总计2995.39万元。", first.Paragraphs[0]);
    }

    [Fact]
    public void Missing_tables_are_reported_by_the_layout()
    {
        var missing = LayoutTables.Missing(D).Select(t => t.Id).ToList();
        Assert.DoesNotContain(TableIds.GeneralBudgetExpenditure, missing);
        Assert.True(missing.Count <= 1, "missing: " + string.Join(", ", missing));
    }
}

/// <summary>The blank 部门决算 template (上海市XX局): its layout and table list are recognised.</summary>
public class FinalTemplate2024Tests(FinalTemplateFixture f) : IClassFixture<FinalTemplateFixture>
{
    [Fact]
    public void Template_is_the_final_accounts_layout()
    {
        var d = f.Disclosure;
        Assert.Equal("上海市XX局", d.Meta.Department);
        Assert.Equal("shanghai-final-2024", d.Meta.Layout);
        Assert.NotNull(d.Table(TableIds.RevenueExpenditureSummary));
        Assert.NotNull(d.Table(TableIds.ThreePublicExpenses));
        Assert.Contains("没有政府性基金预算", d.Get(TableIds.GovernmentFundExpenditure).EmptyNote);
    }

    [Fact]
    public void Template_tables_are_keyed_and_the_two_block_basic_table_lists_every_economic_code()
    {
        var d = f.Disclosure;
        Assert.Equal([ColumnKeys.Code, ColumnKeys.Name, Total, BasicExpenditure, ProjectExpenditure, RemittanceToSuperior, BusinessExpenditure, SubsidyToAffiliates],
            d.Get(TableIds.ExpenditureSummary).Columns.Select(c => c.Key));
        var t = d.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal([ColumnKeys.Code, ColumnKeys.Name, Total], t.Columns.Select(c => c.Key));
        Assert.Equal("基本工资", t.RowByCode("30101").Name);
        Assert.Equal("办公费", t.RowByCode("30201").Name); // first item of the right block
        Assert.Equal("其他资本性支出", t.RowByCode("31099").Name);
        Assert.All(t.Rows, r => Assert.Null(t.Amt(r, Total)));
    }
}
