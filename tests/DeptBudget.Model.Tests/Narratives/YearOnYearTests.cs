using DeptBudget.Model;

namespace DeptBudget.Model.Tests.Narratives;

/// <summary>
/// Seed 001 (西峡 2024) 说明一: “收入总计10902万元 … 收入增加420.65万元，增长4.01%” — last year 10,481.35; its
/// 收入总计 cell prints 10,902.00, the rows sum to 10,901.99.
/// </summary>
public class YearOnYearTests
{
    private static readonly YearOnYear Revenue = new("收入总计", 10902m, 420.65m, 4.01m, "increase", "原因", 90);

    [Fact]
    public void Signed_change_is_negative_for_a_decrease() =>
        Assert.Equal(-1m, new YearOnYear("公务接待费", 5m, 1m, 16.67m, "decrease", null, 112).SignedChange());

    [Theory]
    [InlineData("10901.99")]
    [InlineData("10902.5")]
    [InlineData("10901.5")]
    public void Xixia2024_a_figure_within_the_stated_figures_rounding_leaves_the_statement_as_stated(string figure) =>
        Assert.Same(Revenue, Revenue.At(decimal.Parse(figure)));

    [Fact]
    public void Xixia2024_a_raised_total_keeps_last_years_figure_and_recomputes_the_change()
    {
        var moved = Revenue.At(11002.00m);
        Assert.Equal(11002.00m, moved.ThisYear);
        Assert.Equal(520.65m, moved.Change);             // 11,002.00 − 10,481.35
        Assert.Equal("increase", moved.Direction);
        Assert.Equal(4.97m, Math.Round(moved.Rate!.Value, 2)); // 520.65 ÷ 10,481.35
        Assert.Equal("原因", moved.Reason);
    }

    [Fact]
    public void Xixia2024_a_total_below_last_year_turns_the_statement_into_a_decrease()
    {
        var moved = Revenue.At(10000m);
        Assert.Equal(("decrease", 481.35m), (moved.Direction, moved.Change));
        Assert.Equal(4.59m, Math.Round(moved.Rate!.Value, 2));  // 481.35 ÷ 10,481.35
    }

    [Fact]
    public void A_next_year_drafts_unchanged_statement_becomes_an_increase_when_the_figure_rises()
    {
        var draft = new YearOnYear("收入总计", 10902m, 0m, 0m, "unchanged", null, 0);
        var moved = draft.At(11002m);
        Assert.Equal(("increase", 100m), (moved.Direction, moved.Change));
        Assert.Equal(0.92m, Math.Round(moved.Rate!.Value, 2));   // 100 ÷ 10,902
    }

    [Fact]
    public void A_change_stated_without_a_rate_stays_without_one()
    {
        var amountOnly = new YearOnYear("收支预算", 3000.00m, 428.79m, null, "increase", null, 0);
        Assert.Null(amountOnly.At(3100.00m).Rate);
        Assert.Equal(528.79m, amountOnly.At(3100.00m).Change);
    }

    [Fact]
    public void A_statement_without_this_years_figure_cannot_follow_one()
    {
        var unstated = Revenue with { ThisYear = null };
        Assert.Same(unstated, unstated.At(5m));
    }
}
