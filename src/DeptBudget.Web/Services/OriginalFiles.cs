using DeptBudget.Checks.Pictures;

namespace DeptBudget.Web.Services;

/// <summary>
/// The original PDF of an uploaded or imported budget, kept as uploaded beside the database (data/originals/{id}.pdf,
/// owner-only): the budget page links to it and shows findings at their place on its pages. Only PDFs are kept
/// (pictures need pages), each within the upload limit, so the folder grows by at most that per budget.
/// </summary>
public sealed class OriginalFiles(DeptBudgetSettings settings)
{
    private string Folder => Path.Combine(settings.DataDir, "originals");

    private string PathOf(int budgetId) => Path.Combine(Folder, $"{budgetId}.pdf");

    public async Task KeepAsync(int budgetId, byte[] content, CancellationToken ct)
    {
        if (!FindingPictures.IsPdf(content) || content.LongLength > settings.Limits.MaxUploadBytes) return;
        Directory.CreateDirectory(Folder);
        var path = PathOf(budgetId);
        var temp = path + ".part";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var s = new FileStream(temp, options)) await s.WriteAsync(content, ct);
        File.Move(temp, path, overwrite: true);
    }

    public bool Has(int budgetId) => File.Exists(PathOf(budgetId));

    /// <summary>The kept PDF, or null when none was kept (a text upload, a blank budget, one from before originals were kept).</summary>
    public byte[]? Load(int budgetId) => File.Exists(PathOf(budgetId)) ? File.ReadAllBytes(PathOf(budgetId)) : null;
}
