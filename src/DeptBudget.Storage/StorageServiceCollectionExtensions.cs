using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace DeptBudget.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="BudgetDbContext"/> for the chosen provider and <see cref="BudgetStore"/>.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, StorageOptions options)
    {
        services.AddSingleton(options);
        if (options.Provider == StorageProvider.Postgres)
            services.AddDbContext<BudgetDbContext, PostgresBudgetDbContext>(o => ConfigurePostgres(o, options.ConnectionString));
        else
            services.AddDbContext<BudgetDbContext, SqliteBudgetDbContext>(o => ConfigureSqlite(o, options.ConnectionString));
        services.AddScoped<BudgetStore>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder o, string cs) => o.UseSqlite(cs);

    internal static void ConfigurePostgres(DbContextOptionsBuilder o, string cs) => o.UseNpgsql(cs);

    /// <summary>Creates the database if needed and applies every pending migration.</summary>
    public static async Task MigrateAsync(this BudgetDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            if (!string.IsNullOrEmpty(file) && file != ":memory:") SqliteFiles.Protect(Path.GetFullPath(file));
        }
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}

/// <summary>Design-time factory for `dotnet ef migrations add … --context SqliteBudgetDbContext`.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteBudgetDbContext>
{
    public SqliteBudgetDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteBudgetDbContext>();
        StorageServiceCollectionExtensions.ConfigureSqlite(o, "Data Source=design.db");
        return new SqliteBudgetDbContext(o.Options);
    }
}

/// <summary>Design-time factory for `dotnet ef migrations add … --context PostgresBudgetDbContext`.</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresBudgetDbContext>
{
    public PostgresBudgetDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresBudgetDbContext>();
        StorageServiceCollectionExtensions.ConfigurePostgres(o, "Host=localhost;Database=design");
        return new PostgresBudgetDbContext(o.Options);
    }
}
