using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

public sealed class FuzhouKjjFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/fujian-fuzhou-kjj-unit-2026-budget.pdf"));
}

/// <summary>
/// 福州市科学技术局 2026 收支预算总表: the totals rows print their figures in Times New Roman, which the PDF does
/// not embed; the figure ends inside its cell, the next cell's label is set apart by a border. Figures typed from
/// <c>pdftotext -layout -f 11 -l 11</c>:
/// <c>本年收入合计            70109.24       本年支出合计          70109.24</c>,
/// <c>上年结转结余                    0.00   结转下年支出                  0.00</c>.
/// </summary>
public class FuzhouTotalsTests(FuzhouKjjFixture f) : IClassFixture<FuzhouKjjFixture>
{
    [Theory]
    [InlineData("本年收入合计", "70109.24", "本年支出合计", "70109.24")]
    [InlineData("上年结转结余", "0.00", "结转下年支出", "0.00")]
    [InlineData("收入合计", "70109.24", "支出合计", "70109.24")]
    public void A_figure_in_a_font_the_pdf_does_not_embed_stays_in_its_own_cell(string revenueLabel, string revenue, string expenditureLabel, string expenditure)
    {
        var t = f.Disclosure.Get(TableIds.RevenueExpenditureSummary);
        var row = Assert.Single(t.Rows, r => r.Cells.Count > 0 && r.Cells[0] == revenueLabel);
        Assert.Equal([revenueLabel, revenue, expenditureLabel, expenditure], row.Cells.Take(4));
    }
}

public sealed class FuzhouShangwuFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/fujian-fuzhou-shangwu-2026-budget.pdf"));
}

/// <summary>
/// 福州市商务局 2026 收支预算总表: the bold expenditure totals are too wide for their cell and break between their
/// digits. <c>pdftotext -layout -f 11 -l 11</c> prints <c>24995.9</c> above and <c>4</c> under
/// <c>本年收入合计           24995.94         本年支出合计</c>, and the same round <c>收入合计 … 支出合计</c>.
/// </summary>
public class FuzhouBrokenAmountTests(FuzhouShangwuFixture f) : IClassFixture<FuzhouShangwuFixture>
{
    [Theory]
    [InlineData("本年收入合计", "本年支出合计")]
    [InlineData("收入合计", "支出合计")]
    public void An_amount_broken_over_two_lines_of_its_cell_is_read_whole(string revenueLabel, string expenditureLabel)
    {
        var t = f.Disclosure.Get(TableIds.RevenueExpenditureSummary);
        var row = Assert.Single(t.Rows, r => r.Cells.Count > 0 && r.Cells[0] == revenueLabel);
        Assert.Equal([revenueLabel, "24995.94", expenditureLabel, "24995.94"], row.Cells.Take(4));
    }

    [Fact]
    public void Two_amounts_of_one_cell_are_never_joined_into_one()
    {
        // 上年结转结余 0.00 | 结转下年支出 0.00: each cell one 0.00, never 0.000.00.
        var t = f.Disclosure.Get(TableIds.RevenueExpenditureSummary);
        var row = Assert.Single(t.Rows, r => r.Cells.Count > 0 && r.Cells[0] == "上年结转结余");
        Assert.Equal(["上年结转结余", "0.00", "结转下年支出", "0.00"], row.Cells.Take(4));
    }
}
