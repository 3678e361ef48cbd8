using System.Security.Claims;
using System.Text.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>Errors and warnings of one rule kind in one budget.</summary>
public sealed record KindCount(int Errors, int Warnings);

/// <summary>One unit's row of the overview.</summary>
public sealed record UnitRow(int Id, string Department, string UnitName, string? Region, int Year, BudgetStatus Status, bool SentBack,
    int Errors, int Warnings, IReadOnlyDictionary<string, KindCount> ByKind, int Revision, DateTime UpdatedAt)
{
    public KindCount Kind(string k) => ByKind.TryGetValue(k, out var c) ? c : new KindCount(0, 0);
    /// <summary>待审核 / 已退回 / 已批准 / 已公开, or 草稿 for a draft never sent back.</summary>
    public string StatusLabel => RegionOverview.StatusLabel(Status, SentBack);
}

/// <summary>Filter and order of the overview table; null means any.</summary>
public sealed record OverviewQuery(string? Region = null, string? Status = null, string? Text = null, int? Year = null, string? Kind = null,
    string Sort = "worst", bool Descending = true);

/// <summary>The overview: the counts by status and the rows after filtering and sorting.</summary>
public sealed record Overview(string? Region, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<UnitRow> Rows, IReadOnlyList<UnitRow> Queue);

/// <summary>
/// The reviewer's region at a glance: counts by status, every unit with its errors and warnings per rule kind
/// (worst first by default), and the 待我审核 queue (submitted budgets, oldest first). A reviewer of one region
/// sees that region; an admin or a reviewer of every region sees all, or one region when asked.
/// </summary>
public sealed class RegionOverview(BudgetDbContext db, KindCountCache kindCache)
{
    public static readonly IReadOnlyList<string> StatusLabels = ["待审核", "已退回", "已批准", "已公开", "草稿"];

    public static string StatusLabel(BudgetStatus s, bool sentBack) => s switch
    {
        BudgetStatus.Submitted => "待审核",
        BudgetStatus.Approved => "已批准",
        BudgetStatus.Published => "已公开",
        _ => sentBack ? "已退回" : "草稿",
    };

    private sealed record RuleSeverity(string Rule, string Severity);



    /// <summary>Every budget of the region the caller reviews, with counts per rule kind.</summary>
    public async Task<IReadOnlyList<UnitRow>> RowsAsync(ClaimsPrincipal user, string? region, CancellationToken ct)
    {
        if (!user.IsReviewer()) throw new ForbiddenException("只有审核人员或管理员可以查看地区总览");
        region = user.Region() ?? Regions.Normalise(region);
        var q = db.Budgets.AsNoTracking();
        if (region is not null) q = q.Where(b => b.Region == region);
        var budgets = await q.Select(b => new { b.Id, b.Department, b.UnitName, b.Region, b.Year, b.Status, b.ErrorCount, b.WarningCount,
            b.Revision, b.UpdatedAt }).ToListAsync(ct);
        // The counts per kind change only with the revision: parse the findings of new or changed budgets only.
        var missing = budgets.Where(b => !kindCache.Counts.ContainsKey((b.Id, b.Revision))).Select(b => b.Id).ToList();
        foreach (var chunk in missing.Chunk(500))
        {
            var ids = chunk.ToList();
            foreach (var f in await db.Budgets.AsNoTracking().Where(b => ids.Contains(b.Id)).Select(b => new { b.Id, b.Revision, b.FindingsJson }).ToListAsync(ct))
                kindCache.Counts[(f.Id, f.Revision)] = CountByKind(f.FindingsJson);
        }
        // 已退回: a draft whose last move was back from submitted or approved (the audit keeps every move).
        var drafts = budgets.Where(b => b.Status == BudgetStatus.Draft).Select(b => b.Id).ToList();
        var sentBack = new HashSet<int>();
        if (drafts.Count > 0)
        {
            var moves = await db.Audit.AsNoTracking().Where(a => a.Action == "status" && a.BudgetId != null && drafts.Contains(a.BudgetId.Value))
                .Select(a => new { a.BudgetId, a.Id, a.Before }).ToListAsync(ct);
            foreach (var last in moves.GroupBy(m => m.BudgetId!.Value).Select(g => g.MaxBy(m => m.Id)!))
                if (last.Before is "{\"status\":\"submitted\"}" or "{\"status\":\"approved\"}") sentBack.Add(last.BudgetId!.Value);
        }
        return budgets.Select(b => new UnitRow(b.Id, b.Department, b.UnitName, b.Region, b.Year, b.Status, sentBack.Contains(b.Id),
            b.ErrorCount, b.WarningCount, kindCache.Counts.TryGetValue((b.Id, b.Revision), out var k) ? k : CountByKind("[]"), b.Revision, b.UpdatedAt)).ToList();
    }

