namespace DeptBudget.Checks;

/// <summary>Cuts narrative paragraphs into sentences so a finding can quote the one it is about.</summary>
public static class Sentences
{
    public static string Around(string paragraph, int offset)
    {
        if (paragraph.Length == 0) return "";
        offset = Math.Clamp(offset, 0, paragraph.Length - 1);
        var start = offset;
        while (start > 0 && !IsEnd(paragraph[start - 1])) start--;
        var end = offset;
        while (end < paragraph.Length && !IsEnd(paragraph[end])) end++;
        if (end < paragraph.Length) end++;
        var s = paragraph[start..end].Trim();
        return s.Length <= 160 ? s : s[..160] + "…";
    }

    private static bool IsEnd(char c) => c is '。' or '；' or ';' or '！' or '？';
}
