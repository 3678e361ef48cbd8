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
    /// <summary>Each chart's title and bars, printed under it as a table (the figures for screen readers and phones).</summary>
    public IReadOnlyList<(string Title, IReadOnlyList<Bar> Bars)> ChartFigures { get; private set; } = [];
    public string? Caption { get; private set; }
    /// <summary>Where a chart's figures came from when not from the table that states them, and which units have none.</summary>
    public IReadOnlyList<string> Notes { get; private set; } = [];

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
        var items = new List<Item>();
        foreach (var s in chosen)
            if (await store.GetAsync(s.Id, access, ct) is { } r)
                items.Add(new Item(byDepartment ? $"{s.Year}（{Workflow.Label(s.Status)}）" : s.Department,
                    byDepartment ? $"{s.Year}" : s.Region ?? s.Department, BudgetJson.Deserialize(r.Json)));
        Caption = byDepartment ? $"{Department}：{items.Count} 个年度" : $"{Year} 年：{items.Count} 个单位";
        var notes = new List<string>();
        ChartFigures = Build(items, byDepartment, notes);
        Charts = ChartFigures.Select(f => Svg.StackedBars(f.Title, f.Bars)).ToList();
        Notes = notes;
    }

    /// <param name="Short">A short name for the unit (its region) or the year, beside project names.</param>
    private sealed record Item(string Label, string Short, Disclosure D);

    // A unit whose document states no figure for a chart has no bar, and the notes say so: a bar of 0 would claim a figure.
    private static List<(string Title, IReadOnlyList<Bar> Bars)> Build(List<Item> items, bool byDepartment, List<string> notes)
    {
        List<Bar> Bars(string chart, Func<Disclosure, Figures> figures)
        {
            var bars = new List<Bar>();
            foreach (var i in items)
            {
                var f = figures(i.D);
                if (f.IsEmpty) { notes.Add($"{chart}：{i.Label} 的文件没有可用的数据"); continue; }
                if (f.Source is not null) notes.Add($"{chart}：{i.Label} 的数据取自{f.Source}");
                bars.Add(new Bar(i.Label, f.Parts));
            }
            return bars;
        }
        var charts = new List<(string Title, IReadOnlyList<Bar> Bars)>
        {
            ("收入按来源", Bars("收入按来源", ChartData.RevenueBySource)),
            ("基本支出与项目支出", Bars("基本支出与项目支出", ChartData.BasicVersusProject)),
        };
        List<Bar> threePublic;
        if (byDepartment)
            threePublic = items.SelectMany(i => ChartData.ThreePublic(i.D)).GroupBy(x => x.Year).OrderBy(g => g.Key)
                .Select(g => new Bar($"{g.Key} 年", ChartData.ThreePublicParts(g.Last().Figures))).ToList();
        else
            threePublic = Bars("“三公”经费", d => ChartData.ThreePublic(d).LastOrDefault() is var (_, f) && f is not null
                ? new Figures(ChartData.ThreePublicParts(f)) : Figures.None);
        if (byDepartment && threePublic.Count == 0) notes.Add("“三公”经费：各年度的文件都没有“三公”经费表");
        charts.Add((byDepartment ? "“三公”经费（各年度）" : "“三公”经费", threePublic));
        var projects = items.SelectMany(i => ChartData.LargestProjects(i.D, 10).Select(p => (i, p)))
            .OrderByDescending(x => x.p.Total).Take(12)
            .Select(x => new Bar(items.Count > 1 ? $"{Clip(x.p.Name, 14 - x.i.Short.Length)}（{x.i.Short}）" : x.p.Name,
                new Dictionary<string, decimal> { [AmountKeys.ProjectExpenditure] = x.p.Total })).ToList();
        foreach (var i in items.Where(i => ChartData.LargestProjects(i.D, 1).Count == 0))
            notes.Add($"最大的项目：{i.Label} 的文件没有项目支出表");
        charts.Add(("最大的项目", projects));
        return charts;
    }

    // Room for the unit beside the name within the chart's label width (the SVG clips labels at 16).
    private static string Clip(string s, int max) => max < 2 || s.Length <= max ? s : s[..(max - 1)] + "…";
}
