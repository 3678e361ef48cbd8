using System.Security.Claims;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>A batch as its page shows it: each file's state and the overall progress.</summary>
public sealed record BatchView(int Id, string CreatedBy, DateTime CreatedAt, IReadOnlyList<ItemView> Items)
{
    public int Done => Items.Count(i => i.State is ItemState.Checked or ItemState.Failed);
    public bool Finished => Done == Items.Count;
    public int Percent => Items.Count == 0 ? 100 : Done * 100 / Items.Count;
}

public sealed record ItemView(int Id, string FileName, long Size, ItemState State, int Attempts, string? Reason, int? BudgetId,
    string? Department, int? Year, int Errors, int Warnings, string? Worker, int? LeadItemId = null);

/// <summary>
/// Batch intake: records every file of an upload (refused ones with their reason) in one transaction, then
/// hands each readable file to a Hangfire job; lists batches and their progress.
/// </summary>
public sealed class DeskService(DeskDbContext desk, IBackgroundJobClient jobs, DeskOptions options, DeptBudgetSettings settings)
{
    public static string Label(ItemState s) => s switch
    {
        ItemState.Queued => "排队中",
        ItemState.Reading => "读取中",
        ItemState.Checked => "已审核",
        ItemState.Failed => "失败",
        ItemState.Identified => "已识别，待同批文件",
        _ => s.ToString(),
    };

    /// <summary>Reviewers (of a region or every region) and admins import batches.</summary>
    public static void RequireImporter(ClaimsPrincipal user)
    {
        if (!user.IsReviewer()) throw new ForbiddenException("只有审核人员或管理员可以批量导入");
    }

    public async Task<int> CreateBatchAsync(ClaimsPrincipal user, IEnumerable<(string Name, byte[] Content)> uploads, CancellationToken ct)
    {
        RequireImporter(user);
        var files = uploads.SelectMany(u => BatchFiles.Expand(u.Name, u.Content, settings.Limits.MaxUploadBytes)).ToList();
        if (files.Count == 0) throw new ArgumentException("请选择文件");
        if (files.Count > options.MaxFiles) throw new ArgumentException($"一次最多导入 {options.MaxFiles} 个文件，本次 {files.Count} 个");
        var now = DateTime.UtcNow;
        var batch = new DeskBatch { CreatedBy = user.NameOf(), CreatedAt = now, FileCount = files.Count, Region = user.Region() };
        var items = await RecordAsync(desk, batch, files, now, ct);
        desk.ChangeTracker.Clear();
        foreach (var i in items.Where(i => i.State == ItemState.Queued)) await EnqueueAsync(i.Id, user.NameOf(), user.Region(), ct);
        return batch.Id;
    }

    /// <summary>Files recorded but never handed to Hangfire (the instance stopped in between), and on SQLite —
    /// one instance — files a previous run of it left reading; returns how many were queued again.</summary>
    public async Task<int> RequeueOrphansAsync(CancellationToken ct)
    {
        var singleInstance = !desk.Database.IsNpgsql();
        // A batch whose last file was identified by an instance that stopped before grouping it.
        foreach (var batchId in await desk.Batches.Where(b => !b.Grouped && desk.Items.Any(i => i.BatchId == b.Id && i.State == ItemState.Identified))
                     .Select(b => b.Id).ToListAsync(ct))
            await GroupWhenIdentifiedAsync(batchId, ct);
        var orphans = await desk.Items
            .Where(i => i.LeadItemId == null || i.LeadItemId == i.Id)
            .Where(i => (i.State == ItemState.Queued && i.JobId == null) || (singleInstance && i.State == ItemState.Reading))
            .Join(desk.Batches, i => i.BatchId, b => b.Id, (i, b) => new { i.Id, b.CreatedBy, b.Region })
            .ToListAsync(ct);
        foreach (var o in orphans)
        {
            if (singleInstance)
                await desk.Items.Where(i => i.Id == o.Id && i.State == ItemState.Reading)
                    .ExecuteUpdateAsync(u => u.SetProperty(i => i.State, ItemState.Queued), ct);
            await EnqueueAsync(o.Id, o.CreatedBy, o.Region, ct);
        }
        return orphans.Count;
    }

