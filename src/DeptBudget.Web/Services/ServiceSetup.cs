namespace DeptBudget.Web.Services;

public static class ServiceSetup
{
    public static IServiceCollection AddDeptBudgetServices(this IServiceCollection services)
    {
        services.AddChecks().AddSingleton<IBudgetChecker, RulesChecker>();
        services.AddSingleton<CheckService>();
        services.AddSingleton<OriginalFiles>();
        services.AddSingleton<ReadGate>();
        // A configured worker program reads uploads in killable processes; otherwise they are read here.
        services.AddSingleton<Workers.IUploadReader>(sp =>
        {
            var settings = sp.GetRequiredService<DeptBudgetSettings>();
            var program = settings.Limits.ReadWorker;
            return string.IsNullOrWhiteSpace(program) || program == "in-process"
                ? new Workers.InProcessReader(settings, sp.GetRequiredService<CheckService>())
                : new Workers.WorkerPool(program, settings, sp.GetRequiredService<ILogger<Workers.WorkerPool>>());
        });
        services.AddSingleton<CheckCache>();
        services.AddScoped<BudgetService>();
        services.AddSingleton<DocumentExports>();
        services.AddSingleton<OriginalFiles>();
        services.AddSingleton<ListFacts>();
        return services;
    }
}
