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
            if (Tables.IsEmpty(t) && t.EmptyNote is null && !t.Notes.Any(n => n.Contains("没有") || n.Contains("无数据") || n.Contains("未使用") || n.Contains("未安排")))
                yield return Make(new FindingLocation(t.Id, null, null, null, t.Title), "无数据说明", "（无）",
                    $"“{t.Title}”没有数据，也没有注明为何为空", Severity.Warning);
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
