namespace DeptBudget.Checks.Tests;

/// <summary>check exits 0 clean, 1 errors, 2 unusable input — a command line that does not parse included.</summary>
public class ExitCodeTests
{
    [Theory]
    [InlineData(1)] // what System.CommandLine returns after printing a parse error
    [InlineData(0)]
    public void Check_with_a_command_line_that_does_not_parse_exits_2(int handlerCode) =>
        Assert.Equal(ExitCodes.Unusable, ExitCodes.For("check", commandLineErrors: true, handlerCode));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Check_that_parsed_keeps_the_code_of_its_handler(int handlerCode) =>
        Assert.Equal(handlerCode, ExitCodes.For("check", commandLineErrors: false, handlerCode));

    [Fact]
    public void Other_commands_keep_their_own_parse_error_code() =>
        Assert.Equal(1, ExitCodes.For("render", commandLineErrors: true, 1));

    [Fact]
    public void Report_of_seed_001_has_errors_and_exits_1()
    {
        var report = Checker.Default.Check(SeedChecks.Read(DeptBudget.Testing.Seeds.Xixia2024));
        Assert.Equal(ExitCodes.Errors, report.ExitCode);
    }
}
