using System.Text.RegularExpressions;
using DeptBudget.Checks.Text;
using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// T1: no year left from an earlier document. A 预算 of year Y compares with Y−1 and counts assets 截至 Y−1 or Y;
/// a 决算 of year Y compares with Y−1 and counts assets 截至 Y年末. A section title naming a year names Y.
/// </summary>
public sealed partial class T1_YearResidue : Rule
{
    public override string Id => "T1";
    public override string TitleZh => "年份正确（无上年文字残留）";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var y = context.Year;
        if (y == 0 || context.Disclosure.Narrative.Sections.Count == 0) { yield return CannotRun("没有读到年度或情况说明"); yield break; }
        var final = context.Disclosure.Meta.IsFinalAccounts();
        foreach (var section in context.Disclosure.Narrative.Sections)
            if (TitleYear().Match(section.Title) is { Success: true } t && int.Parse(t.Groups["y"].Value) != y
                && !section.Title.Contains("以前") && !section.Title.Contains("至"))
                yield return Make(FindingLocation.InSection(section.Title, section.Title), $"{y}年", t.Value,
                    $"标题“{section.Title}”写作 {t.Groups["y"].Value} 年，本文件为 {y} 年{(final ? "决算" : "预算")}");
        foreach (var p in Prose.Paragraphs(context))
        {
            if (p.IsGlossary) continue;
            foreach (Match m in Compared().Matches(p.Text))
            {
                var with = int.Parse(m.Groups["y"].Value);
                if (with == y - 1) continue;
                yield return Make(p.At(m.Index), $"{y - 1}年", m.Value,
                    $"{y} 年{(final ? "决算" : "预算")}应与 {y - 1} 年比较，说明写作“{m.Value}”");
            }
            foreach (Match m in AsOf().Matches(p.Text))
            {
                var at = int.Parse(m.Groups["y"].Value);
                var ok = final ? at == y : at == y - 1 || at == y;
                if (ok) continue;
                yield return Make(p.At(m.Index), final ? $"截至{y}年" : $"截至{y - 1}年或{y}年", m.Value,
                    $"{y} 年{(final ? "决算" : "预算")}的资产时点写作“{m.Value}”，应为{(final ? $" {y} 年末" : $" {y - 1} 年或 {y} 年")}");
            }
        }
    }

    /// <summary>比/与/较 a year, in a comparison (与2023年相比, 比2023年预算): not 2023年当年预算执行数为 (a stated figure).</summary>
    [GeneratedRegex(@"(?:比|与|较|同)\s*(?<y>\d{4})\s*年(?:度)?(?=\s*(?:预算|决算|相比|同期|[增减下上持基]|执行|年初|数|[，,]))")]
    private static partial Regex Compared();

    [GeneratedRegex(@"截(?:至|止)\s*(?<y>\d{4})\s*年")]
    private static partial Regex AsOf();

    [GeneratedRegex(@"(?<y>\d{4})\s*年")]
    private static partial Regex TitleYear();
}
