using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Seed 001 laid out by a tool other than ours: an HTML file with real tables converted to PDF by
/// LibreOffice (<see cref="SeedPdfs.LibreOffice"/>), then read from word positions and cell borders.
/// Tables are recognised by meaning; figures typed from seed 001 must come back.
/// LibreOffice breaks the header row of 支出经济分类汇总表 over a page (一般公共预 | 算): the broken cells keep
/// their space after on both pages, but 部门预算经济 / 分类 runs to the row's bottom, so the row is known cut
/// and joined again. 部门预算项目绩效目标汇总表's second block prints its codes with spaces (4113232400
/// 0000002480 5): read as one value of a ruled cell, every project comes back with its code.
/// The 差旅费 row breaks too: 商品和服务支 / 出 (the seed prints 商品和服务支 出) wraps at the space, 出 alone on
/// the next page, every cell keeping its space after; the line 商品和服务支 fills its cell to the border, so
/// the rest is known to go on. Every part compared comes back as the text gives it.
/// </summary>
public sealed class LibreOfficePdfFixture
{
    public Disclosure Text { get; } = DisclosureReader.ReadFile(SeedFiles.PathOf(SeedFiles.Xixia2024));
    public Disclosure Disclosure { get; } = DisclosureReader.ReadBytes(SeedPdfs.LibreOffice(SeedFiles.Xixia2024), "xixia.pdf");
}

[Collection(SeedPdfCollection.Name)]
public class LibreOfficePdfTests(LibreOfficePdfFixture f) : IClassFixture<LibreOfficePdfFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Every_table_of_the_seed_is_recognised()
    {
        Assert.Equal("西峡县医疗保障局", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal(
            [TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ExpenditureSummary, TableIds.AppropriationSummary,
             TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure, TableIds.EconomicClassificationSummary,
             TableIds.ThreePublicExpenses, TableIds.GovernmentFundExpenditure, TableIds.ProjectExpenditure],
            D.Tables.Select(t => t.Id).Take(10));
    }

    [Theory]
    [MemberData(nameof(BudgetParts.Each), MemberType = typeof(BudgetParts))]
    public void Xixia2024_libreoffice_pdf_reads_back_this_part_of_the_budget_as_the_text(string part) =>
        Assert.Equal(BudgetParts.Part(f.Text.Budget, part), BudgetParts.Part(D.Budget, part));


    [Fact]
    public void Economic_summary_rows_broken_over_pages_come_back_whole()
    {
        // The header's 一般公共预算 column: 302 02 印刷费 总计 14.00, 一般公共预算 14.00, 其中：财政拨款 10.00;
        // 302 11 差旅费's 商品和服务支出.
        var row = D.Budget.EconomicSummary.Single(r => r.DepartmentCode?.Value == "30202");
        Assert.Equal(14.00m, row.Amounts[GeneralPublicBudget]);
        Assert.Equal(10.00m, row.Amounts[OwnLevelAppropriation]);
        Assert.Equal("商品和服务支出", D.Budget.EconomicSummary.Single(r => r.DepartmentCode?.Value == "30211").GovernmentName);
    }

    [Fact]
    public void Xixia2024_libreoffice_pdf_target_table_has_every_project_with_its_spaced_code()
    {
        // Codes printed 4113232400 0000002480 8 in the second block of the table come back as one code.
        Assert.Equal(14, D.Budget.ProjectTargets.Count);
        Assert.Equal("411323240000000024808", D.Budget.Target("2024年财政对城乡居民医疗保险基金配套支出").ProjectCode);
    }

    [Fact]
    public void Revenue_expenditure_summary_figures()
    {
        var t = D.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、一般公共预算"), Revenue));
        Assert.Equal(9948.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "其中：财政拨款"), Revenue));
    }

    [Fact]
    public void Totals_of_the_classification_tables()
    {
        var basic = D.Get(TableIds.GeneralBudgetBasicExpenditure).TotalRow();
        Assert.Equal(["519.30", "487.64", "31.66"], basic.Cells.Where(c => c.Contains('.')));
        var expenditure = D.Get(TableIds.ExpenditureSummary).TotalRow();
        Assert.Equal("10902.00", expenditure.Cells.First(c => c.Contains('.')));
        Assert.Contains("10382.70", expenditure.Cells);
    }

    [Fact]
    public void Three_public_expenses_and_empty_fund_table()
    {
        var row = Assert.Single(D.Get(TableIds.ThreePublicExpenses).Rows);
        Assert.Equal("8.00", row.Cells.First(c => c.Length > 0));
        Assert.Contains("没有政府性基金预算支出", D.Get(TableIds.GovernmentFundExpenditure).EmptyNote);
    }
}
