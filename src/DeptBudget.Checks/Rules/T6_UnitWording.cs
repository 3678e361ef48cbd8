using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// T6: a 单位 document speaks of the unit: 本部门, （部门）, 部门预算/部门决算 (not the 部门预算支出经济分类, a
/// classification's name, nor 纳入部门预算管理, which a unit is) and 部门收支 are the department template's words. The glossary is standard text.
/// </summary>
public sealed partial class T6_UnitWording : Rule
{
    public override string Id => "T6";
    public override string TitleZh => "单位公开文件使用单位用语";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        // A title that calls itself 部门预算 is the department's document whatever its tables' 单位名称 suggest.
        var title = context.Disclosure.Meta.Title ?? "";
        if (context.Disclosure.Meta.Scope != BudgetScope.Unit || title.Contains("部门预算") || title.Contains("部门决算")) yield break;
        foreach (var p in Prose.Paragraphs(context))
        {
            if (p.IsGlossary) continue;
            foreach (Match m in DepartmentWords().Matches(p.Text))
                yield return Make(p.At(m.Index), "单位用语（本单位）", m.Value, $"单位公开文件中出现部门用语“{m.Value}”");
        }
        foreach (var t in context.Disclosure.Tables)
            if (DepartmentWords().Match(t.Title) is { Success: true } m)
                yield return Make(new FindingLocation(t.Id, null, null, null, t.Title), "单位用语", m.Value, $"单位公开文件的表格标题使用部门用语“{m.Value}”");
    }

    [GeneratedRegex(@"本部门|[（(]部门[）)]|部门(?:预算|决算)(?!支出经济分类|经济分类|管理)|部门(?:财务)?收支|部门收入|部门支出")]
    private static partial Regex DepartmentWords();
}
