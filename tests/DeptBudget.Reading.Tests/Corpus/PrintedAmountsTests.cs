using DeptBudget.Reading.Eval;

namespace DeptBudget.Reading.Tests.Corpus;

/// <summary>What counts as a printed amount in pdftotext's layout text (the ground truth of the corpus test).</summary>
public sealed class PrintedAmountsTests
{
    [Fact]
    public void A_row_of_figures_is_a_table_line_and_codes_before_the_first_amount_are_not_amounts()
    {
        var p = PrintedAmounts.FromLayoutText("2101504    信息化建设           347.33       0.00          347.33      0    1,234\n");
        Assert.Equal(1, p.TableLineCount);
        Assert.Equal(2, p.OnTableLines[347.33m]);
        Assert.Equal(2, p.OnTableLines[0m]); // 0.00 and 0 are one amount
        Assert.Equal(1, p.OnTableLines[1234m]);
        Assert.False(p.OnTableLines.ContainsKey(2101504m));
    }

    [Fact]
    public void A_lone_figure_in_a_column_counts_but_one_in_prose_does_not()
    {
        var p = PrintedAmounts.FromLayoutText(
            "2040501                 行政运行                                       17,279.29\n" +
            "入 347.32 万元。支出包括：一般公共服务支出 12,868.19\n" +
            "   2026 年支出预算 99,230.46 万元，比上年执行数增加\n");
        Assert.Equal(1, p.TableLineCount);
        Assert.Equal(1, p.OnTableLines.Values.Sum());
        Assert.True(p.OnTableLines.ContainsKey(17279.29m));
    }

    [Fact]
    public void Six_decimals_and_negative_amounts_are_read_exactly()
    {
        var p = PrintedAmounts.FromLayoutText("合计    44,156.640120    -3.500000\n");
        Assert.True(p.OnTableLines.ContainsKey(44156.64012m));
        Assert.True(p.OnTableLines.ContainsKey(-3.5m));
    }

    [Fact]
    public void Matching_uses_each_printed_amount_once()
    {
        var printed = new Dictionary<decimal, int> { [1.5m] = 2, [7m] = 1 };
        var exported = new Dictionary<decimal, int> { [1.50m] = 3, [8m] = 1 };
        Assert.Equal(2, ReadingEval.Matched(printed, exported));
        Assert.Equal(2, ReadingEval.Matched(exported, printed));
    }

    [Fact]
    public void Family_is_the_file_names_province_and_city()
    {
        Assert.Equal("guangdong-shenzhen", ReadingEval.Family("guangdong-shenzhen-ybj-2026-budget.pdf"));
    }
}
