using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;

namespace DeptBudget.Storage;

/// <summary>
/// One budget (部门预算 / 单位预算 of one year) as stored: the current version's canonical JSON and findings,
/// the indexed columns the lists filter on, and <see cref="Revision"/>, the optimistic concurrency token
/// every writer must present.
/// </summary>
public sealed class BudgetRecord
{
    public int Id { get; set; }
    [MaxLength(200)] public required string Department { get; set; }
    [MaxLength(200)] public required string UnitName { get; set; }
    [MaxLength(32)] public string? UnitCode { get; set; }
    /// <summary>The county or district (西峡县, 龙亭区 …) whose reviewers see this budget; null when not known.</summary>
    [MaxLength(Regions.MaxLength)] public string? Region { get; set; }
    public int Year { get; set; }
    [MaxLength(16)] public required string Scope { get; set; }
    [MaxLength(32)] public required string Layout { get; set; }
    public BudgetStatus Status { get; set; }
    public int ErrorCount { get; set; }
    public int WarningCount { get; set; }
    /// <summary>Number of the current version (1, 2 …); every version is kept in <see cref="BudgetVersion"/>.</summary>
    public int CurrentVersion { get; set; }
    /// <summary>Incremented by every write; a writer presenting an older value is refused.</summary>
    [ConcurrencyCheck] public int Revision { get; set; }
    public required string Json { get; set; }
    public required string FindingsJson { get; set; }
    [MaxLength(256)] public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    [MaxLength(256)] public string? UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<BudgetVersion> Versions { get; set; } = [];
}

/// <summary>One saved version of a budget, never changed or deleted once written.</summary>
public sealed class BudgetVersion
{
    public int Id { get; set; }
    public int BudgetId { get; set; }
    public int Number { get; set; }
    public BudgetStatus Status { get; set; }
    public required string Json { get; set; }
    public required string FindingsJson { get; set; }
    public int ErrorCount { get; set; }
    public int WarningCount { get; set; }
    [MaxLength(256)] public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    [MaxLength(500)] public string? Note { get; set; }
}

/// <summary>An audit entry: who did what to which budget when, with the changed values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public int? BudgetId { get; set; }
    public DateTime At { get; set; }
    [MaxLength(256)] public required string User { get; set; }
    [MaxLength(64)] public required string Action { get; set; }
    [MaxLength(1000)] public string? Summary { get; set; }
    /// <summary>The changed values before (JSON object path → value), or null.</summary>
    public string? Before { get; set; }
    /// <summary>The changed values after (JSON object path → value), or null.</summary>
    public string? After { get; set; }
}

/// <summary>A user. Preparers work on the departments listed in <see cref="Departments"/> only.</summary>
public sealed class AppUser : IdentityUser
{
    [MaxLength(100)] public string? DisplayName { get; set; }
    /// <summary>Department names (部门) this user prepares, separated by newlines.</summary>
    [MaxLength(4000)] public string Departments { get; set; } = "";
    /// <summary>The region a reviewer reviews (西峡县 …); null reviews every region.</summary>
    [MaxLength(Regions.MaxLength)] public string? Region { get; set; }

    public IReadOnlyList<string> DepartmentList =>
        Departments.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The roles: admin, preparer (own departments), reviewer (every unit of the region, <see cref="AppUser.Region"/>).</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Preparer = "preparer";
    public const string Reviewer = "reviewer";
    public static readonly IReadOnlyList<string> All = [Admin, Preparer, Reviewer];
}
