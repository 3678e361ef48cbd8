using DeptBudget.Model;
using DeptBudget.Reading.Text;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Interpret;

/// <summary>
/// Takes the budget's facts from the tables that state them most completely: units and revenue from
/// 02, expenditure lines from 03/05/09/国有资本, economic lines from 06/07, projects from 10,
/// 三公 from 08. Tables are kept as printed beside it, so checks can compare one with another.
/// </summary>
public static class BudgetExtractor
{
    public static Budget Extract(string department, int year, BudgetScope scope, IReadOnlyList<Table> tables, NarrativeFacts facts)
    {
        Table? T(string id) => tables.FirstOrDefault(t => t.Id == id);
        var targets = TargetExtractor.ProjectTargets(T(TableIds.ProjectPerformanceTargets), year);
        // Without a 项目支出预算表 (洛阳 2021) the target table is the only list of projects.
        var projects = T(TableIds.ProjectExpenditure) is { } projectTable
            ? WithCodes(Projects(projectTable), targets)
            : targets.Select(t => new Project(t.ProjectName, t.ProjectCode, null, null, t.UnitCode, t.Amounts)).ToList();
        return new Budget(
            department, year, scope,
            Units(tables),
            Revenue(T(TableIds.RevenueSummary)),
            [
                .. ExpenditureLines(T(TableIds.ExpenditureSummary), FundingScope.AllSources),
                .. ExpenditureLines(T(TableIds.GeneralBudgetExpenditure), FundingScope.GeneralPublicBudget),
                .. ExpenditureLines(T(TableIds.GovernmentFundExpenditure), FundingScope.GovernmentFundBudget),
                .. ExpenditureLines(T(TableIds.StateCapitalExpenditure), FundingScope.StateCapitalBudget),
            ],
            EconomicLines(T(TableIds.GeneralBudgetBasicExpenditure) ?? T(TableIds.BasicExpenditure)),
            EconomicLines(T(TableIds.EconomicClassificationSummary)),
            ThreePublicReader.Read(T(TableIds.ThreePublicExpenses)),
            projects,
            TargetExtractor.DepartmentTarget(T(TableIds.DepartmentPerformanceTarget)),
            targets,
            facts) { ClassFunding = ClassFundingReader.Read(T(TableIds.AppropriationSummary), year), AgencyOperatingCostLines = EconomicLines(T(TableIds.AgencyOperatingCost)) };
    }

