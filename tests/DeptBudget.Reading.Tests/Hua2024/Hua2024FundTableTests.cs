using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;

namespace DeptBudget.Reading.Tests.Hua2024;

/// <summary>
/// Seed 004 table 09 (2024 年政府性基金预算支出情况表): empty, its header printed one wrapped word a
/// line. Header words typed from the seed.
/// </summary>
public class Hua2024FundTableTests(HuaFixture f) : IClassFixture<HuaFixture>
{
    private Table T => f.Disclosure.Get(TableIds.GovernmentFundExpenditure);

    [Fact]
    public void Hua2024_fund_table_header_is_rebuilt_into_fourteen_columns()
    {
        Assert.Equal(
            ["科目编码/类", "科目编码/款", "科目编码/项", "单位代码", "单位（科目名称）", "合计", "基本支出/小计",
             "基本支出/人员经费/工资福利支出", "基本支出/人员经费/对个人和家庭的补助", "基本支出/公用经费/商品和服务支出",
             "基本支出/公用经费/资本性支出", "项目支出/小计", "项目支出/其他运转类", "项目支出/特定目标类"],
            T.Columns.Select(c => c.Header));
    }

    [Fact]
    public void Hua2024_fund_table_stays_empty_with_only_its_blank_total_row()
    {
        Assert.Equal("我单位没有政府性基金安排的支出预算，故本表无数据", T.EmptyNote);
        var row = Assert.Single(T.Rows);
        Assert.Equal(RowKind.Total, row.Kind);
        Assert.DoesNotContain(row.Cells, c => c.Length > 0 && c != "合计");
    }
}
