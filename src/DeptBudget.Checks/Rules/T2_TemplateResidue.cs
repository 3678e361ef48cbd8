using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// T2: no placeholder of a template left in the text or a table title (XX局, ××单位, XXX项目, （单位名称）).
/// Left-open direction words (增加（减少）) and unfilled amounts (XX万元) are N3's.
/// </summary>
public sealed partial class T2_TemplateResidue : Rule
{
    public override string Id => "T2";
    public override string TitleZh => "无模板文字残留";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        foreach (var p in Prose.Paragraphs(context))
            foreach (Match m in Placeholder().Matches(p.Text))
                yield return Make(p.At(m.Index), "实际名称或内容", m.Value, $"残留模板占位“{m.Value}”，未替换为实际内容");
        // A 预算 that says 决算 of its own units was written over a final-accounts text (杭州气象局 2026 预算:
        // 部门预算包括：杭州市气象局本级决算（行政单位）和…（事业单位）决算). A year before it (2024年决算数) is a
        // comparison, and the glossary defines 预决算 terms.
        if (!context.Disclosure.Meta.IsFinalAccounts())
            foreach (var p in Prose.Paragraphs(context).Where(p => !p.IsGlossary))
                foreach (Match m in FinalAccountsWord().Matches(p.Text))
                    yield return Make(p.At(m.Index), "预算", m.Value, $"预算文件中写作“{m.Value}”，疑为照抄决算文字");
        foreach (var t in context.Disclosure.Tables)
            if (Placeholder().Match(t.Title) is { Success: true } m)
                yield return Make(new FindingLocation(t.Id, null, null, null, t.Title), "实际名称", m.Value, $"表格标题残留模板占位“{m.Value}”");
    }

    [GeneratedRegex(@"(?<!\d\s*年度?)(?:本级|单位|部门)决算(?=[（(]|和|、|及|。|；|，)|[）)]决算(?=[。；，,]|$)")]
    private static partial Regex FinalAccountsWord();

    [GeneratedRegex(@"(?:[XxＸｘ×＊*]{2,}|某某)(?!\s*万\s*元)(?=[\u4e00-\u9fff（(])[\u4e00-\u9fff]{0,4}|[（(](?:单位名称|部门名称|项目名称|填写[^）)]{0,10}|请填写[^）)]{0,10})[）)]")]
    private static partial Regex Placeholder();
}