    private static IReadOnlyList<BudgetUnit> Units(IReadOnlyList<Table> tables)
    {
        var units = new Dictionary<string, string>();
        foreach (var t in tables)
            foreach (var r in t.Rows.Where(r => r.Kind == RowKind.Unit && r.UnitCode is not null))
                if (!units.ContainsKey(r.UnitCode!) || units[r.UnitCode!].Length == 0)
                    units[r.UnitCode!] = r.Name ?? "";
        return units.OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => new BudgetUnit(u.Key, u.Value,
                u.Key.Length > 3 && units.ContainsKey(u.Key[..3]) ? u.Key[..3] : null))
            .ToList();
    }

    private static IReadOnlyList<RevenueLine> Revenue(Table? table)
    {
        if (table is null) return [];
        var amountColumns = AmountColumns(table).Where(c => c.Key is not (Total or RevenueThisYear)
            && !(c.Key == CarryoverIn && table.Columns.Any(o => o.Key.StartsWith(CarryoverIn + ".")))
            && !(c.Key == FiscalAppropriation && table.HasColumn(GeneralPublicBudget))).ToList();
        var byFunction = table.Rows.Any(r => r.Kind == RowKind.Item);
        var unitRows = table.Rows.Where(r => r.Kind == RowKind.Unit).ToList();
        // Leaf units only: 044 is the sum of 044001 and 044002.
        var leafUnits = unitRows.Where(u => !unitRows.Any(o => o.UnitCode != u.UnitCode && o.UnitCode!.StartsWith(u.UnitCode!))).ToList();
        var source = byFunction ? table.Rows.Where(r => r.Kind == RowKind.Item) : leafUnits;
        var lines = new List<RevenueLine>();
        foreach (var row in source)
            foreach (var col in amountColumns)
                if (table.Amount(row, col.Key) is { } v)
                    lines.Add(new RevenueLine(row.UnitCode, byFunction ? row.Code : null, col.Key, v));
        return lines;
    }

    private static IEnumerable<ExpenditureLine> ExpenditureLines(Table? table, FundingScope scope)
    {
        if (table is null) yield break;
        var columns = AmountColumns(table).ToList();
        foreach (var row in table.Rows.Where(r => r.Kind == RowKind.Item && r.Code is not null))
        {
            var amounts = Amounts(table, row, columns);
            if (amounts.Count == 0) continue;
            yield return new ExpenditureLine(row.UnitCode, AccountCode.Parse(row.Code!), row.Name ?? "", scope, amounts);
        }
    }

    private static IReadOnlyList<EconomicLine> EconomicLines(Table? table)
    {
        if (table is null) return [];
        var columns = AmountColumns(table).ToList();
        var coded = table.Rows.Where(r => r.Code is not null && r.Kind is RowKind.Class or RowKind.Section or RowKind.Item).ToList();
        // Leaves only: a 类 row (301) is the sum of its 款 rows (30101 …) where both are printed.
        var leaves = coded.Where(r => !coded.Any(o => o != r && o.Code!.Length > r.Code!.Length && o.Code.StartsWith(r.Code))).ToList();
        var lines = new List<EconomicLine>();
        foreach (var row in leaves)
        {
            var gov = GovernmentCode(table, row);
            AccountCode.TryParse(gov, out var govCode);
            lines.Add(new EconomicLine(row.UnitCode, AccountCode.Parse(row.Code!), row.Name ?? "",
                gov is null ? null : govCode, Cell(table, row, ColumnKeys.GovName), Amounts(table, row, columns)));
        }
        return lines;
    }

    private static string? GovernmentCode(Table table, TableRow row)
    {
        var whole = Cell(table, row, ColumnKeys.GovCode);
        if (whole is not null) return whole;
        var c = Cell(table, row, ColumnKeys.GovCodeClass);
        var s = Cell(table, row, ColumnKeys.GovCodeSection);
        return c is null ? null : c + (s ?? "");
    }

    // 河南's 项目支出预算表 prints no project code; its 项目绩效目标表 does, for the same project name — when
    // that name is one row there (001 lists 豫财社（2023）244号… twice, with two codes: neither is taken).
    private static IReadOnlyList<Project> WithCodes(IReadOnlyList<Project> projects, IReadOnlyList<ProjectPerformanceTarget> targets)
    {
        var codes = targets.Where(t => t.ProjectCode is not null).GroupBy(t => TextNormalizer.Key(t.ProjectName))
            .Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First().ProjectCode);
        return projects.Select(p => p.Code is null && codes.TryGetValue(TextNormalizer.Key(p.Name), out var code) ? p with { Code = code } : p).ToList();
    }

    private static IReadOnlyList<Project> Projects(Table? table)
    {
        if (table is null) return [];
        var columns = AmountColumns(table).ToList();
        var list = new List<Project>();
        var details = table.Rows.Where(r => r.Kind == RowKind.Detail).ToList();
        var groups = GroupRows(table, details, columns);
        foreach (var row in details.Where(r => !groups.Contains(r)))
        {
            var name = Cell(table, row, ColumnKeys.Name) ?? row.Name;
            if (string.IsNullOrEmpty(name)) continue;
            list.Add(new Project(name, null, Cell(table, row, ColumnKeys.ProjectKind), Cell(table, row, ColumnKeys.UnitName),
                row.UnitCode, Amounts(table, row, columns)));
        }
        return list;
    }

    /// <summary>
    /// The rows of a project table that head a group (the unit whose projects follow: 深圳市统计局（本级） 1,313.80 over
    /// 统计管理 352.27 + … + 专项统计业务 844.03) rather than being projects: where the rows, read in order, fall
    /// whole into blocks each headed by a row whose first amount is the sum of the two or more rows under it, the
    /// heads are groups. A table that does not fall into such blocks has none (a list of projects only).
    /// </summary>
    private static HashSet<TableRow> GroupRows(Table table, IReadOnlyList<TableRow> rows, IReadOnlyList<Column> columns)
    {
        var none = new HashSet<TableRow>(ReferenceEqualityComparer.Instance);
        var key = columns.FirstOrDefault(c => c.Key == AmountKeys.Total)?.Key ?? columns.FirstOrDefault()?.Key;
        if (key is null) return none;
        var heads = new HashSet<TableRow>(ReferenceEqualityComparer.Instance);
        var i = 0;
        while (i < rows.Count && table.Amount(rows[i], key) is null) i++;
        while (i < rows.Count)
        {
            if (table.Amount(rows[i], key) is not { } head) return none;
            decimal sum = 0; var n = 0; var j = i + 1;
            for (; j < rows.Count && sum < head; j++)
                if (table.Amount(rows[j], key) is { } v) { sum += v; n++; }
            // Printed figures are rounded to the cent: a head may differ from its parts' sum by a cent each.
            if (n < 2 || Math.Abs(sum - head) > 0.01m * n) return none;
            heads.Add(rows[i]);
            i = j;
            // A project of 0.00 at a block's end is still the block's (a head of 0.00 would head nothing).
            while (i < rows.Count && table.Amount(rows[i], key) is null or 0m) i++;
        }
        return heads;
    }

    internal static IEnumerable<Column> AmountColumns(Table table) =>
        table.Columns.Where(c => !c.Key.StartsWith('?') && !IsTextKey(c.Key));

    private static bool IsTextKey(string key) => key.StartsWith("code") || key.StartsWith("govCode") || key is ColumnKeys.UnitCode
        or ColumnKeys.Name or ColumnKeys.GovName or ColumnKeys.UnitName or ColumnKeys.ProjectKind or ColumnKeys.RevenueItem
        or ColumnKeys.ExpenditureItem or ColumnKeys.Text or ColumnKeys.Explanation or ColumnKeys.Level1 or ColumnKeys.Level2
        || key.EndsWith(ColumnKeys.Level3) || key.EndsWith(ColumnKeys.TargetValue);

    private static IReadOnlyDictionary<string, decimal> Amounts(Table table, TableRow row, IReadOnlyList<Column> columns)
    {
        var d = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var c in columns)
            if (!c.Key.Contains('#') && table.Amount(row, c.Key) is { } v) d[c.Key] = v;
        return d;
    }

    internal static string? Cell(Table table, TableRow row, string key)
    {
        var i = table.ColumnIndex(key);
        return i >= 0 && i < row.Cells.Count && row.Cells[i].Length > 0 ? row.Cells[i] : null;
    }
}
