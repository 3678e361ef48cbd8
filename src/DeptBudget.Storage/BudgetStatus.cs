namespace DeptBudget.Storage;

/// <summary>Workflow: 草稿 draft → 已提交 submitted → 已审核 approved → 已公开 published.</summary>
public enum BudgetStatus { Draft = 0, Submitted = 1, Approved = 2, Published = 3 }

/// <summary>The allowed moves of the workflow; a reviewer may send a submitted budget back to draft.</summary>
public static class Workflow
{
    public static bool CanMove(BudgetStatus from, BudgetStatus to) => (from, to) switch
    {
        (BudgetStatus.Draft, BudgetStatus.Submitted) => true,
        (BudgetStatus.Submitted, BudgetStatus.Draft) => true,     // 退回
        (BudgetStatus.Submitted, BudgetStatus.Approved) => true,
        (BudgetStatus.Approved, BudgetStatus.Draft) => true,      // 退回修改
        (BudgetStatus.Approved, BudgetStatus.Published) => true,
        (BudgetStatus.Published, BudgetStatus.Draft) => true,     // 撤回重新编制
        _ => false,
    };

    /// <summary>Only drafts are edited; a submitted or approved budget is sent back first.</summary>
    public static bool IsEditable(BudgetStatus status) => status == BudgetStatus.Draft;

    public static string Label(BudgetStatus status) => status switch
    {
        BudgetStatus.Draft => "草稿",
        BudgetStatus.Submitted => "已提交",
        BudgetStatus.Approved => "已审核",
        BudgetStatus.Published => "已公开",
        _ => status.ToString(),
    };

    public static bool TryParse(string? text, out BudgetStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status);
}
