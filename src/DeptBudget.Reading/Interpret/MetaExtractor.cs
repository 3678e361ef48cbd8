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

    /// <summary>The 目录 entries that name tables.</summary>
    public static IReadOnlyList<ContentsEntry> Contents(IReadOnlyList<SourceLine> contents)
    {
        var list = new List<ContentsEntry>();
        foreach (var line in contents.Where(l => l.IsText))
        {
            var text = TextNormalizer.Cell(line.Cells[0]).TrimStart('-', '•', ' ');
            if (text.Length == 0 || text.StartsWith("第") || text.StartsWith("附件")) continue;
            var id = TableTitles.Recognise(text);
            if (id is null && !text.EndsWith('表')) continue;
            // The heading over the tables (上海: 五、部门预算表; 杭州: 四、2026年杭州市气象局预算公开表) names no table of its own.
            if (id is null && TablesHeading().IsMatch(TableTitles.Strip(text))) continue;
            list.Add(new ContentsEntry(TableTitles.Number(text), TableTitles.Strip(text), id));
        }
        return list;
    }

    [GeneratedRegex(@"^(部门名称|单位名称|部门（单位）|部门\(单位\)|单位|编制部门|编制单位|预算主管部门|预算单位)[:：](?<n>[^\s]+?)(单位[:：].*)?$")]
    private static partial Regex UnitName();

    [GeneratedRegex(@"(?<y>20\d{2})年度?(区级|市级|县级)?(?<s>部门|单位)(预算|决算)")]
    private static partial Regex YearScope();

    [GeneratedRegex(@"^(20\d{2}年度?)?(部门|单位)?(预算|决算)(公开)?(报)?表$|(预算|决算)(公开|报)表$")]
    private static partial Regex TablesHeading();

    [GeneratedRegex(@"^附件[:：]?(?<n>.+?)20\d{2}年")]
    private static partial Regex AnnexTitle();
}
