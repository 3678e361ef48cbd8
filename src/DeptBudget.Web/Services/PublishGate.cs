using DeptBudget.Model;
using DeptBudget.Storage;

namespace DeptBudget.Web.Services;

/// <summary>
/// What stands between a budget and 已审核/已公开 (issue 15: a budget with 7 errors, and a blank one full of 【待补】,
/// went public in two clicks). Errors and checks that could not run block approval and publication unless the
/// reviewer gives a reason, which the audit keeps and the budget page shows.
/// </summary>
public static class PublishGate
{
    /// <summary>Starts the audit comment of a move made despite open findings; the budget page finds it by this.</summary>
    public const string OverrideMark = "仍然";

    public sealed record Open(int Errors, int NotRun)
    {
        public bool Any => Errors > 0 || NotRun > 0;

        public string Text => string.Join("、", new[]
        {
            Errors > 0 ? $"{Errors} 个错误" : null,
            NotRun > 0 ? $"{NotRun} 项检查未能运行" : null,
        }.OfType<string>());
    }

    public static Open Of(IReadOnlyList<FindingView> findings) =>
        new(findings.Count(f => f.IsError), findings.Count(f => f.IsNotRun));

    public static bool Gates(BudgetStatus to) => to is BudgetStatus.Approved or BudgetStatus.Published;

    /// <summary>The comment the audit keeps for the move; throws when open findings need a reason that was not given.</summary>
    public static string? Comment(BudgetStatus to, IReadOnlyList<FindingView> findings, string? comment)
    {
        var open = Of(findings);
        if (!Gates(to) || !open.Any) return comment;
        var verb = to == BudgetStatus.Published ? "公开" : "审核通过";
        if (string.IsNullOrWhiteSpace(comment))
            throw new WorkflowException($"还有 {open.Text}，不能{verb}。请先修改，或填写理由后再{verb}（理由记入修改记录并显示在预算页面上）。");
        return $"{OverrideMark}{verb}（有 {open.Text}），理由：{comment.Trim()}";
    }

    /// <summary>The reasons reviewers gave for approving or publishing with open findings, newest first.</summary>
    public static IReadOnlyList<AuditEntry> Overrides(IEnumerable<AuditEntry> audit) =>
        audit.Where(a => a.Action == "status" && a.Summary is { } s && s.Contains("：" + OverrideMark, StringComparison.Ordinal)).ToList();
}
