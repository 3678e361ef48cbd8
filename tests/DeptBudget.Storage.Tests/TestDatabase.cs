using DeptBudget.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeptBudget.Storage.Tests;

/// <summary>
/// A fresh, migrated database of one provider: a SQLite file in a temp directory, or a new PostgreSQL
/// database on the server named by DEPTBUDGET_TEST_POSTGRES (the test script starts one). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "DEPTBUDGET_TEST_POSTGRES";

    private readonly string? _dir;
    private readonly string? _pgAdmin;
    private readonly string? _pgName;
    public ServiceProvider Services { get; }
    public StorageOptions Options { get; }

    private TestDatabase(StorageOptions options, string? dir, string? pgAdmin, string? pgName)
    {
        Options = options; _dir = dir; _pgAdmin = pgAdmin; _pgName = pgName;
        Services = new ServiceCollection().AddStorage(options).BuildServiceProvider();
    }

    /// <summary>The providers to run against: sqlite always, postgres when the server is configured.</summary>
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable))) data.Add("postgres");
        return data;
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        TestDatabase db;
        if (provider == "postgres")
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException(PostgresVariable + " is not set");
            var name = "deptbudget_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
            db = new TestDatabase(StorageOptions.Postgres(cs), null, admin, name);
        }
        else
        {
            var dir = Path.Combine(Path.GetTempPath(), "deptbudget-storage-" + Guid.NewGuid().ToString("N")[..12]);
            db = new TestDatabase(StorageOptions.Sqlite(Path.Combine(dir, "budgets.db") + ";Pooling=False"), dir, null, null);
        }
        await using var scope = db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BudgetDbContext>().MigrateAsync();
        return db;
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_dir is not null && Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        if (_pgAdmin is not null)
        {
            await using var conn = new NpgsqlConnection(_pgAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
