namespace DeptBudget.Storage;

/// <summary>Where budgets are stored: a SQLite file (default) or a PostgreSQL connection string.</summary>
public sealed record StorageOptions(StorageProvider Provider, string ConnectionString)
{
    public static StorageOptions Sqlite(string file) => new(StorageProvider.Sqlite, $"Data Source={file}");
    public static StorageOptions Postgres(string connectionString) => new(StorageProvider.Postgres, connectionString);
}

public enum StorageProvider { Sqlite, Postgres }
