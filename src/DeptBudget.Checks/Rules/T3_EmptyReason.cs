using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;

namespace DeptBudget.Checks.Rules;

/// <summary>T3: a stated reason has words: 主要原因是。 or 原因：； leaves the change unexplained.</summary>
public sealed partial class T3_EmptyReason : Rule
{
    public override string Id => "T3";
    public override string TitleZh => "说明原因不为空";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到情况说明"); yield break; }
        foreach (var p in Prose.Paragraphs(context))
        {
            foreach (Match m in Empty().Matches(p.Text))
                yield return Make(p.At(m.Index), "具体原因", m.Value, $"说明了原因却没有写出内容：“{m.Value.Trim()}”");
        }
    }

    [GeneratedRegex(@"(?:主要原因(?:是|为|在于)?|原因(?:是|为|在于|[：:]))\s*[：:]?\s*[。；;]")]
    private static partial Regex Empty();
}
