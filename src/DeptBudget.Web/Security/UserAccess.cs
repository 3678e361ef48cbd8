using System.Security.Claims;
using DeptBudget.Storage;

namespace DeptBudget.Web.Security;

/// <summary>What the signed-in user (or the anonymous public) may see and do.</summary>
public static class UserAccess
{
    public static bool IsAdmin(this ClaimsPrincipal u) => u.IsInRole(Roles.Admin);
    public static bool IsReviewer(this ClaimsPrincipal u) => u.IsInRole(Roles.Reviewer) || u.IsAdmin();
    public static bool IsPreparer(this ClaimsPrincipal u) => u.IsInRole(Roles.Preparer);
    public static bool IsStaff(this ClaimsPrincipal u) => u.IsAdmin() || u.IsReviewer() || u.IsPreparer();

    public static string NameOf(this ClaimsPrincipal u) => u.Identity?.IsAuthenticated == true ? u.Identity.Name ?? "?" : "anonymous";

    public static IReadOnlyList<string> Departments(this ClaimsPrincipal u) =>
        u.FindAll(SecuritySetup.DepartmentClaim).Select(c => c.Value).ToList();

    /// <summary>The region a reviewer reviews; null for every region (admins, reviewers without one).</summary>
    public static string? Region(this ClaimsPrincipal u) => u.IsAdmin() ? null : u.FindFirst(SecuritySetup.RegionClaim)?.Value;

    public static Access ToAccess(this ClaimsPrincipal u) => u.Identity?.IsAuthenticated != true
        ? Access.Public
        : new Access(u.Identity.Name, u.IsReviewer(), u.IsPreparer() ? u.Departments() : [], u.Region());

    /// <summary>Admins, and reviewers of the budget's region (or of every region).</summary>
    public static bool CanReview(this ClaimsPrincipal u, BudgetRecord b) => u.IsReviewer() && u.ToAccess().Reviews(b.Region);

    /// <summary>Admins, and preparers of the budget's department, edit its drafts.</summary>
    public static bool CanPrepare(this ClaimsPrincipal u, string department) =>
        u.IsAdmin() || (u.IsPreparer() && u.Departments().Contains(department));

    public static bool CanEdit(this ClaimsPrincipal u, BudgetRecord b) => Workflow.IsEditable(b.Status) && u.CanPrepare(b.Department);

    /// <summary>A preparer's own withdrawal of a submission (撤回), as opposed to a reviewer's send-back (退回).</summary>
    public static bool IsWithdrawal(this ClaimsPrincipal u, BudgetRecord b, BudgetStatus to) =>
        b.Status == BudgetStatus.Submitted && to == BudgetStatus.Draft && !u.CanReview(b) && u.CanPrepare(b.Department);

    /// <summary>Preparers submit and withdraw their submission; reviewers of its region send back, approve and publish; only admins withdraw a published budget.</summary>
    public static bool CanMove(this ClaimsPrincipal u, BudgetRecord b, BudgetStatus to)
    {
        if (!Workflow.CanMove(b.Status, to)) return false;
        return (b.Status, to) switch
        {
            (BudgetStatus.Draft, BudgetStatus.Submitted) => u.CanPrepare(b.Department),
            // 撤回: the preparer takes a submission back while review has not acted on it yet.
            (BudgetStatus.Submitted, BudgetStatus.Draft) => u.CanReview(b) || u.CanPrepare(b.Department),
            (BudgetStatus.Published, _) => u.IsAdmin(),
            _ => u.CanReview(b),
        };
    }
}
