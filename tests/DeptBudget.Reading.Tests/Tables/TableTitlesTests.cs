using DeptBudget.Model;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tests.Tables;

/// <summary>Titles as the real disclosures print them (pdftotext -layout of ../shared/real-docs/china), read by meaning.</summary>
public sealed class TableTitlesTests
{
    [Theory]
    [InlineData("表1：2026年市级部门收支预算总表", TableIds.RevenueExpenditureSummary)]          // 杭州
    [InlineData("表11：2026年市级部门项目支出绩效表", TableIds.ProjectPerformanceTargets)]        // 杭州
    [InlineData("预算01表收支总表", TableIds.RevenueExpenditureSummary)]                         // 北京
    [InlineData("预算03表支出总表", TableIds.ExpenditureSummary)]                               // 北京
    [InlineData("预算13表部门整体支出绩效目标表", TableIds.DepartmentPerformanceTarget)]          // 北京
    [InlineData("收入总表", TableIds.RevenueSummary)]                                          // 深圳
    [InlineData("一般公共预算支出表（按功能分类）", TableIds.GeneralBudgetExpenditure)]           // 深圳
    [InlineData("一般公共预算支出表（按经济分类）", TableIds.GeneralBudgetEconomicExpenditure)]   // 深圳
    [InlineData("2022年部门综合预算政府性基金收支表（不含上年结转）", TableIds.GovernmentFundExpenditure)] // 西安
    [InlineData("2022年部门综合预算一般公共预算基本支出明细表（按功能科目分）", TableIds.GeneralBudgetBasicFunctionExpenditure)] // 西安
    [InlineData("2022年部门综合预算一般公共预算基本支出明细表（支出经济分类科目-不含上年结转）", TableIds.GeneralBudgetBasicExpenditure)] // 西安
    [InlineData("预算11表财政拨款政府购买服务明细表", TableIds.GovernmentPurchasedServices)]      // 北京
    [InlineData("十一、财政拨款政府购买服务明细表", TableIds.GovernmentPurchasedServices)]        // 北京's 目录
    [InlineData("表12 2022年部门综合预算政府采购（资产配置、购买服务）预算表", TableIds.GovernmentProcurement)] // 西安: procurement, services among it
    [InlineData("部门收支总体情况表", TableIds.RevenueExpenditureSummary)]                      // 河南 seeds, unchanged
    public void A_title_is_known_by_its_words_whatever_its_tag_year_or_qualifier(string title, string id) =>
        Assert.Equal(id, TableTitles.Recognise(title));

    [Theory]
    [InlineData("（五）一般公共预算当年拨款情况说明（详见表5）")]
    [InlineData("四、2026年杭州市司法局预算公开表")]
    [InlineData("2022年部门综合预算公开报表")]
    public void A_narrative_heading_or_the_heading_over_all_tables_is_no_table_title(string line)
    {
        Assert.Null(TableTitles.Recognise(line));
        Assert.False(TableTitles.LooksLikeTitle(line));
    }

    [Fact]
    public void A_tagged_title_of_no_known_meaning_still_looks_like_a_title() =>
        Assert.True(TableTitles.LooksLikeTitle("预算11表财政拨款政府购买服务明细表"));
}