    public async Task<Overview> BuildAsync(ClaimsPrincipal user, OverviewQuery query, CancellationToken ct)
    {
        var all = await RowsAsync(user, query.Region, ct);
        var counts = StatusLabels.ToDictionary(l => l, l => all.Count(r => r.StatusLabel == l));
        var queue = all.Where(r => r.Status == BudgetStatus.Submitted).OrderBy(r => r.UpdatedAt).ThenBy(r => r.Id).ToList();
        return new Overview(user.Region() ?? Regions.Normalise(query.Region), counts, Sort(Filter(all, query), query), queue);
    }

    public static IEnumerable<UnitRow> Filter(IEnumerable<UnitRow> rows, OverviewQuery q)
    {
        if (!string.IsNullOrWhiteSpace(q.Status)) rows = rows.Where(r => r.StatusLabel == q.Status);
        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            var t = q.Text.Trim();
            rows = rows.Where(r => r.Department.Contains(t, StringComparison.Ordinal) || r.UnitName.Contains(t, StringComparison.Ordinal));
        }
        if (q.Year is { } y) rows = rows.Where(r => r.Year == y);
        if (!string.IsNullOrWhiteSpace(q.Kind)) rows = rows.Where(r => r.Kind(q.Kind).Errors + r.Kind(q.Kind).Warnings > 0);
        return rows;
    }

    /// <summary>Worst first: most errors, then most warnings; or by a column (a rule kind's letter sorts by its errors, then warnings).</summary>
    public static IReadOnlyList<UnitRow> Sort(IEnumerable<UnitRow> rows, OverviewQuery q)
    {
        IOrderedEnumerable<UnitRow> o = q.Sort switch
        {
            "department" => Order(rows, r => r.Department, q.Descending),
            "unit" => Order(rows, r => r.UnitName, q.Descending),
            "year" => Order(rows, r => r.Year, q.Descending),
            "status" => Order(rows, r => Array.IndexOf(StatusLabels.ToArray(), r.StatusLabel), q.Descending),
            "errors" => Order(rows, r => r.Errors, q.Descending),
            "warnings" => Order(rows, r => r.Warnings, q.Descending),
            "updated" => Order(rows, r => r.UpdatedAt, q.Descending),
            var k when RuleKinds.All.Any(x => x.Kind == k) => Order(rows, r => r.Kind(k).Errors * 100_000L + r.Kind(k).Warnings, q.Descending),
            _ => Order(rows, r => r.Errors * 100_000L + r.Warnings, q.Descending),
        };
        return o.ThenBy(r => r.Department, StringComparer.Ordinal).ThenBy(r => r.Id).ToList();
    }

    private static IOrderedEnumerable<UnitRow> Order<TKey>(IEnumerable<UnitRow> rows, Func<UnitRow, TKey> key, bool descending) =>
        descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    /// <summary>Errors and warnings per rule kind, from the stored findings (only rule and severity are read).</summary>
    public static IReadOnlyDictionary<string, KindCount> CountByKind(string findingsJson)
    {
        var counts = new Dictionary<string, KindCount>();
        foreach (var f in JsonSerializer.Deserialize<List<RuleSeverity>>(findingsJson, CheckService.Json) ?? [])
        {
            var k = RuleKinds.Of(f.Rule);
            var c = counts.GetValueOrDefault(k, new KindCount(0, 0));
            counts[k] = f.Severity switch
            {
                "error" => c with { Errors = c.Errors + 1 },
                "warning" => c with { Warnings = c.Warnings + 1 },
                _ => c,
            };
        }
        return counts;
    }
}

/// <summary>
/// Counts per rule kind by budget id and revision, so a stale entry is never read; one entry per budget
/// version seen (a few hundred bytes each). One per application (singleton), never shared between stores.
/// </summary>
public sealed class KindCountCache
{
    public System.Collections.Concurrent.ConcurrentDictionary<(int Id, int Revision), IReadOnlyDictionary<string, KindCount>> Counts { get; } = new();
}
