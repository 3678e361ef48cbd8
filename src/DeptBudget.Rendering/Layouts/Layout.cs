using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeptBudget.Rendering.Layouts;

/// <summary>
/// A province's (and year's) layout of a disclosure, loaded from Layouts/{id}.json: the tables in order
/// with titles and columns, the narrative sections with their sentence patterns, the glossary.
/// A new province or year is a new data file, not new code.
/// </summary>
public sealed record Layout(
    string Id,
    string Title,
    string TablesHeading,
    string UnitLine,
    string AmountUnit,
    string AmountStyle,
    IReadOnlyList<string> DefaultNotes,
    IReadOnlyList<FunctionalClassEntry> FunctionalClasses,
    Directions Directions,
    IReadOnlyList<PartSpec> Parts,
    IReadOnlyList<TableSpec> Tables,
    YearOnYearPatterns YearOnYear,
    IReadOnlyDictionary<string, string> ClassNames)
{
    public static IReadOnlyList<string> Available { get; } =
        typeof(Layout).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("layouts/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n["layouts/".Length..^".json".Length]).Order(StringComparer.Ordinal).ToArray();

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    /// <summary>Loads an embedded layout by id (henan-2024, luoyang-2021, shandong-2024).</summary>
    public static Layout Load(string id)
    {
        using var stream = typeof(Layout).Assembly.GetManifestResourceStream($"layouts/{id}.json")
            ?? throw new ArgumentException($"没有版式 '{id}' (layout not found); available: {string.Join(", ", Available)}");
        return Parse(stream);
    }

    /// <summary>Loads a layout from a file, for a province not built in.</summary>
    public static Layout LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream);
    }

    private static Layout Parse(Stream stream) =>
        JsonSerializer.Deserialize<Layout>(stream, Options) ?? throw new InvalidDataException("empty layout");
}

/// <summary>A 类 of the functional classification that a two-sided table always lists, blank when empty.</summary>
public sealed record FunctionalClassEntry(string Code, string Label);

/// <summary>The direction words of year-on-year sentences.</summary>
public sealed record Directions(string Increase, string IncreaseRate, string Decrease, string DecreaseRate, string Unchanged);

/// <summary>How a year-on-year change is phrased: {dir} {change} {rateDir} {rate}; {reason}.</summary>
/// <remarks>{yoy:X} uses Changed / Unchanged; {compare:X} (预算数比上年…) uses CompareChanged / CompareUnchanged,
/// which wrap the Changed text as {changed}. ChangedWithoutRate phrases a change the budget states with no rate
/// ({dir}{change}万元 when not given).</remarks>
public sealed record YearOnYearPatterns(string Changed, string Unchanged, string Reason, string CompareChanged, string CompareUnchanged,
    string? ChangedWithoutRate = null);

/// <summary>A part of the document (第一部分 概况, 第二部分 情况说明, 名词解释) with its sections.</summary>
/// <param name="Kind">overview (概况: duties and units), narrative, glossary, or tables (附表).</param>
public sealed record PartSpec(string Kind, string Heading, string? Subheading, IReadOnlyList<SectionSpec> Sections);

/// <summary>
/// A titled section of sentence patterns; {placeholders} are filled from the budget. A year-on-year
/// placeholder names its subjects and the figure its sentence prints: {yoy:收入总计|收入@revenueTotal} — the
/// change follows that figure where the budget's figures moved from the stated one.
/// </summary>
public sealed record SectionSpec(string Title, IReadOnlyList<ParagraphSpec> Paragraphs);

/// <summary>
/// One paragraph: a pattern, or a choice on a value (If): Then when the value is non-zero / present,
/// Else otherwise. Either may be null to print nothing. Unless: the paragraph is left out when that value
/// holds (another paragraph says it in the document's own words, e.g. 000's 收、支总计各减少).
/// </summary>
public sealed record ParagraphSpec(string? Text, string? If, string? Then, string? Else, string? Unless = null);

