using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>
/// The Hangfire job that reads and checks one file of a batch. A file that cannot be read fails at once with
/// the reader's reason; any other fault (database, a killed instance) is retried, at most
/// <see cref="DeskOptions.MaxAttempts"/> starts in all, counted in the item so that starts after a crash count too.
/// </summary>
public sealed class ImportJob(DeskDbContext desk, Importer importer, DeskOptions options, ILogger<ImportJob> log)
{
    public static readonly string Worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    [Queue(DeskJobs.Queue)]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 2, 4, 8, 16], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(int itemId, string user, string? region, CancellationToken ct)
    {
        if (!await ClaimAsync(itemId, ct))
        {
            var state = await desk.Items.Where(i => i.Id == itemId).Select(i => (ItemState?)i.State).FirstOrDefaultAsync(ct);
            if (state is null or ItemState.Checked or ItemState.Failed) return;
            // Another worker holds it and was alive moments ago: look again later (Hangfire's bounded retry).
            throw new InvalidOperationException($"文件 {itemId} 正由其他进程处理");
        }
        var item = await desk.Items.FirstAsync(i => i.Id == itemId, ct);
        if (item.Attempts > options.MaxAttempts || item.Content is null)
        {
            Finish(item, ImportOutcome.Failed(item.Content is null ? "文件内容缺失" : $"已处理 {options.MaxAttempts} 次仍未完成，不再重试"));
            await desk.SaveChangesAsync(CancellationToken.None);
            return;
        }
        try
        {
            var outcome = await importer.ImportAsync(item.Content, item.FileName, Importer.Note(item.BatchId, item.Id, item.FileName), user, region, ct);
            Finish(item, outcome);
            await desk.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Import of item {Item} failed on attempt {Attempt}", item.Id, item.Attempts);
            var last = item.Attempts >= options.MaxAttempts;
            item.State = last ? ItemState.Failed : ItemState.Queued;
            item.Reason = Clip(last ? $"处理 {item.Attempts} 次均出错：{e.Message}" : $"第 {item.Attempts} 次处理出错，稍后重试：{e.Message}");
            item.UpdatedAt = DateTime.UtcNow;
            await desk.SaveChangesAsync(CancellationToken.None);
            if (!last) throw;   // Hangfire schedules the retry
        }
    }

    /// <summary>
    /// Takes the file for this worker in one conditional update: a queued file, or one left "reading" by a worker
    /// that has not touched it for the invisibility timeout (it died). Two workers never read one file at once.
    /// </summary>
    private async Task<bool> ClaimAsync(int itemId, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var stale = now - TimeSpan.FromSeconds(options.InvisibilitySeconds);
        var n = await desk.Items
            .Where(i => i.Id == itemId && (i.State == ItemState.Queued || (i.State == ItemState.Reading && i.UpdatedAt < stale)))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, ItemState.Reading).SetProperty(i => i.Worker, Worker)
                .SetProperty(i => i.Attempts, i => i.Attempts + 1).SetProperty(i => i.UpdatedAt, now), ct);
        return n == 1;
    }

    internal static void Finish(DeskItem item, ImportOutcome o)
    {
        item.State = o.State;
        item.Reason = o.Reason is null ? null : Clip(o.Reason);
        item.BudgetId = o.BudgetId;
        item.Department = o.Department is null ? null : o.Department.Length <= 200 ? o.Department : o.Department[..200];
        item.Year = o.Year;
        item.Errors = o.Errors;
        item.Warnings = o.Warnings;
        item.UpdatedAt = DateTime.UtcNow;
        // A checked file lives on as its budget; a failed one keeps its bytes for a later look.
        if (o.State == ItemState.Checked) item.Content = null;
    }

    private static string Clip(string s) => s.Length <= 2000 ? s : s[..2000];
}
