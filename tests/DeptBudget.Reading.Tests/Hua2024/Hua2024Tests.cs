using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Hua2024;

public sealed class HuaFixture() : SeedFixture(SeedFiles.Hua2024);

/// <summary>
/// Seed 004, 滑县医疗保障局 2024年部门预算, text extracted with every cell broken over lines. Figures
/// typed from the document. Table 06's columns are rebuilt (Hua2024BasicExpenditureTests), and so are the
/// forms 11 and 12 (Hua2024DepartmentTargetTests, Hua2024ProjectTargetTests). Named gap: in 12 a one-line
/// indicator name narrower than 5 ideographs, whose column its width cannot tell, is left out (none in 004).
/// </summary>
public class Hua2024Tests(HuaFixture f) : IClassFixture<HuaFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Identity()
    {
        Assert.Equal("滑县医疗保障局", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal("henan-2024", D.Meta.Layout);
    }

    [Fact]
    public void The_five_tables_it_has_are_found_and_the_missing_seven_reported()
    {
        Assert.Equal(
            [TableIds.RevenueExpenditureSummary, TableIds.GeneralBudgetBasicExpenditure, TableIds.GovernmentFundExpenditure,
             TableIds.DepartmentPerformanceTarget, TableIds.ProjectPerformanceTargets],
            D.Tables.Select(t => t.Id));
        var missing = LayoutTables.Missing(D).Select(t => t.Number).ToList();
        Assert.Equal([2, 3, 4, 5, 7, 8, 10], missing);
    }

    [Fact]
    public void Revenue_expenditure_summary_both_sides()
    {
        var t = D.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(23278.10m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、一般公共预算"), Revenue));
        Assert.Equal(20196.10m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "其中：财政拨款"), Revenue));
        Assert.Equal(701.87m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "八、社会保障和就业"), Total));
        Assert.Equal(22517.58m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "十、卫生健康"), Total));
        // Right-side rows after the revenue list ended keep their place.
        var housing = t.RowByText(ColumnKeys.ExpenditureItem, "二十一、住房保障支出");
        Assert.Equal(58.65m, t.Amt(housing, Total));
        Assert.Equal("", t.Cell(housing, ColumnKeys.RevenueItem));
        var total = t.RowByText(ColumnKeys.RevenueItem, "收入总计");
        Assert.Equal(23278.10m, t.Amt(total, Revenue));
        Assert.Equal(23278.10m, t.Amt(total, Total));
    }

    [Fact]
    public void Basic_expenditure_rows_by_printed_order()
    {
        var t = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        // 合计 sits under the last name column since the header is rebuilt (Hua2024BasicExpenditureTests).
        var total = t.Rows.First(r => r.Cells.Contains("合计"));
        Assert.Equal(["合计", "797.18", "738.55", "58.63"], total.Cells.Skip(3).Take(4));
        var wages = t.Rows.Single(r => r.Cells[0] == "30101");
        Assert.Equal(["30101", "基本工资", "50101", "工资奖金津补贴", "344.72", "344.72"], wages.Cells.Take(6));
        var reception = t.Rows.Single(r => r.Cells[0] == "30217");
        // A 302 row's lost cell is 人员经费's: its second amount is 公用经费.
        Assert.Equal(["30217", "公务接待费", "50206", "公务接待费", "2.00", "", "2.00"], reception.Cells.Take(7));
        Assert.Equal("58.65", t.Rows.Single(r => r.Cells[0] == "30113").Cells[4]);
    }

    [Fact]
    public void Empty_government_fund_table_says_so()
    {
        Assert.Equal("我单位没有政府性基金安排的支出预算，故本表无数据", D.Get(TableIds.GovernmentFundExpenditure).EmptyNote);
    }

    [Fact]
    public void Project_targets_table_carries_the_project_total()
    {
        var t = D.Get(TableIds.ProjectPerformanceTargets);
        Assert.Contains(t.Rows, r => r.Cells.Contains("22480.92"));
    }

    [Fact]
    public void Narrative_totals_are_read()
    {
        var numbers = D.Narrative.Sections.SelectMany(s => s.Numbers).Select(n => n.Value).ToList();
        Assert.Contains(23278.10m, numbers);
        Assert.Contains(6683.89m, numbers);
        Assert.Contains(797.18m, numbers);
        Assert.Contains(22480.92m, numbers);
    }
}
