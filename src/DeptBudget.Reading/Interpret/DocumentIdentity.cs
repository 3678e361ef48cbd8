using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Interpret;

/// <summary>
/// Which disclosure a document is, when its lines do not say it the way <see cref="MetaExtractor.Identify"/>
/// expects: from the cover title even when it wraps over lines (深圳 <c>2026 年深圳市医疗保障局（本级）部</c> /
/// <c>门预算</c>; 上海 a department name over two lines above <c>2024年度部门决算</c>), then any table title,
/// the 目录, and last the file name. Each fallback used is said in <paramref name="notes"/>, in Chinese.
/// </summary>
public static partial class DocumentIdentity
{
    /// <summary>Lines of a cover looked at: a title wraps over a few lines before the 目录 or the text starts.</summary>
    private const int CoverLines = 6;

    private static readonly char[] SentenceMarks = ['：', ':', '，', ',', '。', '；', ';', '、'];

    /// <summary>The cover title joined over its lines: department (may be empty), year (0 when none) and scope.</summary>
    public static (string Department, int Year, BudgetScope? Scope) Cover(IReadOnlyList<SourceLine> lines)
    {
        var cover = string.Concat(CoverText(lines));
        var m = NameThenYear().Match(cover);
        if (!m.Success) m = YearThenName().Match(cover);
        if (!m.Success) return ("", 0, null);
        var name = m.Groups["n"].Value.Trim();
        // A name holds no sentence punctuation: text above the title (a note, a banner) is not part of it.
        if (name.Length < 3 || name.Contains("预算") || name.Contains("决算") || name.IndexOfAny(SentenceMarks) >= 0) name = "";
        return (name, int.Parse(m.Groups["y"].Value), m.Groups["s"].Value == "单位" ? BudgetScope.Unit : BudgetScope.Department);
    }

    /// <summary>The year stated by a table title (2026年市级部门收支预算总表), a 目录 line or, last, the file name; 0 when none.</summary>
    public static int Year(IReadOnlyList<string> titles, IReadOnlyList<SourceLine> contents, string? fileName, List<string> notes)
    {
        var fromTitles = MostCommonYear(titles);
        if (fromTitles > 0) { notes.Add($"年度 {fromTitles} 取自表名（封面未写明“XXXX年部门预算”）"); return fromTitles; }
        var fromContents = MostCommonYear(contents.Where(l => l.IsText).Select(l => TextNormalizer.Cell(l.Cells[0])));
        if (fromContents > 0) { notes.Add($"年度 {fromContents} 取自目录"); return fromContents; }
        var m = fileName is null ? Match.Empty : FileYear().Match(Path.GetFileNameWithoutExtension(fileName));
        if (m.Success) { notes.Add($"年度 {m.Value} 取自文件名 {fileName}（文件内未写明年度）"); return int.Parse(m.Value); }
        notes.Add("未找到年度：封面、表名、目录和文件名都未写明");
        return 0;
    }

    /// <summary>
    /// Prose that explains a budget: several paragraphs naming 预算 or 决算 and amounts in 元/万元. A file
    /// of explanations only (北京's <c>-text.pdf</c>) is a part of a disclosure; a poem or a letter is not.
    /// </summary>
    public static bool IsBudgetNarrative(IReadOnlyList<SourceLine> prose)
    {
        var budgetLines = 0; var money = 0;
        foreach (var line in prose.Where(l => !l.IsBlank))
        {
            var text = line.Joined;
            if (text.Contains("预算") || text.Contains("决算")) budgetLines++;
            if (MoneyInText().IsMatch(text)) money++;
        }
        return budgetLines >= 3 && money >= 1;
    }

    private static IEnumerable<string> CoverText(IReadOnlyList<SourceLine> lines)
    {
        var taken = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank) continue;
            if (!line.IsText || taken++ >= CoverLines) yield break;
            var text = TextNormalizer.Cell(line.Cells[0]);
            if (TextNormalizer.Key(text) == "目录") yield break;
            yield return text;
        }
    }

    private static int MostCommonYear(IEnumerable<string> texts) =>
        texts.SelectMany(t => TextYear().Matches(t).Select(m => int.Parse(m.Groups["y"].Value)))
            .GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault();

    // 上海市普陀区财政局2024年度部门决算; 北京市医疗保障局部门2026年度部门预算信息公开
    [GeneratedRegex(@"(?<n>[^\d]{3,40}?)(?<y>20\d{2})年度?(区级|市级|县级|省级)?(?<s>部门|单位)(预算|决算)")]
    private static partial Regex NameThenYear();

    // 2026年深圳市医疗保障局（本级）部门预算
    [GeneratedRegex(@"(?<y>20\d{2})年度?(?<n>[^\d]{3,40}?)(?<s>部门|单位)?(预算|决算)")]
    private static partial Regex YearThenName();

    [GeneratedRegex(@"(?<y>20\d{2})年")]
    private static partial Regex TextYear();

    [GeneratedRegex(@"(?<!\d)20\d{2}(?!\d)")]
    private static partial Regex FileYear();

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?\s*(万元|元)")]
    private static partial Regex MoneyInText();
}
