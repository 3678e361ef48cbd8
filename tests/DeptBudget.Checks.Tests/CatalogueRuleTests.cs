using DeptBudget.Checks.Rules;
using DeptBudget.Model;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>K1–K3 and C1 against the catalogues of the year.</summary>
public class CatalogueRuleTests
{
    private static readonly Column[] Cols06 =
    [
        Col(ColumnKeys.Code, "科目编码"), Col(ColumnKeys.Name, "科目名称"), Col(ColumnKeys.GovCode, "政府科目编码"), Col(ColumnKeys.GovName, "政府科目名称"),
        Col(AmountKeys.Total, "合计"), Col(AmountKeys.PersonnelCost, "人员经费"), Col(AmountKeys.OperatingCost, "公用经费"),
    ];

    private static TableRow R(string code, string name, string gov, string govName, string amount) =>
        Row(RowKind.Section, code, name, code, name, gov, govName, amount, amount, "");

    [Fact]
    public void Longting2024_old_name_of_30110_is_shown_with_the_catalogue_name()
    {
        var t = Table(TableIds.GeneralBudgetBasicExpenditure, Cols06, R("30110", "城镇职工基本医疗保险缴费", "50102", "社会保障缴费", "1.83"));
        var f = Assert.Single(Run(new K2_CatalogueNames(), Disclosure([t])));
        Assert.Equal("职工基本医疗保险缴费", f.Expected);
        Assert.Equal("城镇职工基本医疗保险缴费", f.Actual);
    }

    [Fact]
    public void Unknown_code_is_an_error_and_local_sub_item_is_info()
    {
        var t = Table(TableIds.GeneralBudgetBasicExpenditure, Cols06, R("30198", "不存在", "50199", "其他工资福利支出", "1.00"), R("3010201", "工作性津贴", "50101", "工资奖金津补贴", "2.97"));
        var found = Run(new K1_KnownCodes(), Disclosure([t], year: 2021));
        Assert.Contains(found, f => f.Severity == Severity.Error && f.Actual == "30198");
        Assert.Contains(found, f => f.Severity == Severity.Info && f.Actual == "3010201");
    }

    [Fact]
    public void Item_under_a_section_whose_items_the_catalogue_data_lacks_is_info_not_error()
    {
        // 上海 决算 template 05 prints 2050205 高等教育 (a real 2024 项); the catalogue data lists 20502 普通教育 without
        // its items, so the code cannot be judged. 2101298 under 21012, whose items are listed, is unknown.
        var cols = new[] { Col(ColumnKeys.Code, "科目编码"), Col(ColumnKeys.Name, "科目名称"), Col(AmountKeys.Total, "合计") };
        var t = Table(TableIds.GeneralBudgetExpenditure, cols,
            Row(RowKind.Item, "2050205", "高等教育", "2050205", "高等教育", "1.00"),
            Row(RowKind.Item, "2101298", "不存在", "2101298", "不存在", "1.00"));
        var found = Run(new K1_KnownCodes(), Disclosure([t]));
        Assert.Contains(found, f => f.Severity == Severity.Info && f.Actual == "2050205" && f.Message.Contains("20502"));
        Assert.Contains(found, f => f.Severity == Severity.Error && f.Actual == "2101298");
    }

    [Fact]
    public void Longting2024_pension_insurance_fund_subsidy_mapped_to_social_security_contribution_is_reported()
    {
        // 000 prints 313 02 对社会保险基金补助 against 501 02; the mapping says 51002.
        var t = Table(TableIds.EconomicClassificationSummary, Cols06, R("31302", "对社会保险基金补助", "50102", "社会保障缴费", "820.00"), R("30108", "机关事业单位基本养老保险缴费", "50102", "社会保障缴费", "4.31"));
        var f = Assert.Single(Errors(new K3_EconomicPairs(), Disclosure([t])));
        Assert.Contains("51002", f.Expected);
        Assert.Equal("31302 对社会保险基金补助", f.Location.Row);
    }

    [Fact]
    public void Missing_table_is_reported_but_an_empty_table_with_its_note_is_not_missing()
    {
        var t09 = Table(TableIds.GovernmentFundExpenditure, Cols06) with { EmptyNote = "本表无数据" };
        var contents = new List<ContentsEntry> { new(9, "政府性基金预算支出情况表", TableIds.GovernmentFundExpenditure), new(10, "项目支出预算表", TableIds.ProjectExpenditure) };
        var found = Run(new C1_Completeness(), Disclosure([t09], contents: contents));
        Assert.Contains(found, f => f.Location.Table == TableIds.ProjectExpenditure && f.Severity == Severity.Error);
        Assert.DoesNotContain(found, f => f.Location.Table == TableIds.GovernmentFundExpenditure);
    }

    [Fact]
    public void Luolong2021_contents_numbering_repeats_eleven_and_skips_twelve()
    {
        var contents = new List<ContentsEntry> { new(10, "国有资本经营预算支出情况表", null), new(11, "一般公共预算基本支出预算表", null), new(11, "整体绩效目标申报表", null), new(13, "项目绩效目标表", null) };
        var found = Run(new C1_Completeness(), Disclosure(contents: contents, layout: "luoyang-2021", year: 2021));
        Assert.Contains(found, f => f.Message.Contains("编号重复"));
        Assert.Contains(found, f => f.Message.Contains("11 之后是 13"));
    }
}
