using System.Text;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Reading;

namespace DeptBudget.Web.Services;

/// <summary>An upload that cannot become a budget: the HTTP status to answer and the reason in Chinese.</summary>
/// <param name="ReaderMessage">The reader's own words (place and reason, partly English), for those that map them themselves.</param>
public sealed class IntakeException(int status, string message, string? readerMessage = null) : Exception(message)
{
    public int Status { get; } = status;
    public string? ReaderMessage { get; } = readerMessage;
}

/// <summary>
/// Reads an uploaded file into a disclosure after sniffing its content (never trusting its name or
/// content type): PDF, Word or Excel documents and UTF-8 text go to the reader, the canonical JSON to
/// its loader. Other binaries (images, executables, other zip files, invalid UTF-8) are refused.
/// </summary>
public static class Intake
{
    public static Disclosure Read(byte[] content, string fileName, long maxBytes)
    {
        if (content.Length == 0) throw new IntakeException(400, "文件为空");
        if (content.Length > maxBytes) throw new IntakeException(413, $"文件超过 {maxBytes / (1024 * 1024)} MB 的上限");
        var name = Path.GetFileName(fileName);
        try
        {
            return Sniff(content) switch
            {
                Kind.Document => DisclosureReader.ReadBytes(content, name),
                Kind.Json => BudgetJson.Deserialize(Text(content)),
                _ => throw new IntakeException(415, "不支持的文件类型：请上传 PDF、Word（docx）、Excel（xlsx）、由 PDF 提取的文本（UTF-8）或本系统的 JSON"),
            };
        }
        catch (ReadException e) { throw new IntakeException(422, "无法读取：" + Review.ReadReasons.ChineseOnly(e.Message), e.Message); }
        catch (BudgetJsonException e) { throw new IntakeException(422, "JSON 不符合格式：" + e.Message); }
        catch (NotImplementedException) { throw new IntakeException(503, "读取功能尚未就绪"); }
    }

    /// <summary>
    /// The one reader of a disclosure's files, for the upload page and the reviewer desk alike (in a read worker
    /// or in-process): 北京 publishes its explanation and its tables as two PDFs, read as one by
    /// <see cref="DisclosureReader.ReadFiles(IReadOnlyList{ValueTuple{string, byte[]}})"/>; one file is read as
    /// <see cref="Read(byte[], string, long)"/> reads it. At most <see cref="MaxFiles"/> files, each within
    /// <paramref name="maxBytes"/> and together within <paramref name="maxTotalBytes"/>; each is sniffed first, and
    /// several must all be documents (a JSON is a whole budget by itself).
    /// </summary>
    public static Disclosure Read(IReadOnlyList<Workers.UploadFile> files, long maxBytes, long maxTotalBytes)
    {
        if (files.Count == 0) throw new IntakeException(400, "请选择文件");
        if (files.Count == 1) return Read(files[0].Content, files[0].Name, Math.Min(maxBytes, maxTotalBytes));
        if (files.Count > MaxFiles) throw new IntakeException(400, $"一份预算最多 {MaxFiles} 个文件，收到 {files.Count} 个");
        if (files.Sum(f => f.Content.LongLength) > maxTotalBytes) throw new IntakeException(413, $"文件合计超过 {maxTotalBytes / (1024 * 1024)} MB 的上限");
        var parts = new List<(string Name, byte[] Bytes)>(files.Count);
        foreach (var (fileName, content) in files)
        {
            var name = Path.GetFileName(fileName);
            if (content.Length == 0) throw new IntakeException(400, $"{name}：文件为空");
            if (content.Length > maxBytes) throw new IntakeException(413, $"{name}：文件超过 {maxBytes / (1024 * 1024)} MB 的上限");
            if (Sniff(content) != Kind.Document)
                throw new IntakeException(415, $"{name}：几个文件合为一份预算时，每个文件都应是 PDF、Word（docx）、Excel（xlsx）或文本");
            // The reader's notes name the part they are about: two parts of one name get their place in front.
            parts.Add((parts.Any(p => p.Name == name) ? $"{parts.Count + 1}-{name}" : name, content));
        }
        try { return DisclosureReader.ReadFiles(parts); }
        catch (ReadException e) { throw new IntakeException(422, "无法读取：" + Review.ReadReasons.ChineseOnly(e.Message), e.Message); }
        catch (NotImplementedException) { throw new IntakeException(503, "读取功能尚未就绪"); }
    }

    /// <summary>Most files one budget is read from (explanation, tables, targets, and room for a split part).</summary>
    public const int MaxFiles = 6;

    private enum Kind { Document, Json, Other }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // png, jpeg, gif, exe, elf, ole (doc/xls)
    private static readonly byte[][] BinaryMagic =
        [[0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x47, 0x49, 0x46, 0x38], [0x4D, 0x5A], [0x7F, 0x45, 0x4C, 0x46], [0xD0, 0xCF, 0x11, 0xE0]];

    private static Kind Sniff(byte[] b)
    {
        var format = DisclosureReader.DocumentFormat(b);
        if (format is "pdf" or "docx" or "xlsx") return Kind.Document;
        if (format != "text") return Kind.Other;
        ReadOnlySpan<byte> s = b;
        foreach (var magic in BinaryMagic) if (s.StartsWith(magic)) return Kind.Other;
        if (s.IndexOf((byte)0) >= 0) return Kind.Other;
        try { StrictUtf8.GetCharCount(b); }
        catch (DecoderFallbackException) { return Kind.Other; }
        return Text(b).TrimStart().StartsWith('{') ? Kind.Json : Kind.Document;
    }

    private static string Text(byte[] b) => StrictUtf8.GetString(b).TrimStart('\uFEFF');
}
