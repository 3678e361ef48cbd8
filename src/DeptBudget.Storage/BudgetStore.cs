using DeptBudget.Model;
using DeptBudget.Model.Json;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Storage;

/// <summary>The findings of a check as stored beside a version: the findings JSON and the counts.</summary>
public sealed record CheckSummary(string FindingsJson, int Errors, int Warnings)
{
    public static readonly CheckSummary None = new("[]", 0, 0);
}

/// <summary>
/// What a caller may see: published budgets always; besides them the budgets of its departments
/// (preparers) and, for reviewers (<see cref="All"/>), every budget of <see cref="Region"/> — of every
/// region when that is null.
/// </summary>
public sealed record Access(string? UserName, bool All, IReadOnlyList<string> Departments, string? Region = null)
{
    public static readonly Access Public = new(null, false, []);

    public bool CanSee(BudgetRecord b) => b.Status == BudgetStatus.Published || CanSeeDrafts(b);

    public bool CanSeeDrafts(BudgetRecord b) => Departments.Contains(b.Department) || Reviews(b.Region);

    /// <summary>True when this caller reviews budgets of the region (a reviewer of it, or of every region).</summary>
    public bool Reviews(string? region) => All && (Region is null || Region == region);
}

/// <summary>List filters; null means any.</summary>
/// <param name="Text">Words anywhere in the budget: department, unit, or the stored disclosure (narrative, table texts).</param>
public sealed record BudgetFilter(string? Department = null, int? Year = null, BudgetStatus? Status = null, string? Region = null,
    string? Text = null);

/// <summary>One line of the budgets list: everything but the JSON.</summary>
public sealed record BudgetSummary(
    int Id, string Department, string UnitName, string? Region, int Year, string Scope, string Layout, BudgetStatus Status,
    int ErrorCount, int WarningCount, int CurrentVersion, int Revision, string? UpdatedBy, DateTime UpdatedAt);

