using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>Seed 001 read from its text, rendered by our own PdfRenderer (Chromium), and read back from the PDF.</summary>
public sealed class OwnRenderedPdfFixture : IAsyncLifetime
{
    public Disclosure Text { get; } = DisclosureReader.ReadFile(SeedFiles.PathOf(SeedFiles.Xixia2024));
    public Disclosure Pdf { get; private set; } = null!;

    public async Task InitializeAsync() => Pdf = DisclosureReader.ReadBytes(await SeedPdfs.Own(Text, "henan-2024"), "xixia-own.pdf");

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// What our own PDF gives back. Its tables are ruled cell by cell and read from the borders; tables 02, 07,
/// 10 (项目), 11 and 12 (绩效目标) are asserted in <see cref="OwnRenderedPdfTableTests"/>.
/// </summary>
[Collection(SeedPdfCollection.Name)]
public class OwnRenderedPdfTests(OwnRenderedPdfFixture f) : IClassFixture<OwnRenderedPdfFixture>
{
    [Fact]
    public void Xixia2024_own_pdf_tables_are_recognised()
    {
        Assert.Equal("西峡县医疗保障局", f.Pdf.Meta.Department);
        Assert.Equal("henan-2024", f.Pdf.Meta.Layout);
        Assert.Superset(new HashSet<string> { TableIds.RevenueExpenditureSummary, TableIds.ExpenditureSummary, TableIds.GeneralBudgetExpenditure,
            TableIds.GeneralBudgetBasicExpenditure, TableIds.ThreePublicExpenses, TableIds.ProjectExpenditure }, f.Pdf.TableIdSet().ToHashSet());
    }

    [Fact]
    public void Xixia2024_own_pdf_expenditure_totals_equal_the_text()
    {
        string Key(ExpenditureLine e) => $"{e.UnitCode}|{e.FunctionCode.Value}|{e.Scope}";
        var text = f.Text.Budget.Expenditure.ToDictionary(Key, e => e.Amounts.Get(AmountKeys.Total));
        var pdf = f.Pdf.Budget.Expenditure.ToDictionary(Key, e => e.Amounts.Get(AmountKeys.Total));
        Assert.Equal(text.OrderBy(x => x.Key), pdf.OrderBy(x => x.Key));
    }

    [Fact]
    public void Xixia2024_own_pdf_basic_expenditure_by_economic_class_equals_the_text()
    {
        var text = f.Text.Budget.BasicEconomic.Select(e => (e.DepartmentCode?.Value, e.Amounts.Get(AmountKeys.Total))).ToList();
        var pdf = f.Pdf.Budget.BasicEconomic.Select(e => (e.DepartmentCode?.Value, e.Amounts.Get(AmountKeys.Total))).ToList();
        Assert.Equal(text, pdf);
        // 001 table 06 合计 519.30 (typed from the seed).
        var basic = f.Pdf.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(519.30m, basic.Amt(basic.TotalRow(), AmountKeys.Total));
    }

    // Units, revenue by source, every expenditure line with all its amounts (basic/project split,
    // 其他运转类/特定目标类), table 06 and table 07 by economic class, 三公 and the projects read back from
    // the PDF exactly as from the text.
    [Theory]
    [MemberData(nameof(BudgetParts.Each), MemberType = typeof(BudgetParts))]
    public void Xixia2024_own_pdf_reads_back_this_part_of_the_budget_as_the_text(string part)
    {
        Assert.Equal(BudgetParts.Part(f.Text.Budget, part), BudgetParts.Part(f.Pdf.Budget, part));
    }

    [Fact]
    public void Xixia2024_own_pdf_agency_operating_cost_reason_is_read_over_the_line_break()
    {
        // 001 九（一）: 比上年增加1.96万元，增长6.60%，主要原因：管理规范要求增加、… — the PDF wraps the
        // paragraph right after 主要原因：, and the wrapped lines read as one paragraph (typed from the seed).
        var change = f.Pdf.Budget.Facts.Changes.Single(c => c.Subject == "机构运转经费");
        Assert.Equal(1.96m, change.Change);
        Assert.StartsWith("管理规范要求增加、技术手段更新换代", change.Reason);
        Assert.Equal(f.Text.Budget.Facts.Changes.Single(c => c.Subject == "机构运转经费").Reason, change.Reason);
    }

    [Fact]
    public void Xixia2024_own_pdf_three_public_figures_are_the_seeds()
    {
        // 001 第七部分: 三公 8 万元 = 接待 5 + 公务用车运行维护 3, 出国 0, 购置 0 (typed from the seed).
        var t = f.Pdf.Budget.ThreePublic!.ThisYear;
        Assert.Equal((8m, 0m, 5m, 3m, 0m), (t.Total, t.OfficialOverseasTravel, t.OfficialReception, t.VehicleOperation, t.VehiclePurchase));
    }
}
