using DeptBudget.Reading;
using DeptBudget.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DeptBudget.Checks.Tests;

public class AddChecksTests
{
    [Fact]
    public void AddChecks_resolves_one_checker_with_every_rule_in_report_order()
    {
        using var sp = new ServiceCollection().AddChecks().BuildServiceProvider();
        var checker = sp.GetRequiredService<Checker>();
        Assert.Same(checker, sp.GetRequiredService<Checker>());
        Assert.Equal(Checker.AllRules.Select(r => r.Id), checker.Rules.Select(r => r.Id));
        Assert.Equal(Checker.AllRules.Count, sp.GetServices<IRule>().Count());
    }

    [Fact]
    public void Checker_from_AddChecks_finds_what_the_default_checker_finds_on_seed_001()
    {
        using var sp = new ServiceCollection().AddChecks().BuildServiceProvider();
        var d = DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Xixia2024));
        var viaDi = sp.GetRequiredService<Checker>().Check(d).Findings;
        Assert.Equal(Checker.Default.Check(d).Findings, viaDi);
    }
}
