using System.Text.RegularExpressions;

namespace DeptBudget.Web.Services;

/// <summary>One file a budget was read from, as it was uploaded (or imported).</summary>
/// <param name="Index">Its place among the budget's files (北京: the explanation 0, the tables 1).</param>
public sealed record OriginalFile(int Index, string Name, long Length)
{
    /// <summary>The content type a browser gets: the reader's formats by their ending, anything else as bytes.</summary>
    public string ContentType => Path.GetExtension(Name).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".txt" => "text/plain; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };
}

/// <summary>
/// The files a budget was read from, kept as they were published so that the budget page can link to them and
/// a reader of the page can check our reading against the original. They live beside the database in
/// {data}/originals/{budget id}/{index}-{name}: a folder per budget (no schema change, nothing to migrate), names
/// reduced to safe characters, and a bound on what one budget may keep (the upload limit), so a caller cannot fill the disk
/// through one budget. The first files saved for a budget stay: a later upload is a new budget. Files are owner-only
/// (like the database). A budget read from one PDF also shows its findings at their place on that PDF's pages
/// (<see cref="Load"/>); one read from several files has no single page numbering, so it gets no pictures.
/// </summary>
public sealed partial class OriginalFiles(DeptBudgetSettings settings)
{
    private string Root => Path.Combine(settings.DataDir, "originals");

    private string FolderOf(int budgetId) => Path.Combine(Root, budgetId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Keeps the files of a new budget; files beyond the upload limit in total are not kept (the budget still is).</summary>
    public async Task SaveAsync(int budgetId, IReadOnlyList<(string Name, byte[] Content)> files, CancellationToken ct = default)
    {
        var folder = FolderOf(budgetId);
        if (Directory.Exists(folder)) return;
        var tmp = folder + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(tmp);
        long total = 0;
        for (var i = 0; i < files.Count; i++)
        {
            total += files[i].Content.LongLength;
            if (total > settings.Limits.MaxUploadBytes) break;
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using var s = new FileStream(Path.Combine(tmp, $"{i}-{SafeName(files[i].Name)}"), options);
            await s.WriteAsync(files[i].Content, ct);
        }
        // A folder appears whole or not at all: a page never links to a half-written file.
        try { Directory.Move(tmp, folder); }
        catch (IOException) { Directory.Delete(tmp, recursive: true); }
    }

    public IReadOnlyList<OriginalFile> List(int budgetId)
    {
        var folder = FolderOf(budgetId);
        if (!Directory.Exists(folder)) return [];
        var list = new List<OriginalFile>();
        foreach (var f in new DirectoryInfo(folder).GetFiles())
        {
            var dash = f.Name.IndexOf('-');
            if (dash > 0 && int.TryParse(f.Name[..dash], out var index)) list.Add(new OriginalFile(index, f.Name[(dash + 1)..], f.Length));
        }
        return list.OrderBy(f => f.Index).ToList();
    }

    /// <summary>The file's content stream, or null when the budget has no file of that index.</summary>
    public (OriginalFile File, Stream Content)? Open(int budgetId, int index)
    {
        if (List(budgetId).FirstOrDefault(f => f.Index == index) is not { } file) return null;
        return (file, File.OpenRead(Path.Combine(FolderOf(budgetId), $"{file.Index}-{file.Name}")));
    }

    /// <summary>The budget's one PDF as bytes, or null when it was not read from exactly one kept PDF (text, several files,
    /// a blank budget, one uploaded before originals were kept).</summary>
    public byte[]? Load(int budgetId)
    {
        var files = List(budgetId);
        if (files.Count != 1 || files[0].ContentType != "application/pdf") return null;
        var bytes = File.ReadAllBytes(Path.Combine(FolderOf(budgetId), $"{files[0].Index}-{files[0].Name}"));
        return DeptBudget.Checks.Pictures.FindingPictures.IsPdf(bytes) ? bytes : null;
    }

    /// <summary>Whether <see cref="Load"/> has a PDF to give (without reading it: pages ask this for every finding list).</summary>
    public bool Has(int budgetId) => List(budgetId) is [{ ContentType: "application/pdf" }];

    /// <summary>The file name without folders and with only letters, digits, CJK, '.', '-', '_' (at most 100 characters).</summary>
    public static string SafeName(string name)
    {
        var n = Unsafe().Replace(Path.GetFileName(name.Replace('\\', '/')), "_").Trim('.', ' ');
        if (n.Length == 0) n = "file";
        return n.Length <= 100 ? n : n[..50] + "…" + n[^49..];
    }

    [GeneratedRegex(@"[^\p{L}\p{N}._\-（）()]")]
    private static partial Regex Unsafe();
}
