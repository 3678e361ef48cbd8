namespace DeptBudget.Model;

/// <summary>部门（单位）整体绩效目标 (table 11).</summary>
/// <param name="Objectives">年度履职目标 (one or several paragraphs).</param>
/// <param name="Budget">预算情况: total, sources, basic and project (AmountKeys).</param>
public sealed record DepartmentPerformanceTarget(
    IReadOnlyList<string> Objectives,
    IReadOnlyList<AnnualTask> Tasks,
    IReadOnlyDictionary<string, decimal> Budget,
    IReadOnlyList<Indicator> Indicators);

/// <summary>年度主要任务: a task with its content, and its money where the layout shows it.</summary>
public sealed record AnnualTask(string Name, string? Content, decimal? Amount);

/// <summary>项目绩效目标 (table 12 row group, or a project's own 项目支出绩效目标表).</summary>
public sealed record ProjectPerformanceTarget(
    string ProjectName,
    string? ProjectCode,
    string? UnitCode,
    IReadOnlyDictionary<string, decimal> Amounts,
    string? Objective,
    IReadOnlyList<Indicator> Indicators);

/// <summary>One 三级指标 in its tree: 一级 (成本/产出/效益/满意度 …), 二级 (数量, 质量 …), name, value.</summary>
public sealed record Indicator(string Level1, string? Level2, string Name, TargetValue Value, string? Explanation);

/// <summary>
/// 指标值 as printed, parsed: an operator (≥ ≤ = &lt; &gt; ≈), a number and a unit (%, 元/人, 万元, 人 …),
/// or qualitative text (提高, 有效保障) where Number is null.
/// </summary>
public sealed record TargetValue(string Text, string? Operator, decimal? Number, string? Unit)
{
    public bool IsQuantitative => Number is not null;
}
