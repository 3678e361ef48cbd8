using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// Recognises a table by the meaning of its title, whatever the wording: 部门收支总体情况表,
/// 单位收支预算表, 收支总体情况表 and 2021年部门收支总体情况表 are all revenue-expenditure-summary.
/// Rules (data: <see cref="Vocabulary.Titles"/>) are tried in order; the first whose words all occur wins.
/// </summary>
public static partial class TableTitles
{
    // The vocabulary is data (Model/Layouts/Vocabulary/national.json and the families' titleWords); only the engine is here.
    private static readonly Regex Decorations = new(string.Join('|', Vocabulary.TitleDecorations), RegexOptions.Compiled);

    /// <summary>The table id a title means, or null. Narrative headings (一、… 情况说明) mean no table.</summary>
    public static string? Recognise(string title)
    {
        // Asked of every line of text: a title ends in 表 or 机关运行经费, so text holding neither 表 nor 费 is none.
        if (!TextNormalizer.MayHold(title, '表') && !TextNormalizer.MayHold(title, '费')) return null;
        var t = Strip(title);
        // A qualifier in brackets at the end (（按经济分类）, （不含上年结转）) tells tables apart but is no part of the
        // title's form: the title must end with 表 before it.
        var qualifier = TrailingBrackets().Match(TextNormalizer.Cell(title)).Value;
        var core = TrailingBrackets().Replace(t, "");
        if (core.Length == 0 || core.Length > 40) return null;
        if (core.Contains("说明") || core.Contains('：') || core.Contains("是指")) return null;
        if (!(core.EndsWith('表') || core.EndsWith("机关运行经费"))) return null;
        var words = core + qualifier;
        foreach (var rule in Vocabulary.Titles)
            if (rule.Words.All(words.Contains) && !rule.Not.Any(words.Contains)) return rule.Id;
        return null;
    }

    /// <summary>
    /// Whether a line reads as the title of a table whatever its meaning: it carries a table tag (表1：, 表一,
    /// 预算01表, 预算表12, 公开01表, 公开表12, 附表) or is a known title. A heading over all the tables (…预算公开表, …公开报表) is not.
    /// </summary>
    public static bool LooksLikeTitle(string title) =>
        TitleShaped(title) && (Tagged(title) || Recognise(title) is not null);

    /// <summary>
    /// Whether a line has the form of a table's title, tag or not: short, ending in 表, not a sentence (说明, ：, 是指)
    /// and not a heading over all the tables (…预算公开表). Alone this is not enough: the caller needs a grid after it.
    /// </summary>
    public static bool TitleShaped(string title)
    {
        if (!TextNormalizer.MayHold(title, '表')) return false;
        var core = TrailingBrackets().Replace(Strip(TextNormalizer.Cell(title)), "");
        if (core.Length is < 3 or > 40 || !core.EndsWith('表')) return false;
        return !(core.Contains("说明") || core.Contains('：') || core.Contains("是指") || OverAllTables().IsMatch(core));
    }

    /// <summary>A title without tags, year, list number or trailing qualifiers (（按经济分类）, （不含上年结转）).</summary>
    public static string Core(string title) => TrailingBrackets().Replace(Strip(title), "");

    /// <summary>Whether a title starts with a table tag: 表1：, 表一, 预算01表, 公开01表, 附表.</summary>
    public static bool Tagged(string title) => TableTag().IsMatch(TextNormalizer.Cell(title));

    /// <summary>The printed number of a 目录 entry or title (一、 → 1, 十二、 → 12), or null.</summary>
    public static int? Number(string line)
    {
        var m = NumberPrefix().Match(TextNormalizer.Cell(line));
        if (!m.Success) return null;
        // 上海 numbers its 目录 tables 1. 2. … rather than 一、二、
        return char.IsAsciiDigit(m.Groups[1].Value[0]) ? int.Parse(m.Groups[1].Value) : ChineseNumber(m.Groups[1].Value);
    }

    /// <summary>Title without its list number, year, bracketed year and 预算NN表 tag.</summary>
    public static string Strip(string title)
    {
        var t = TextNormalizer.Cell(title).TrimStart(ListMarks);
        t = NumberPrefix().Replace(t, "");
        // Tags come one after another (表1：2026年…, 预算01表 2026年…): strip until none is left.
        for (var k = 0; k < 4; k++)
        {
            var next = Decorations.Replace(t, "").Trim();
            if (next == t) break;
            t = next;
        }
        return t;
    }

    // One array for every call: TrimStart('-', '•', '·') built a new one each time.
    private static readonly char[] ListMarks = ['-', '•', '·'];

    /// <summary>A list number in digits (12) or Chinese (十二).</summary>
    public static int ChineseOrDigits(string s) => char.IsAsciiDigit(s[0]) ? int.Parse(s) : ChineseNumber(s);

    public static int ChineseNumber(string s)
    {
        int Digit(char c) => "零一二三四五六七八九".IndexOf(c);
        if (s == "十") return 10;
        if (s.StartsWith('十')) return 10 + Digit(s[1]);
        var ten = s.IndexOf('十');
        if (ten > 0) return Digit(s[0]) * 10 + (ten + 1 < s.Length ? Digit(s[ten + 1]) : 0);
        return Digit(s[0]);
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]{1,3}|\d{1,2}(?!\d))[、.．](?!\d{1,2}(\D|$))")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"([（(][^（）()]*[）)])+$")]
    private static partial Regex TrailingBrackets();

    // 北京 prints 预算12表 and, on one table, 预算表12; 烟台 prints 公开表12: both orders are tags.
    [GeneratedRegex(@"^(表\s*[0-9一二三四五六七八九十]+|(预算|公开)\s*\d+\s*表|(预算|公开)\s*表\s*\d+|附表)")]
    private static partial Regex TableTag();

    [GeneratedRegex(@"(公开|报)表$|^(部门|单位)?(预算|决算)表$")]
    private static partial Regex OverAllTables();
}
