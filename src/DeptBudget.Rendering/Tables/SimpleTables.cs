using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tables;

/// <summary>“三公”经费, 项目支出, 机关运行经费 and 政府采购 tables.</summary>
internal static class SimpleTables
{
    /// <summary>Keys of the “三公” columns; lastYear.{key} for the year before.</summary>
    public static decimal? ThreePublicValue(ThreePublicExpenses? e, string key)
    {
        var last = key.StartsWith("lastYear.", StringComparison.Ordinal);
        var fig = last ? e?.LastYear : e?.ThisYear;
        if (fig is null) return null;
        return (last ? key["lastYear.".Length..] : key) switch
        {
            AmountKeys.Total => fig.Total,
            "officialOverseasTravel" => fig.OfficialOverseasTravel,
            "officialVehicles" => fig.OfficialVehicles,
            "vehiclePurchase" => fig.VehiclePurchase,
            "vehicleOperation" => fig.VehicleOperation,
            "officialReception" => fig.OfficialReception,
            _ => null,
        };
    }

    /// <summary>One row of amounts (Henan, Shandong), or (threePublicList) one row per item (Luoyang).</summary>
    public static Table ThreePublic(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var grid = new Grid(spec);
        var e = f.Budget.ThreePublic;
        if (spec.Kind == "threePublicList")
            foreach (var r in spec.Left ?? [])
                grid.Add(r.Key == AmountKeys.Total ? RowKind.Total : RowKind.Detail, name: r.Label).At(0, r.Label ?? "")
                    .Amounts(_ => r.Key is null ? null : ThreePublicValue(e, r.Key)).Done();
        else
            grid.Add(RowKind.Total, name: "合计").Amounts(k => ThreePublicValue(e, k)).Done();
        // No 三公 figures in the budget is not "none spent": the draft says they are still to be supplied.
        return grid.Build(ctx, number, e is null ? ctx.Fill("{tp.total}") : null);
    }

    public static Table Projects(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var grid = new Grid(spec);
        var projects = f.Budget.Projects;
        decimal Sum(IEnumerable<Project> ps, string k) => ps.Sum(p => f.Amount(p.Amounts, k) ?? 0m);
        grid.Label(grid.Add(RowKind.Total, name: "合计"), spec.TotalLabel ?? "合计")
            .Amounts(k => projects.Count == 0 ? null : Sum(projects, k)).Done();
        if (projects.Count == 0) return grid.Build(ctx, number, ctx.Fill(spec.EmptyNote ?? "本表无数据。"));
        var department = ctx.DepartmentUnit;
        if (spec.UnitRows && department is not null)
            grid.Add(RowKind.Unit, unitCode: department.Code, name: department.Name)
                .Text(ColumnKeys.Name, department.Code).Text(ColumnKeys.UnitName, department.Name.Replace("本级", ""))
                .Amounts(k => Sum(projects, k)).Done();
        // Projects of a unit under the department (099001 under 099, as table 12 groups them) follow that unit's row.
        foreach (var group in projects.GroupBy(p => p.UnitCode))
        {
            if (spec.UnitRows && group.Key is { } unitCode && unitCode != department?.Code
                && f.Budget.Units.FirstOrDefault(u => u.Code == unitCode) is { } unit)
                grid.Add(RowKind.Unit, unitCode: unit.Code, name: unit.Name)
                    .Text(ColumnKeys.Name, unit.Code).Text(ColumnKeys.UnitName, unit.Name)
                    .Amounts(k => Sum(group, k)).Done();
            foreach (var p in group)
                grid.Add(RowKind.Detail, p.Code, p.Name, p.UnitCode)
                    .Text(ColumnKeys.ProjectKind, p.Kind).Text(ColumnKeys.Name, p.Name).Text(ColumnKeys.UnitName, p.UnitName)
                    .Text(ColumnKeys.Code, p.Code).Amounts(k => f.Amount(p.Amounts, k)).Done();
        }
        return grid.Build(ctx, number);
    }

    /// <summary>机关运行经费 (Luoyang 09): its total, which only the narrative facts carry.</summary>
    public static Table AgencyOperatingCost(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var grid = new Grid(spec);
        var cost = f.Budget.Facts.AgencyOperatingCost;
        grid.Label(grid.Add(RowKind.Total, name: "合计"), "合计").Amounts(_ => cost).Done();
        // Its line items as the budget states them (洛阳 2021: 30201 办公费), under the 合计 the narrative states.
        foreach (var l in f.Budget.AgencyOperatingCostLines)
            grid.Add(RowKind.Section, l.DepartmentCode?.Value, l.DepartmentName, l.UnitCode)
                .Text(ColumnKeys.Code, l.DepartmentCode?.Value).Text(ColumnKeys.Name, l.DepartmentName)
                .Amounts(k => f.Amount(l.Amounts, k)).Done();
        return grid.Build(ctx, number, cost is null ? ctx.Fill(spec.EmptyNote ?? "本表无数据。") : null);
    }

    /// <summary>政府采购预算表: the total by source as stated (goods, works, services are in the narrative).</summary>
    public static Table Procurement(TableSpec spec, Figures f, RenderContext ctx, int number)
    {
        var grid = new Grid(spec);
        var p = f.Budget.Facts.Procurement;
        grid.Label(grid.Add(RowKind.Total, name: "合计"), spec.TotalLabel ?? "合计")
            .Amounts(k => p is null || p.Total == 0 ? null : k is AmountKeys.Total or AmountKeys.FiscalAppropriation or AmountKeys.GeneralPublicBudget ? p.Total : null)
            .Done();
        return grid.Build(ctx, number, p is null || p.Total == 0 ? ctx.Fill(spec.EmptyNote ?? "本表无数据。") : null);
    }
}
