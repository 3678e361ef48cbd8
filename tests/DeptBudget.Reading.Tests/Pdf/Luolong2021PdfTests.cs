using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Reading.Tests.Seeds.SeedLookup;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Pdf;

public sealed class LuolongPdfFixture() : SeedPdfFixture(SeedFiles.Luolong2021, "luoyang-2021");

/// <summary>
/// Seed 002 (洛龙区医疗保障局 2021, Luoyang layout) from LibreOffice's PDF of its text and from our own PDF
/// of it: the budget's parts come back as the text gives them. Figures typed by hand from seed 002.
/// LibreOffice sets the target table's project blocks as tables of their own one under another (the text
/// leaves a blank line between them), and breaks 312001-14's row over a page (医保代缴 | 费): both are read
/// back as the text prints them.
/// </summary>
[Collection(SeedPdfCollection.Name)]
public class Luolong2021PdfTests(LuolongPdfFixture f) : IClassFixture<LuolongPdfFixture>
{
    public static TheoryData<string, string> Parts() => PdfTheories.MakersAndParts(BudgetParts.Compared);

    [Theory]
    [MemberData(nameof(Parts))]
    public void Luolong2021_pdf_reads_back_this_part_of_the_budget_as_the_text(string maker, string part) =>
        Assert.Equal(BudgetParts.Part(f.Text.Budget, part), BudgetParts.Part(f.Pdf(maker).Budget, part));

    [Theory]
    [InlineData("libreoffice")]
    [InlineData("own")]
    public void Luolong2021_pdf_names_the_department_and_its_totals(string maker)
    {
        var d = f.Pdf(maker);
        Assert.Equal("洛龙区医疗保障局", d.Meta.Department);
        Assert.Equal(2021, d.Meta.Year);
        Assert.Equal("luoyang-2021", d.Meta.Layout);
        // 部门收入总体情况表 合计 5110.37, all 一般公共预算.
        var revenue = d.Get(TableIds.RevenueSummary);
        Assert.Equal(5110.37m, revenue.Amt(revenue.TotalRow(), AmountKeys.Total));
        Assert.Equal(5110.37m, revenue.Amt(revenue.TotalRow(), AmountKeys.GeneralPublicBudget));
        // 部门支出总体情况表 合计 5,110.37 = 基本支出 51.93 (工资福利 47.14 + 商品和服务 4.79) + 项目支出 5,058.44.
        var spend = d.Get(TableIds.ExpenditureSummary);
        Assert.Equal(5110.37m, spend.Amt(spend.TotalRow(), AmountKeys.Total));
        Assert.Equal(51.93m, spend.Amt(spend.TotalRow(), AmountKeys.BasicExpenditure));
        Assert.Equal(47.14m, spend.Amt(spend.TotalRow(), AmountKeys.WagesAndBenefits));
        Assert.Equal(5058.44m, spend.Amt(spend.TotalRow(), AmountKeys.ProjectExpenditure));
        // 一般公共预算基本支出情况表 总计 51.93 = 人员经费 47.14 + 公用经费 4.79.
        var basic = d.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(51.93m, basic.Amt(basic.TotalRow(), AmountKeys.Total));
        Assert.Equal(47.14m, basic.Amt(basic.TotalRow(), AmountKeys.PersonnelCost));
        Assert.Equal(4.79m, basic.Amt(basic.TotalRow(), AmountKeys.OperatingCost));
    }

    [Theory]
    [InlineData("libreoffice")]
    [InlineData("own")]
    public void Luolong2021_pdf_projects_are_the_fifteen_of_the_target_table(string maker)
    {
        var b = f.Pdf(maker).Budget;
        // 项目绩效目标表: 312001 洛龙区医疗保障局 5058.44, projects 312001-1 … 312001-15.
        Assert.Equal(15, b.Projects.Count);
        Assert.Equal(5058.44m, b.Projects.Sum(p => p.Total));
        Assert.Equal(2350m, b.Project("城乡居民医疗保险区级配套").Total);
        Assert.Equal(0.6m, b.Project("医疗救助委托管理").Total);
        Assert.Equal(1260m, b.Project("60岁以上农村户口人员医保代缴费").Total); // its name broken over a page by LibreOffice
        Assert.Equal(0m, b.ThreePublic!.ThisYear.Total); // 情况说明: “三公”经费预算为0万元
    }
}
