using DeptBudget.Model;
using DeptBudget.Model.Layouts;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// C1: the tables the layout requires (<see cref="LayoutTables"/>) and the ones the document's own 目录 lists are all present; an empty
/// table with its note (本表无数据) counts as present; the 目录 numbers run without repeats or gaps.
/// </summary>
public sealed class C1_Completeness : Rule
{
    public override string Id => "C1";
    public override string TitleZh => "公开表格齐全";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var meta = context.Disclosure.Meta;
        var present = context.Disclosure.Tables.Select(t => t.Id).ToHashSet();
        // A table the 目录 itself marks empty (是否空表 是 | 不涉及) is truly absent, not missing.
        foreach (var e in meta.Contents.Where(e => e.EmptyNote is not null && e.TableId is not null)) present.Add(e.TableId!);
        var reported = new HashSet<string>();
        if (LayoutTables.For(meta.Layout) is { } layout)
        {
            foreach (var id in layout.Tables.Select(t => t.Id).Where(id => !present.Contains(id) && reported.Add(id)))
                yield return Make(new FindingLocation(id, null, null, null, null), TableNames.Zh(id), "（缺失）",
                    $"按 {meta.Layout} 格式应公开“{TableNames.Zh(id)}”，文档中没有这张表");
        }
        else yield return CannotRun($"未知的文档格式“{meta.Layout}”，只按目录检查");

        if (meta.Contents.Count == 0) yield return CannotRun("没有读到目录");
        foreach (var entry in meta.Contents)
        {
            if (entry.TableId is null)
                yield return Make(FindingLocation.InSection("目录", entry.Title), null, entry.Title, $"目录中的“{entry.Title}”无法识别为已知的表", Severity.Info);
            else if (!present.Contains(entry.TableId) && reported.Add(entry.TableId))
                yield return Make(new FindingLocation(entry.TableId, null, null, "目录", entry.Title), entry.Title, "（缺失）",
                    $"目录列出“{entry.Title}”，文档中没有这张表");
        }
        foreach (var f in Numbering(meta.Contents)) yield return f;

        foreach (var t in context.Disclosure.Tables)
            if (Tables.IsEmpty(t) && t.EmptyNote is null && !t.Notes.Any(n => n.Contains("没有") || n.Contains("无数据") || n.Contains("未使用") || n.Contains("未安排"))
                && !EmptySaidElsewhere(context.Disclosure, t))
                yield return Make(new FindingLocation(t.Id, null, null, null, t.Title), "无数据说明", "（无）",
                    $"“{t.Title}”没有数据，也没有注明为何为空", Severity.Warning);
    }

    /// <summary>
    /// An empty table may be explained away from it: in the document's list of tables with a column 是否空表 / 公开空表理由
    /// (表9 | 2022年部门综合预算政府性基金收支表 | 是 | 不涉及: the 目录 entry's EmptyNote, or an unread row), or in the narrative
    /// (本部门无当年政府性基金预算收支，并已公开空表).
    /// </summary>
    private static bool EmptySaidElsewhere(Disclosure d, Table t)
    {
        var core = CoreTitle(t.Title);
        // The 目录 marks it empty: by id, or for a table of no known meaning (other-N) by its title.
        if (d.Meta.Contents.Any(e => e.EmptyNote is not null && (e.TableId is not null ? e.TableId == t.Id
                : core.Length >= 4 && CoreTitle(e.Title) is { Length: >= 4 } k && ProjectNames.Similarity(k, core) >= 0.8)))
            return true;
        if (core.Length < 4) return false;
        foreach (var u in d.Unread)
        {
            if (!(u.Text.Contains("不涉及") || u.Text.Contains("空表") || u.Text.Contains("无数据"))) continue;
            // The same table named with or without its year, brackets or a word (结转 / 上年结转): near, not exact.
            if (u.Text.Split('|').Any(c => CoreTitle(c) is { Length: >= 4 } k && ProjectNames.Similarity(k, core) >= 0.8)) return true;
        }
        var fund = FundWords.FirstOrDefault(w => t.Title.Contains(w, StringComparison.Ordinal));
        if (fund is null) return false;
        return d.Narrative.Sections.SelectMany(s => s.Paragraphs)
            .SelectMany(p => p.Split('。'))
            .Any(sentence => sentence.Contains("空表") && sentence.Contains(fund, StringComparison.Ordinal));
    }

    /// <summary>The words that say which kind of money an often-empty table is about.</summary>
    private static readonly string[] FundWords = ["政府性基金", "国有资本经营", "三公", "结转"];

    /// <summary>A table's title without its year and bracketed remarks (2022年…收支表（不含上年结转） → …收支表).</summary>
    private static string CoreTitle(string? title)
    {
        var s = System.Text.RegularExpressions.Regex.Replace(title ?? "", @"[（(][^）)]*[）)]", "");
        s = System.Text.RegularExpressions.Regex.Replace(s, @"^\s*(表\s*\d+\s*)?\d{4}\s*年?度?", "");
        return ProjectNames.Normalize(s.Trim());
    }

    private IEnumerable<Finding> Numbering(IReadOnlyList<ContentsEntry> contents)
    {
        var numbers = contents.Where(c => c.Number is not null).ToList();
        for (var i = 1; i < numbers.Count; i++)
        {
            var (prev, cur) = (numbers[i - 1].Number!.Value, numbers[i].Number!.Value);
            if (cur == prev + 1 || cur == 1) continue;
            yield return Make(FindingLocation.InSection("目录", numbers[i].Title), (prev + 1).ToString(), cur.ToString(),
                cur == prev ? $"目录编号重复：“{numbers[i - 1].Title}”与“{numbers[i].Title}”编号相同" : $"目录编号不连续：{prev} 之后是 {cur}（“{numbers[i].Title}”）",
                Severity.Warning);
        }
    }
}