    /// <summary>
    /// When no file of the batch is left to identify, groups its identified files into disclosures and queues each
    /// disclosure's leading file. One worker does it: the batch is marked grouped in the same transaction that
    /// assigns the files, so a second worker (or instance) finds it done, and a crash in between undoes both.
    /// </summary>
    public async Task GroupWhenIdentifiedAsync(int batchId, CancellationToken ct)
    {
        if (await desk.Items.AnyAsync(i => i.BatchId == batchId && i.LeadItemId == null && (i.State == ItemState.Queued || i.State == ItemState.Reading), ct))
            return;
        List<DeskItem> leads;
        DeskBatch batch;
        await using (var tx = await desk.Database.BeginTransactionAsync(ct))
        {
            if (await desk.Batches.Where(b => b.Id == batchId && !b.Grouped).ExecuteUpdateAsync(u => u.SetProperty(b => b.Grouped, true), ct) == 0) return;
            batch = await desk.Batches.AsNoTracking().FirstAsync(b => b.Id == batchId, ct);
            var items = await desk.Items.Where(i => i.BatchId == batchId && i.State == ItemState.Identified).OrderBy(i => i.Id).ToListAsync(ct);
            leads = Assign(items);
            foreach (var i in items) { i.State = ItemState.Queued; i.JobId = null; i.UpdatedAt = DateTime.UtcNow; }
            await desk.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        desk.ChangeTracker.Clear();
        foreach (var lead in leads) await EnqueueAsync(lead.Id, batch.CreatedBy, batch.Region, ct);
    }

    /// <summary>Groups identified files into disclosures (what each states), sets each file's lead, returns the leads.</summary>
    internal static List<DeskItem> Assign(IReadOnlyList<DeskItem> items)
    {
        var leads = new List<DeskItem>();
        foreach (var g in DisclosureParts.Group(items.Select(Part).ToList()))
        {
            var lead = items[g[0]];
            lead.Attempts = 0;   // reading the disclosure has its own tries
            leads.Add(lead);
            foreach (var k in g) items[k].LeadItemId = lead.Id;
        }
        return leads;
    }

    private static PartIdentity? Part(DeskItem i) => i.Role is null or < 0 ? null
        : new PartIdentity(i.FileName, i.Department ?? "", i.Year ?? 0, (BudgetScope)(i.Scope ?? 0), (PartRole)i.Role.Value,
            (i.Amounts ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => decimal.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet());

    private async Task EnqueueAsync(int itemId, string user, string? region, CancellationToken ct)
    {
        var jobId = jobs.Enqueue<ImportJob>(DeskJobs.Queue, j => j.RunAsync(itemId, user, region, CancellationToken.None));
        await desk.Items.Where(i => i.Id == itemId).ExecuteUpdateAsync(u => u.SetProperty(i => i.JobId, jobId), ct);
    }

    public async Task<BatchView?> BatchAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        var b = await desk.Batches.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (b is null || (!user.IsAdmin() && b.CreatedBy != user.NameOf())) return null;
        var items = await desk.Items.AsNoTracking().Where(i => i.BatchId == id).OrderBy(i => i.Id)
            .Select(i => new ItemView(i.Id, i.FileName, i.Size, i.State, i.Attempts, i.Reason, i.BudgetId, i.Department, i.Year,
                i.Errors, i.Warnings, i.Worker, i.LeadItemId))
            .ToListAsync(ct);
        return new BatchView(b.Id, b.CreatedBy, b.CreatedAt, items);
    }

    /// <summary>The caller's batches (every batch for an admin), newest first.</summary>
    public async Task<IReadOnlyList<DeskBatch>> BatchesAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var name = user.NameOf();
        var q = desk.Batches.AsNoTracking();
        if (!user.IsAdmin()) q = q.Where(b => b.CreatedBy == name);
        return await q.OrderByDescending(b => b.Id).Take(50).ToListAsync(ct);
    }

    /// <summary>
    /// Records a batch and a queued (or, when refused on intake, failed) item per file. Nothing half-recorded: the
    /// batch and all its files in one transaction; the caller starts the jobs only after it commits.
    /// </summary>
    internal static async Task<IReadOnlyList<DeskItem>> RecordAsync(DeskDbContext desk, DeskBatch batch, IReadOnlyList<BatchFile> files,
        DateTime now, CancellationToken ct)
    {
        var items = files.Select(f => new DeskItem
        {
            FileName = Clip(f.Name, 500), Size = f.Content?.Length ?? 0, Content = f.Content,
            State = f.Refusal is null ? ItemState.Queued : ItemState.Failed, Reason = f.Refusal, UpdatedAt = now,
        }).ToList();
        await using var tx = await desk.Database.BeginTransactionAsync(ct);
        desk.Batches.Add(batch);
        await desk.SaveChangesAsync(ct);
        foreach (var i in items) i.BatchId = batch.Id;
        desk.Items.AddRange(items);
        await desk.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return items;
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
