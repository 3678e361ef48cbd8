using DeptBudget.Model;
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
public sealed class Importer(BudgetStore store, BudgetDbContext db, CheckService checks, DeptBudgetSettings settings, OriginalFiles originals)
{
    /// <summary>The note of the budget's first version: names the file, its batch and item, so a retry finds it.</summary>
    public static string Note(int batchId, int itemId, string fileName)
    {
        var note = $"批量导入 {Path.GetFileName(fileName)}（批次 {batchId} 第 {itemId} 号文件）";
        return note.Length <= 500 ? note : note[..500];
    }

    /// <param name="region">The importer's region (a reviewer's); null for every region.</param>
    public async Task<ImportOutcome> ImportAsync(byte[] content, string fileName, string note, string user, string? region, CancellationToken ct)
    {
        var saved = await db.BudgetVersions.Where(v => v.Number == 1 && v.Note == note).Select(v => (int?)v.BudgetId).FirstOrDefaultAsync(ct);
        if (saved is { } already)
        {
            var b = await db.Budgets.AsNoTracking().FirstAsync(x => x.Id == already, ct);
            return new ImportOutcome(ItemState.Checked, null, b.Id, b.Department, b.Year, b.ErrorCount, b.WarningCount);
        }
        Disclosure d;
        try { d = Intake.Read(content, fileName, settings.Limits.MaxUploadBytes); }
        catch (IntakeException e) { return ImportOutcome.Failed(ReadReasons.Chinese(e.Message)); }
        var department = d.Meta.Department;
        if (string.IsNullOrWhiteSpace(department)) return ImportOutcome.Failed("未能读出部门名称，无法归入地区与单位");
        if (region is not null && (Regions.FromDepartment(department) ?? "") != region)
            return ImportOutcome.Failed($"“{department}”不属于您审核的地区“{region}”");
        var (unit, year) = DisclosureKey.Of(d);
        if (await store.FindAsync(department, unit, year, ct) is { } existing)
            return ImportOutcome.Failed($"{unit} {year} 年的预算已存在（第 {existing} 号）；"
                + "若此文件与另一文件同属一份公开（说明与表格分开），多文件合并读取尚未提供，请合为一个文件后上传");
        var (_, summary) = checks.CheckAndSummarise(d);
        var record = await store.CreateAsync(d, summary, user, note, BudgetStatus.Submitted, ct);
        await originals.KeepAsync(record.Id, content, ct);
        return new ImportOutcome(ItemState.Checked, null, record.Id, record.Department, record.Year, record.ErrorCount, record.WarningCount);
    }
}

/// <summary>
/// What a file states it is: its unit and year (one budget per unit and year). Files of one disclosure are
/// grouped by this key; reading several files as one disclosure (DisclosureReader.ReadFiles, to come) plugs in here.
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
