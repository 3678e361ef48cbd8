using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Charts;
using DeptBudget.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeptBudget.Web.Pages;

/// <summary>A department across years, or the units of one year: totals by source, basic vs project, 三公, largest projects.</summary>
public sealed class CompareModel(BudgetStore store) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IReadOnlyList<string> Departments { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    /// <summary>SVG documents written by <see cref="Svg"/>, every text in them encoded.</summary>
    public IReadOnlyList<string> Charts { get; private set; } = [];
    public string? Caption { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var access = User.ToAccess();
        var all = await store.ListAsync(access, new(), ct);
        Departments = all.Select(b => b.Department).Distinct().Order().ToList();
        Years = all.Select(b => b.Year).Distinct().OrderDescending().ToList();
        var byDepartment = !string.IsNullOrEmpty(Department);
        if (!byDepartment && Year is null) return;
        var chosen = all.Where(b => byDepartment ? b.Department == Department : b.Year == Year)
            .OrderBy(b => b.Year).ThenBy(b => b.Department).Take(30).ToList();
        var items = new List<(string Label, Disclosure D)>();
        foreach (var s in chosen)
            if (await store.GetAsync(s.Id, access, ct) is { } r)
                items.Add((byDepartment ? $"{s.Year}（{Workflow.Label(s.Status)}）" : s.Department, BudgetJson.Deserialize(r.Json)));
        Caption = byDepartment ? $"{Department}：{items.Count} 个年度" : $"{Year} 年：{items.Count} 个单位";
        Charts = Build(items, byDepartment);
    }

    private static List<string> Build(List<(string Label, Disclosure D)> items, bool byDepartment)
    {
        var charts = new List<string>
        {
            Svg.StackedBars("收入按来源", items.Select(i => new Bar(i.Label, ChartData.RevenueBySource(i.D))).ToList()),
            Svg.StackedBars("基本支出与项目支出", items.Select(i => new Bar(i.Label, ChartData.BasicVersusProject(i.D))).ToList()),
        };
        var threePublic = byDepartment
            ? items.SelectMany(i => ChartData.ThreePublic(i.D)).GroupBy(x => x.Year).OrderBy(g => g.Key)
                .Select(g => new Bar($"{g.Key} 年", ChartData.ThreePublicParts(g.Last().Figures))).ToList()
            : items.Select(i => new Bar(i.Label, ChartData.ThreePublic(i.D).LastOrDefault() is var (_, f) && f is not null
                ? ChartData.ThreePublicParts(f) : new Dictionary<string, decimal>())).ToList();
        charts.Add(Svg.StackedBars(byDepartment ? "“三公”经费（各年度）" : "“三公”经费", threePublic));
        var projects = items.SelectMany(i => ChartData.LargestProjects(i.D, 10).Select(p => (i.Label, p)))
            .OrderByDescending(x => x.p.Total).Take(12)
            .Select(x => new Bar(items.Count > 1 ? $"{x.p.Name}（{x.Label}）" : x.p.Name,
                new Dictionary<string, decimal> { [AmountKeys.ProjectExpenditure] = x.p.Total })).ToList();
        charts.Add(Svg.StackedBars("最大的项目", projects));
        return charts;
    }
}
