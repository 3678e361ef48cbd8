using DeptBudget.Model;

namespace DeptBudget.Reading.Tests.Seeds;

/// <summary>
/// Lookups for the hand-typed seed expectations: a table by id, a row by resolved code, by unit code or
/// by the text under a column key (compared with spaces and line breaks removed), an amount by column key.
/// Every lookup fails with a message naming what was looked for and what the table holds.
/// </summary>
public static class TableLookup
{
    /// <summary>Text with every kind of white space removed (spaces, line breaks, tabs, 全角空格).</summary>
    public static string Squash(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var chars = new List<char>(text.Length);
        foreach (var c in text) if (!char.IsWhiteSpace(c) && c != '\u3000') chars.Add(c);
        return new string(chars.ToArray());
    }

    public static bool SameText(string? a, string? b) => Squash(a) == Squash(b);

    // ---- tables ------------------------------------------------------------------------------------

    /// <summary>The (first) table with this id; fails listing the ids the disclosure has.</summary>
    public static Table Get(this Disclosure d, string id) =>
        d.Table(id) ?? throw new Xunit.Sdk.XunitException(
            $"no table '{id}'; tables read: {string.Join(", ", d.Tables.Select(t => t.Id))}");

    public static IReadOnlySet<string> TableIdSet(this Disclosure d) => d.Tables.Select(t => t.Id).ToHashSet();

    // ---- rows --------------------------------------------------------------------------------------

    /// <summary>All rows whose resolved Code is this code (duplicated detail rows exist in 002, 001 06).</summary>
    public static IReadOnlyList<TableRow> RowsByCode(this Table t, string code) =>
        t.Rows.Where(r => r.Code == code).ToList();

    /// <summary>The single row whose resolved Code is this code.</summary>
    public static TableRow RowByCode(this Table t, string code)
    {
        var rows = t.RowsByCode(code);
        if (rows.Count == 1) return rows[0];
        throw new Xunit.Sdk.XunitException(
            $"table '{t.Id}': expected one row with code {code}, found {rows.Count}; codes: {Codes(t)}");
    }

    /// <summary>The unit row (Kind Unit) with this unit code, e.g. 044001.</summary>
    public static TableRow RowByUnit(this Table t, string unitCode)
    {
        var rows = t.Rows.Where(r => r.Kind == RowKind.Unit && r.UnitCode == unitCode).ToList();
        if (rows.Count == 1) return rows[0];
        throw new Xunit.Sdk.XunitException(
            $"table '{t.Id}': expected one unit row {unitCode}, found {rows.Count}; unit rows: " +
            string.Join(", ", t.Rows.Where(r => r.Kind == RowKind.Unit).Select(r => r.UnitCode)));
    }

    /// <summary>The first row of kind Total (合计 / 总计).</summary>
    public static TableRow TotalRow(this Table t) =>
        t.Rows.FirstOrDefault(r => r.Kind == RowKind.Total)
        ?? throw new Xunit.Sdk.XunitException($"table '{t.Id}': no Total row");

    /// <summary>The text in a row under a column key ("" when the column is absent or the cell blank).</summary>
    public static string Cell(this Table t, TableRow row, string key)
    {
        var i = t.ColumnIndex(key);
        return i < 0 || i >= row.Cells.Count ? "" : row.Cells[i];
    }

    /// <summary>All rows whose cell under the column key reads this text (white space ignored).</summary>
    public static IReadOnlyList<TableRow> RowsByText(this Table t, string key, string text)
    {
        if (!t.HasColumn(key))
            throw new Xunit.Sdk.XunitException(
                $"table '{t.Id}' has no column '{key}'; columns: {string.Join(", ", t.Columns.Select(c => c.Key))}");
        return t.Rows.Where(r => SameText(t.Cell(r, key), text)).ToList();
    }

    /// <summary>The single row whose cell under the column key reads this text (white space ignored).</summary>
    public static TableRow RowByText(this Table t, string key, string text)
    {
        var rows = t.RowsByText(key, text);
        if (rows.Count == 1) return rows[0];
        throw new Xunit.Sdk.XunitException(
            $"table '{t.Id}': expected one row with '{text}' under '{key}', found {rows.Count}; texts: " +
            string.Join(" | ", t.Rows.Select(r => t.Cell(r, key)).Where(s => s.Length > 0)));
    }

    /// <summary>The single row with this printed Name (white space ignored).</summary>
    public static TableRow RowByName(this Table t, string name)
    {
        var rows = t.Rows.Where(r => SameText(r.Name, name)).ToList();
        if (rows.Count == 1) return rows[0];
        throw new Xunit.Sdk.XunitException(
            $"table '{t.Id}': expected one row named '{name}', found {rows.Count}; names: " +
            string.Join(" | ", t.Rows.Select(r => r.Name).Where(s => !string.IsNullOrEmpty(s))));
    }

    /// <summary>
    /// The single row in which some cell reads this text, for layouts where the text column's key is
    /// not settled (002's two-column left side of 01/04, its vertical 三公 table).
    /// </summary>
    public static TableRow RowByAnyCell(this Table t, string text)
    {
        var rows = t.Rows.Where(r => r.Cells.Any(c => SameText(c, text)) || SameText(r.Name, text)).ToList();
        if (rows.Count == 1) return rows[0];
        throw new Xunit.Sdk.XunitException(
            $"table '{t.Id}': expected one row with a cell '{text}', found {rows.Count}");
    }

    // ---- amounts -----------------------------------------------------------------------------------

