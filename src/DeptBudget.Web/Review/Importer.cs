using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Storage;
using DeptBudget.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>What became of one file: checked into budget <see cref="BudgetId"/>, or failed with the reason.</summary>
public sealed record ImportOutcome(ItemState State, string? Reason, int? BudgetId = null, string? Department = null, int? Year = null,
    int Errors = 0, int Warnings = 0)
{
    public static ImportOutcome Failed(string reason) => new(ItemState.Failed, reason);
}

/// <summary>
/// Reads, checks and saves one file as a budget awaiting review (已提交), for the web jobs and `deptbudget import`.
/// The budget is written in one transaction (BudgetStore.CreateAsync); a retried file whose budget was already
/// saved (its instance died before recording it) is recognised by the version note and not saved twice.
/// </summary>
public sealed class Importer(BudgetStore store, BudgetDbContext db, CheckService checks, DeptBudgetSettings settings, OriginalFiles originals,
    Services.Workers.IUploadReader reader)
{
    /// <summary>The note of the budget's first version: names the file, its batch and item, so a retry finds it.</summary>
    public static string Note(int batchId, int itemId, string fileName)
    {
        var note = $"批量导入 {Path.GetFileName(fileName)}（批次 {batchId} 第 {itemId} 号文件）";
        return note.Length <= 500 ? note : note[..500];
    }

    /// <param name="region">The importer's region (a reviewer's); null for every region.</param>
    public Task<ImportOutcome> ImportAsync(byte[] content, string fileName, string note, string user, string? region, CancellationToken ct) =>
        ImportAsync([(fileName, content)], note, user, region, ct);

    /// <summary>The files of one disclosure (grouped by <see cref="DisclosureParts"/>), read as one and saved as one budget.</summary>
    public async Task<ImportOutcome> ImportAsync(IReadOnlyList<(string Name, byte[] Content)> files, string note, string user, string? region, CancellationToken ct)
    {
        var saved = await db.BudgetVersions.Where(v => v.Number == 1 && v.Note == note).Select(v => (int?)v.BudgetId).FirstOrDefaultAsync(ct);
        if (saved is { } already)
        {
            var b = await db.Budgets.AsNoTracking().FirstAsync(x => x.Id == already, ct);
            return new ImportOutcome(ItemState.Checked, null, b.Id, b.Department, b.Year, b.ErrorCount, b.WarningCount);
        }
        Disclosure d;
        try { d = reader.Read([.. files.Select(f => new Services.Workers.UploadFile(f.Name, f.Content))], MaxGroupBytes(settings), ct); }
        catch (IntakeException e) { return ImportOutcome.Failed(ReadReasons.Chinese(e.ReaderMessage ?? e.Message)); }
        var department = d.Meta.Department;
        if (string.IsNullOrWhiteSpace(department)) return ImportOutcome.Failed("未能读出部门名称，无法归入地区与单位");
        if (region is not null && (Regions.FromDepartment(department) ?? "") != region)
            return ImportOutcome.Failed($"“{department}”不属于您审核的地区“{region}”");
        var (unit, year) = DisclosureKey.Of(d);
        if (await store.FindAsync(department, unit, year, ct, d.Meta.Scope) is { } existing)
            return ImportOutcome.Failed(Duplicate(unit, year, existing));
        var (_, summary) = checks.CheckAndSummarise(d);
        try
        {
            var record = await store.CreateAsync(d, summary, user, note, BudgetStatus.Submitted, ct);
            await originals.SaveAsync(record.Id, files, ct);
            return new ImportOutcome(ItemState.Checked, null, record.Id, record.Department, record.Year, record.ErrorCount, record.WarningCount);
        }
        catch (DuplicateBudgetException)
        {
            // Another import of the same unit and year committed between the look above and this insert: the
            // database's unique index refused the second.
            var other = await store.FindAsync(department, unit, year, CancellationToken.None, d.Meta.Scope);
            return ImportOutcome.Failed(Duplicate(unit, year, other));
        }
    }

    public static string Duplicate(string unit, int year, int? existing) =>
        $"{unit} {year} 年的预算已存在{(existing is { } id ? $"（第 {id} 号）" : "")}，每个单位每年只有一份预算；"
        + "若此文件与另一文件同属一份公开（说明与表格分开），请在同一批中一起上传";

    /// <summary>
    /// The desk's files come one by one (each within the upload limit) and are grouped by what they state; a
    /// group is read as one disclosure by the same reader as the upload page (in a worker under `serve`), at most
    /// <see cref="Intake.MaxFiles"/> files and together at most that many times the upload limit (6 × 20 MB by
    /// default), so that no group asks more of one read than six full uploads.
    /// </summary>
    public static long MaxGroupBytes(DeptBudgetSettings settings) => Intake.MaxFiles * settings.Limits.MaxUploadBytes;

    /// <summary>
    /// What one file states, for grouping the files of a batch: null when it stands alone whatever else is sent
    /// (a canonical JSON is a whole budget). Throws <see cref="IntakeException"/> with the reason it cannot be read.
    /// </summary>
    public static PartIdentity? Identify(byte[] content, string fileName, long maxBytes)
    {
        var name = Path.GetFileName(fileName);
        var format = DisclosureReader.DocumentFormat(content);
        if (content.Length == 0 || content.Length > maxBytes || format is not ("pdf" or "docx" or "xlsx"))
        {
            // The intake's own refusals (empty, too large, binary, invalid UTF-8, malformed JSON); text is cheap to read twice.
            Intake.Read(content, name, maxBytes);
            if (LooksJson(content)) return null;
        }
        try { return DisclosureParts.Identify(content, name); }
        catch (ReadException e) { throw new IntakeException(422, "无法读取：" + ReadReasons.ChineseOnly(e.Message), e.Message); }
    }

    private static bool LooksJson(byte[] content)
    {
        var head = System.Text.Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 64)).TrimStart('\uFEFF').TrimStart();
        return head.StartsWith('{');
    }
}

/// <summary>
/// What a disclosure states it is: its unit and year (one budget per unit and year, which the database's unique
/// index holds). The files of one disclosure are grouped before (DisclosureParts) and read as one.
/// </summary>
public static class DisclosureKey
{
    public static (string Unit, int Year) Of(Disclosure d)
    {
        var root = d.Budget.Units.FirstOrDefault(u => u.ParentCode is null);
        var unit = root?.Name ?? d.Meta.Department;
        return (unit.Length <= 200 ? unit : unit[..200], d.Meta.Year);
    }
}
