namespace DeptBudget.Web.Services;

public static class ServiceSetup
{
    public static IServiceCollection AddDeptBudgetServices(this IServiceCollection services)
    {
        services.AddChecks().AddSingleton<IBudgetChecker, RulesChecker>();
        services.AddSingleton<CheckService>();
        services.AddSingleton<OriginalFiles>();
        services.AddSingleton<ReadGate>();
        services.AddSingleton<CheckCache>();
        services.AddScoped<BudgetService>();
        services.AddSingleton<DocumentExports>();
        services.AddSingleton<OriginalFiles>();
        services.AddSingleton<ListFacts>();
        return services;
    }
}
