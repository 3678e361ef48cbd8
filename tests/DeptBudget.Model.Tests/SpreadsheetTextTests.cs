using DeptBudget.Model;

namespace DeptBudget.Model.Tests;

public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("+3", "+3")]
    [InlineData("1,234.00", "1,234.00")]
    [InlineData("-5%", "-5%")]
    [InlineData("-", "-")]
    [InlineData("一般公共预算", "一般公共预算")]
    public void Cells_that_a_spreadsheet_would_run_get_an_apostrophe_and_numbers_stay(string cell, string written) =>
        Assert.Equal(written, SpreadsheetText.Neutralise(cell));
}
