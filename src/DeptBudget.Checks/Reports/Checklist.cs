using DeptBudget.Model;

namespace DeptBudget.Checks.Reports;

/// <summary>One line of the 公开情况检查表: an aspect (及时性 / 内容规范性) of a part, whether it meets the requirement, the problems in words with their figures, and where.</summary>
/// <param name="Pages">The pages of the original the problems are on (第 3、5 页), where the reader kept positions.</param>
/// <param name="Pictures">The pictures of the problems' places (PNG, the box outlined), in the order of the problems.</param>
public sealed record ChecklistRow(string Aspect, string Part, bool? Meets, string Problems, string Place, string Pages = "", IReadOnlyList<byte[]>? Pictures = null);

/// <summary>The 公开情况检查表 of one document as reviewers fill it.</summary>
public sealed record ChecklistForm(string Document, string Department, int Year, IReadOnlyList<ChecklistRow> Rows)
{
    public int Failing => Rows.Count(r => r.Meets == false);

    /// <summary>Lines printed above the form (部门, 单位, 状态 …) as label and value; the desk adds the unit and its status.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Heading { get; init; } = [];

    /// <summary>Why the form has no or fewer pictures (pdftoppm missing, original not kept), or null.</summary>
    public string? PictureNote { get; init; }

    /// <summary>
    /// The form of a checked document: 及时性 (not decidable from the file: the approval and publication dates are
    /// not in it), then 内容规范性 of 封面, 目录, 主要职能, 机构设置, 名词解释, 编制说明, each table by its title
    /// (and each required one that is missing), 其他相关说明 and 项目经费情况说明, each with the errors and warnings
    /// that fall on it.
    /// </summary>
    public static ChecklistForm Of(CheckReport report, Pictures.FindingPictures? pictures = null) =>
        Of(report.Disclosure, report.Findings, report.Source ?? "", report.Department, report.Year, pictures);

    /// <summary>
    /// The form from findings however they were obtained — a fresh check, or the findings stored beside a budget
    /// (the reviewer's desk) — so there is one 公开情况检查表 and one writer of it.
    /// </summary>
    public static ChecklistForm Of(Disclosure? d, IReadOnlyList<Finding> findings, string document, string department, int year,
        Pictures.FindingPictures? pictures = null)
    {
        var judged = findings.Where(f => f.Severity != Severity.Info).ToList();
        var byPart = judged.GroupBy(f => PartOf(f, d)).ToDictionary(g => g.Key, g => g.ToList());
        var rows = new List<ChecklistRow>
        {
            new("及时性", "公开时间", null, "文件中没有批复日期和公开日期，需人工核对（批复后 20 日内公开）", ""),
        };
        var parts = new List<string> { "封面", "目录", "主要职能", "机构设置", "名词解释", "编制说明" };
        var tables = d?.Tables.Select(t => t.Title).ToList() ?? [];
        parts.AddRange(tables);
        parts.AddRange(byPart.Keys.Where(k => k.StartsWith("表：", StringComparison.Ordinal)));
        parts.AddRange(["其他相关说明", "项目经费情况说明"]);
        foreach (var part in parts.Distinct())
        {
            var found = byPart.GetValueOrDefault(part) ?? [];
            var pages = found.Select(f => f.Location.Place?.Page).OfType<int>().Distinct().Order().ToList();
            var shots = pictures is null ? null
                : found.Select(f => pictures.Of(f.Location.Place)).OfType<byte[]>().Distinct().ToList();
            rows.Add(new("内容规范性", part.StartsWith("表：", StringComparison.Ordinal) ? part[2..] : part, found.Count == 0,
                string.Join("\n", found.Select(Words)), string.Join("\n", found.Select(Place).Where(p => p.Length > 0).Distinct()),
                PagesZh(found, pages), shots is { Count: > 0 } ? shots : null));
        }
        return new ChecklistForm(document, department, year, rows) { PictureNote = pictures?.Note };
    }

    /// <summary>第 3、7 页; a disclosure read from several files names each page's file.</summary>
    private static string PagesZh(IReadOnlyList<Finding> found, IReadOnlyList<int> pages)
    {
        var placed = found.Select(f => f.Location.Place).OfType<PageBox>().ToList();
        if (placed.All(p => p.File is null)) return pages.Count == 0 ? "" : $"第 {string.Join("、", pages)} 页";
        return string.Join("、", placed.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Page).Select(p => p.PageZh).Distinct());
    }

    private static string Words(Finding f) =>
        $"[{f.Rule}] {f.Message}" + (f.Expected is not null || f.Actual is not null ? $"（应为 {f.Expected ?? "—"}，实为 {f.Actual ?? "—"}）" : "");

    /// <summary>The place a reviewer looks: the table's row and column, or the sentence quoted. with its page where the original is a PDF.</summary>
    private static string Place(Finding f)
    {
        var l = f.Location;
        var page = l.Place is { } p ? $"（{p.PageZh}）" : "";
        if (l.Row is not null || l.Column is not null) return string.Join(" / ", new[] { l.Row, l.Column }.Where(x => x is not null)) + page;
        return l.Text is null ? page : l.Text + page;
    }

    /// <summary>The part of the form a finding belongs to.</summary>
    internal static string PartOf(Finding f, Disclosure? d)
    {
        var l = f.Location;
        if (l.Section == "目录") return "目录";
        if (l.Table is not null)
            return d?.Tables.FirstOrDefault(t => t.Id == l.Table)?.Title ?? "表：" + (f.Expected ?? TableNames.Zh(l.Table));
        if (l.Section is null && l.Text is null)
            return f.Expected switch
            {
                "主要职能" or "机构设置" or "名词解释" => f.Expected,
                null => "编制说明",
                _ => "其他相关说明",
            };
        var title = l.Section ?? "";
        if (title.Length == 0) return "封面";
        if (title.Contains("职能") || title.Contains("职责")) return "主要职能";
        if (title.Contains("机构设置") || title.Contains("单位构成")) return "机构设置";
        if (title.Contains("名词解释")) return "名词解释";
        if (new[] { "三公", "机关运行", "机构运转", "政府采购", "国有资产", "绩效" }.Any(title.Contains)) return "其他相关说明";
        if (new[] { "项目概况", "立项依据", "实施主体", "实施方案", "实施周期", "年度预算安排", "项目经费" }.Any(title.Contains)) return "项目经费情况说明";
        return "编制说明";
    }
}
