using DeptBudget.Checks.Rules;
using DeptBudget.Model;
using DeptBudget.Model.Catalogues;
using DeptBudget.Reading;
using DeptBudget.Testing;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>
/// Tables that print 类, 款 and 项 by name only (杭州), where the reader codes the names the catalogue holds and
/// leaves the others without a code. Figures from <c>pdftotext -layout</c> of 杭州市司法局 2026 表4 and 表5:
/// 公共安全支出 69,081.15; 司法 11,254.99 = 行政运行 8,553.80 + 一般行政管理事务 214.07 + 基层司法业务 200.80 + 普法宣传
/// 119.63 + 律师管理 25.00 + 公共法律服务 368.86 + 国家统一法律职业资格考试 340.72 + 社区矫正 17.00 + 法治建设 745.51 +
/// 其他司法支出 669.61; 监狱 53,706.39; 强制隔离戒毒 4,119.77 (强制隔离戒毒人员教育 10.82 among its 项).
/// </summary>
public class NamesOnlyTablesTests
{

    // 表5 as the reader codes it: 一般行政管理事务, 律师管理 … have no code (the catalogue lacks them under 20406).
    private static Table General05(string classTotal) => Table(TableIds.GeneralBudgetExpenditure,
        [Col(ColumnKeys.Name, "功能分类科目名称"), Col(AmountKeys.Total, "合计")],
        Row(RowKind.Total, null, "合计", "合计", classTotal),
        Row(RowKind.Class, "204", "公共安全支出", "公共安全支出", classTotal),
        Row(RowKind.Section, "20406", "司法", "司法", "11254.99"),
        Row(RowKind.Item, "2040601", "行政运行", "行政运行", "8553.80"),
        Row(RowKind.Detail, null, "一般行政管理事务", "一般行政管理事务", "214.07"),
        Row(RowKind.Item, "2040604", "基层司法业务", "基层司法业务", "200.80"),
        Row(RowKind.Item, "2040605", "普法宣传", "普法宣传", "119.63"),
        Row(RowKind.Detail, null, "律师管理", "律师管理", "25.00"),
        Row(RowKind.Item, "2040607", "公共法律服务", "公共法律服务", "368.86"),
        Row(RowKind.Detail, null, "国家统一法律职业资格考试", "国家统一法律职业资格考试", "340.72"),
        Row(RowKind.Detail, null, "社区矫正", "社区矫正", "17.00"),
        Row(RowKind.Detail, null, "法治建设", "法治建设", "745.51"),
        Row(RowKind.Item, "2040699", "其他司法支出", "其他司法支出", "669.61"),
        Row(RowKind.Section, "20407", "监狱", "监狱", "53706.39"),
        Row(RowKind.Detail, null, "行政运行", "行政运行", "48375.27"),
        Row(RowKind.Section, "20408", "强制隔离戒毒", "强制隔离戒毒", "4119.77"),
        Row(RowKind.Detail, null, "强制隔离戒毒人员教育", "强制隔离戒毒人员教育", "10.82"));

    private static Table Appropriation04(string publicSecurity) => Table(TableIds.AppropriationSummary,
        [Col(ColumnKeys.RevenueItem, "收入/项目"), Col("revenue", "收入/预算数"), Col(ColumnKeys.ExpenditureItem, "支出/项目"), Col(AmountKeys.Total, "支出/预算数")],
        Row(RowKind.Detail, null, null, "一、财政拨款", "69081.15", "一、本年支出合计", "69081.15"),
        Row(RowKind.Detail, null, null, "一般公共预算", "69081.15", "公共安全支出", publicSecurity),
        Row(RowKind.Detail, null, null, "", "", "司法", "11254.99"),
        Row(RowKind.Detail, null, null, "", "", "其他司法支出", "669.61"),
        Row(RowKind.Detail, null, null, "", "", "强制隔离戒毒人员教育", "10.82"),
        Row(RowKind.Total, null, null, "收入总计", "69081.15", "支出总计", "69081.15"));

    [Fact]
    public void A_row_with_uncoded_items_among_its_coded_ones_is_counted_by_its_own_figure()
    {
        // 204 = 20406 11,254.99 + 20407 53,706.39 + 20408 4,119.77 = 69,081.15; the coded 项 of 司法 alone make 9,912.70.
        var leaves = Tables.LeafRows(General05("69081.15")).Select(r => r.Code).ToList();
        Assert.Equal(["20406", "20407", "20408"], leaves);
        Assert.Equal(69081.15m, Tables.SumByPrefix(General05("69081.15"), AmountKeys.Total, 3)["204"].Sum);
    }

    [Fact]
    public void The_class_of_a_names_only_appropriation_table_agrees_with_the_general_budget_table()
    {
        var i5 = Run(new I5_AppropriationAgrees(), Disclosure([Appropriation04("69081.15"), General05("69081.15")], year: 2026));
        Assert.DoesNotContain(i5, f => f.Severity is Severity.Error or Severity.Warning);
        // A 类 that really differs is still reported: 表4 公共安全支出 69,091.15 against 表5's 69,081.15.
        var f = Assert.Single(Run(new I5_AppropriationAgrees(), Disclosure([Appropriation04("69091.15"), General05("69081.15")], year: 2026)),
            x => x.Severity == Severity.Error);
        Assert.Equal("69081.15", f.Expected);
    }

    [Theory]
    [InlineData("其他社会工作事务支出", null)]
    [InlineData("强制隔离戒毒人员教育", null)]
    [InlineData("其他司法支出", null)]
    [InlineData("（十）卫生健康支出", "210")]
    [InlineData("卫生健康支出（类）", "210")]
    [InlineData("二十九、其他支出", "229")]
    public void A_class_is_named_by_its_name_not_by_a_word_inside_an_item_name(string label, string? code) =>
        Assert.Equal(code, ClassLabels.CodeOf(label, ClassificationCatalogue.For(2026)));

    [Fact]
    public void HangzhouJustice2026_appropriation_and_general_budget_tables_agree_by_class()
    {
        var findings = Checker.Default.Check(ChinaDocs.Read("zhejiang-hangzhou-sfj-2026-budget.pdf")).Findings;
        Assert.DoesNotContain(findings, f => f.Rule == "I5" && f.Severity is Severity.Error or Severity.Warning);
        Assert.DoesNotContain(findings, f => f.Rule == "N1" && f.Actual == "69081.15");
    }
}
