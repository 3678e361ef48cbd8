using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Narratives;
using DeptBudget.Rendering.Tables;

namespace DeptBudget.Rendering;

/// <summary>A disclosure produced from a budget, with what makes it a draft.</summary>
/// <param name="Errors">Check errors of the budget; any error makes the document a draft (征求意见稿 banner).</param>
/// <param name="MissingFacts">Facts the narrative needed and the budget does not state.</param>
/// <param name="TablesHeading">附件 heading, filled.</param>
/// <param name="UnitLine">部门名称 line above each table, filled.</param>
public sealed record RenderedDisclosure(Disclosure Disclosure, Layout Layout, IReadOnlyList<string> Errors, IReadOnlyList<string> MissingFacts,
    string TablesHeading, string UnitLine, IReadOnlyList<string> PartHeadings)
{
    /// <summary>The document in the layout's order: each part's heading with its narrative sections,
    /// or (Tables true) the place where the 附表 go.</summary>
    public IEnumerable<(string Heading, bool Tables, IReadOnlyList<NarrativeSection> Sections)> Parts() =>
        Layout.Parts.Select((p, i) => (PartHeadings[i], p.Kind == "tables", PartSections?[i]
            ?? (IReadOnlyList<NarrativeSection>)Disclosure.Narrative.Sections.Where(s => s.Part == PartHeadings[i]).ToList()));

    /// <summary>Each part's sections where they are given, not found by heading: a disclosure as read may print
    /// sections under no part heading, before and after its tables (AsReadRenderer).</summary>
    public IReadOnlyList<IReadOnlyList<NarrativeSection>>? PartSections { get; init; }

    /// <summary>Amounts print with the decimals the document printed (a disclosure as read: 上海 prints whole 元),
    /// not the two places of a computed table.</summary>
    public bool AsPrinted { get; init; }

    /// <summary>Tables whose unit caption differs from the layout's (上海 三公 in 万元 among tables in 元), by table id.</summary>
    public IReadOnlyDictionary<string, string> TableAmountUnits { get; init; } = new Dictionary<string, string>();

    /// <summary>The 单位：… caption printed above a table.</summary>
    public string AmountUnitOf(Table table) => TableAmountUnits.GetValueOrDefault(table.Id, Layout.AmountUnit);

    /// <summary>How a cell prints in this document.</summary>
    public string CellText(Column column, string cell) => AsPrinted ? Writers.Display.Printed(column, cell) : Writers.Display.Cell(column, cell);

    /// <summary>The workflow approved this text (已审核/已公开): it is the official document whatever the checks say,
    /// so it carries no draft banner (issue 15: published budgets began with 草稿…不得作为正式公开文本).</summary>
    public bool Final { get; init; }

    public bool IsDraft => !Final && (Errors.Count > 0 || MissingFacts.Count > 0);

    /// <summary>Tables whose unit line differs from the layout's (洛阳 2021 三公: 单位：…), by table id, filled.</summary>
    public IReadOnlyDictionary<string, string> TableUnitLines { get; init; } = new Dictionary<string, string>();

    /// <summary>The 部门名称 line printed above a table.</summary>
    public string UnitLineOf(Table table) => TableUnitLines.GetValueOrDefault(table.Id, UnitLine);
}

/// <summary>Budget → (layout) → the whole disclosure: every table computed, the narrative written.</summary>
public static class DisclosureRenderer
{
    /// <param name="statedTables">The source document's tables: the totals they print are printed again (StatedTotals).</param>
    public static RenderedDisclosure Render(Budget budget, Layout layout, IReadOnlyList<string>? errors = null, Narrative? source = null,
        IReadOnlyList<Table>? statedTables = null)
    {
        var stated = statedTables is null ? null : new StatedTotals(statedTables, layout);
        var ctx = new RenderContext(layout, budget, stated);
        var tables = new List<Table>();
        var number = 0;
        foreach (var spec in layout.Tables)
        {
            number++;
            if (spec.Kind == "projectTargets" && spec.Rollup == "perProject") tables.AddRange(TargetTables.PerProject(spec, ctx.Figures, ctx, number));
            else tables.Add(stated is null ? BuildTable(spec, ctx, number) : stated.Apply(BuildTable(spec, ctx, number)));
        }
        var narrative = NarrativeBuilder.Build(ctx, source);
        var contents = layout.Tables.Select((t, i) => (t, i)).Where(x => x.t.Listed)
            .Select(x => new ContentsEntry(x.i + 1, ctx.Fill(x.t.Title), x.t.Id)).ToList();
        var meta = new DisclosureMeta(budget.Department, budget.Year, budget.Scope, layout.Id, ctx.Fill(layout.Title), contents, null);
        var disclosure = new Disclosure(meta, budget, tables.Select(t => t with { Title = ctx.Fill(t.Title) }).ToList(), narrative, []);
        return new RenderedDisclosure(disclosure, layout, errors ?? [], ctx.MissingFacts.ToList(),
            ctx.Fill(layout.TablesHeading), ctx.Fill(layout.UnitLine), layout.Parts.Select(p => ctx.Fill(p.Heading)).ToList())
        {
            TableUnitLines = layout.Tables.Where(t => t.UnitLine is not null).ToDictionary(t => t.Id, t => ctx.Fill(t.UnitLine!)),
        };
    }

    public static RenderedDisclosure Render(Disclosure source, Layout layout, IReadOnlyList<string>? errors = null) =>
        Render(source.Budget, layout, errors, source.Narrative, source.Tables);

    private static Table BuildTable(TableSpec spec, RenderContext ctx, int number)
    {
        var f = ctx.Figures;
        return spec.Kind switch
        {
            "twoSided" => TwoSidedTable.Build(spec, f, ctx, number),
            "functional" => FunctionalTable.Build(spec, f, ctx, number),
            "unitRevenue" => EconomicTables.UnitRevenue(spec, f, ctx, number),
            "basicEconomic" => EconomicTables.Basic(spec, f, ctx, number, ctx.Budget.BasicEconomic),
            "economicSummary" => EconomicTables.Basic(spec, f, ctx, number, ctx.Budget.EconomicSummary),
            "threePublic" or "threePublicList" => SimpleTables.ThreePublic(spec, f, ctx, number),
            "projects" => SimpleTables.Projects(spec, f, ctx, number),
            "agencyOperatingCost" => SimpleTables.AgencyOperatingCost(spec, f, ctx, number),
            "procurement" => SimpleTables.Procurement(spec, f, ctx, number),
            "departmentTarget" => TargetTables.Department(spec, f, ctx, number),
            "projectTargets" => TargetTables.Summary(spec, f, ctx, number),
            _ => throw new InvalidDataException($"layout {ctx.Layout.Id}: unknown table kind '{spec.Kind}' for {spec.Id}"),
        };
    }
}
