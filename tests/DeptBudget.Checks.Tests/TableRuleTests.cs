using DeptBudget.Checks.Rules;
using DeptBudget.Model;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>I1–I7 on tables built from Xixia 2024 (seed 001) figures.</summary>
public class TableRuleTests
{
    private static Table Expenditure03(string basicOfAdmin = "448.09") => Table(TableIds.ExpenditureSummary, ExpenditureColumns,
        Row(RowKind.Total, null, "合计", "", "合计", "519.30", "519.30", "486.46", "1.18", "31.66", "", "", "", ""),
        Row(RowKind.Item, "2100103", "机关服务", "", "机关服务", "71.20", "71.20", "63.78", "", "7.42", "", "", "", ""),
        Row(RowKind.Item, "2100101", "行政运行", "", "行政运行", "448.09", basicOfAdmin, "422.68", "1.18", "24.23", "", "", "", ""));

    [Fact]
    public void Xixia2024_total_row_within_rounding_of_its_items_is_not_an_error()
    {
        // 63.78 + 422.68 = 486.46 exactly; 71.20 + 448.09 = 519.29 against 519.30 printed: one cent over two cells.
        Assert.Empty(Errors(new I1_SumsWithinTables(), Disclosure([Expenditure03()])));
    }

    [Fact]
    public void Xixia2024_total_row_off_by_more_than_rounding_is_reported_with_the_exact_difference()
    {
        var t = WithCell(Expenditure03(), r => r.Kind == RowKind.Total, AmountKeys.Total, "529.30");
        var f = Assert.Single(Errors(new I1_SumsWithinTables(), Disclosure([t])), x => x.Location.Column == "合计");
        Assert.Equal("519.29", f.Expected);
        Assert.Equal("529.30", f.Actual);
        Assert.Contains("相差 +10.01 万元", f.Message);
        Assert.Equal("合计", f.Location.Row);
    }

    [Fact]
    public void Xixia2024_basic_subtotal_column_must_equal_its_part_columns()
    {
        // 行政运行: 422.68 + 1.18 + 24.23 = 448.09; a 基本支出 of 458.09 breaks the column identity.
        var f = Assert.Single(Errors(new I1_SumsWithinTables(), Disclosure([Expenditure03("458.09")])), x => x.Location.Row == "2100101 行政运行" && x.Location.Column == "基本支出/小计");
        Assert.Equal("448.09", f.Expected);
    }

    [Fact]
    public void Section_must_equal_its_items_and_a_class_that_agrees_with_those_items_is_not_faulted()
    {
        // Lanshan 2024 (seed 003) prints 21015 医疗保障管理事务 719.50 over items 541.50 + 166.00 + 1.00 = 708.50.
        var cols = new[] { Col(ColumnKeys.Name, "科目名称"), Col(AmountKeys.Total, "合计") };
        var t = Table(TableIds.ExpenditureSummary, cols,
            Row(RowKind.Total, null, "合计", "合计", "11193.32"),
            Row(RowKind.Class, "210", "卫生健康支出", "卫生健康支出", "11193.32"),
            Row(RowKind.Section, "21011", "行政事业单位医疗", "行政事业单位医疗", "25.82"),
            Row(RowKind.Item, "2101101", "行政单位医疗", "行政单位医疗", "25.82"),
            Row(RowKind.Section, "21012", "财政对基本医疗保险基金的补助", "财政对基本医疗保险基金的补助", "10059.00"),
            Row(RowKind.Item, "2101202", "财政对城乡居民基本医疗保险基金的补助", "", "9477.00"),
            Row(RowKind.Item, "2101299", "财政对其他基本医疗保险基金的补助", "", "582.00"),
            Row(RowKind.Section, "21013", "医疗救助", "医疗救助", "400.00"),
            Row(RowKind.Item, "2101301", "城乡医疗救助", "城乡医疗救助", "400.00"),
            Row(RowKind.Section, "21015", "医疗保障管理事务", "医疗保障管理事务", "719.50"),
            Row(RowKind.Item, "2101501", "行政运行", "行政运行", "541.50"),
            Row(RowKind.Item, "2101506", "医疗保障经办事务", "医疗保障经办事务", "166.00"),
            Row(RowKind.Item, "2101599", "其他医疗保障管理事务支出", "其他医疗保障管理事务支出", "1.00"));
        var errors = Errors(new I1_SumsWithinTables(), Disclosure([t]));
        Assert.Contains(errors, f => f.Location.Row == "21015 医疗保障管理事务" && f.Expected == "708.50" && f.Actual == "719.50");
        // 210 = 25.82 + 10059.00 + 400.00 + 708.50: right once 21015 is taken from its items; one misprint, one error.
        Assert.DoesNotContain(errors, f => f.Location.Row == "210 卫生健康支出");
    }

