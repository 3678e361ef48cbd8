namespace DeptBudget.Model;

/// <summary>
/// 部门预算公开 — one published disclosure: the budget it states, the tables as printed, the narrative,
/// and whatever the reader could not place. Reading produces one; rendering produces one from a budget.
/// </summary>
public sealed record Disclosure(
    DisclosureMeta Meta,
    Budget Budget,
    IReadOnlyList<Table> Tables,
    Narrative Narrative,
    IReadOnlyList<UnreadFragment> Unread)
{
    public Table? Table(string id) => Tables.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// What the reader had to assume or could not find (in Chinese): the year taken from the file name, a
    /// part without tables, a scanned part, files that disagree. Shown to the user; not in the canonical JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>
    /// Where each source line was printed on the original PDF's pages (page and boxes), so a finding can name its page
    /// and be shown at its place. Null for documents read from text, Word or Excel and for rendered budgets; omitted
    /// from the canonical JSON then, so their JSON is unchanged.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SourcePlace>? Places { get; init; }
}

/// <summary>Where the document came from and what it says about itself.</summary>
/// <param name="Layout">Layout id such as henan-2024, luoyang-2021, shandong-2024.</param>
/// <param name="Contents">The document's own 目录: the tables it lists, in order.</param>
public sealed record DisclosureMeta(
    string Department,
    int Year,
    BudgetScope Scope,
    string Layout,
    string? Title,
    IReadOnlyList<ContentsEntry> Contents,
    string? SourceFile)
{
    /// <summary>决算 (final accounts) rather than 预算: its layout says so, or its cover title.</summary>
    public bool IsFinalAccounts() => IsFinalAccountsLayout(Layout) || Title?.Contains("决算") == true;

    /// <summary>A final-accounts layout id (shanghai-final-2024).</summary>
    public static bool IsFinalAccountsLayout(string? layout) => layout?.Contains("final", StringComparison.Ordinal) == true;
}

/// <summary>部门预算 (a department with its units) or 单位预算 (one unit).</summary>
public enum BudgetScope { Department, Unit }

/// <summary>One line of the 目录 naming a table: its printed number (一、二 … as 1, 2) and title.</summary>
/// <param name="TableId">The table id it was recognised as, or null when the title means nothing known.</param>
public sealed record ContentsEntry(int? Number, string Title, string? TableId)
{
    /// <summary>
    /// Why the 目录 says the table is empty (空表说明: 西安's 是否空表 是 | 公开空表理由 不涉及), or null where it does not
    /// say so; such a table is truly absent or empty, not missing. Omitted from the JSON when null.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? EmptyNote { get; init; }
}

/// <summary>Text the reader could not place, kept so nothing is dropped silently.</summary>
public sealed record UnreadFragment(int Line, string Text, string Reason);