/// <summary>A table of the layout: which builder (Kind) fills it, its title, columns and notes.</summary>
/// <param name="Kind">twoSided, functional, unitRevenue, basicEconomic, economicSummary, threePublic,
/// threePublicList, projects, agencyOperatingCost, procurement, departmentTarget, projectTargets.</param>
/// <param name="Scope">For functional tables: allSources, generalPublicBudget, governmentFundBudget,
/// stateCapitalBudget, or revenue.</param>
/// <param name="Rollup">flat (items under the unit row), tree (类, 款, 项 rows with sums), or for economic tables
/// government (a 小计 row per government economic code, 洛阳 2021).</param>
/// <param name="UnitLine">This table's 部门名称 line where it differs from the layout's.</param>
/// <param name="DepartmentName">Project targets: the department row prints its name (洛阳 2021), not only its code (河南 2024).</param>
public sealed record TableSpec(
    string Id,
    string Kind,
    string Title,
    IReadOnlyList<ColumnSpec> Columns,
    bool Wide = false,
    string? Scope = null,
    string? Rollup = null,
    bool UnitCodeOnItems = false,
    bool UnitRows = true,
    string? TotalLabel = null,
    IReadOnlyList<SideRow>? Left = null,
    IReadOnlyList<SideRow>? Right = null,
    IReadOnlyList<FooterRow>? Footer = null,
    IReadOnlyList<string>? Notes = null,
    string? EmptyNote = null,
    bool SkipDefaultNotes = false,
    bool PrintZeros = false,
    string? TotalAt = null,
    bool MetaLine = true,
    bool Listed = true,
    DepartmentForm? Form = null,
    bool DepartmentName = false,
    string? UnitLine = null);

/// <summary>
/// How a 部门（单位）整体绩效目标表 is laid out; the defaults are Henan 2024's form (部门名称 line,
/// 年度履职目标 in one cell, 预算情况 block, indicators with 指标值说明).
/// </summary>
/// <param name="Lines">Rows printed first, filled ("部门（单位）名称||{department}": '|' separates cells).</param>
/// <param name="ObjectivesPerRow">Each objective on a row of its own (洛阳 2021), not joined in one cell.</param>
/// <param name="TaskHeader">Header rows of 年度主要任务, cells separated by '|'.</param>
/// <param name="FiscalColumn">Tasks print 其中：财政资金 beside their amount; it is the amount when all money is 财政拨款.</param>
/// <param name="IndicatorHeader">Header row of the indicator block; a sixth cell (指标说明) takes the
/// explanation after its first space, where the reader joined 指标解释 and 指标说明.</param>
public sealed record DepartmentForm(
    IReadOnlyList<string>? Lines = null,
    string ObjectivesLabel = "年度履职目标",
    bool ObjectivesPerRow = false,
    IReadOnlyList<string>? TaskHeader = null,
    bool FiscalColumn = false,
    bool BudgetBlock = true,
    IReadOnlyList<string>? IndicatorHeader = null);

/// <summary>A column: its meaning (ColumnKeys / AmountKeys) and its header, levels joined with '/'.</summary>
public sealed record ColumnSpec(string Key, string Header);

/// <summary>A row of one side of a two-sided table: a label and what it shows.</summary>
/// <param name="Key">Left: a revenue source or total (AmountKeys). Right: an expenditure kind.</param>
/// <param name="Class">Right: a functional 类 whose amounts the row shows.</param>
/// <param name="Classes">Right: expands to the layout's functional class list here.</param>
/// <param name="ClassList">With Classes: this table's own labels of the 类 (they differ between tables).</param>
public sealed record SideRow(string? Label, string? Key, string? Class, bool Classes = false, IReadOnlyList<FunctionalClassEntry>? ClassList = null);

/// <summary>A bottom row of a two-sided table pairing a revenue total with an expenditure total.</summary>
public sealed record FooterRow(SideRow Left, SideRow Right, bool IsTotal = false);
