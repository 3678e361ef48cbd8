using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.Shanghai;

/// <summary>
/// 上海市普陀区人民政府办公室 2025年区级部门预算 (landscape PDF, unruled tables, amounts in 元).
/// Figures typed from the printed tables.
/// </summary>
public class OfficeBudget2025Tests(OfficeBudgetFixture f) : IClassFixture<OfficeBudgetFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Identifies_department_year_scope_and_layout()
    {
        Assert.Equal("上海市普陀区人民政府办公室", D.Meta.Department);
        Assert.Equal(2025, D.Meta.Year);
        Assert.Equal(BudgetScope.Department, D.Meta.Scope);
        Assert.Equal("shanghai-2025", D.Meta.Layout);
    }

    [Fact]
    public void All_nine_tables_of_the_layout_are_found()
    {
        Assert.Empty(LayoutTables.Missing(D));
        Assert.Equal(9, LayoutTables.For(D.Meta.Layout)!.Tables.Count);
        Assert.Equal(9, D.Meta.Contents.Count(c => c.TableId is not null));
    }

    [Fact]
    public void Revenue_expenditure_summary_two_sides()
    {
        var t = D.Get(TableIds.RevenueExpenditureSummary);
        var first = t.RowByText(ColumnKeys.RevenueItem, "一、财政拨款收入");
        Assert.Equal(91016775.35m, t.Amt(first, Revenue));
        Assert.Equal("一、一般公共服务支出", t.Cell(first, ColumnKeys.ExpenditureItem));
        Assert.Equal(82096797.42m, t.Amt(first, Total));
        var health = t.RowByText(ColumnKeys.ExpenditureItem, "三、卫生健康支出");
        Assert.Equal(1097073.43m, t.Amt(health, Total));
        var housing = t.RowByText(ColumnKeys.ExpenditureItem, "四、住房保障支出");
        Assert.Equal(3609125.22m, t.Amt(housing, Total));
    }

    [Fact]
    public void Revenue_summary_columns_include_the_empty_ones()
    {
        var t = D.Get(TableIds.RevenueSummary);
        Assert.True(t.HasColumn(FiscalAppropriation));
        Assert.True(t.HasColumn(InstitutionRevenue));
        Assert.True(t.HasColumn(OtherRevenue));
        var row = t.RowByCode("2080505");
        Assert.Equal(1763159.52m, t.Amt(row, Total));
        Assert.Equal(1763159.52m, t.Amt(row, FiscalAppropriation));
        Assert.Null(t.Amt(row, InstitutionRevenue));
    }

    [Fact]
    public void Expenditure_summary_rows_basic_and_project()
    {
        var t = D.Get(TableIds.ExpenditureSummary);
        var c201 = t.RowByCode("201");
        Assert.Equal(RowKind.Class, c201.Kind);
        Assert.Equal(82096797.42m, t.Amt(c201, Total));
        Assert.Equal(15686797.42m, t.Amt(c201, BasicExpenditure));
        Assert.Equal(66410000.00m, t.Amt(c201, ProjectExpenditure));
        var admin = t.RowByCode("2010301");
        Assert.Equal("行政运行", admin.Name);
        Assert.Equal(11919501.84m, t.Amt(admin, BasicExpenditure));
        Assert.Equal(110000.00m, t.Amt(admin, ProjectExpenditure));
        var total = t.TotalRow();
        Assert.Equal(91016775.35m, t.Amt(total, Total));
        Assert.Equal(24606775.35m, t.Amt(total, BasicExpenditure));
    }

    [Fact]
    public void General_budget_expenditure_continues_over_a_page_without_repeating_rows()
    {
        var t = D.Get(TableIds.GeneralBudgetExpenditure);
        // 210 卫生健康支出 is the last row of the first page; 21011 starts the second under a repeated header.
        Assert.Equal(1097073.43m, t.Amt(t.RowByCode("210"), Total));
        Assert.Equal(782855.28m, t.Amt(t.RowByCode("2101101"), Total));
        Assert.Equal(1867680.00m, t.Amt(t.RowByCode("2210203"), BasicExpenditure));
        Assert.Equal(66410000.00m, t.Amt(t.TotalRow(), ProjectExpenditure));
    }

    [Fact]
    public void Basic_expenditure_by_economic_class()
    {
        var t = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(21170337.81m, t.Amt(t.RowByCode("301"), PersonnelCost));
        var reception = t.RowByCode("30217");
        Assert.Equal("公务接待费", reception.Name);
        Assert.Equal(185000.00m, t.Amt(reception, OperatingCost));
        Assert.Null(t.Amt(reception, PersonnelCost));
        Assert.Equal(200000.00m, t.Amt(t.RowByCode("31002"), Total));
        var total = t.TotalRow();
        Assert.Equal(24606775.35m, t.Amt(total, Total));
        Assert.Equal(22473997.81m, t.Amt(total, PersonnelCost));
        Assert.Equal(2132777.54m, t.Amt(total, OperatingCost));
    }

    [Fact]
    public void Empty_fund_tables_carry_their_note()
    {
        Assert.Contains("无政府性基金预算", D.Get(TableIds.GovernmentFundExpenditure).EmptyNote);
        Assert.Contains("无国有资本经营预算", D.Get(TableIds.StateCapitalExpenditure).EmptyNote);
    }

    [Fact]
    public void Three_public_expenses_row_in_ten_thousand_yuan()
    {
        var t = D.Get(TableIds.ThreePublicExpenses);
        var row = Assert.Single(t.Rows);
        Assert.Equal(867.50m, t.Amt(row, Total));
        Assert.Equal(839.00m, t.Amt(row, OfficialOverseasTravel));
        Assert.Equal(28.50m, t.Amt(row, OfficialReception));
        Assert.Equal("213.28", row.Cells[^1]);
    }

    [Fact]
    public void Narrative_is_read_with_radicals_folded()
    {
        var text = string.Concat(D.Narrative.Sections.SelectMany(s => s.Paragraphs));
        Assert.Contains("收入预算9,101.68万元", text.Replace(" ", ""));
        Assert.Contains("机关运行经费预算为213.28万元", text);
        Assert.DoesNotContain('⻔', text);
    }
}
