using System.Globalization;
using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>The disclosure under check and the helpers every rule needs: tables, tolerance, locations.</summary>
public sealed class CheckContext(Disclosure disclosure)
{
    public Disclosure Disclosure { get; } = disclosure;
    public Budget Budget => Disclosure.Budget;
    public int Year => Disclosure.Meta.Year != 0 ? Disclosure.Meta.Year : Disclosure.Budget.Year;

    private readonly Dictionary<string, Table?> _inWan = new(StringComparer.Ordinal);

    /// <summary>A table by id, its amounts in 万元 whatever unit it prints (上海 prints 元), so rules compare like with like.</summary>
    public Table? Table(string id)
    {
        if (!_inWan.TryGetValue(id, out var t))
            _inWan[id] = t = Disclosure.Table(id) is { } printed ? AmountUnits.InWan(printed) : null;
        return t;
    }

    private IReadOnlyList<ProjectPerformanceTarget>? _targets;

    /// <summary>
    /// The project targets, without unit rows a layout prints among them (西峡县医疗保险中心 with its subtotal):
    /// a unit is not a project.
    /// </summary>
    public IReadOnlyList<ProjectPerformanceTarget> ProjectTargets => _targets ??= Budget.ProjectTargets
        .Where(t => !(t.Indicators.Count == 0 && (Budget.Units.Any(u => u.Name == t.ProjectName || u.Code == t.ProjectCode)
                      || t.ProjectCode is { } c && c.All(char.IsAsciiDigit) && c.Length is 3 or 6)))
        .ToList();

    /// <summary>A table that is present and carries figures (not an empty table with its note).</summary>
    public Table? TableWithData(string id)
    {
        var t = Table(id);
        return t is null || Tables.IsEmpty(t) ? null : t;
    }

    /// <summary>True when the two figures differ by more than the tolerance for a sum of this many cells.</summary>
    public static bool Differs(decimal expected, decimal actual, int cells) =>
        Math.Abs(expected - actual) > Money.SumTolerance(Math.Max(cells, 1));

    public static string Amount(decimal v) => v.ToString("0.00##", CultureInfo.InvariantCulture);

    /// <summary>"相差 0.01" with the sign of actual − expected: the exact difference is always reported.</summary>
    public static string Diff(decimal expected, decimal actual) =>
        $"相差 {(actual - expected).ToString("+0.00##;-0.00##;0", CultureInfo.InvariantCulture)} 万元";

    public static FindingLocation At(Table t, TableRow? row, string? columnKey)
    {
        var ci = columnKey is null ? -1 : t.ColumnIndex(columnKey);
        var ri = row is null ? -1 : IndexOf(t, row);
        return new FindingLocation(t.Id, row is null ? null : Tables.RowLabel(row),
            ci >= 0 ? t.Columns[ci].Header : null, null, null)
        { RowIndex = ri >= 0 ? ri : null, ColumnIndex = ci >= 0 ? ci : null };
    }

    public static FindingLocation AtColumn(Table t, TableRow? row, int column) =>
        new(t.Id, row is null ? null : Tables.RowLabel(row), column >= 0 && column < t.Columns.Count ? t.Columns[column].Header : null, null, null)
        { RowIndex = row is null ? null : IndexOf(t, row), ColumnIndex = column >= 0 ? column : null };

    /// <summary>A location whose row is named by a label other than the row's name (the right side of 01/04).</summary>
    public static FindingLocation AtLabel(Table t, TableRow row, string label, int column) =>
        AtColumn(t, row, column) with { Row = label.Trim() };

    private static int IndexOf(Table t, TableRow row)
    {
        for (var i = 0; i < t.Rows.Count; i++) if (ReferenceEquals(t.Rows[i], row)) return i;
        return -1;
    }
}
