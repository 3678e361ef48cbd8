using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tables;

/// <summary>
/// Tables by economic classification: 一般公共预算基本支出情况表 (flat in Henan, by 类 in Shandong),
/// 支出经济分类汇总表, and the 收入总体情况表 by unit (Henan 02).
/// </summary>
internal static class EconomicTables
{
    public static Table Basic(TableSpec spec, Figures f, RenderContext ctx, int number, IReadOnlyList<EconomicLine> lines)
    {
        var grid = new Grid(spec);
        // Basic lines that state no source (taken from 06, 一般公共预算基本支出) are general-budget money when all
        // basic expenditure is (03 基本支出 = 05 基本支出): 山东 基本支出预算情况表 prints them under 财政拨款.
        var allBasicGeneral = spec.Kind == "basicEconomic" && ReferenceEquals(lines, f.Budget.BasicEconomic)
            && f.Expenditure(FundingScope.AllSources, AmountKeys.BasicExpenditure) is var basic and not 0m
            && basic == f.Expenditure(FundingScope.GeneralPublicBudget, AmountKeys.BasicExpenditure);
        decimal? Value(EconomicLine l, string k) =>
            allBasicGeneral && k is AmountKeys.GeneralPublicBudget or AmountKeys.FiscalAppropriation && !FiguresExtensions.StatesSource(l.Amounts)
                ? Figures.Amount(l.Amounts, AmountKeys.Total) : f.Amount(l.Amounts, k);
        decimal? Sum(IEnumerable<EconomicLine> xs, string k) => xs.Sum(x => Value(x, k) ?? 0m);
        grid.Label(grid.Add(RowKind.Total, name: spec.TotalLabel ?? "合计"), spec.TotalLabel ?? "合计")
            .Amounts(k => lines.Count == 0 ? null : Sum(lines, k)).Done();
        if (lines.Count == 0) return grid.Build(ctx, number, ctx.Fill(spec.EmptyNote ?? "本表无数据。"));

        var department = ctx.DepartmentUnit;
        if (spec.UnitRows && department is not null && spec.Kind == "economicSummary")
            grid.Add(RowKind.Unit, unitCode: department.Code, name: department.Name)
                .Text(ColumnKeys.CodeClass, department.Code).Text(ColumnKeys.Name, department.Name)
                .Amounts(k => Sum(lines, k)).Done();

        if (spec.Rollup == "tree")
            foreach (var byClass in lines.GroupBy(l => l.DepartmentCode?.Value[..3] ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var gov = byClass.Select(l => l.GovernmentCode?.Value[..3]).Distinct().ToList();
                var govClass = gov.Count == 1 ? gov[0] : null;
                grid.Add(RowKind.Class, byClass.Key, ctx.ClassName(byClass.Key))
                    .Text(ColumnKeys.CodeClass, byClass.Key).Text(ColumnKeys.Code, byClass.Key).Text(ColumnKeys.Name, ctx.ClassName(byClass.Key))
                    .Text(ColumnKeys.GovCodeClass, govClass).Text(ColumnKeys.GovCode, govClass)
                    .Text(ColumnKeys.GovName, govClass is null ? null : ctx.ClassName(govClass))
                    .Amounts(k => Sum(byClass, k)).Done();
                foreach (var l in byClass) Line(grid, l, Value);
            }
        else if (spec.Rollup == "government")
            // 洛阳 2021: each run of lines under one government code follows a 小计 row of that code.
            foreach (var run in Runs(lines))
            {
                var g = run[0].GovernmentCode?.Value;
                grid.Add(RowKind.Subtotal, g, run[0].GovernmentName).Text(ColumnKeys.Code, "小计")
                    .Text(ColumnKeys.GovCode, g).Text(ColumnKeys.GovName, run[0].GovernmentName)
                    .Amounts(k => Sum(run, k)).Done();
                foreach (var l in run) Line(grid, l, Value);
            }
        else
            foreach (var l in lines) Line(grid, l, Value);
        return grid.Build(ctx, number);
    }

    private static List<List<EconomicLine>> Runs(IReadOnlyList<EconomicLine> lines)
    {
        var runs = new List<List<EconomicLine>>();
        foreach (var l in lines)
            if (runs.Count > 0 && runs[^1][0].GovernmentCode == l.GovernmentCode) runs[^1].Add(l);
            else runs.Add([l]);
        return runs;
    }

    private static void Line(Grid grid, EconomicLine l, Func<EconomicLine, string, decimal?> value)
    {
        var d = l.DepartmentCode?.Value;
        var g = l.GovernmentCode?.Value;
        grid.Add(RowKind.Item, d, l.DepartmentName, l.UnitCode)
            .Text(ColumnKeys.Code, d).Text(ColumnKeys.CodeClass, d?[..3]).Text(ColumnKeys.CodeSection, d is { Length: >= 5 } ? d[3..] : null)
            .Text(ColumnKeys.Name, l.DepartmentName)
            .Text(ColumnKeys.GovCode, g).Text(ColumnKeys.GovCodeClass, g?[..3]).Text(ColumnKeys.GovCodeSection, g is { Length: >= 5 } ? g[3..] : null)
            .Text(ColumnKeys.GovName, l.GovernmentName)
            .Amounts(k => value(l, k)).Done();
    }

    /// <summary>Henan 02: 合计, the department, then each unit, by source.</summary>
    public static Table UnitRevenue(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var grid = new Grid(spec);
        decimal Value(IEnumerable<RevenueLine> lines, string k) =>
            Figures.Revenue(lines, k == AmountKeys.Total ? AmountKeys.RevenueTotal : k);
        var all = f.Budget.Revenue;
        grid.Label(grid.Add(RowKind.Total, name: "合计"), spec.TotalLabel ?? "合计").Amounts(k => Value(all, k)).Done();
        var department = ctx.DepartmentUnit;
        if (department is not null)
            grid.Add(RowKind.Unit, unitCode: department.Code, name: department.Name)
                .Text(ColumnKeys.UnitCode, department.Code).Text(ColumnKeys.Name, department.Name).Amounts(k => Value(all, k)).Done();
        foreach (var unit in f.Budget.Units.Where(u => u.ParentCode is not null))
        {
            var lines = all.Where(l => l.UnitCode == unit.Code).ToList();
            if (lines.Count == 0) continue;
            grid.Add(RowKind.Unit, unitCode: unit.Code, name: unit.Name)
                .Text(ColumnKeys.UnitCode, unit.Code).Text(ColumnKeys.Name, unit.Name).Amounts(k => Value(lines, k)).Done();
        }
        return grid.Build(ctx, number);
    }
}