/// <summary>
/// Reads and writes budgets. Every write is one transaction that saves the new state, a new version
/// when the content changed, and an audit entry with the changed values; a writer whose expected
/// revision is not the stored one gets <see cref="ConcurrencyConflictException"/> and nothing is written.
/// </summary>
public sealed class BudgetStore(BudgetDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<BudgetSummary>> ListAsync(Access access, BudgetFilter filter, CancellationToken ct = default)
    {
        var q = Visible(access);
        if (!string.IsNullOrWhiteSpace(filter.Department)) q = q.Where(b => b.Department.Contains(filter.Department));
        if (filter.Year is { } y) q = q.Where(b => b.Year == y);
        if (filter.Status is { } s) q = q.Where(b => b.Status == s);
        if (!string.IsNullOrWhiteSpace(filter.Region)) q = q.Where(b => b.Region == filter.Region);
        // The JSON keeps Chinese as is (not \u escapes), so a word of the narrative is found in it as written.
        foreach (var word in (filter.Text ?? "").Split(' ', '　').Where(w => w.Length > 0).Take(5))
            q = q.Where(b => b.Department.Contains(word) || b.UnitName.Contains(word) || b.Json.Contains(word));
        return await q.OrderBy(b => b.Department).ThenByDescending(b => b.Year).ThenBy(b => b.Id)
            .Select(b => new BudgetSummary(b.Id, b.Department, b.UnitName, b.Region, b.Year, b.Scope, b.Layout, b.Status,
                b.ErrorCount, b.WarningCount, b.CurrentVersion, b.Revision, b.UpdatedBy, b.UpdatedAt))
            .ToListAsync(ct);
    }

    /// <summary>The regions of the budgets the caller sees, for the list filter.</summary>
    public async Task<IReadOnlyList<string>> RegionsAsync(Access access, CancellationToken ct = default) =>
        (await Visible(access).Where(b => b.Region != null).Select(b => b.Region!).Distinct().ToListAsync(ct)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The id of the budget of this department, unit and year (and scope, when given), whatever its status, or null.</summary>
    public async Task<int?> FindAsync(string department, string unitName, int year, CancellationToken ct = default, BudgetScope? scope = null)
    {
        var scopeName = scope?.ToString().ToLowerInvariant();
        return await db.Budgets.Where(b => b.Department == department && b.UnitName == unitName && b.Year == year && (scopeName == null || b.Scope == scopeName))
            .Select(b => (int?)b.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<int> CountAsync(CancellationToken ct = default) => await db.Budgets.CountAsync(ct);

    /// <summary>True when some budget's first version was saved with this note (an imported file, for instance).</summary>
    public async Task<bool> HasVersionNoteAsync(string note, CancellationToken ct = default) =>
        await db.BudgetVersions.AnyAsync(v => v.Number == 1 && v.Note == note, ct);

    /// <summary>The budget when it exists and the caller may see it, else null.</summary>
    public async Task<BudgetRecord?> GetAsync(int id, Access access, CancellationToken ct = default)
    {
        var b = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return b is not null && access.CanSee(b) ? b : null;
    }

    public async Task<IReadOnlyList<BudgetVersion>> VersionsAsync(int budgetId, CancellationToken ct = default) =>
        await db.BudgetVersions.AsNoTracking().Where(v => v.BudgetId == budgetId).OrderByDescending(v => v.Number).ToListAsync(ct);

    public async Task<BudgetVersion?> VersionAsync(int budgetId, int number, CancellationToken ct = default) =>
        await db.BudgetVersions.AsNoTracking().FirstOrDefaultAsync(v => v.BudgetId == budgetId && v.Number == number, ct);

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(int budgetId, CancellationToken ct = default) =>
        await db.Audit.AsNoTracking().Where(a => a.BudgetId == budgetId).OrderByDescending(a => a.Id).ToListAsync(ct);

    /// <summary>The unit a disclosure is the budget of, as stored (one budget per unit and year).</summary>
    public static string UnitNameOf(Disclosure disclosure) =>
        Clip(disclosure.Budget.Units.FirstOrDefault(u => u.ParentCode is null)?.Name ?? disclosure.Meta.Department, 200);

    /// <summary>Saves a new budget as version 1 with the given status (draft for uploads).</summary>
    public async Task<BudgetRecord> CreateAsync(Disclosure disclosure, CheckSummary check, string user, string note,
        BudgetStatus status = BudgetStatus.Draft, CancellationToken ct = default, string? region = null)
    {
        var now = Now();
        var json = BudgetJson.Serialize(disclosure);
        var root = disclosure.Budget.Units.FirstOrDefault(u => u.ParentCode is null);
        var record = new BudgetRecord
        {
            Department = Clip(disclosure.Meta.Department, 200),
            UnitName = UnitNameOf(disclosure),
            UnitCode = root?.Code is { } c ? Clip(c, 32) : null,
            Region = Regions.Normalise(region) ?? Regions.FromDepartment(disclosure.Meta.Department),
            Year = disclosure.Meta.Year,
            Scope = disclosure.Meta.Scope.ToString().ToLowerInvariant(),
            Layout = Clip(disclosure.Meta.Layout, 32),
            Status = status,
            Json = json,
            FindingsJson = check.FindingsJson,
            ErrorCount = check.Errors,
            WarningCount = check.Warnings,
            CurrentVersion = 1,
            Revision = 1,
            CreatedBy = user, CreatedAt = now, UpdatedBy = user, UpdatedAt = now,
        };
        record.Versions.Add(NewVersion(record, 1, user, now, note));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Budgets.Add(record);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            throw new DuplicateBudgetException(record.UnitName, record.Year, e);
        }
        db.Audit.Add(new AuditEntry
        {
            BudgetId = record.Id, At = now, User = user, Action = "create",
            Summary = Clip($"{note}（{Workflow.Label(status)}，错误 {check.Errors} 个）", 1000),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return record;
    }

    /// <summary>Saves a changed disclosure as a new version of a draft.</summary>
    public async Task<BudgetRecord> UpdateAsync(int id, int expectedRevision, Disclosure disclosure, CheckSummary check,
        string user, string note, CancellationToken ct = default)
    {
        var record = await LoadForWrite(id, expectedRevision, ct);
        if (!Workflow.IsEditable(record.Status))
            throw new WorkflowException($"只有草稿可以修改，此预算当前为“{Workflow.Label(record.Status)}”");
        var json = BudgetJson.Serialize(disclosure);
        var changes = JsonDiff.Compare(record.Json, json);
        if (changes.Count == 0 && record.FindingsJson == check.FindingsJson) return record;
        var (before, after) = JsonDiff.AsObjects(changes);
        var now = Now();
        record.Json = json;
        record.FindingsJson = check.FindingsJson;
        record.ErrorCount = check.Errors;
        record.WarningCount = check.Warnings;
        // A region taken from the old department name follows the new one; one an admin set stays.
        if (record.Region is null || record.Region == Regions.FromDepartment(record.Department))
            record.Region = Regions.FromDepartment(disclosure.Meta.Department) ?? record.Region;
        record.Department = Clip(disclosure.Meta.Department, 200);
        record.Year = disclosure.Meta.Year;
        record.CurrentVersion++;
        Touch(record, user, now);
        db.BudgetVersions.Add(NewVersion(record, record.CurrentVersion, user, now, note));
        db.Audit.Add(new AuditEntry
        {
            BudgetId = id, At = now, User = user, Action = "edit",
            Summary = Clip($"{note}：{changes.Count} 处修改，保存为第 {record.CurrentVersion} 版", 1000),
            Before = before, After = after,
        });
        await Save(record, ct);
        return record;
    }

    /// <summary>Moves a budget along the workflow (submit, send back, approve, publish); <paramref name="action"/> is
    /// the audit action, "withdraw" when a preparer takes back their own submission (not a reviewer's send-back).</summary>
    public async Task<BudgetRecord> MoveAsync(int id, int expectedRevision, BudgetStatus to, string user, string? comment,
        CancellationToken ct = default, string action = "status")
    {
        var record = await LoadForWrite(id, expectedRevision, ct);
        var from = record.Status;
        if (!Workflow.CanMove(from, to))
            throw new WorkflowException($"不能从“{Workflow.Label(from)}”变为“{Workflow.Label(to)}”");
        var now = Now();
        record.Status = to;
        Touch(record, user, now);
        db.Audit.Add(new AuditEntry
        {
            BudgetId = id, At = now, User = user, Action = action,
            Summary = Clip((action == "withdraw" ? "撤回提交：" : "") + $"{Workflow.Label(from)} → {Workflow.Label(to)}" + (string.IsNullOrWhiteSpace(comment) ? "" : "：" + comment.Trim()), 1000),
            Before = $"{{\"status\":\"{from.ToString().ToLowerInvariant()}\"}}",
            After = $"{{\"status\":\"{to.ToString().ToLowerInvariant()}\"}}",
        });
        await Save(record, ct);
        return record;
    }

    /// <summary>Gives budgets saved before regions existed the region their department name states; returns how many.</summary>
    public async Task<int> FillMissingRegionsAsync(CancellationToken ct = default)
    {
        var missing = await db.Budgets.Where(b => b.Region == null).ToListAsync(ct);
        var filled = 0;
        foreach (var b in missing)
            if (Regions.FromDepartment(b.Department) is { } r) { b.Region = r; filled++; }
        // The region is not content: no version, no revision change, so no open edit form goes stale.
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return filled;
    }

    /// <summary>Sets the region of a budget (an admin's correction), audited; no new version, the content is unchanged.</summary>
    public async Task<BudgetRecord> SetRegionAsync(int id, int expectedRevision, string? region, string user, CancellationToken ct = default)
    {
        var record = await LoadForWrite(id, expectedRevision, ct);
        var before = record.Region;
        var after = Regions.Normalise(region);
        if (before == after) { db.ChangeTracker.Clear(); return record; }
        var now = Now();
        record.Region = after;
        Touch(record, user, now);
        db.Audit.Add(new AuditEntry
        {
            BudgetId = id, At = now, User = user, Action = "region",
            Summary = Clip($"地区：{before ?? "（未设）"} → {after ?? "（未设）"}", 1000),
            Before = System.Text.Json.JsonSerializer.Serialize(new { region = before }),
            After = System.Text.Json.JsonSerializer.Serialize(new { region = after }),
        });
        await Save(record, ct);
        return record;
    }

    /// <summary>Stores new findings for the current version (after the checks changed), without a new version.</summary>
    public async Task RecheckAsync(int id, CheckSummary check, string user, CancellationToken ct = default)
    {
        var record = await db.Budgets.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new BudgetNotFoundException(id);
        if (record.FindingsJson == check.FindingsJson) { db.ChangeTracker.Clear(); return; }
        var now = Now();
        db.Audit.Add(new AuditEntry
        {
            BudgetId = id, At = now, User = user, Action = "recheck",
            Summary = $"重新审核：错误 {record.ErrorCount} → {check.Errors}，提示 {record.WarningCount} → {check.Warnings}",
        });
        record.FindingsJson = check.FindingsJson;
        record.ErrorCount = check.Errors;
        record.WarningCount = check.Warnings;
        record.Revision++;
        await Save(record, ct);
    }

    private IQueryable<BudgetRecord> Visible(Access access)
    {
        var q = db.Budgets.AsNoTracking();
        if (access.All && access.Region is null) return q;
        var departments = access.Departments.ToList();
        if (access.All)
        {
            var region = access.Region;
            return q.Where(b => b.Status == BudgetStatus.Published || b.Region == region || departments.Contains(b.Department));
        }
        return departments.Count == 0
            ? q.Where(b => b.Status == BudgetStatus.Published)
            : q.Where(b => b.Status == BudgetStatus.Published || departments.Contains(b.Department));
    }

    private async Task<BudgetRecord> LoadForWrite(int id, int expectedRevision, CancellationToken ct)
    {
        var record = await db.Budgets.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new BudgetNotFoundException(id);
        if (record.Revision != expectedRevision)
        {
            db.ChangeTracker.Clear();
            throw new ConcurrencyConflictException(id, expectedRevision, record.Revision, record.UpdatedBy, record.UpdatedAt);
        }
        return record;
    }

    private async Task Save(BudgetRecord record, CancellationToken ct)
    {
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        // Two writers that both read revision n race to insert version n+1: the loser hits the unique
        // (BudgetId, Number) index before the revision check — the same conflict, answered 409 not 500.
        catch (Exception e) when (e is DbUpdateConcurrencyException || IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            var now = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Id == record.Id, ct);
            throw new ConcurrencyConflictException(record.Id, record.Revision - 1, now?.Revision ?? -1, now?.UpdatedBy, now?.UpdatedAt);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static bool IsUniqueViolation(Exception e) => e is DbUpdateException { InnerException: var inner } && inner switch
    {
        Microsoft.Data.Sqlite.SqliteException x => x.SqliteErrorCode == 19,   // SQLITE_CONSTRAINT
        Npgsql.PostgresException x => x.SqlState == "23505",                   // unique_violation
        _ => false,
    };

    private static void Touch(BudgetRecord record, string user, DateTime now)
    {
        record.Revision++;
        record.UpdatedBy = user;
        record.UpdatedAt = now;
    }

    private static BudgetVersion NewVersion(BudgetRecord r, int number, string user, DateTime now, string note) => new()
    {
        BudgetId = r.Id, Number = number, Status = r.Status, Json = r.Json, FindingsJson = r.FindingsJson,
        ErrorCount = r.ErrorCount, WarningCount = r.WarningCount, CreatedBy = user, CreatedAt = now, Note = Clip(note, 500),
    };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];

    // SQLite's constraint error (19) naming UNIQUE, PostgreSQL's unique_violation (23505).
    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19 && s.Message.Contains("UNIQUE", StringComparison.Ordinal),
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}

public sealed class BudgetNotFoundException(int id) : Exception($"预算 {id} 不存在");

/// <summary>Thrown when a move or edit is not allowed in the budget's current status.</summary>
public sealed class WorkflowException(string message) : Exception(message);

/// <summary>Another writer saved first: the caller's revision is stale. Nothing was written.</summary>
public sealed class ConcurrencyConflictException(int id, int expected, int actual, string? by, DateTime? at)
    : Exception($"预算 {id} 已被 {by ?? "他人"} 于 {at:yyyy-MM-dd HH:mm:ss} UTC 修改（您的版本号 {expected}，当前 {actual}），请重新打开后再修改")
{
    public int BudgetId { get; } = id;
    public int ExpectedRevision { get; } = expected;
    public int ActualRevision { get; } = actual;
}

/// <summary>A budget of this unit, year and scope exists already (the unique index refused a second).</summary>
public sealed class DuplicateBudgetException(string unitName, int year, Exception inner)
    : Exception($"{unitName} {year} 年的预算已存在，每个单位每年只有一份预算", inner)
{
    public string UnitName { get; } = unitName;
    public int Year { get; } = year;
}
