using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Interpret;

/// <summary>Department, year, scope (部门/单位) and layout, from the title lines and the tables' 部门名称 lines.</summary>
public static partial class MetaExtractor
{
    public static (string Department, int Year, BudgetScope Scope) Identify(IReadOnlyList<SourceLine> lines)
    {
        var names = new Dictionary<string, int>();
        var years = new Dictionary<int, int>();
        var unitScope = 0; var departmentScope = 0;
        foreach (var line in lines)
        {
            var first = line.Cells.FirstOrDefault(c => c.Length > 0);
            // Only lines that can name the unit (部门名称：…) or the year (2024年部门预算) are looked at.
            if (first is null || (first.IndexOf('：') < 0 && first.IndexOf(':') < 0 && !first.Contains("预算") && !first.Contains("决算"))) continue;
            var text = TextNormalizer.Cell(first);
            var m = UnitName().Match(text);
            if (m.Success && m.Groups["n"].Value.Length >= 3) names[m.Groups["n"].Value] = names.GetValueOrDefault(m.Groups["n"].Value) + 1;
            foreach (Match y in YearScope().Matches(text))
            {
                var year = int.Parse(y.Groups["y"].Value);
                years[year] = years.GetValueOrDefault(year) + 1;
                if (y.Groups["s"].Value == "单位") unitScope++; else departmentScope++;
            }
        }
        var department = names.Count > 0 ? names.MaxBy(n => n.Value).Key : TitleName(lines) ?? "";
        var yearFound = years.Count > 0 ? years.MaxBy(y => y.Value).Key : 0;
        return (department, yearFound, unitScope > departmentScope ? BudgetScope.Unit : BudgetScope.Department);
    }

    private static string? TitleName(IReadOnlyList<SourceLine> lines)
    {
        // 上海 final accounts print the name alone above "2024年度部门决算".
        for (var k = 1; k < Math.Min(lines.Count, 12); k++)
            if (lines[k].IsText && YearScope().IsMatch(TextNormalizer.Cell(lines[k].Cells[0])) && lines[k - 1].IsText)
            {
                var name = TextNormalizer.Cell(lines[k - 1].Cells[0]);
                if (name.Length is >= 3 and <= 30 && !name.Contains("预算") && !name.Contains("决算")) return name;
            }
        foreach (var line in lines.Take(400).Where(l => l.IsText))
        {
            var m = AnnexTitle().Match(TextNormalizer.Cell(line.Cells[0]));
            if (m.Success) return m.Groups["n"].Value;
        }
        return null;
    }

    /// <summary>The layout the document follows, from the tables it has and its year (<see cref="FamilyMatcher"/>).</summary>
    public static string Layout(int year, IReadOnlyList<Table> tables) => FamilyMatcher.Layout(year, tables);

    /// <summary>
    /// The 目录 entries that name tables, whatever the 目录's shape: prose lines (一、收支总表……8, leaders and page
    /// number dropped), a list of tagged titles (表1.2026年…收支预算总表) or a grid (表1 | 2022年…收支总表 | 是 | 不涉及, with
    /// 序号, 页码, 是否空表 and 空表理由 columns). A table listed twice (the narrative's 目录 and the tables' own) is one entry.
    /// </summary>
    public static IReadOnlyList<ContentsEntry> Contents(IReadOnlyList<SourceLine> contents)
    {
        var list = new List<ContentsEntry>();
        foreach (var line in contents.Where(l => !l.IsBlank))
        {
            var entry = line.IsText ? ProseEntry(TextNormalizer.Cell(line.Cells[0])) : GridEntry(line);
            if (entry is null)
            {
                // A 是 wrapped under its row (西安 表16 | … | | 不涉及, then 是) marks the row above.
                if (line.IsText && TextNormalizer.Cell(line.Cells[0]) == "是" && list.Count > 0 && list[^1].EmptyNote is null)
                    list[^1] = list[^1] with { EmptyNote = "是否空表：是" };
                continue;
            }
            var same = list.FindIndex(e => e.Title == entry.Title && e.Number == entry.Number);
            if (same >= 0) { if (entry.EmptyNote is not null) list[same] = list[same] with { EmptyNote = entry.EmptyNote }; continue; }
            list.Add(entry);
        }
        return list;
    }

