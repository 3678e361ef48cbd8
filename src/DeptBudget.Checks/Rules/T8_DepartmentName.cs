using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// T8: the department is named alike on the cover, in the table titles and in the text. A name that opens a title
/// or a paragraph before the year (上海市普陀区财政局2024年度…) is compared with the document's department: the
/// same name with or without its region (普陀区财政局), or one of its units, is right; another name is a copied
/// document's or a misspelt one. Reviewers list it on the 公开情况检查表 under 封面 and 编制说明.
/// </summary>
public sealed partial class T8_DepartmentName : Rule
{
    public override string Id => "T8";
    public override string TitleZh => "封面、表格标题与正文的单位名称一致";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        // The department as read may carry words after its name (西安市卫生健康委员会（汇总）金额): the name ends
        // on its organisation word.
        var department = Organisation().Match(Normalize(context.Disclosure.Meta.Department)) is { Success: true } dm ? dm.Value : "";
        if (department.Length < 3) { yield return CannotRun("没有读到单位名称"); yield break; }
        if (context.Disclosure.Narrative.Sections.Count == 0) yield return CannotRun("没有读到情况说明，只核对封面与表格标题");
        var kind = Organisation().Match(department).Groups["o"].Value;
        var units = context.Budget.Units.Select(u => Normalize(u.Name)).Where(n => n.Length >= 3).ToList();
        // A paragraph that opens with words before the name (纳入烟台市审计局…, 反映江苏省高级人民法院…) still names it.
        bool Same(string name) => Alike(name, department) || name.EndsWith(department, StringComparison.Ordinal)
                                  || units.Any(u => Alike(name, u) || name.EndsWith(u, StringComparison.Ordinal));
        // In the text a subordinate unit (…中心, …医院 in a 局's document) opens its own paragraphs; a name of the
        // department's own kind (another 局 in a 局's document) is a copied one.
        bool OtherOfSameKind(string name) => !Same(name) && Organisation().Match(name).Groups["o"].Value == kind;
        var reported = new HashSet<string>(StringComparer.Ordinal);

        if (NameBeforeYear(context.Disclosure.Meta.Title) is { } cover && !Same(cover) && reported.Add(cover))
            yield return Make(FindingLocation.InSection("封面", context.Disclosure.Meta.Title), context.Disclosure.Meta.Department, cover,
                $"封面称“{cover}”，文件的单位名称为“{context.Disclosure.Meta.Department}”");
        foreach (var t in context.Disclosure.Tables)
            if (NameBeforeYear(t.Title) is { } name && !Same(name) && reported.Add(name))
                yield return Make(new FindingLocation(t.Id, null, null, null, t.Title), context.Disclosure.Meta.Department, name,
                    $"表格标题“{t.Title}”称“{name}”，文件的单位名称为“{context.Disclosure.Meta.Department}”");
        foreach (var p in Prose.Paragraphs(context))
        {
            if (p.IsGlossary) continue;
            if (NameBeforeYear(p.Text) is { } name && OtherOfSameKind(name) && reported.Add(name))
                yield return Make(p.At(0), context.Disclosure.Meta.Department, name,
                    $"说明称“{name}”，文件的单位名称为“{context.Disclosure.Meta.Department}”");
        }
    }

    /// <summary>The organisation name that opens a line before its year (上海市普陀区财政局2024年度), or null.</summary>
    internal static string? NameBeforeYear(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = Opening().Match(text.Replace(" ", "").Replace("\u3000", ""));
        return m.Success ? Normalize(m.Groups["n"].Value) : null;
    }

    /// <summary>Equal, or one is the other with its region in front (普陀区财政局 in 上海市普陀区财政局).</summary>
    internal static bool Alike(string a, string b) =>
        a == b || a.EndsWith(b, StringComparison.Ordinal) && Region().IsMatch(a[..^b.Length])
               || b.EndsWith(a, StringComparison.Ordinal) && Region().IsMatch(b[..^a.Length]);

    /// <summary>Without （本级）/（汇总）/部门 words and spaces: the name itself.</summary>
    private static string Normalize(string s) =>
        Qualifier().Replace(s.Replace(" ", "").Replace("\u3000", ""), "").Trim();

    // A name opens the text: Han characters ending in an organisation's word, then the year. Headings before it
    // (一、 （一） 第一部分) are skipped; 本部门/我局 are not names.
    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.])?(?<n>(?![本我该])[\u4e00-\u9fff（）()]{3,28}?(?:局|委员会|办公室|办公厅|办事处|中心|法院|检察院|研究院|医院|厅|委|会|馆|站|队|部|政府|所))(?:[（(](?:本级|汇总)[）)])?(?=\d{4}年)")]
    private static partial Regex Opening();

    // A name up to its organisation word, the word captured (局, 委员会 …).
    [GeneratedRegex(@"^.*?(?<o>委员会|办公室|办公厅|办事处|中心|法院|检察院|研究院|医院|局|厅|委|会|馆|站|队|部|政府|所)(?=$|[^\u4e00-\u9fff]|金额|单位)")]
    private static partial Regex Organisation();

    // What stands before a name that is the same name: a province, city, district, county, town (上海市普陀区).
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|区|县|州|盟|旗|镇|乡|街道))+$")]
    private static partial Regex Region();

    [GeneratedRegex(@"[（(](?:本级|汇总|部门|单位)[）)]")]
    private static partial Regex Qualifier();
}
