using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tables;

/// <summary>
/// 绩效目标 tables. They are forms rather than grids: labelled rows (部门名称, 年度履职目标, 预算情况)
/// and an indicator block whose header is itself a row, so their columns carry no printed header.
/// </summary>
internal static class TargetTables
{
    public static Table Department(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var grid = new Grid(spec);
        var t = f.Budget.DepartmentTarget;
        if (t is null) return grid.Build(ctx, number, ctx.Fill(spec.EmptyNote ?? "本表无数据。"));
        void Text(RowKind kind, params string?[] cells)
        {
            var row = grid.Add(kind, name: cells[0]);
            for (var i = 0; i < cells.Length && i < spec.Columns.Count; i++) row.At(i, cells[i] ?? "");
            row.Done();
        }
        var form = spec.Form ?? new DepartmentForm();
        foreach (var line in form.Lines ?? ["部门名称：{department}"]) Text(RowKind.Text, ctx.Fill(line).Split('|'));
        if (form.ObjectivesPerRow)
            for (var i = 0; i < t.Objectives.Count; i++) Text(RowKind.Text, i == 0 ? form.ObjectivesLabel : "", t.Objectives[i]);
        else Text(RowKind.Text, form.ObjectivesLabel, string.Join("", t.Objectives));
        foreach (var header in form.TaskHeader ?? ["年度主要任务|任务名称|主要内容"]) Text(RowKind.Text, header.Split('|'));
        var allFiscal = f.Revenue(AmountKeys.FiscalAppropriation) == f.Revenue(AmountKeys.RevenueThisYear);
        foreach (var task in t.Tasks)
        {
            var amount = task.Amount is null ? null : Money.Format(task.Amount.Value);
            Text(RowKind.Detail, "", task.Name, task.Content, amount, form.FiscalColumn && allFiscal ? amount : null);
        }
        string? M(string key) => t.Budget.TryGetValue(key, out var v) && v != 0 ? Money.Format(v) : null;
        if (form.BudgetBlock)
        {
            Text(RowKind.Text, "预算情况", "部门预算总额（万元）", M(AmountKeys.Total));
            Text(RowKind.Text, "", "1、资金来源", M(AmountKeys.Total));
            Text(RowKind.Text, "", "（1）政府预算资金", M("governmentBudgetFunds"));
            Text(RowKind.Text, "", "（2）财政专户管理资金", M(AmountKeys.SpecialAccountFunds));
            Text(RowKind.Text, "", "（3）单位资金", M(AmountKeys.UnitFunds));
            Text(RowKind.Text, "2、资金结构", "（1）基本支出", M(AmountKeys.BasicExpenditure));
            Text(RowKind.Text, "", "（2）项目支出", M(AmountKeys.ProjectExpenditure));
        }
        var indicatorHeader = form.IndicatorHeader ?? ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"];
        Text(RowKind.Text, [.. indicatorHeader]);
        string? prev1 = null, prev2 = null;
        foreach (var i in t.Indicators)
        {
            // 指标解释 and 指标说明 come back from the reader joined by a space; a sixth column splits them again.
            var at = indicatorHeader.Count > 5 ? i.Explanation?.IndexOf(' ') ?? -1 : -1;
            var (explanation, note) = at > 0 ? (i.Explanation![..at], i.Explanation[(at + 1)..]) : (i.Explanation, null);
            Text(RowKind.Detail, i.Level1 == prev1 ? "" : i.Level1, i.Level2 == prev2 && i.Level1 == prev1 ? "" : i.Level2,
                i.Name, i.Value.Text, explanation, note);
            (prev1, prev2) = (i.Level1, i.Level2);
        }
        return grid.Build(ctx, number);
    }

    private static string Category(string level1) =>
        level1.Contains("成本") ? "cost" : level1.Contains("产出") ? "output" : level1.Contains("效益") ? "outcome"
        : level1.Contains("满意") ? "satisfaction" : "other";

    /// <summary>项目绩效目标汇总表: unit rows with sums, then each project with its indicators by
    /// category side by side, continuation rows for the second and later indicator of a category.</summary>
    public static Table Summary(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var grid = new Grid(spec);
        var targets = f.Budget.ProjectTargets;
        if (targets.Count == 0) return grid.Build(ctx, number, ctx.Fill(spec.EmptyNote ?? "本表无数据。"));
        decimal Sum(IEnumerable<ProjectPerformanceTarget> ts, string k) => ts.Sum(t => f.Amount(t.Amounts, k) ?? 0m);
        var department = ctx.DepartmentUnit;
        // Blocks (001 lists its projects, then the 专项转移支付 projects again under 044), each under
        // its department row; within a block, consecutive runs by unit, in the order stated.
        foreach (var block in Blocks(Runs(targets)))
        {
            if (department is not null)
                grid.Add(RowKind.Unit, unitCode: department.Code, name: spec.DepartmentName ? department.Name : null)
                    .Text(ColumnKeys.UnitCode, department.Code).Text(ColumnKeys.Name, spec.DepartmentName ? department.Name : null)
                    .Amounts(k => Sum(block.SelectMany(r => r), k)).Done();
            foreach (var run in block) Run(grid, f, department, run);
        }
        return grid.Build(ctx, number);
    }

