using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tables;

/// <summary>
/// Tables by functional classification (支出总体情况表, 一般公共预算支出情况表, 政府性基金 …, and the
/// Shandong 收入总体情况表): a 合计 row, the department row, then items flat as Henan prints them, or
/// 类 → 款 → 项 with their sums as Shandong prints them.
/// </summary>
internal static class FunctionalTable
{
    private sealed record Item(string? UnitCode, AccountCode Code, string Name, Func<string, decimal> Value);

    public static Table Build(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var items = Items(spec, f);
        var grid = new Grid(spec);
        decimal Sum(IEnumerable<Item> xs, string key) => xs.Sum(x => x.Value(key));

        grid.Label(grid.Add(RowKind.Total, name: spec.TotalLabel ?? "合计"), spec.TotalLabel ?? "合计")
            .Amounts(k => items.Count == 0 ? null : Sum(items, k)).Done();
        if (items.Count == 0)
            return grid.Build(ctx, number, ctx.Fill(spec.EmptyNote ?? "本表无数据。"));

        // The unit row names the unit the items belong to: 洛阳 2021 prints 312001 (本级) over its items, not
        // the department 312; where items belong to several units (or none), the department sums them.
        var itemUnits = items.Select(i => i.UnitCode).Distinct().ToList();
        var department = itemUnits is [{ } only] && ctx.Budget.Units.FirstOrDefault(u => u.Code == only) is { } unit
            ? unit : ctx.DepartmentUnit;
        if (spec.UnitRows && department is not null)
            grid.Add(RowKind.Unit, unitCode: department.Code, name: department.Name)
                .Text(ColumnKeys.UnitCode, department.Code).Text(ColumnKeys.Name, department.Name)
                .Amounts(k => Sum(items, k)).Done();

        if (spec.Rollup == "tree") Tree(grid, items, ctx);
        else
            foreach (var it in items)
                Coded(grid.Add(RowKind.Item, it.Code.Value, it.Name, it.UnitCode), it.Code, it.Name)
                    .Text(ColumnKeys.UnitCode, spec.UnitCodeOnItems ? it.UnitCode ?? department?.Code : null)
                    .Amounts(k => it.Value(k)).Done();
        return grid.Build(ctx, number);

        static Grid.Row Coded(Grid.Row row, AccountCode code, string name) =>
            row.Text(ColumnKeys.CodeClass, code.Value[..3])
               .Text(ColumnKeys.CodeSection, code.Value.Length >= 5 ? code.Value[3..5] : null)
               .Text(ColumnKeys.CodeItem, code.Value.Length >= 7 ? code.Value[5..7] : null)
               .Text(ColumnKeys.Code, code.Value).Text(ColumnKeys.Name, name);

        void Tree(Grid g, List<Item> all, RenderContext c)
        {
            foreach (var byClass in all.GroupBy(i => i.Code.Value[..3]).OrderBy(x => x.Key, StringComparer.Ordinal))
            {
                g.Add(RowKind.Class, byClass.Key, c.ClassName(byClass.Key)).Text(ColumnKeys.CodeClass, byClass.Key)
                    .Text(ColumnKeys.Name, c.ClassName(byClass.Key)).Amounts(k => Sum(byClass, k)).Done();
                foreach (var bySection in byClass.GroupBy(i => i.Code.Value[..5]).OrderBy(x => x.Key, StringComparer.Ordinal))
                {
                    g.Add(RowKind.Section, bySection.Key, c.ClassName(bySection.Key)).Text(ColumnKeys.CodeSection, bySection.Key[3..5])
                        .Text(ColumnKeys.Name, c.ClassName(bySection.Key)).Amounts(k => Sum(bySection, k)).Done();
                    foreach (var byItem in bySection.GroupBy(i => i.Code.Value).OrderBy(x => x.Key, StringComparer.Ordinal))
                        g.Add(RowKind.Item, byItem.Key, byItem.First().Name).Text(ColumnKeys.CodeItem, byItem.Key.Length >= 7 ? byItem.Key[5..7] : "")
                            .Text(ColumnKeys.Name, byItem.First().Name).Amounts(k => Sum(byItem, k)).Done();
                }
            }
        }
    }

    /// <summary>Revenue lines back into printed rows: a run of lines of one code, a new row when a
    /// source repeats (documents print the same code on several rows, e.g. 2101501 行政运行 × 14).</summary>
    private static List<List<RevenueLine>> RevenueRows(IEnumerable<RevenueLine> lines)
    {
        var rows = new List<List<RevenueLine>>();
        foreach (var l in lines)
            if (rows.Count > 0 && rows[^1][0].FunctionCode == l.FunctionCode && rows[^1].All(x => x.Source != l.Source)) rows[^1].Add(l);
            else rows.Add([l]);
        return rows;
    }

    private static List<Item> Items(TableSpec spec, Figures f)
    {
        if (spec.Scope == "revenue")
            return RevenueRows(f.Budget.Revenue.Where(l => l.FunctionCode is not null && AccountCode.TryParse(l.FunctionCode, out _)))
                .Select(lines =>
                {
                    var code = lines[0].FunctionCode!;
                    var name = f.Budget.Expenditure.FirstOrDefault(e => e.FunctionCode.Value == code)?.FunctionName ?? "";
                    return new Item(lines[0].UnitCode, AccountCode.Parse(code), name,
                        k => Figures.Revenue(lines, k == AmountKeys.Total ? AmountKeys.RevenueTotal : k));
                }).ToList();
        var scope = spec.Scope switch
        {
            "generalPublicBudget" => FundingScope.GeneralPublicBudget,
            "governmentFundBudget" => FundingScope.GovernmentFundBudget,
            "stateCapitalBudget" => FundingScope.StateCapitalBudget,
            _ => FundingScope.AllSources,
        };
        return f.Lines(scope).Select(l => new Item(l.UnitCode, l.FunctionCode, l.FunctionName, k => Figures.Amount(l.Amounts, k))).ToList();
    }
}
