using DeptBudget.Model;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>A rule without the data it needs says so as an info finding; it never passes silently.</summary>
public class CannotRunTests
{
    public static TheoryData<string> RuleIds() => [.. Checker.AllRules.Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_tells_it_could_not_run_on_a_disclosure_without_tables_or_narrative(string id)
    {
        var rule = Checker.AllRules.Single(r => r.Id == id);
        // No layout either, so C1 has no list of required tables to hold the document to.
        var findings = Run(rule, Disclosure(layout: "unknown"));
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.All(findings, f => Assert.Contains("无法检查", f.Message));
    }

    [Fact]
    public void Three_public_expenses_without_table_06_says_its_floor_check_could_not_run()
    {
        // Seed 001's 08: 合计 8.00 = 出国 0 + 公务用车 3.00 (购置 0 + 运行 3.00) + 接待 5.00; 06 left out.
        var d = Disclosure(budget: b => b with
        {
            ThreePublic = new ThreePublicExpenses(new ThreePublicFigures(8.00m, 0m, 3.00m, 0m, 3.00m, 5.00m), null),
        });
        var findings = Run(new DeptBudget.Checks.Rules.I8_ThreePublicExpenses(), d);
        Assert.Contains(findings, f => f.Severity == Severity.Info && f.Location.Table == TableIds.GeneralBudgetBasicExpenditure && f.Message.Contains("无法检查"));
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }
}