    /// <summary>A unit's row (unless it is the department), then each project with its indicators.</summary>
    private static void Run(Grid grid, Figures f, BudgetUnit? department, List<ProjectPerformanceTarget> run)
    {
        var unit = f.Budget.Units.FirstOrDefault(u => u.Code == run[0].UnitCode);
        if (unit is not null && unit.Code != department?.Code)
            grid.Add(RowKind.Unit, unitCode: unit.Code, name: unit.Name).Text(ColumnKeys.UnitCode, unit.Code)
                .Text(ColumnKeys.Name, unit.Name).Amounts(k => run.Sum(t => f.Amount(t.Amounts, k) ?? 0m)).Done();
        foreach (var t in run)
        {
            var rows = IndicatorRows(t.Indicators);
            for (var n = 0; n < Math.Max(1, rows.Count); n++)
            {
                var row = n == 0
                    ? grid.Add(RowKind.Detail, t.ProjectCode, t.ProjectName, t.UnitCode).Text(ColumnKeys.UnitCode, t.ProjectCode)
                        .Text(ColumnKeys.Name, t.ProjectName).Amounts(k => f.Amount(t.Amounts, k))
                    : grid.Add(RowKind.Text, t.ProjectCode, t.ProjectName, t.UnitCode);
                if (n < rows.Count)
                    foreach (var (cat, i) in rows[n])
                        row.Text(cat + "." + ColumnKeys.Level3, i.Name).Text(cat + "." + ColumnKeys.TargetValue, i.Value.Text);
                row.Done();
            }
        }
    }

    /// <summary>A new block starts when a unit seen earlier in the current block comes back.</summary>
    private static List<List<List<ProjectPerformanceTarget>>> Blocks(List<List<ProjectPerformanceTarget>> runs)
    {
        var blocks = new List<List<List<ProjectPerformanceTarget>>>();
        foreach (var run in runs)
            if (blocks.Count > 0 && blocks[^1].All(r => r[0].UnitCode != run[0].UnitCode)) blocks[^1].Add(run);
            else blocks.Add([run]);
        return blocks;
    }

    private static readonly string[] CategoryOrder = ["cost", "output", "outcome", "satisfaction", "other"];

    /// <summary>
    /// Lays indicators out row by row in the order given: a new row starts when the next indicator's
    /// category column is already filled or lies left of the last one filled, so reading the rows left
    /// to right, top to bottom gives the indicators back in the same order.
    /// </summary>
    private static List<List<(string Cat, Indicator I)>> IndicatorRows(IReadOnlyList<Indicator> indicators)
    {
        var rows = new List<List<(string, Indicator)>>();
        var last = int.MaxValue;
        foreach (var i in indicators)
        {
            var cat = Category(i.Level1);
            var pos = Array.IndexOf(CategoryOrder, cat);
            if (rows.Count == 0 || pos <= last) rows.Add([]);
            rows[^1].Add((cat, i));
            last = pos;
        }
        return rows;
    }

    private static List<List<ProjectPerformanceTarget>> Runs(IReadOnlyList<ProjectPerformanceTarget> targets)
    {
        var runs = new List<List<ProjectPerformanceTarget>>();
        foreach (var t in targets)
            if (runs.Count > 0 && runs[^1][0].UnitCode == t.UnitCode) runs[^1].Add(t);
            else runs.Add([t]);
        return runs;
    }

    /// <summary>Shandong: one 项目支出绩效目标表 per project.</summary>
    public static IEnumerable<Table> PerProject(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        foreach (var t in f.Budget.ProjectTargets)
        {
            var grid = new Grid(spec);
            void Text(RowKind kind, params string?[] cells)
            {
                var row = grid.Add(kind, t.ProjectCode, t.ProjectName, t.UnitCode);
                for (var i = 0; i < cells.Length && i < spec.Columns.Count; i++) row.At(i, cells[i] ?? "");
                row.Done();
            }
            var unit = f.Budget.Units.FirstOrDefault(u => u.Code == t.UnitCode)?.Name;
            string? Plain(string k) => t.Amounts.TryGetValue(k, out var v) ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : null;
            Text(RowKind.Text, "项目名称", t.ProjectName);
            Text(RowKind.Text, "主管部门", f.Budget.Department, "实施单位", unit);
            Text(RowKind.Text, "项目资金 (万元)", "年度预算资金总额:", Plain(AmountKeys.Total));
            Text(RowKind.Text, "", "其中: 财政拨款", Plain(AmountKeys.FiscalAppropriation) ?? Plain(AmountKeys.Total));
            Text(RowKind.Text, "", "其他资金", null);
            Text(RowKind.Text, "年度总体绩效目标", t.Objective);
            Text(RowKind.Text, "绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
            string? prev1 = null, prev2 = null;
            foreach (var i in t.Indicators)
            {
                Text(RowKind.Detail, "", i.Level1 == prev1 ? "" : i.Level1, i.Level2 == prev2 && i.Level1 == prev1 ? "" : i.Level2, i.Name, i.Value.Text);
                (prev1, prev2) = (i.Level1, i.Level2);
            }
            yield return grid.Build(ctx, number) with { Title = spec.Title };
        }
    }
}
