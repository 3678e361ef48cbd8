using DeptBudget.Checks.Text;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// T7: the parts every disclosure explains (操作规程 and the 公开情况检查表): 主要职能, 机构设置, 名词解释, “三公”经费,
/// 机关运行经费, 政府采购, 国有资产占用, 绩效目标. Each is looked for by its words anywhere in the narrative, in
/// titles or text, since layouts name and place them differently.
/// </summary>
public sealed class T7_RequiredParts : Rule
{
    public override string Id => "T7";
    public override string TitleZh => "必备说明内容齐全";
    public override Severity DefaultSeverity => Severity.Warning;

    private static readonly (string Part, string[] Words)[] Required =
    [
        ("主要职能", ["主要职能", "主要职责", "职能职责", "部门职责", "单位职责", "职责"]),
        // 深圳 titles the part 机构编制 (独立编制机构数 … 独立核算机构数).
        ("机构设置", ["机构设置", "机构编制", "单位构成", "预算单位构成", "内设机构", "下属单位", "所属单位"]),
        ("名词解释", ["名词解释"]),
        ("“三公”经费", ["三公"]),
        ("机关运行经费", ["机关运行经费", "机构运转经费", "机关运行费"]),
        ("政府采购", ["政府采购"]),
        ("国有资产占用", ["国有资产", "资产占用", "资产占有"]),
        ("绩效目标", ["绩效"]),
    ];

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        // Tables (titles, notes, cells) and the fragments the reader could not place count too: a workbook carries
        // the explanations as a note under its last table, and a PDF's last pages (福州: 国有资产占用使用情况 after
        // the tables) may not come back as narrative. A part is reported missing only when no word of it is anywhere.
        var text = Prose.AllText(context) + "\n" + string.Join("\n", context.Disclosure.Tables
            .SelectMany(t => new[] { t.Title, t.EmptyNote ?? "" }.Concat(t.Notes).Concat(t.Rows.SelectMany(r => r.Cells))))
            + "\n" + string.Join("\n", context.Disclosure.Unread.Select(u => u.Text));
        foreach (var (part, words) in Required)
            if (!words.Any(w => text.Contains(w, StringComparison.Ordinal)))
                yield return Make(FindingLocation.Document, part, "（缺失）", $"没有找到“{part}”的说明（查找了：{string.Join("、", words)}）");
    }
}
