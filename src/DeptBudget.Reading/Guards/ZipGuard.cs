using System.IO.Compression;

namespace DeptBudget.Reading.Guards;

/// <summary>
/// Checks a .docx/.xlsx package before the Open XML SDK expands it: entry count, and every entry
/// actually decompressed through a capped counter (declared sizes can lie), so a zip bomb stops at
/// the cap instead of filling memory. Every XML part is walked too (<see cref="XmlGuard"/>): the SDK
/// builds its element tree recursively, so nesting and element count are bounded before it does.
/// </summary>
public static class ZipGuard
{
    public static void Check(byte[] bytes, string where)
    {
        ZipArchive zip;
        try { zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read); }
        catch (InvalidDataException) { throw new ReadException($"{where}: binary file (a damaged zip archive, not a Word or Excel document)"); }
        using (zip)
        {
            if (zip.Entries.Count > Limits.MaxZipEntries)
                throw new ReadException($"{where}: the package has {zip.Entries.Count} parts, more than {Limits.MaxZipEntries}; refused");
            var budget = new ZipBudget(where);
            var elements = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > Limits.MaxZipEntryBytes)
                    throw new ReadException($"{where}: part {entry.FullName} expands to {entry.Length / (1024 * 1024)} MB; refused (zip bomb?)");
                try
                {
                    using var s = new CappedStream(entry.Open(), entry, budget);
                    // Every part that is XML (whatever its name: content types can map any name) is walked
                    // for depth and element count; the rest is only counted.
                    if (s.LooksLikeXml()) elements = XmlGuard.Check(s, where, entry.FullName, elements);
                    else s.CopyTo(Stream.Null);
                }
                catch (InvalidDataException e) { throw new ReadException($"{where}: part {entry.FullName} is damaged ({e.Message})"); }
            }
        }
    }

    /// <summary>What an Office package holds, from its part names: "docx", "xlsx" or null.</summary>
    public static string? Kind(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Any(e => e.FullName.StartsWith("word/", StringComparison.Ordinal))) return "docx";
            if (zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal))) return "xlsx";
            return null;
        }
        catch (InvalidDataException) { return null; }
    }
}
