namespace DeptBudget.Model;

/// <summary>情况说明 and the other prose parts, kept by section, each number located.</summary>
public sealed record Narrative(IReadOnlyList<NarrativeSection> Sections)
{
    public static readonly Narrative None = new([]);
}

/// <summary>A titled section (一、收入支出预算总体情况说明 …) with its paragraphs and the numbers in them.</summary>
/// <param name="Part">The part it belongs to (第一部分 概况, 第二部分 情况说明, 名词解释 …).</param>
public sealed record NarrativeSection(
    string Part,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<StatedNumber> Numbers,
    int Line);

/// <summary>
/// A number the narrative states: value, unit, and what the sentence says it is.
/// </summary>
/// <param name="Subject">What it refers to, as the sentence names it (收入总计, 基本支出, 公务接待费 …).</param>
/// <param name="Relation">How: null for the amount itself, 占比 for a share, 比上年增加/减少, 增长/下降 for change.</param>
/// <param name="Paragraph">Index of the paragraph within the section.</param>
/// <param name="Offset">Character offset of the number within that paragraph.</param>
public sealed record StatedNumber(
    decimal Value,
    string Unit,
    string? Subject,
    string? Relation,
    int Paragraph,
    int Offset,
    int Line,
    string Excerpt);
