using System.IO.Compression;
using DeptBudget.Reading;
using DeptBudget.Reading.Guards;

namespace DeptBudget.Web.Review;

/// <summary>One file of a batch as sent, or the reason it was refused before reading (Chinese).</summary>
public sealed record BatchFile(string Name, byte[]? Content, string? Refusal)
{
    public static BatchFile Refused(string name, string reason) => new(name, null, reason);
}

/// <summary>
/// Turns what a reviewer sent (several files, one or more zips of a folder) into the files of a batch. A zip
/// of documents is expanded with the reader's zip guards: at most <see cref="Limits.MaxZipEntries"/> entries, each
/// entry decompressed through a counter that stops at the per-file limit, the total and the compression ratio
/// (declared sizes can lie), and no entry whose path climbs out (`..`) or is absolute. A Word or Excel
/// document is itself a zip: it is recognised by its parts and kept whole.
/// </summary>
public static class BatchFiles
{
    public static IEnumerable<BatchFile> Expand(string name, byte[] content, long maxFileBytes)
    {
        name = Path.GetFileName(name.Replace('\\', '/'));
        if (!IsArchive(content)) return [Sized(name, content, maxFileBytes)];
        try { return ExpandZip(name, content, maxFileBytes); }
        catch (InvalidDataException) { return [BatchFile.Refused(name, "压缩包已损坏，无法展开")]; }
    }

    /// <summary>A zip that is not a Word or Excel package (those are read as documents).</summary>
    private static bool IsArchive(byte[] b) => b.AsSpan().StartsWith("PK\x03\x04"u8) && ZipGuard.Kind(b) is null;

    private static BatchFile Sized(string name, byte[] content, long max) =>
        content.Length == 0 ? BatchFile.Refused(name, "文件为空")
        : content.Length > max ? BatchFile.Refused(name, $"文件超过 {max / (1024 * 1024)} MB 的上限")
        : new BatchFile(name, content, null);

    private static List<BatchFile> ExpandZip(string zipName, byte[] content, long maxFileBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        var entries = zip.Entries.Where(e => !IsDirectoryOrJunk(e.FullName)).ToList();
        if (zip.Entries.Count > Limits.MaxZipEntries)
            return [BatchFile.Refused(zipName, $"压缩包有 {zip.Entries.Count} 个条目，超过 {Limits.MaxZipEntries} 个的上限，未展开")];
        var files = new List<BatchFile>();
        long total = 0;
        var buffer = new byte[81920];
        foreach (var e in entries)
        {
            var shown = $"{zipName}/{e.FullName}";
            if (!IsSafePath(e.FullName)) { files.Add(BatchFile.Refused(shown, "路径含“..”或为绝对路径，已拒绝")); continue; }
            if (e.Length > maxFileBytes) { files.Add(BatchFile.Refused(shown, $"解压后超过 {maxFileBytes / (1024 * 1024)} MB 的上限")); continue; }
            using var ms = new MemoryStream();
            string? refusal = null;
            try
            {
                using var s = e.Open();
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    ms.Write(buffer, 0, n);
                    total += n;
                    if (ms.Length > maxFileBytes) { refusal = $"解压后超过 {maxFileBytes / (1024 * 1024)} MB 的上限（压缩炸弹？）"; break; }
                    if (ms.Length > 1024 * 1024 && ms.Length > Math.Max(1, e.CompressedLength) * Limits.MaxCompressionRatio)
                    { refusal = $"压缩比超过 {Limits.MaxCompressionRatio} 倍（压缩炸弹），已拒绝"; break; }
                    if (total > Limits.MaxZipTotalBytes)
                        return [.. files, BatchFile.Refused(shown, $"压缩包解压后总量超过 {Limits.MaxZipTotalBytes / (1024 * 1024)} MB，其余条目未展开")];
                }
            }
            catch (InvalidDataException) { refusal = "条目已损坏，无法解压"; }
            if (refusal is not null) { files.Add(BatchFile.Refused(shown, refusal)); continue; }
            var bytes = ms.ToArray();
            // A zip inside the zip is not expanded again: one level is a folder as the departments sent it.
            files.Add(IsArchive(bytes) ? BatchFile.Refused(shown, "压缩包中的压缩包不再展开，请直接上传") : Sized(shown, bytes, maxFileBytes));
        }
        if (files.Count == 0) files.Add(BatchFile.Refused(zipName, "压缩包中没有文件"));
        return files;
    }

    private static bool IsDirectoryOrJunk(string path) =>
        path.EndsWith('/') || path.EndsWith('\\') || path.StartsWith("__MACOSX/", StringComparison.Ordinal)
        || Path.GetFileName(path) is ".DS_Store" or "Thumbs.db";

    private static bool IsSafePath(string path)
    {
        var p = path.Replace('\\', '/');
        if (p.StartsWith('/') || (p.Length > 1 && p[1] == ':')) return false;
        return !p.Split('/').Any(s => s == "..");
    }
}