    [Fact]
    public void Grid_whose_amount_column_holds_names_is_told_not_summed()
    {
        // As seed 004's broken text of 06 was read before its columns were rebuilt: names under 合计.
        var cols = new[] { Col(ColumnKeys.Name, "科目名称"), Col(AmountKeys.Total, "合计") };
        var t = Table(TableIds.GeneralBudgetBasicExpenditure, cols,
            Row(RowKind.Class, "301", "工资福利支出", "工资福利支出", "基本工资"),
            Row(RowKind.Item, "30101", "基本工资", "基本工资", "津贴补贴"),
            Row(RowKind.Item, "30102", "津贴补贴", "津贴补贴", "奖金"),
            Row(RowKind.Item, "30103", "奖金", "奖金", "12.00"));
        var all = Run(new I1_SumsWithinTables(), Disclosure([t]));
        var f = Assert.Single(all);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("合计", f.Message);
    }

    [Fact]
    public void Class_that_disagrees_with_its_sections_and_their_items_is_an_error()
    {
        var cols = new[] { Col(ColumnKeys.Name, "科目名称"), Col(AmountKeys.Total, "合计") };
        var t = Table(TableIds.ExpenditureSummary, cols,
            Row(RowKind.Class, "210", "卫生健康支出", "卫生健康支出", "500.00"),
            Row(RowKind.Section, "21013", "医疗救助", "医疗救助", "400.00"),
            Row(RowKind.Item, "2101301", "城乡医疗救助", "城乡医疗救助", "400.00"),
            Row(RowKind.Section, "21015", "医疗保障管理事务", "医疗保障管理事务", "50.00"),
            Row(RowKind.Item, "2101501", "行政运行", "行政运行", "50.00"));
        var f = Assert.Single(Errors(new I1_SumsWithinTables(), Disclosure([t])));
        Assert.Equal("210 卫生健康支出", f.Location.Row);
        Assert.Equal("450.00", f.Expected);
    }

    private static Table Summary01(string revenueTotal = "10902.00", string carry = "") => Table(TableIds.RevenueExpenditureSummary,
        [Col(ColumnKeys.RevenueItem, "收入/项目"), Col("revenue", "收入/金额"), Col(ColumnKeys.ExpenditureItem, "支出/项目"), Col(AmountKeys.Total, "支出/金额")],
        Row(RowKind.Detail, null, null, "一、一般公共预算", "10902.00", "一、一般公共服务", ""),
        Row(RowKind.Detail, null, null, "其中：财政拨款", "9948.00", "十、卫生健康", "10902.00"),
        Row(RowKind.Detail, null, null, "本年收入合计", "10902.00", "本年支出合计", "10902.00"),
        Row(RowKind.Detail, null, null, "上年结转结余", carry, "年终结转结余", ""),
        Row(RowKind.Total, null, null, "收入总计", revenueTotal, "支出总计", "10902.00"));

    [Fact]
    public void Xixia2024_grand_totals_balance()
    {
        Assert.Empty(Errors(new I2_GrandTotals(), Disclosure([Summary01()])));
        Assert.Empty(Errors(new I1_SumsWithinTables(), Disclosure([Summary01()])));
    }

    [Fact]
    public void Revenue_total_must_include_carryover_and_equal_expenditure_total()
    {
        var errors = Errors(new I2_GrandTotals(), Disclosure([Summary01(carry: "26.00")]));
        Assert.Contains(errors, f => f.Message.Contains("收入总计应等于") && f.Expected == "10928.00" && f.Actual == "10902.00");
        var unbalanced = Errors(new I2_GrandTotals(), Disclosure([Summary01(revenueTotal: "10912.00")]));
        Assert.Contains(unbalanced, f => f.Message.Contains("收入总计 10912.00 应等于支出总计 10902.00"));
    }

