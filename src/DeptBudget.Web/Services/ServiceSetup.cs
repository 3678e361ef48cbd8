namespace DeptBudget.Web.Services;

public static class ServiceSetup
{
    public static IServiceCollection AddDeptBudgetServices(this IServiceCollection services)
    {
        services.AddSingleton<IBudgetChecker, RulesChecker>();
        services.AddSingleton<CheckService>();
        services.AddScoped<BudgetService>();
        services.AddSingleton<DocumentExports>();
        return services;
    }
}
