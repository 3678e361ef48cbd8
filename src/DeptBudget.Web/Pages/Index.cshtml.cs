using DeptBudget.Model.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages;

/// <summary>One line of the list: the stored summary, the totals the budget states, and where a searched word occurs.</summary>
public sealed record ListRow(BudgetSummary Budget, ListTotals Totals, (string Before, string Hit, string After, string Where)? Passage);

public sealed class IndexModel(BudgetStore store, ListFacts facts) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? StatusText { get; set; }
    /// <summary>The region filter; a reviewer of one region starts with it, "" shows every region.</summary>
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    /// <summary>Words searched in every budget's names and text (narrative, table texts such as project names).</summary>
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>department, year, revenue, expenditure, errors, updated; “-” before it for descending.</summary>
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    // Not “page”: Razor Pages route the page's own path under that name.
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public BudgetStatus? Status { get; private set; }
    public IReadOnlyList<ListRow> Rows { get; private set; } = [];
    public int Count { get; private set; }
    public int Pages => Math.Max(1, (Count + PageSize - 1) / PageSize);
    public IReadOnlyList<int> Years { get; private set; } = [];

    public static readonly IReadOnlyList<(string Key, string Label)> Sorts =
        [("department", "部门"), ("year", "年度"), ("revenue", "收入总计"), ("expenditure", "支出总计"), ("errors", "错误"), ("updated", "更新")];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Status = Workflow.TryParse(StatusText, out var s) ? s : null;
        var access = User.ToAccess();
        if (!Request.Query.ContainsKey("region")) Region = User.Region();
        Q = Q?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 100)] : null;
        var everything = await store.ListAsync(access, new(), ct);
        Years = everything.Select(b => b.Year).Distinct().OrderDescending().ToList();
        Regions = await store.RegionsAsync(access, ct);
        var found = await store.ListAsync(access, new BudgetFilter(Department, Year, Status, Region, Q), ct);
        Count = found.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var (key, descending) = SortKey();
        IEnumerable<BudgetSummary> sorted = found;
        if (key is "revenue" or "expenditure")
        {
            // Totals live in the JSON: read for every listed budget (kept per revision after the first time).
            var totals = new Dictionary<int, ListTotals>();
            foreach (var b in found) totals[b.Id] = await facts.TotalsAsync(store, access, b, ct);
            decimal? Of(BudgetSummary b) => key == "revenue" ? totals[b.Id].Revenue : totals[b.Id].Expenditure;
            // Budgets that state no total go last either way.
            sorted = descending
                ? found.OrderBy(b => Of(b) is null).ThenByDescending(Of).ThenBy(b => b.Department)
                : found.OrderBy(b => Of(b) is null).ThenBy(Of).ThenBy(b => b.Department);
        }
        else
        {
            sorted = key switch
            {
                "year" => descending ? found.OrderByDescending(b => b.Year) : found.OrderBy(b => b.Year),
                "errors" => descending ? found.OrderByDescending(b => b.ErrorCount) : found.OrderBy(b => b.ErrorCount),
                "updated" => descending ? found.OrderByDescending(b => b.UpdatedAt) : found.OrderBy(b => b.UpdatedAt),
                _ => descending ? found.OrderByDescending(b => b.Department, StringComparer.Ordinal) : found,
            };
        }
        var rows = new List<ListRow>();
        foreach (var b in sorted.Skip((PageNumber - 1) * PageSize).Take(PageSize))
        {
            var totals = await facts.TotalsAsync(store, access, b, ct);
            var passage = Q is not null && !b.Department.Contains(Q) && !b.UnitName.Contains(Q)
                && await store.GetAsync(b.Id, access, ct) is { } r ? ListFacts.Passage(BudgetJson.Deserialize(r.Json), Q.Split(' ', '　')[0]) : null;
            rows.Add(new ListRow(b, totals, passage));
        }
        Rows = rows;
    }

    private (string Key, bool Descending) SortKey()
    {
        var s = Sort ?? "department";
        var descending = s.StartsWith('-');
        var key = s.TrimStart('-');
        return Sorts.Any(x => x.Key == key) ? (key, descending) : ("department", false);
    }

    /// <summary>This list's address with some parameters changed (sort, page), the filters kept.</summary>
    public string Url(string? sort = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q, ["department"] = Department, ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = StatusText, ["region"] = Request.Query.ContainsKey("region") ? Region ?? "" : null,
            ["sort"] = sort ?? Sort, ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/", query.Where(kv => !string.IsNullOrEmpty(kv.Value) || kv.Key == "region" && kv.Value is not null));
    }

    /// <summary>The sort link of a column: ascending first, descending when it is already ascending.</summary>
    public string SortUrl(string key) => Url(SortKey() is var (k, d) && k == key && !d ? "-" + key : key);

    /// <summary>aria-sort of a column header.</summary>
    public string? AriaSort(string key) => SortKey() is var (k, d) && k == key ? (d ? "descending" : "ascending") : null;

    public string Arrow(string key) => SortKey() is var (k, d) && k == key ? (d ? " ▼" : " ▲") : "";
}
