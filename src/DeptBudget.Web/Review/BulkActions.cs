using System.Security.Claims;
using DeptBudget.Storage;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Review;

/// <summary>The outcome of a bulk action on one budget: done, or the Chinese reason it was not.</summary>
public sealed record BulkResult(int Id, bool Done, string Message);

/// <summary>
/// Send back (with the findings as the reason), approve or publish many budgets at once. Each goes through
/// <see cref="BudgetService.MoveAsync"/> with the revision the reviewer saw, so the rights, the workflow and
/// any gate on publishing apply to each as if moved one by one; one that fails does not stop the others.
/// </summary>
public sealed class BulkActions(BudgetService budgets)
{
    public static readonly IReadOnlyDictionary<string, (BudgetStatus To, string Label)> Actions = new Dictionary<string, (BudgetStatus, string)>
    {
        ["sendback"] = (BudgetStatus.Draft, "退回"),
        ["approve"] = (BudgetStatus.Approved, "批准"),
        ["publish"] = (BudgetStatus.Published, "公开"),
    };

    /// <param name="selected">"id:revision" as the overview's check boxes send them.</param>
    /// <param name="reason">The reviewer's reason for approving or publishing budgets that still have errors; without it
    /// those are refused one by one with the publish gate's message and the clean ones still move.</param>
    public async Task<IReadOnlyList<BulkResult>> RunAsync(ClaimsPrincipal user, string action, IEnumerable<string> selected, CancellationToken ct,
        string? reason = null)
    {
        if (!Actions.TryGetValue(action ?? "", out var a)) throw new ArgumentException($"未知操作“{action}”");
        var results = new List<BulkResult>();
        foreach (var s in selected.Distinct())
        {
            var parts = s.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], out var id) || !int.TryParse(parts[1], out var revision))
            {
                results.Add(new BulkResult(0, false, $"无法识别的选择“{s}”"));
                continue;
            }
            try
            {
                var comment = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
                if (a.To == BudgetStatus.Draft)
                    comment = await budgets.LoadAsync(user, id, ct) is { } b ? (comment is null ? "" : comment + "\n") + Reason(b.Findings) : comment;
                await budgets.MoveAsync(user, id, revision, a.To, comment, ct);
                results.Add(new BulkResult(id, true, $"已{a.Label}"));
            }
            catch (Exception e) when (e is WorkflowException or ForbiddenException or BudgetNotFoundException or ConcurrencyConflictException or ArgumentException)
            {
                results.Add(new BulkResult(id, false, e.Message));
            }
        }
        return results;
    }

    /// <summary>The findings as a send-back reason: the counts, then the errors and warnings one per line (clipped by the audit).</summary>
    public static string Reason(IReadOnlyList<FindingView> findings)
    {
        var shown = findings.Where(f => f.IsError || f.IsWarning).ToList();
        if (shown.Count == 0) return "退回修改";
        var lines = shown.Take(20).Select(f => $"[{(f.IsError ? "错误" : "提示")}] {f.Rule} {Place(f.Location)}{f.Message}");
        return $"错误 {shown.Count(f => f.IsError)} 个，提示 {shown.Count(f => f.IsWarning)} 个：\n" + string.Join("\n", lines);
    }

    private static string Place(FindingPlace p)
    {
        var parts = new[] { p.Table, p.Row, p.Column, p.Section }.Where(x => !string.IsNullOrWhiteSpace(x)).ToList();
        return parts.Count == 0 ? "" : string.Join(" / ", parts) + "：";
    }
}
