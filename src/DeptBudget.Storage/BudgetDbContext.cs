using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Storage;

/// <summary>
/// Budgets, their versions, the audit trail and the Identity users. The model is provider-neutral;
/// each provider has its own subclass so that each keeps its own migration set
/// (Migrations/Sqlite, Migrations/Postgres).
/// </summary>
public abstract class BudgetDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<BudgetRecord> Budgets => Set<BudgetRecord>();
    public DbSet<BudgetVersion> BudgetVersions => Set<BudgetVersion>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<BudgetRecord>(b =>
        {
            b.ToTable("budgets");
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.Department, x.Year });
            b.HasIndex(x => x.Status);
            b.HasIndex(x => x.Year);
            b.HasIndex(x => x.Region);
            // One budget per unit, year and scope (a 部门预算 and a 单位预算 of one unit are two disclosures): the
            // database holds it, so two imports racing past the look-up cannot both save.
            b.HasIndex(x => new { x.Department, x.UnitName, x.Year, x.Scope }).IsUnique();
            b.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.BudgetId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<BudgetVersion>(b =>
        {
            b.ToTable("budget_versions");
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.BudgetId, x.Number }).IsUnique();
        });
        builder.Entity<AuditEntry>(b =>
        {
            b.ToTable("audit");
            b.HasIndex(x => new { x.BudgetId, x.At });
        });
    }
}

/// <summary>The SQLite database (the default: one file under the data directory).</summary>
public sealed class SqliteBudgetDbContext(DbContextOptions<SqliteBudgetDbContext> options) : BudgetDbContext(options);

/// <summary>The PostgreSQL database (when a connection string is configured).</summary>
public sealed class PostgresBudgetDbContext(DbContextOptions<PostgresBudgetDbContext> options) : BudgetDbContext(options);
