using DeptBudget.Checks;

// In the DI namespace, as extension methods of IServiceCollection usually are: hosts need no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the checker and its rules for the CLI and the web app.</summary>
public static class CheckServiceCollectionExtensions
{
    /// <summary>
    /// Every rule of <see cref="Checker.AllRules"/> as an <see cref="IRule"/> singleton, in report order, and a
    /// <see cref="Checker"/> over the registered rules. The rules are stateless, so the shared instances are
    /// registered: the list in Checker stays the one place a rule is added. A host may register more IRule
    /// services before resolving the checker; they run after the built-in ones.
    /// </summary>
    public static IServiceCollection AddChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var rule in Checker.AllRules) services.AddSingleton(rule);
        services.AddSingleton(sp => new Checker(sp.GetServices<IRule>().ToList()));
        return services;
    }
}
