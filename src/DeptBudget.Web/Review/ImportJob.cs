using DeptBudget.Reading;
using DeptBudget.Web.Services;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>
/// The Hangfire job of one file of a batch, in two steps. First the file is identified (what it states: department,
/// year, role, figures); when the last file of the batch is identified, one worker groups the batch's files into
/// disclosures (<see cref="DisclosureParts"/>) and queues each disclosure's leading file again. Then the leading
/// file's job reads its disclosure's files as one, checks it and saves one budget, and every file of the disclosure
/// is marked with it. A file that cannot be read fails at once with the reader's reason; any other fault (database,
/// a killed instance) is retried, at most <see cref="DeskOptions.MaxAttempts"/> starts in all, counted in the item
/// so that starts after a crash count too.
/// </summary>
public sealed class ImportJob(DeskDbContext desk, Importer importer, DeskService service, DeskOptions options, DeptBudgetSettings settings,
    ReadGate gate, ILogger<ImportJob> log)
{
    public static readonly string Worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    [Queue(DeskJobs.Queue)]
    [AutomaticRetry(Attempts = 5, DelaysInSeconds = [1, 2, 4, 8, 16], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(int itemId, string user, string? region, CancellationToken ct)
    {
        if (!await ClaimAsync(itemId, ct))
        {
            var held = await desk.Items.Where(i => i.Id == itemId).Select(i => new { i.State, i.BatchId }).FirstOrDefaultAsync(ct);
            // Identified, and this job is run again: the instance that ran it died in the batch's grouping (whose
            // transaction then undid itself). Group now rather than wait for an instance to restart; grouping twice
            // is harmless (the batch is marked grouped inside the grouping's own transaction).
            if (held?.State is ItemState.Identified) { await service.GroupWhenIdentifiedAsync(held.BatchId, ct); return; }
            var state = held?.State;
            if (state is not ItemState.Reading) return;   // done, or a file that follows its disclosure's lead
            // Another worker holds it and was alive moments ago: look again later (Hangfire's bounded retry).
            throw new InvalidOperationException($"文件 {itemId} 正由其他进程处理");
        }
        var item = await desk.Items.FirstAsync(i => i.Id == itemId, ct);
        if (item.Attempts > options.MaxAttempts || item.Content is null)
        {
            var failed = ImportOutcome.Failed(item.Content is null ? "文件内容缺失" : $"已处理 {options.MaxAttempts} 次仍未完成，不再重试");
            await FinishAsync(item, failed);
            return;
        }
        try
        {
            if (item.LeadItemId is null) await IdentifyAsync(item);
            else await ImportGroupAsync(item, user, region, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Import of item {Item} failed on attempt {Attempt}", item.Id, item.Attempts);
            var last = item.Attempts >= options.MaxAttempts;
            item.State = last ? ItemState.Failed : ItemState.Queued;
            item.Reason = Clip(last ? $"处理 {item.Attempts} 次均出错：{e.Message}" : $"第 {item.Attempts} 次处理出错，稍后重试：{e.Message}");
            item.UpdatedAt = DateTime.UtcNow;
            await desk.SaveChangesAsync(CancellationToken.None);
            if (last) await FinishMembersAsync(item);
            if (last && item.LeadItemId is null) await service.GroupWhenIdentifiedAsync(item.BatchId, CancellationToken.None);
            if (!last) throw;   // Hangfire schedules the retry
        }
    }

    private async Task IdentifyAsync(DeskItem item)
    {
        try
        {
            // Through the gate like every read in the server: its time limit, a large stack for deep but legal
            // structures, a share of the read slots (issue 17: identification ran unbounded on a job thread).
            // Its own lane per file: the files of one batch are identified side by side, not refused 429.
            var content = item.Content!;
            PartIdentity? part;
            try { part = await gate.RunAsync($"desk-item:{item.Id}", () => Importer.Identify(content, item.FileName, settings.Limits.MaxUploadBytes), CancellationToken.None); }
            catch (IntakeException e) when (e.Status is 429 or 503) { throw new InvalidOperationException(e.Message, e); }   // busy: Hangfire retries
            Identified(item, part);
            await desk.SaveChangesAsync(CancellationToken.None);
        }
        catch (IntakeException e) { await FinishAsync(item, ImportOutcome.Failed(ReadReasons.Chinese(e.ReaderMessage ?? e.Message))); }
        await service.GroupWhenIdentifiedAsync(item.BatchId, CancellationToken.None);
    }

    internal static void Identified(DeskItem item, PartIdentity? part)
    {
        item.State = ItemState.Identified;
        item.Role = part is null ? -1 : (int)part.Role;
        item.Scope = part is null ? null : (int)part.Scope;
        item.Department = part is null || part.Department.Length == 0 ? null : Clip(part.Department, 200);
        item.Year = part is null || part.Year == 0 ? null : part.Year;
        item.Amounts = part is null ? null : string.Join(' ', part.Amounts.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        item.UpdatedAt = DateTime.UtcNow;
    }

    // The leading file reads its disclosure's files as one; the budget note names the lead, so a retry finds it.
    private async Task ImportGroupAsync(DeskItem lead, string user, string? region, CancellationToken ct)
    {
        var members = await desk.Items.AsNoTracking().Where(i => i.LeadItemId == lead.Id && i.Id != lead.Id && i.Content != null)
            .OrderBy(i => i.Id).Select(i => new { i.FileName, i.Content }).ToListAsync(ct);
        var files = new List<(string, byte[])> { (lead.FileName, lead.Content!) };
        files.AddRange(members.Select(m => (m.FileName, m.Content!)));
        var outcome = await importer.ImportAsync(files, Importer.Note(lead.BatchId, lead.Id, lead.FileName), user, region, ct);
        await FinishAsync(lead, outcome);
    }

    // The lead's outcome is every file's of its disclosure, in one save.
    private async Task FinishAsync(DeskItem item, ImportOutcome outcome)
    {
        Finish(item, outcome);
        if (item.LeadItemId == item.Id)
            foreach (var m in await desk.Items.Where(i => i.LeadItemId == item.Id && i.Id != item.Id).ToListAsync(CancellationToken.None))
                Finish(m, outcome);
        await desk.SaveChangesAsync(CancellationToken.None);
    }

    private async Task FinishMembersAsync(DeskItem lead)
    {
        if (lead.LeadItemId != lead.Id) return;
        foreach (var m in await desk.Items.Where(i => i.LeadItemId == lead.Id && i.Id != lead.Id).ToListAsync(CancellationToken.None))
            Finish(m, ImportOutcome.Failed($"与之同属一份公开的 {lead.FileName} 处理失败：{lead.Reason}"));
        await desk.SaveChangesAsync(CancellationToken.None);
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
            .Where(i => i.Id == itemId && (i.LeadItemId == null || i.LeadItemId == i.Id)
                && (i.State == ItemState.Queued || (i.State == ItemState.Reading && i.UpdatedAt < stale)))
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

    private static string Clip(string s, int max = 2000) => s.Length <= max ? s : s[..max];
}
