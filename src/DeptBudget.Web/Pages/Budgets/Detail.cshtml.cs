using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages.Budgets;

public sealed class DetailModel(BudgetService budgets, BudgetStore store, OriginalFiles originals) : PageModel
{
    /// <summary>The files the budget was read from, as published (none for a budget begun blank).</summary>
    public IReadOnlyList<OriginalFile> Originals { get; private set; } = [];
    /// <summary>The version before the current one, for the comparison link (staff only: earlier versions are not public).</summary>
    public int? PreviousVersion { get; private set; }
    /// <summary>Last year's budget of the same unit that the caller may see, if any.</summary>
    public BudgetSummary? LastYear { get; private set; }
    public LoadedBudget Budget { get; private set; } = null!;
    public IReadOnlyList<BudgetStatus> Moves { get; private set; } = [];
    /// <summary>PDF, XLSX, DOCX and HTML for every budget: in its rendering layout, or as read where its family has none.</summary>
    public IReadOnlyList<string> DocumentFormats => DocumentExports.Formats;
    /// <summary>Errors and checks not run: approval and publication need a reason while any remain.</summary>
    public PublishGate.Open Open { get; private set; } = new(0, 0);
    /// <summary>Reasons reviewers gave for approving or publishing with open findings (shown to everyone who sees the budget).</summary>
    public IReadOnlyList<AuditEntry> Overrides { get; private set; } = [];
    /// <summary>Why a draft was sent back (the latest move to 草稿 with a comment), for the preparer who edits it.</summary>
    public AuditEntry? SentBack { get; private set; }
    [TempData] public string? Message { get; set; }
    [TempData] public bool IsError { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var b = await budgets.LoadAsync(User, id, ct);
        if (b is null) return NotFound();
        Budget = b;
        Moves = Enum.GetValues<BudgetStatus>().Where(to => User.CanMove(b.Record, to)).ToList();
        Open = PublishGate.Of(b.Findings);
        Originals = originals.List(id);
        if (User.ToAccess().CanSeeDrafts(b.Record) && b.Record.CurrentVersion > 1) PreviousVersion = b.Record.CurrentVersion - 1;
        LastYear = await Changes.LastYearAsync(store, User.ToAccess(), b.Record, ct);
        var audit = await store.AuditAsync(id, ct);
        Overrides = PublishGate.Overrides(audit);
        if (b.Record.Status == BudgetStatus.Draft && audit.FirstOrDefault(a => a.Action == "status") is { } last
            && last.After?.Contains("\"draft\"", StringComparison.Ordinal) == true && last.Summary?.Contains('：') == true)
            SentBack = last;
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string to, int revision, string? comment, CancellationToken ct)
    {
        try
        {
            if (!Workflow.TryParse(to, out var target)) throw new ArgumentException("未知状态");
            var r = await budgets.MoveAsync(User, id, revision, target, comment, ct);
            (Message, IsError) = (r.Status == BudgetStatus.Draft && !User.CanReview(r) ? "已撤回，预算回到草稿，可以修改。" : $"已{MoveLabel(null, r.Status)}。", false);
        }
        catch (Exception e) when (e is WorkflowException or ForbiddenException or ConcurrencyConflictException or ArgumentException or BudgetNotFoundException)
        {
            (Message, IsError) = (e.Message, true);
        }
        return RedirectToPage(new { id });
    }

    /// <summary>An admin sets the region (the county or district whose reviewers review this budget).</summary>
    public async Task<IActionResult> OnPostRegionAsync(int id, int revision, string? region, CancellationToken ct)
    {
        if (!User.IsAdmin()) return Forbid();
        try
        {
            var r = await store.SetRegionAsync(id, revision, region, User.NameOf(), ct);
            (Message, IsError) = ($"地区已设为“{r.Region ?? "（未设）"}”。", false);
        }
        catch (Exception e) when (e is ConcurrencyConflictException or BudgetNotFoundException) { (Message, IsError) = (e.Message, true); }
        return RedirectToPage(new { id });
    }

    /// <summary>A file's size as people read it (KB below a megabyte).</summary>
    public static string Size(long bytes) =>
        bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024):0.0} MB";

    /// <summary>The comment part of a status audit summary (“已提交 → 草稿：原因”).</summary>
    public static string CommentOf(AuditEntry a) => a.Summary is { } s && s.IndexOf('：') is var i and >= 0 ? s[(i + 1)..] : "";

    public string SectionMark(string title) =>
        Budget.Findings.Any(f => f.IsError && f.Location.Section == title) ? "err"
        : Budget.Findings.Any(f => f.IsWarning && f.Location.Section == title) ? "warn" : "";

    /// <summary>The button's words: 撤回 for the preparer's own submission, else the move's usual name.</summary>
    public string ButtonLabel(BudgetStatus to) => User.IsWithdrawal(Budget.Record, to) ? "撤回（改回草稿）" : MoveLabel(Budget.Record.Status, to);

    public static string MoveLabel(BudgetStatus? from, BudgetStatus to) => (from, to) switch
    {
        (_, BudgetStatus.Submitted) => "提交审核",
        (BudgetStatus.Published, BudgetStatus.Draft) => "撤回为草稿",
        (_, BudgetStatus.Draft) => "退回修改",
        (_, BudgetStatus.Approved) => "审核通过",
        (_, BudgetStatus.Published) => "公开",
        _ => to.ToString(),
    };
}
