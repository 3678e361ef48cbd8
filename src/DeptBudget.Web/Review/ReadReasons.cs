using System.Text.RegularExpressions;

namespace DeptBudget.Web.Review;

/// <summary>
/// The reader states why it refused a file in English (for the command line and logs); the desk lists the
/// reason in Chinese for the reviewer, keeping the English after it so nothing of the detail is lost.
/// Unknown messages stay as they are.
/// </summary>
public static partial class ReadReasons
{
    private static readonly (Regex Pattern, Func<Match, string> Chinese)[] Known =
    [
        (new(@"not a budget disclosure"), _ => "不是预算公开文件：既没有预算表，也没有“某年部门预算”或“某年单位预算”这样的标题"),
        (new(@"a scanned PDF \((\d+) pages"), m => $"扫描件（{m.Groups[1].Value} 页图片，无文字层），需先做文字识别"),
        (new(@"the PDF has no text on any of its (\d+) pages"), m => $"PDF 的 {m.Groups[1].Value} 页都没有文字"),
        (new(@"(\d+) pages, more than the (\d+) a disclosure can have"), m => $"共 {m.Groups[1].Value} 页，超过一份公开文件最多 {m.Groups[2].Value} 页的上限"),
        (new(@"gave up at .* after (\d+) s"), m => $"读取超过 {m.Groups[1].Value} 秒仍未完成，已放弃（文件过于复杂）"),
        (new(@"not a readable PDF"), _ => "PDF 已损坏，无法读取"),
        (new(@"not a readable Word document"), _ => "Word 文件已损坏，无法读取"),
        (new(@"not a readable Excel workbook"), _ => "Excel 文件已损坏，无法读取"),
        (new(@"zip bomb"), _ => "文件解压后过大（压缩炸弹），已拒绝"),
        (new(@"binary file"), _ => "二进制文件，不是文本、PDF、Word 或 Excel"),
        (new(@"not valid UTF-8"), _ => "文本不是有效的 UTF-8 编码"),
        (new(@"the document has no text|the file is empty"), _ => "文件没有文字内容"),
        (new(@"more than .* (lines|rows|objects|words|parts)"), _ => "文件规模超过读取上限，已拒绝"),
        (new(@"larger than the (\d+) MB"), m => $"文件超过 {m.Groups[1].Value} MB 的上限"),
        (new(@"without a (document body|workbook)"), _ => "文件不完整：缺少正文或工作簿"),
        (new(@"file not found"), _ => "文件不存在"),
    ];

    /// <summary>
    /// The reason in Chinese only, after the place the reader names (the file): for the upload page, where a user
    /// who reads no English meets it. A message the reader already writes in Chinese (“中文 — English”) keeps its Chinese part.
    /// </summary>
    public static string ChineseOnly(string message)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        var (place, rest) = colon is > 0 and < 200 ? (message[..colon] + "：", message[(colon + 2)..]) : ("", message);
        foreach (var (pattern, chinese) in Known)
            if (pattern.Match(rest) is { Success: true } m) return place + chinese(m);
        var dash = rest.IndexOf(" — ", StringComparison.Ordinal);
        if (dash > 0) return place + rest[..dash];
        return place + rest;
    }

    public static string Chinese(string message)
    {
        foreach (var (pattern, chinese) in Known)
            if (pattern.Match(message) is { Success: true } m) return $"{chinese(m)}（{message}）";
        return message;
    }
}
