using DeptBudget.Model;

namespace DeptBudget.Model.Tests;

public class MoneyTests
{
    [Theory]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("10901.995", "10902.00")]
    [InlineData("487.644", "487.64")]
    public void Rounding_is_half_away_from_zero(string value, string expected) =>
        Assert.Equal(decimal.Parse(expected), Money.Round2(decimal.Parse(value)));

    [Fact]
    public void Format_prints_as_the_tables_do() => Assert.Equal("10,902.00", Money.Format(10902m));

    [Theory]
    [InlineData(1, "0.01")]
    [InlineData(2, "0.01")]
    [InlineData(3, "0.02")]
    [InlineData(9, "0.05")]
    public void Sum_tolerance_follows_DOMAIN(int cells, string expected) =>
        Assert.Equal(decimal.Parse(expected), Money.SumTolerance(cells));
}
