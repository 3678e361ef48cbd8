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

    // 西安 卫健委 2022 决算 公开06表 as pdftotext prints it: three code | name | amount halves side by side.
    [Fact]
    public void Integers_under_a_code_heading_are_codes_even_after_an_amount()
    {
        var p = PrintedAmounts.FromLayoutText(
            "科目代                               科目代                             科目代\n" +
            "                科目名称     决算数                       科目名称   决算数                      科目名称      决算数\n" +
            " 码                                  码                               码\n" +
            "301     工资福利支出           92,835.98 302     商品和服务支出        2,085.91 310     资本性支出               7.17\n" +
            "30106   伙食补助费                      30204   手续费                     31005   基础设施建设\n" +
            "30107   绩效工资             24,198.72 30205   水费               18.99 31006    大型修缮\n");
        Assert.Equal(2, p.TableLineCount);
        Assert.Equal(5, p.OnTableLines.Values.Sum());
        Assert.False(p.OnTableLines.ContainsKey(302m));
        Assert.False(p.OnTableLines.ContainsKey(30205m));
        Assert.False(p.OnTableLines.ContainsKey(31006m));
        Assert.True(p.OnTableLines.ContainsKey(18.99m));
    }

    [Fact]
    public void Whole_amounts_under_an_amount_heading_stay_amounts()
    {
        var p = PrintedAmounts.FromLayoutText(
            "  科目编码        科目名称        合计        基本支出      项目支出\n" +
            "  2101101        行政单位医疗    30.5        426680       1000\n");
        Assert.Equal(3, p.OnTableLines.Values.Sum());
        Assert.True(p.OnTableLines.ContainsKey(426680m));
        Assert.True(p.OnTableLines.ContainsKey(1000m));
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
    public void An_amount_printed_touching_its_label_is_printed()
    {
        var p = PrintedAmounts.FromLayoutText("2   1、财政拨款    18999011.66   1、人员经费和公用经费支出1839311.66   1、机关工资福利支出 3055700.00\n");
        Assert.Equal(1, p.OnTableLines[1839311.66m]);
        Assert.Equal(1, p.Anywhere[1839311.66m]);
        Assert.Equal(3, p.OnTableLines.Values.Sum());
    }

    [Fact]
    public void A_lone_whole_number_in_a_column_is_printed_but_one_in_prose_is_not()
    {
        var p = PrintedAmounts.FromLayoutText(
            "               引入第三方会计师事务所开展医保基金审计                                    500000\n" +
            "项目支出共计 2022\n");
        Assert.True(p.Anywhere.ContainsKey(500000m));
        Assert.False(p.Anywhere.ContainsKey(2022m));
        Assert.Empty(p.OnTableLines);
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