    private static Table Revenue02(string general = "10902.00") => Table(TableIds.RevenueSummary,
        [Col(ColumnKeys.UnitCode, "部门代码"), Col(ColumnKeys.Name, "部门名称"), Col(AmountKeys.Total, "总计"), Col(AmountKeys.RevenueThisYear, "本年收入/合计"),
         Col(AmountKeys.GeneralPublicBudget, "本年收入/一般公共预算/小计"), Col(AmountKeys.OwnLevelAppropriation, "本年收入/一般公共预算/其中：财政拨款")],
        Row(RowKind.Total, null, "合计", "", "合计", "10902.00", "10902.00", general, "9948.00"),
        new TableRow(RowKind.Unit, null, "西峡县医疗保障局", "044", ["044", "西峡县医疗保障局", "10902.00", "10902.00", general, "9948.00"], 0),
        new TableRow(RowKind.Unit, null, "西峡县医疗保障局本级", "044001", ["044001", "西峡县医疗保障局本级", "105.20", "105.20", "105.20", "81.20"], 0),
        new TableRow(RowKind.Unit, null, "西峡县医疗保险中心", "044002", ["044002", "西峡县医疗保险中心", "10796.79", "10796.79", "10796.79", "9866.79"], 0));

    [Fact]
    public void Xixia2024_units_sum_to_the_department_within_one_cent()
    {
        // 105.20 + 10796.79 = 10901.99 against 10902.00: rounding of two cells, not an error.
        Assert.Empty(Errors(new I1_SumsWithinTables(), Disclosure([Revenue02()])));
    }

    [Fact]
    public void Xixia2024_revenue_by_source_in_01_matches_02()
    {
        Assert.Empty(Errors(new I3_RevenueAndExpenditureAgree(), Disclosure([Summary01(), Revenue02()])));
        var f = Assert.Single(Errors(new I3_RevenueAndExpenditureAgree(), Disclosure([Summary01(), Revenue02("10802.00")])));
        Assert.Equal("一、一般公共预算", f.Location.Row);
        Assert.Contains("相差 +100.00", f.Message);
    }

    [Fact]
    public void Expenditure_by_class_in_01_must_match_03()
    {
        var t03 = Table(TableIds.ExpenditureSummary, ExpenditureColumns,
            Row(RowKind.Total, null, "合计", "", "合计", "10902.00", "", "", "", "", "", "", "", ""),
            Row(RowKind.Item, "2101202", "x", "", "x", "10802.00", "", "", "", "", "", "", "", ""),
            Row(RowKind.Item, "2210201", "住房公积金", "", "住房公积金", "100.00", "", "", "", "", "", "", "", ""));
        var errors = Errors(new I3_RevenueAndExpenditureAgree(), Disclosure([Summary01(), t03]));
        Assert.Contains(errors, f => f.Location.Row == "十、卫生健康" && f.Expected == "10802.00" && f.Actual == "10902.00");
        Assert.Contains(errors, f => f.Message.Contains("221 住房保障支出"));
    }

    [Fact]
    public void Expenditure_total_must_be_basic_plus_project_on_every_row()
    {
        var t03 = Table(TableIds.ExpenditureSummary, ExpenditureColumns,
            Row(RowKind.Item, "2101501", "行政运行", "", "行政运行", "32.00", "", "", "", "", "", "22.00", "22.00", ""));
        var f = Assert.Single(Errors(new I4_ExpenditureByScope(), Disclosure([t03])));
        Assert.Equal("22.00", f.Expected);
        Assert.Equal("32.00", f.Actual);
    }

    [Fact]
    public void Empty_government_fund_table_with_its_note_is_fine_but_not_when_02_has_fund_money()
    {
        var t09 = Table(TableIds.GovernmentFundExpenditure, ExpenditureColumns, Row(RowKind.Total, null, "合计", "", "合计", "", "", "", "", "", "", "", "", "")) with { EmptyNote = "本部门2024年度没有政府性基金预算支出，故本表无数据。" };
        var t02 = Table(TableIds.RevenueSummary, [Col(ColumnKeys.Name, "名称"), Col(AmountKeys.Total, "总计"), Col(AmountKeys.GovernmentFundBudget, "政府性基金")],
            Row(RowKind.Total, null, "合计", "合计", "100.00", "20.00"));
        var t03 = Table(TableIds.ExpenditureSummary, ExpenditureColumns, Row(RowKind.Total, null, "合计", "", "合计", "100.00", "100.00", "", "", "", "", "", "", ""));
        var f = Assert.Single(Errors(new I4_ExpenditureByScope(), Disclosure([t02, t03, t09])));
        Assert.Contains("政府性基金预算支出表为空", f.Message);
    }

