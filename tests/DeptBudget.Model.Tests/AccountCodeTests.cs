using DeptBudget.Model;

namespace DeptBudget.Model.Tests;

public class AccountCodeTests
{
    [Fact]
    public void An_item_code_knows_its_section_and_class()
    {
        var code = AccountCode.Parse("2101202");
        Assert.Equal(3, code.Level);
        Assert.Equal("21012", code.Section!.Value.Value);
        Assert.Equal("210", code.Class.Value);
        Assert.True(code.IsWithin(AccountCode.Parse("210")));
    }

    [Fact]
    public void Split_columns_join_into_one_code()
    {
        Assert.True(AccountCode.TryJoin("210", "12", "02", out var code));
        Assert.Equal("2101202", code.Value);
        Assert.True(AccountCode.TryJoin("301", "01", null, out var econ));
        Assert.Equal(2, econ.Level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("21")]
    [InlineData("2101")]
    [InlineData("21012a2")]
    [InlineData("044001")]
    public void Not_a_code_is_refused(string text) => Assert.False(AccountCode.TryParse(text, out _));
}
