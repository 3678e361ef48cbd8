using System.Text;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Reading;

namespace DeptBudget.Web.Services;

/// <summary>An upload that cannot become a budget: the HTTP status to answer and the reason in Chinese.</summary>
public sealed class IntakeException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// Reads an uploaded file into a disclosure after sniffing its content (never trusting its name or
/// content type): a PDF, the canonical JSON, or UTF-8 text extracted from a PDF. Anything else is refused.
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
                Kind.Pdf => ReadPdf(content, name),
                Kind.Json => BudgetJson.Deserialize(Text(content)),
                Kind.Text => DisclosureReader.ReadText(Text(content), name),
                _ => throw new IntakeException(415, "不支持的文件类型：请上传 PDF、由 PDF 提取的文本（UTF-8）或本系统的 JSON"),
            };
        }
        catch (ReadException e) { throw new IntakeException(422, "无法读取：" + e.Message); }
        catch (BudgetJsonException e) { throw new IntakeException(422, "JSON 不符合格式：" + e.Message); }
        catch (NotImplementedException) { throw new IntakeException(503, "读取功能尚未就绪"); }
    }

    private enum Kind { Pdf, Json, Text, Other }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // zip (docx/xlsx), png, jpeg, gif, exe, elf, ole (doc/xls)
    private static readonly byte[][] BinaryMagic =
        [[0x50, 0x4B, 0x03, 0x04], [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x47, 0x49, 0x46, 0x38], [0x4D, 0x5A], [0x7F, 0x45, 0x4C, 0x46], [0xD0, 0xCF, 0x11, 0xE0]];

    private static Kind Sniff(byte[] b)
    {
        ReadOnlySpan<byte> s = b;
        if (s.StartsWith("%PDF-"u8)) return Kind.Pdf;
        foreach (var magic in BinaryMagic) if (s.StartsWith(magic)) return Kind.Other;
        if (s.IndexOf((byte)0) >= 0) return Kind.Other;
        try { StrictUtf8.GetCharCount(b); }
        catch (DecoderFallbackException) { return Kind.Other; }
        var text = Text(b).TrimStart();
        if (text.StartsWith('{')) return Kind.Json;
        return Kind.Text;
    }

    private static string Text(byte[] b) => StrictUtf8.GetString(b).TrimStart('\uFEFF');

    private static Disclosure ReadPdf(byte[] content, string name)
    {
        var dir = Directory.CreateTempSubdirectory("deptbudget-upload-");
        try
        {
            var path = Path.Combine(dir.FullName, "upload.pdf");
            File.WriteAllBytes(path, content);
            var d = DisclosureReader.ReadFile(path);
            return d with { Meta = d.Meta with { SourceFile = name } };
        }
        finally { dir.Delete(recursive: true); }
    }
}
