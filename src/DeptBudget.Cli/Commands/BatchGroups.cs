using DeptBudget.Reading;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// The files of a batch folder as disclosures: each file is read far enough to say what it states (department,
/// year, role, figures) and the files of one disclosure are grouped (<see cref="DisclosureParts"/>): 北京's
/// explanation with its tables, 广州's targets with their budget. A canonical JSON or an unreadable file is a
/// disclosure of its own (reading it again gives its reason). Each group is then read whole, so a file is
/// parsed twice; only what each file states is kept between the two passes, so memory stays one file's worth.
/// </summary>
internal static class BatchGroups
{
    public sealed record Group(IReadOnlyList<FileInfo> Files, string Name)
    {
        public string Key => Files[0].FullName;
    }

    public static List<Group> Of(IReadOnlyList<FileInfo> files, DirectoryInfo root, int parallelism, Action? identified = null)
    {
        var parts = new PartIdentity?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            parts[i] = Identify(files[i]);
            identified?.Invoke();
        });
        return DisclosureParts.Group(parts)
            .Select(g => g.Select(i => files[i]).ToList())
            .Select(g => new Group(g, string.Join(" + ", g.Select(f => Path.GetRelativePath(root.FullName, f.FullName)))))
            .OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
    }

    private static PartIdentity? Identify(FileInfo f)
    {
        if (f.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || f.Length == 0 || f.Length > DisclosureReader.MaxBytes) return null;
        try { return DisclosureParts.Identify(File.ReadAllBytes(f.FullName), f.Name); }
        // Whatever fails here fails again, with its reason, when the file is read as its own disclosure.
        catch (Exception) { return null; }
    }

    public static DeptBudget.Model.Disclosure Read(Group g) =>
        g.Files.Count == 1 ? CheckBatch.Read(g.Files[0].FullName) : DisclosureReader.ReadFiles(g.Files.Select(f => f.FullName).ToList());
}