    [Fact]
    public void Basic_table_06_must_match_05_and_file_301_under_personnel()
    {
        var cols06 = new[] { Col(ColumnKeys.Code, "科目编码"), Col(ColumnKeys.Name, "科目名称"), Col(ColumnKeys.GovCode, "政府科目编码"), Col(ColumnKeys.GovName, "政府科目名称"),
            Col(AmountKeys.Total, "合计"), Col(AmountKeys.PersonnelCost, "人员经费"), Col(AmountKeys.OperatingCost, "公用经费") };
        var t06 = Table(TableIds.GeneralBudgetBasicExpenditure, cols06,
            Row(RowKind.Total, null, "合计", "", "", "", "合计", "519.30", "487.64", "31.66"),
            Row(RowKind.Section, "30101", "基本工资", "30101", "基本工资", "50501", "工资福利支出", "247.44", "", "247.44"));
        var t05 = Expenditure03() with { Id = TableIds.GeneralBudgetExpenditure };
        var errors = Errors(new I6_BasicExpenditureAgrees(), Disclosure([t05, t06]));
        // 06 人员经费 487.64 against 05 486.46 + 1.18 = 487.64: equal; 30101 in 公用经费 is misfiled.
        var f = Assert.Single(errors);
        Assert.Equal("30101 基本工资", f.Location.Row);
        Assert.Equal("公用经费", f.Location.Column);
    }

    [Fact]
    public void Economic_summary_07_total_must_equal_01_expenditure()
    {
        var t07 = Table(TableIds.EconomicClassificationSummary, [Col(ColumnKeys.Name, "科目名称"), Col(AmountKeys.Total, "总计"), Col(AmountKeys.GeneralPublicBudget, "一般公共预算/小计")],
            Row(RowKind.Total, null, "合计", "合计", "10900.00", "10902.00"));
        var f = Assert.Single(Errors(new I7_EconomicSummaryAgrees(), Disclosure([Summary01(), Revenue02(), t07])));
        Assert.Equal("10902.00", f.Expected);
        Assert.Equal("10900.00", f.Actual);
    }

    [Fact]
    public void Appropriation_04_by_class_must_equal_05()
    {
        var t04 = Table(TableIds.AppropriationSummary,
            [Col(ColumnKeys.RevenueItem, "收入/项目"), Col("revenue", "收入/金额"), Col(ColumnKeys.ExpenditureItem, "支出/项目"), Col(AmountKeys.Total, "支出/合计"), Col(AmountKeys.GeneralPublicBudget, "支出/一般公共预算/小计")],
            Row(RowKind.Detail, null, null, "一、本年收入", "10902.00", "一、本年支出", "10902.00", "10902.00"),
            Row(RowKind.Detail, null, null, "（一）一般公共预算拨款", "10902.00", "（十）卫生健康支出", "10902.00", "10892.00"));
        var t05 = Table(TableIds.GeneralBudgetExpenditure, ExpenditureColumns, Row(RowKind.Item, "2101202", "x", "", "x", "10902.00", "", "", "", "", "", "10902.00", "", "10902.00"));
        var errors = Errors(new I5_AppropriationAgrees(), Disclosure([t04, Revenue02(), t05]));
        var f = Assert.Single(errors);
        Assert.Equal("（十）卫生健康支出", f.Location.Row);
        Assert.Equal("10902.00", f.Expected);
    }

    [Fact]
    public void A_rule_without_its_tables_says_so_as_info()
    {
        var d = Disclosure();
        foreach (var rule in Checker.AllRules)
        {
            var findings = Run(rule, d);
            Assert.True(findings.Length > 0 && findings.All(f => f.Severity != Severity.Error || rule.Id == "C1"), $"{rule.Id} passed silently or failed on no data");
        }
    }
}
