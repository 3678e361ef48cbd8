using DeptBudget.Reading.Pdf;

namespace DeptBudget.Reading.Tests.Pdf;

public class BrokenAmountTests
{
    [Theory]
    [InlineData("24995.9", "4")]       // 福州: decimals cut short
    [InlineData("1,234.5", "6")]
    [InlineData("24995", ".94")]      // broken before the point
    public void Parts_that_make_one_amount_only_together_are_joined(string upper, string lower) =>
        Assert.True(BrokenAmount.Joins(100, upper, 10, 112, lower, 10));

    [Theory]
    [InlineData("0.00", "0.00")]      // two real amounts
    [InlineData("12.50", "3")]        // a whole amount above a figure
    [InlineData("24995.9", "4.00")]   // the lower part is an amount of its own
    [InlineData("245001", "12")]      // codes, not amounts
    [InlineData("24995.9", "项目")]
    public void Real_amounts_and_other_text_are_never_joined(string upper, string lower) =>
        Assert.False(BrokenAmount.Joins(100, upper, 10, 112, lower, 10));

    [Fact]
    public void Parts_two_lines_apart_or_out_of_order_are_not_one_amount()
    {
        Assert.False(BrokenAmount.Joins(100, "24995.9", 10, 125, "4", 10));
        Assert.False(BrokenAmount.Joins(112, "24995.9", 10, 100, "4", 10));
    }
}