    private static ContentsEntry? ProseEntry(string line)
    {
        var text = Leaders().Replace(line, "").TrimStart('-', '•', ' ');
        if (text.Length == 0 || text.StartsWith("第") || text.StartsWith("附件")) return null;
        var id = TableTitles.Recognise(text);
        if (id is null && !TableTitles.Core(text).EndsWith('表')) return null;
        // The heading over the tables (上海: 五、部门预算表; 杭州: 四、2026年杭州市气象局预算公开表) names no table of its own.
        if (id is null && TablesHeading().IsMatch(TableTitles.Strip(text))) return null;
        return new ContentsEntry(TableTitles.Number(text) ?? TagNumber(text), TableTitles.Strip(text), id);
    }

    // A grid row: the tag or 序号 cell gives the number, the cell naming a table the title, a 是 cell or any other
    // words after the title (公开空表理由: 不涉及) say the table is empty; a 页码 or 否 says nothing.
    private static ContentsEntry? GridEntry(SourceLine line)
    {
        var cells = line.Cells.Select(TextNormalizer.Cell).Where(c => c.Length > 0).ToList();
        var at = cells.FindIndex(c => !TagNumber(c).HasValue && TableTitles.TitleShaped(Leaders().Replace(c, "")) || TableTitles.Tagged(c) && TableTitles.LooksLikeTitle(c));
        if (at < 0) return null;
        var title = Leaders().Replace(cells[at], "");
        var number = cells.Take(at).Select(c => TagNumber(c) ?? (ListNumber().Match(c) is { Success: true } m ? TableTitles.ChineseOrDigits(m.Groups[1].Value) : null))
            .FirstOrDefault(n => n is not null) ?? TableTitles.Number(title) ?? TagNumber(title);
        // A part heading with its page (第二部分2026年度部门预算表 | 7) names all the tables, not one.
        if (title.StartsWith('第') || title.StartsWith("附件")) return null;
        // The grid's header (报表 | 报表名称 | 是否空表 | 公开空表理由) numbers nothing and names columns, not a table.
        if (number is null && cells.Any(c => c.Contains("名称") || c.Contains("表名") || c.Contains("空表"))) return null;
        var rest = cells.Skip(at + 1).Where(c => !ListNumber().IsMatch(c) && c != "否" && Leaders().Replace(c, "").Trim('.', '…', '·').Length > 0).ToList();
        string? empty = rest.Count == 0 ? null : rest.Any(c => c != "是") ? string.Join("；", rest.Where(c => c != "是")) : "是否空表：是";
        var text = TableTitles.Strip(title);
        if (text.Length == 0 || (TableTitles.Recognise(title) is null && TablesHeading().IsMatch(text))) return null;
        return new ContentsEntry(number, text, TableTitles.Recognise(title)) { EmptyNote = empty };
    }

    /// <summary>The number a table tag carries: 表1 → 1, 预算01表 → 1, 公开表12 → 12, 表一 → 1; null without a tag.</summary>
    private static int? TagNumber(string text)
    {
        var m = TagDigits().Match(text);
        return m.Success ? TableTitles.ChineseOrDigits(m.Groups["n"].Value) : null;
    }

    // 目录 leaders with the page number after them (……8, ....12, ···3), and a page number alone after spaces.
    // A page number glued to the title once the leaders are gone (一、收支预算总表9) follows its final 表 or bracket.
    [GeneratedRegex(@"([.…·．。・]{2,}\s*\d*|\s+\d{1,3}|(?<=[表）)])\d{1,3})\s*$")]
    private static partial Regex Leaders();

    [GeneratedRegex(@"^([0-9]{1,3}|[一二三四五六七八九十]{1,3})[、.．]?$")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^(?:附?表\s*(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})|(?:预算|公开)\s*(?<n>\d{1,2})\s*表|(?:预算|公开)\s*表\s*(?<n>\d{1,2}))")]
    private static partial Regex TagDigits();

    [GeneratedRegex(@"^(部门名称|单位名称|部门（单位）|部门\(单位\)|单位|编制部门|编制单位|预算主管部门|预算单位)[:：](?<n>[^\s]+?)(单位[:：].*)?$")]
    private static partial Regex UnitName();

    [GeneratedRegex(@"(?<y>20\d{2})年度?(区级|市级|县级)?(?<s>部门|单位)(预算|决算)")]
    private static partial Regex YearScope();

    [GeneratedRegex(@"^(20\d{2}年度?)?(部门|单位)?(预算|决算)(公开)?(报)?表$|(预算|决算)(公开|报)表$")]
    private static partial Regex TablesHeading();

    [GeneratedRegex(@"^附件[:：]?(?<n>.+?)20\d{2}年")]
    private static partial Regex AnnexTitle();
}
