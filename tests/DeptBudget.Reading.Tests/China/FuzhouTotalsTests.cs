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
