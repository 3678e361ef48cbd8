using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// 其中：财政拨款 (own-level appropriation) by functional 类, as seed 000's 财政拨款收支预算表 prints it:
/// （八）社会保障和就业支出 19.36, （十）卫生健康支出 933.84, （二十）住房保障支出 2.59 (total 955.79).
/// </summary>
public class OwnLevelAppropriationTests
{
    private static readonly Disclosure Longting = DisclosureReader.ReadText(Seeds.Text(Seeds.Longting2024), Seeds.Longting2024);

    [Fact]
    public void Longting2024_own_level_appropriation_by_class_is_read_from_table_04()
    {
        var lines = Longting.Budget.ClassFunding.Where(l => l.Source == AmountKeys.OwnLevelAppropriation)
            .OrderBy(l => l.FunctionClass.Value).Select(l => (l.FunctionClass.Value, l.Amount)).ToList();
        Assert.Equal([("208", 19.36m), ("210", 933.84m), ("221", 2.59m)], lines);
    }

    [Theory]
    // Without the numbering: the layout numbers the classes as 001 does (000 lists one class more).
    [InlineData("社会保障和就业支出\t19.36\t19.36\t19.36\t\t")]
    [InlineData("卫生健康支出\t1,038.84\t1,038.84\t933.84\t\t")]
    [InlineData("住房保障支出\t2.59\t2.59\t2.59\t\t")]
    public void Longting2024_table_04_prints_own_level_appropriation_by_class(string row)
    {
        var text = HtmlText.ToText(HtmlWriter.Write(DisclosureRenderer.Render(Longting, Layout.Load("henan-2024"))));
        Assert.Contains(row, text);
    }

    [Fact]
    public void A_budget_without_own_level_by_class_leaves_those_cells_blank_when_money_spans_classes()
    {
        var budget = Longting.Budget with { ClassFunding = [] };
        var t = DisclosureRenderer.Render(budget, Layout.Load("henan-2024")).Disclosure.Table(TableIds.AppropriationSummary)!;
        var item = t.ColumnIndex(ColumnKeys.ExpenditureItem);
        var own = t.ColumnIndex(AmountKeys.OwnLevelAppropriation);
        var health = t.Rows.Single(r => r.Cells[item].Contains("卫生健康"));
        Assert.Equal("", health.Cells[own]);
    }
}
