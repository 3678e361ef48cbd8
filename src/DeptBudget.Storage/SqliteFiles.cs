using Microsoft.Data.Sqlite;

namespace DeptBudget.Storage;

/// <summary>
/// The SQLite database file: created readable by its owner only (budgets and password hashes are in it),
/// and copied while the server runs. Copying deptbudget.db by hand gives an empty or stale database —
/// recent writes are in deptbudget.db-wal — so a backup is taken by SQLite itself (VACUUM INTO: one
/// consistent snapshot, whatever is being written meanwhile) and checked before it is reported.
/// </summary>
public static class SqliteFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the file 0600 when missing; narrows an existing one and its -wal/-shm to 0600.</summary>
    public static void Protect(string file)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!File.Exists(file))
            using (new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly })) { }
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            if (File.Exists(f)) File.SetUnixFileMode(f, OwnerOnly);
    }

    public sealed record BackupResult(string Destination, long Bytes, int Budgets, int Users);

    /// <summary>Writes a consistent copy of the database at <paramref name="source"/> to <paramref name="destination"/> (which must not exist).</summary>
    public static async Task<BackupResult> BackupAsync(string source, string destination, CancellationToken ct = default)
    {
        if (!File.Exists(source)) throw new IOException($"数据库 {source} 不存在");
        destination = Path.GetFullPath(destination);
        if (File.Exists(destination)) throw new IOException($"{destination} 已存在，不覆盖");
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        await using (var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString()))
        {
            await conn.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "VACUUM INTO $dest";
            cmd.Parameters.AddWithValue("$dest", destination);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        Protect(destination);
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync(ct);
        var integrity = await Scalar(copy, "PRAGMA integrity_check", ct);
        if (integrity != "ok") throw new IOException($"备份 {destination} 未通过完整性检查：{integrity}");
        var budgets = int.Parse(await Scalar(copy, "SELECT COUNT(*) FROM budgets", ct));
        var users = int.Parse(await Scalar(copy, "SELECT COUNT(*) FROM AspNetUsers", ct));
        return new BackupResult(destination, new FileInfo(destination).Length, budgets, users);
    }

    private static async Task<string> Scalar(SqliteConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
