using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Reading.Tests.Seeds.SeedLookup;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Pdf;

public sealed class LanshanPdfFixture() : SeedPdfFixture(SeedFiles.Lanshan2024, "shandong-2024");

/// <summary>
/// Seed 003 (兰山区医疗保障局机关 2024, Shandong layout) from LibreOffice's PDF of its text and from our own
/// PDF of it: the budget's parts come back as the text gives them. Figures typed by hand from seed 003.
/// </summary>
[Collection(SeedPdfCollection.Name)]
public class Lanshan2024PdfTests(LanshanPdfFixture f) : IClassFixture<LanshanPdfFixture>
{
    public static TheoryData<string, string> Parts() => PdfTheories.MakersAndParts(BudgetParts.Compared);

    [Theory]
    [MemberData(nameof(Parts))]
    public void Lanshan2024_pdf_reads_back_this_part_of_the_budget_as_the_text(string maker, string part) =>
        Assert.Equal(BudgetParts.Part(f.Text.Budget, part), BudgetParts.Part(f.Pdf(maker).Budget, part));

    [Theory]
    [InlineData("libreoffice")]
    [InlineData("own")]
    public void Lanshan2024_pdf_names_the_unit_and_its_totals(string maker)
    {
        var d = f.Pdf(maker);
        Assert.Equal("兰山区医疗保障局机关", d.Meta.Department);
        Assert.Equal(2024, d.Meta.Year);
        Assert.Equal("shandong-2024", d.Meta.Layout);
        // 收支总体情况表: 本年收入合计 11,290.59 + 上年结转 26.00 = 收入总计 11,316.59.
        var summary = d.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(11290.59m, summary.Amt(summary.RowByText(ColumnKeys.RevenueItem, "本年收入合计"), "revenue"));
        Assert.Equal(26.00m, summary.Amt(summary.RowByText(ColumnKeys.RevenueItem, "上年结转"), "revenue"));
        Assert.Equal(11316.59m, summary.Amt(summary.RowByText(ColumnKeys.RevenueItem, "收入总计"), "revenue"));
        // 支出总体情况表 合计 11,316.59 = 基本支出 665.59 + 项目支出 10,651.00.
        var spend = d.Get(TableIds.ExpenditureSummary);
        Assert.Equal(11316.59m, spend.Amt(spend.TotalRow(), AmountKeys.Total));
        Assert.Equal(665.59m, spend.Amt(spend.TotalRow(), AmountKeys.BasicExpenditure));
        Assert.Equal(10651.00m, spend.Amt(spend.TotalRow(), AmountKeys.ProjectExpenditure));
        var basic = d.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(665.59m, basic.Amt(basic.TotalRow(), AmountKeys.Total));
    }

    [Theory]
    [InlineData("libreoffice")]
    [InlineData("own")]
    public void Lanshan2024_pdf_projects_are_the_eight_of_the_project_table(string maker)
    {
        var b = f.Pdf(maker).Budget;
        Assert.Equal(8, b.Projects.Count);
        Assert.Equal(10651.00m, b.Projects.Sum(p => p.Total));
        Assert.Equal(6209.00m, b.Project("城乡居民基本医疗保险补助资金").Total);
        var retired = b.Project("离休干部两费");
        Assert.Equal(25.00m, retired.Total);
        Assert.Equal("特定目标类", retired.Kind);
        Assert.Equal(0m, b.ThreePublic!.ThisYear.Total); // 2023 年、2024 年均未使用一般公共预算安排“三公”经费
    }
}