    /// <summary>The amount under a column key; fails when the table has no such column.</summary>
    public static decimal? Amt(this Table t, TableRow row, string key)
    {
        if (!t.HasColumn(key))
            throw new Xunit.Sdk.XunitException(
                $"table '{t.Id}' has no column '{key}'; columns: {string.Join(", ", t.Columns.Select(c => $"{c.Key}={c.Header}"))}");
        return t.Amount(row, key);
    }

    /// <summary>
    /// The government economic code of a row: the govCode column when written whole, otherwise
    /// govCode.class + govCode.section joined (07 and 003's 06 print 类|款 apart).
    /// </summary>
    public static string GovCode(this Table t, TableRow row)
    {
        if (t.HasColumn(ColumnKeys.GovCode)) return Squash(t.Cell(row, ColumnKeys.GovCode));
        return Squash(t.Cell(row, ColumnKeys.GovCodeClass)) + Squash(t.Cell(row, ColumnKeys.GovCodeSection));
    }

    private static string Codes(Table t) => string.Join(",", t.Rows.Select(r => r.Code).Where(c => c is not null));
}

/// <summary>Lookups in the budget, narrative and targets, with the same white-space-blind text matching.</summary>
public static class SeedLookup
{
    private static string S(string? s) => TableLookup.Squash(s);

    public static decimal? Abs(decimal? x) => x is { } v ? Math.Abs(v) : null;

    /// <summary>
    /// A 三级指标 by name. Accepts the printed name with or without a leading "指标:"/"指标1:" label
    /// (003 prints them; the expected convention is the name without the label).
    /// </summary>
    public static Indicator Indicator(this IEnumerable<Indicator> indicators, string name)
    {
        var list = indicators.ToList();
        var want = S(name);
        var hits = list.Where(i => StripLabel(S(i.Name)) == want).ToList();
        if (hits.Count >= 1) return hits[0];
        throw new Xunit.Sdk.XunitException(
            $"no indicator '{name}'; indicators: {string.Join(" | ", list.Select(i => i.Name))}");
    }

    private static string StripLabel(string name)
    {
        // "指标:", "指标：", "指标1:", "指标10：" — a list label 003 prints before each name.
        if (!name.StartsWith("指标", StringComparison.Ordinal)) return name;
        var i = 2;
        while (i < name.Length && char.IsAsciiDigit(name[i])) i++;
        return i < name.Length && (name[i] == ':' || name[i] == '：') ? name[(i + 1)..] : name;
    }

    public static ProjectPerformanceTarget Target(this Budget b, string projectName)
    {
        var hits = b.ProjectTargets.Where(t => S(t.ProjectName) == S(projectName)).ToList();
        if (hits.Count == 1) return hits[0];
        throw new Xunit.Sdk.XunitException(
            $"expected one project target '{projectName}', found {hits.Count}; targets: " +
            string.Join(" | ", b.ProjectTargets.Select(t => t.ProjectName)));
    }

    public static Project Project(this Budget b, string name)
    {
        var hits = b.Projects.Where(p => S(p.Name) == S(name)).ToList();
        if (hits.Count == 1) return hits[0];
        throw new Xunit.Sdk.XunitException(
            $"expected one project '{name}', found {hits.Count}; projects: " +
            string.Join(" | ", b.Projects.Select(p => p.Name)));
    }

    public static IEnumerable<StatedNumber> StatedNumbers(this Narrative n) => n.Sections.SelectMany(s => s.Numbers);

    /// <summary>
    /// Asserts the narrative states this value in this unit about a subject containing the key
    /// (and, when given, with this relation: null for the amount itself, 占比, 比上年增加 …).
    /// </summary>
    public static void AssertStates(this Narrative n, decimal value, string unit, string subjectKey, string? relationKey = null)
    {
        var all = n.StatedNumbers().ToList();
        var hit = all.Any(x => x.Value == value && x.Unit == unit && S(x.Subject).Contains(S(subjectKey))
                               && (relationKey is null || S(x.Relation).Contains(S(relationKey))));
        if (hit) return;
        var near = all.Where(x => x.Value == value).Select(x => $"{x.Value}{x.Unit} subject='{x.Subject}' relation='{x.Relation}'");
        throw new Xunit.Sdk.XunitException(
            $"narrative does not state {value}{unit} about '{subjectKey}'" +
            (relationKey is null ? "" : $" ({relationKey})") + $"; same value stated as: {string.Join("; ", near)}");
    }

    /// <summary>A year-on-year statement whose subject contains the key and whose change is this size.</summary>
    public static YearOnYear Change(this NarrativeFacts f, string subjectKey, decimal changeMagnitude)
    {
        var hit = f.Changes.FirstOrDefault(c => S(c.Subject).Contains(S(subjectKey))
                                                && c.Change is { } ch && Math.Abs(ch) == changeMagnitude);
        return hit ?? throw new Xunit.Sdk.XunitException(
            $"no year-on-year change of {changeMagnitude} for '{subjectKey}'; changes: " +
            string.Join(" | ", f.Changes.Select(c => $"{c.Subject} {c.Change} {c.Rate} {c.Direction}")));
    }

    public static void AssertValue(this TargetValue v, string? op, decimal? number, string? unit)
    {
        Assert.Equal(op, v.Operator);
        Assert.Equal(number, v.Number);
        Assert.Equal(unit, v.Unit);
    }

    /// <summary>A qualitative 指标值: no number, the printed text.</summary>
    public static void AssertQualitative(this TargetValue v, string text)
    {
        Assert.Null(v.Number);
        Assert.Equal(S(text), S(v.Text));
    }
}
