using DeptBudget.Reading;
using DeptBudget.Reading.Text;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// The files of a batch folder as disclosures: each file is read once, far enough to say what it states (department,
/// year, role, figures), and the files of one disclosure are grouped (<see cref="DisclosureParts"/>): 北京's
/// explanation with its tables, 广州's targets with their budget. A canonical JSON or an unreadable file is a
/// disclosure of its own (reading it again gives its reason). Each group is then read whole from the lines its files
/// gave when they were identified, so no file is parsed twice — parsing is most of a read. The lines are kept up to
/// <see cref="MaxKeptChars"/> in all; a file past that bound is parsed again when its group is read, so memory stays bounded.
/// </summary>
internal static class BatchGroups
{
    /// <summary>Text kept between identifying and reading, in characters (about 200 MB): far more than a folder of disclosures prints.</summary>
    public const long MaxKeptChars = 100_000_000;

    /// <param name="Lines">Each file's lines as parsed when it was identified, or null where it must be read again.</param>
    public sealed record Group(IReadOnlyList<FileInfo> Files, string Name, IReadOnlyList<IReadOnlyList<SourceLine>?> Lines)
    {
        public string Key => Files[0].FullName;

        /// <summary>Whether every file's lines were kept, so the group reads without parsing again.</summary>
        public bool Parsed => Lines.Count == Files.Count && Lines.All(l => l is not null);
    }

    public static List<Group> Of(IReadOnlyList<FileInfo> files, DirectoryInfo root, int parallelism, Action? identified = null)
    {
        var parts = new ParsedPart?[files.Count];
        long kept = 0;
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var part = Parse(files[i]);
            if (part is not null && Interlocked.Add(ref kept, Chars(part.Lines)) > MaxKeptChars) part = part with { Lines = [] };
            parts[i] = part;
            identified?.Invoke();
        });
        return DisclosureParts.Group(parts.Select(p => p?.Identity).ToList())
            .Select(g => new Group(g.Select(i => files[i]).ToList(),
                string.Join(" + ", g.Select(i => Path.GetRelativePath(root.FullName, files[i].FullName))),
                g.Select(i => parts[i] is { Lines.Count: > 0 } p ? p.Lines : null).ToList()))
            .OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
    }

    private static ParsedPart? Parse(FileInfo f)
    {
        if (f.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || f.Length == 0 || f.Length > DisclosureReader.MaxBytes) return null;
        try { return DisclosureParts.Parse(File.ReadAllBytes(f.FullName), f.Name); }
        // Whatever fails here fails again, with its reason, when the file is read as its own disclosure.
        catch (Exception) { return null; }
    }

    private static long Chars(IReadOnlyList<SourceLine> lines)
    {
        long n = 0;
        foreach (var l in lines) foreach (var c in l.Cells) n += c.Length + 8;
        return n;
    }

    /// <summary>The group's disclosure: from the kept lines when every file's are kept, else read from its files.</summary>
    public static DeptBudget.Model.Disclosure Read(Group g) =>
        g.Parsed ? DisclosureReader.ReadParsed(g.Files.Select((f, i) => (f.Name, g.Lines[i]!)).ToList())
        : g.Files.Count == 1 ? CheckBatch.Read(g.Files[0].FullName) : DisclosureReader.ReadFiles(g.Files.Select(f => f.FullName).ToList());
}
