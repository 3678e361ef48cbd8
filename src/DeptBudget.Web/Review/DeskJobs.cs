using DeptBudget.Storage;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>
/// The desk's background jobs on Hangfire: its PostgreSQL storage when the budgets are on PostgreSQL (so every
/// instance against that database shares one queue: each job is fetched by one worker, and a job whose instance
/// died becomes visible again after the invisibility timeout), else its SQLite storage in a file beside the
/// budgets. The storage and the server are built here, not through AddHangfire, whose JobStorage.Current is
/// process-wide: two applications in one process (the tests) would share one queue.
/// </summary>
public static class DeskJobs
{
    public const string Queue = "desk";

    public static IServiceCollection AddDesk(this IServiceCollection services, IConfiguration config, StorageOptions storage, string dataDir)
    {
        var options = config.GetSection("DeptBudget:Desk").Get<DeskOptions>() ?? new DeskOptions();
        services.AddSingleton(options);
        if (storage.Provider == StorageProvider.Postgres)
            services.AddDbContext<DeskDbContext>(o => o.UseNpgsql(storage.ConnectionString));
        else
            services.AddDbContext<DeskDbContext>(o => o.UseSqlite(storage.ConnectionString));
        services.AddSingleton<JobStorage>(_ => CreateStorage(options, storage, dataDir));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddScoped<Importer>();
        services.AddScoped<ImportJob>();
        services.AddScoped<DeskService>();
        services.AddScoped<RegionOverview>();
        services.AddSingleton<KindCountCache>();
        services.AddScoped<BulkActions>();
        services.AddScoped<FindingsExport>();
        services.AddHostedService<DeskServer>();
        return services;
    }

    private static JobStorage CreateStorage(DeskOptions o, StorageOptions storage, string dataDir)
    {
        var invisibility = TimeSpan.FromSeconds(o.InvisibilitySeconds);
        var poll = TimeSpan.FromSeconds(o.PollSeconds);
        if (storage.Provider == StorageProvider.Postgres)
        {
            var pg = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = poll,
                InvisibilityTimeout = invisibility,
                // The owner keeps extending its jobs' invisibility: a long read is not taken over while it runs.
                UseSlidingInvisibilityTimeout = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.ConnectionString, pg), pg);
        }
        Directory.CreateDirectory(dataDir);
        // The job arguments name uploaded files and their owners: readable by the server's user only, as deptbudget.db
        // (SQLite gives the -wal and -shm files the database file's mode).
        var jobs = Path.Combine(dataDir, "jobs.db");
        DeptBudget.Storage.SqliteFiles.Protect(jobs);
        return new SQLiteStorage(jobs, new SQLiteStorageOptions
        {
            QueuePollInterval = poll,
            InvisibilityTimeout = invisibility,
        });
    }
}

/// <summary>
/// Runs this instance's Hangfire workers on the desk queue, after creating the desk's tables; on start it also
/// queues again the files of earlier batches that were recorded but never handed to Hangfire (an instance that
/// stopped between the two). Jobs Hangfire already holds resume by themselves.
/// </summary>
public sealed class DeskServer(IServiceProvider services, JobStorage storage, DeskOptions options, ILogger<DeskServer> log) : IHostedService
{
    private BackgroundJobServer? _server;

    public async Task StartAsync(CancellationToken ct)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            // The budgets' migrations run first (StartupInitializer is registered before) on the same database.
            var desk = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
            await DeskSchema.EnsureAsync(desk, ct);
            var requeued = await scope.ServiceProvider.GetRequiredService<DeskService>().RequeueOrphansAsync(ct);
            if (requeued > 0) log.LogInformation("Desk: {Count} files queued again", requeued);
        }
        if (!options.RunJobs) return;
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            Queues = [DeskJobs.Queue],
            WorkerCount = options.Workers,
            SchedulePollingInterval = TimeSpan.FromSeconds(options.PollSeconds),
            ServerName = ImportJob.Worker,
            Activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
        }, storage);
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (_server is null) return;
        _server.SendStop();
        await _server.WaitForShutdownAsync(ct);
        _server.Dispose();
    }
}
