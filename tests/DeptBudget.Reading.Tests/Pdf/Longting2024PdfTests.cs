using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Reading.Tests.Seeds.SeedLookup;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Pdf;

public sealed class LongtingPdfFixture() : SeedPdfFixture(SeedFiles.Longting2024, "henan-2024");

/// <summary>
/// Seed 000 (开封市龙亭区医疗保障局 2024, Henan layout) from LibreOffice's PDF of its text and from our own
/// PDF of it: the budget's parts come back as the text gives them. Figures typed by hand from seed 000.
/// LibreOffice breaks the first project row of 项目绩效目标汇总表 over a page (城乡居民基本医疗保险区级财政配套资 |
/// 金); joined again, that project takes its code from the target table as in the text.
/// </summary>
[Collection(SeedPdfCollection.Name)]
public class Longting2024PdfTests(LongtingPdfFixture f) : IClassFixture<LongtingPdfFixture>
{
    public static TheoryData<string, string> Parts() => PdfTheories.MakersAndParts(BudgetParts.Compared);

    [Theory]
    [MemberData(nameof(Parts))]
    public void Longting2024_pdf_reads_back_this_part_of_the_budget_as_the_text(string maker, string part) =>
        Assert.Equal(BudgetParts.Part(f.Text.Budget, part), BudgetParts.Part(f.Pdf(maker).Budget, part));

    [Theory]
    [InlineData("libreoffice")]
    [InlineData("own")]
    public void Longting2024_pdf_names_the_unit_and_its_figures(string maker)
    {
        var d = f.Pdf(maker);
        Assert.Equal("开封市龙亭区医疗保障局", d.Meta.Department);
        Assert.Equal(2024, d.Meta.Year);
        Assert.Equal("henan-2024", d.Meta.Layout);
        // 单位支出预算表 合计: 1,060.79 = 基本支出 42.79 + 项目支出 1,018.00.
        var spend = d.Get(TableIds.ExpenditureSummary);
        Assert.Equal(1060.79m, spend.Amt(spend.TotalRow(), AmountKeys.Total));
        Assert.Equal(42.79m, spend.Amt(spend.TotalRow(), AmountKeys.BasicExpenditure));
        Assert.Equal(1018.00m, spend.Amt(spend.TotalRow(), AmountKeys.ProjectExpenditure));
        // 一般公共预算基本支出预算表 30101 基本工资 16.78; 支出经济分类汇总表 31302 对社会保险基金补助 820.00.
        var basic = d.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(16.78m, basic.Amt(basic.RowByCode("30101"), AmountKeys.Total));
        var econ = d.Get(TableIds.EconomicClassificationSummary);
        Assert.Equal(820.00m, econ.Amt(econ.RowByCode("31302"), AmountKeys.Total));
        Assert.Equal(820.00m, econ.Amt(econ.RowByCode("31302"), AmountKeys.OwnLevelAppropriation));
    }

    [Fact]
    public void Longting2024_libreoffice_pdf_department_objective_broken_over_a_page_is_whole()
    {
        // 年度履职目标's paragraph breaks over a page at 区域调剂平衡机 | 制，统筹城乡…; the row is cut short at the foot.
        Assert.Equal(BudgetParts.Part(f.Text.Budget, "departmentTarget"), BudgetParts.Part(f.LibreOffice.Budget, "departmentTarget"));
        Assert.Contains("区域调剂平衡机制，统筹城乡医疗保障待遇标准", Assert.Single(f.LibreOffice.Budget.DepartmentTarget!.Objectives));
    }

    // Our renderer prints the sum of the rounded rows as these tables' 合计 (42.80 and 1,060.80: the
    // renderer's doing, as in 001's table 02), so the seed's totals are asserted in LibreOffice's PDF.
    [Fact]
    public void Longting2024_libreoffice_pdf_totals_of_tables_06_and_07_are_the_seeds()
    {
        var basic = f.LibreOffice.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(42.79m, basic.Amt(basic.TotalRow(), AmountKeys.Total));
        Assert.Equal(42.79m, basic.Amt(basic.TotalRow(), AmountKeys.PersonnelCost));
        var econ = f.LibreOffice.Get(TableIds.EconomicClassificationSummary);
        Assert.Equal(1060.79m, econ.Amt(econ.TotalRow(), AmountKeys.Total));
        Assert.Equal(955.79m, econ.Amt(econ.TotalRow(), AmountKeys.OwnLevelAppropriation));
    }

    [Theory]
    [InlineData("libreoffice")]
    [InlineData("own")]
    public void Longting2024_pdf_projects_are_the_four_of_table_10(string maker)
    {
        var b = f.Pdf(maker).Budget;
        Assert.Equal(4, b.Projects.Count);
        Assert.Equal(1018.00m, b.Projects.Sum(p => p.Total));
        Assert.Equal("410202240000000007617", b.Project("城乡居民基本医疗保险区级财政配套资金").Code); // from table 12
        var retired = b.Project("龙亭区离休干部医疗保险费");
        Assert.Equal(78.00m, retired.Total);
        Assert.Equal("特定目标类", retired.Kind);
        Assert.Equal(820.00m, b.Project("城乡居民基本医疗保险区级财政配套资金").Total);
        Assert.Equal(0m, b.ThreePublic!.ThisYear.Total); // 表八 无数据; 情况说明: 0.00 万元
    }
}
