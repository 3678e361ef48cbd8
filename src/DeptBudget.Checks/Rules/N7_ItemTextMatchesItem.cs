using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// N7: an item of the 编制说明 (“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”
/// 230.28万元，主要用于…。主要原因是：…) says what it is used for and why it changed in words about itself. A use or
/// reason that names another item of the same section and not its own was copied from that item (万里 2024: item 15
/// gives item 13's reason 事业单位离退休经费增加; item 26 the use of item 25).
/// </summary>
public sealed partial class N7_ItemTextMatchesItem : Rule
{
    public override string Id => "N7";
    public override string TitleZh => "科目说明的用途与原因说的是本科目";
    public override Severity DefaultSeverity => Severity.Warning;

    /// <summary>Shorter 项 names (行政运行) are said of many items; only distinctive ones show a copy.</summary>
    private const int DistinctiveLength = 4;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        foreach (var section in Prose.Paragraphs(context).Where(p => !p.IsGlossary).GroupBy(p => p.Section))
        {
            var items = Items(section).ToList();
            if (items.Count < 2) continue;
            foreach (var item in items)
            {
                foreach (var (kind, words) in item.Statements)
                {
                    if (Mentions(words, item)) continue;
                    var other = items.FirstOrDefault(o => !ReferenceEquals(o, item) && o.Name.Length >= DistinctiveLength
                        && words.Contains(o.Name) && !item.Name.Contains(o.Name) && !item.Section.Contains(o.Name)
                        && IsAbout(words, o, item));
                    if (other is null) continue;
                    yield return Make(item.Paragraph.At(item.Offset), $"说明“{item.Name}”的{kind}", words,
                        $"“{item.Name}”一项的{kind}写作“{words}”，说的是同一部分另一项“{other.Name}”，疑为照抄");
                }
            }
        }
    }

    private sealed record Item(ProseParagraph Paragraph, int Offset, string Section, string Name, IReadOnlyList<(string Kind, string Words)> Statements);

    /// <summary>
    /// The statement is about the other item: besides the 款 names and a closing change (经费增加), it says little
    /// more than that item's name (城乡社区管理事务一般行政管理事务). A long description that mentions another item on
    /// the way (…未单独设置项级科目的其他项目支出，包括公共法律服务中心经费…) is not a copy.
    /// </summary>
    private static bool IsAbout(string words, Item other, Item item)
    {
        var rest = ChangeTail().Replace(words.Replace(other.Section, "").Replace(item.Section, ""), "");
        return rest.Length <= other.Name.Length + 4;
    }

    /// <summary>The use or reason names the item itself (its 项, or its 款 where the 项 is generic).</summary>
    private static bool Mentions(string words, Item item) => words.Contains(item.Name) || Core(item.Name) is { Length: >= 2 } c && words.Contains(c);

    /// <summary>A 项 name without its generic ends (机关事业单位职业年金缴费支出 → 职业年金缴费).</summary>
    private static string Core(string name) => Generic().Replace(name, "");

    private static IEnumerable<Item> Items(IEnumerable<ProseParagraph> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            // Heading() tries its 2–20 leading characters at every position: a paragraph that does not print all of
            // 类, 款 and 项 cannot hold an item and is passed over at once.
            if (!(p.Text.Contains('类') && p.Text.Contains('款') && p.Text.Contains('项'))) continue;
            var matches = Heading().Matches(p.Text);
            for (var i = 0; i < matches.Count; i++)
            {
                var m = matches[i];
                var end = i + 1 < matches.Count ? matches[i + 1].Index : p.Text.Length;
                var body = p.Text[(m.Index + m.Length)..end];
                var statements = new List<(string, string)>();
                if (Use().Match(body) is { Success: true } u) statements.Add(("用途", u.Groups["w"].Value.Trim()));
                if (Reason().Match(body) is { Success: true } r) statements.Add(("原因", r.Groups["w"].Value.Trim()));
                yield return new Item(p, m.Index, m.Groups["k"].Value.Trim(), m.Groups["x"].Value.Trim(), statements);
            }
        }
    }

    // “…（类）…（款）…（项）” with or without quotes; the 项 name is the item.
    [GeneratedRegex(@"[^（）“”()]{2,20}[（(]类[）)]\s*(?<k>[^（）“”()]{2,30})[（(]款[）)]\s*(?<x>[^（）“”()]{2,40})[（(]项[）)]")]
    private static partial Regex Heading();

    [GeneratedRegex(@"主要用于\s*(?<w>[^。；]{2,60})[。；]")]
    private static partial Regex Use();

    [GeneratedRegex(@"主要原因(?:是|为)?\s*[：:]?\s*(?<w>[^。；]{2,60})[。；]")]
    private static partial Regex Reason();

    [GeneratedRegex(@"(?:经费|支出|资金)?(?:增加|减少|增长|下降)[^，。；]{0,6}$")]
    private static partial Regex ChangeTail();

    [GeneratedRegex(@"^(?:机关事业单位|行政事业单位|机关|其他)|(?:支出|经费|事务)$")]
    private static partial Regex Generic();
}
