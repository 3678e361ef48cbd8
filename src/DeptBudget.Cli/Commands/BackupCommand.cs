using System.CommandLine;
using DeptBudget.Storage;
using DeptBudget.Web;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// `deptbudget backup DEST [--data DIR]`: a consistent copy of the SQLite database, taken while the server
/// runs (see <see cref="SqliteFiles"/>). PostgreSQL is backed up with its own pg_dump (src/DeptBudget.Web/README.md).
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var dest = new Argument<string>("DEST") { Description = "the backup file to write (must not exist)" };
        var data = new Option<string>("--data") { Description = $"directory of the database (default ./{WebAppOptions.DefaultDataDir})" };
        var command = new Command("backup", "备份数据库 — a consistent copy of the SQLite database, safe while the server runs") { dest, data };
        command.SetAction(async (parse, ct) =>
        {
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")))
            {
                Console.Error.WriteLine("deptbudget backup: the database is PostgreSQL — back it up with pg_dump (see src/DeptBudget.Web/README.md)");
                return 2;
            }
            var db = Path.Combine(parse.GetValue(data) ?? WebAppOptions.DefaultDataDir, "deptbudget.db");
            try
            {
                var r = await SqliteFiles.BackupAsync(db, parse.GetValue(dest)!, ct);
                Console.WriteLine($"backup: {r.Destination} ({r.Bytes:N0} bytes, {r.Budgets} budgets, {r.Users} users, integrity ok)");
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                Console.Error.WriteLine($"deptbudget backup: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
