using System.Security.Claims;
using DeptBudget.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>
/// `deptbudget import DIR`: the same intake as the web's, run in this process without the job server (no
/// instance need be running): every file under the folder (zips expanded with the same guards) read, checked and
/// saved as a budget awaiting review, in parallel; the batch and each file's outcome are recorded as a web batch
/// is, so the desk's pages show it.
/// </summary>
public static class DirectImport
{
    private static readonly string[] Extensions = [".txt", ".pdf", ".docx", ".xlsx", ".json", ".zip"];

    /// <summary>The command line acts as an admin: every region.</summary>
    public static ClaimsPrincipal CliUser(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, Roles.Admin)], "cli"));

    public static IReadOnlyList<(string Name, byte[] Content)> FilesUnder(string dir)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(dir, "*", options)
            .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(dir, f), File.ReadAllBytes(f))).ToList();
    }

    /// <summary>Creates the databases' tables when missing (as `serve` does on start).</summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BudgetDbContext>().MigrateAsync(ct);
        await DeskSchema.EnsureAsync(scope.ServiceProvider.GetRequiredService<DeskDbContext>(), ct);
    }

    public static async Task<(int BatchId, IReadOnlyList<DeskItem> Items)> RunAsync(IServiceProvider services, IEnumerable<(string Name, byte[] Content)> uploads,
        string user, int parallelism, Action<DeskItem>? progress, CancellationToken ct)
    {
        var settings = services.GetRequiredService<DeptBudgetSettings>();
        // Relative paths keep their folders in the name: BatchFiles.Expand names a zip's entries after the zip.
        var files = uploads.SelectMany(u => BatchFiles.Expand(u.Name, u.Content, settings.Limits.MaxUploadBytes)
            .Select(f => f with { Name = Path.GetDirectoryName(u.Name) is { Length: > 0 } d ? Path.Combine(d, f.Name) : f.Name })).ToList();
        var now = DateTime.UtcNow;
        var batch = new DeskBatch { CreatedBy = user, CreatedAt = now, FileCount = files.Count };
        IReadOnlyList<DeskItem> items;
        await using (var scope = services.CreateAsyncScope())
            items = await DeskService.RecordAsync(scope.ServiceProvider.GetRequiredService<DeskDbContext>(), batch, files, now, ct);
        foreach (var i in items.Where(i => i.State == ItemState.Failed)) progress?.Invoke(i);
        // One file at a time per unit and year would need grouping; files are independent, so a plain parallel loop.
        await Parallel.ForEachAsync(items.Where(i => i.State == ItemState.Queued), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
            async (item, token) =>
            {
                await using var scope = services.CreateAsyncScope();
                var importer = scope.ServiceProvider.GetRequiredService<Importer>();
                ImportOutcome outcome;
                try { outcome = await importer.ImportAsync(item.Content!, item.FileName, Importer.Note(batch.Id, item.Id, item.FileName), user, null, token); }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException or IOException)
                { outcome = ImportOutcome.Failed("保存失败：" + e.Message); }
                var desk = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
                var stored = await desk.Items.FirstAsync(i => i.Id == item.Id, token);
                stored.Attempts = 1;
                stored.Worker = ImportJob.Worker;
                ImportJob.Finish(stored, outcome);
                await desk.SaveChangesAsync(token);
                (item.State, item.Reason, item.BudgetId, item.Department, item.Year, item.Errors, item.Warnings) =
                    (stored.State, stored.Reason, stored.BudgetId, stored.Department, stored.Year, stored.Errors, stored.Warnings);
                progress?.Invoke(item);
            });
        return (batch.Id, items);
    }
}
