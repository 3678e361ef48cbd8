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
        var refused = items.Where(i => i.State == ItemState.Failed).Select(i => i.Id).ToHashSet();
        foreach (var i in items.Where(i => refused.Contains(i.Id))) progress?.Invoke(i);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
        // First what each file states, then the files of one disclosure read as one (as the web's jobs do).
        await Parallel.ForEachAsync(items.Where(i => i.State == ItemState.Queued), options, (item, _) =>
        {
            try { ImportJob.Identified(item, Importer.Identify(item.Content!, item.FileName, settings.Limits.MaxUploadBytes)); }
            catch (Services.IntakeException e) { ImportJob.Finish(item, ImportOutcome.Failed(ReadReasons.Chinese(e.ReaderMessage ?? e.Message))); }
            return ValueTask.CompletedTask;
        });
        var identified = items.Where(i => i.State == ItemState.Identified).ToList();
        var leads = DeskService.Assign(identified);
        await Parallel.ForEachAsync(leads, options, async (lead, token) =>
        {
            var members = identified.Where(i => i.LeadItemId == lead.Id).OrderBy(i => i.Id == lead.Id ? 0 : 1).ThenBy(i => i.Id).ToList();
            await using var scope = services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<Importer>();
            ImportOutcome outcome;
            try
            {
                outcome = await importer.ImportAsync(members.Select(m => (m.FileName, m.Content!)).ToList(),
                    Importer.Note(batch.Id, lead.Id, lead.FileName), user, null, token);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or IOException)
            { outcome = ImportOutcome.Failed("保存失败：" + e.Message); }
            foreach (var m in members) { m.Attempts = 1; m.Worker = ImportJob.Worker; ImportJob.Finish(m, outcome); }
        });
        // Every file's outcome recorded in one save.
        await using (var scope = services.CreateAsyncScope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
            var byId = items.ToDictionary(i => i.Id);
            foreach (var stored in await desk.Items.Where(i => i.BatchId == batch.Id).ToListAsync(ct))
            {
                var i = byId[stored.Id];
                (stored.State, stored.Reason, stored.BudgetId, stored.Department, stored.Year, stored.Errors, stored.Warnings, stored.Attempts, stored.Worker,
                    stored.Role, stored.Scope, stored.LeadItemId, stored.Content, stored.UpdatedAt) =
                    (i.State, i.Reason, i.BudgetId, i.Department, i.Year, i.Errors, i.Warnings, i.Attempts, i.Worker, i.Role, i.Scope, i.LeadItemId, i.Content, i.UpdatedAt);
            }
            await desk.Batches.Where(b => b.Id == batch.Id).ExecuteUpdateAsync(u => u.SetProperty(b => b.Grouped, true), ct);
            await desk.SaveChangesAsync(ct);
        }
        foreach (var i in items.Where(i => !refused.Contains(i.Id))) progress?.Invoke(i);
        return (batch.Id, items);
    }
}
