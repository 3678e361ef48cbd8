using DeptBudget.Reading.Tables;

namespace DeptBudget.Reading.Tests.Tables;

public sealed class GluedAmountsTests
{
    private static List<(int Line, IReadOnlyList<string> Cells)> Rows(params string[][] rows) =>
        rows.Select((r, i) => (i + 1, (IReadOnlyList<string>)r)).ToList();

    [Fact]
    public void A_label_touching_its_amount_gives_the_amount_to_the_empty_amount_cell_beside_it()
    {
        var rows = GluedAmounts.Split(Rows(
            ["1、财政拨款", "18999011.66", "1、人员经费和公用经费支出1839311.66", ""],
            ["2、事业收入", "0.00", "2、专项业务经费支出", "17159700.00"],
            ["3、其他收入", "0.00", "3、其他支出", "0.00"]));
        Assert.Equal(["1、财政拨款", "18999011.66", "1、人员经费和公用经费支出", "1839311.66"], rows[0].Cells);
        Assert.Equal(["2、事业收入", "0.00", "2、专项业务经费支出", "17159700.00"], rows[1].Cells);
    }

    [Fact]
    public void A_name_ending_in_a_number_or_a_full_amount_cell_is_left_as_printed()
    {
        var input = Rows(
            ["指标1", "", "项目2", "5.00"],
            ["成本指标", "", "支出12.5", "3.00"],
            ["质量指标", "", "达标率", "4.00"]);
        var rows = GluedAmounts.Split(input);
        Assert.Equal(input.Select(r => r.Cells), rows.Select(r => r.Cells));
    }
}
