using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>Reading helpers over printed tables that several rules share.</summary>
public static class Tables
{
    private static readonly HashSet<string> TextKeys =
    [
        ColumnKeys.CodeClass, ColumnKeys.CodeSection, ColumnKeys.CodeItem, ColumnKeys.Code, ColumnKeys.GovCodeClass,
        ColumnKeys.GovCodeSection, ColumnKeys.GovCode, ColumnKeys.GovName, ColumnKeys.UnitCode, ColumnKeys.Name,
        ColumnKeys.UnitName, ColumnKeys.ProjectKind, ColumnKeys.RevenueItem, ColumnKeys.ExpenditureItem, ColumnKeys.Level1,
        ColumnKeys.Level2, ColumnKeys.Level3, ColumnKeys.TargetValue, ColumnKeys.Explanation, ColumnKeys.Text,
    ];

    public static bool IsAmountColumn(Column c) => !TextKeys.Contains(c.Key) && !c.Key.StartsWith("text", StringComparison.Ordinal);

    public static IEnumerable<int> AmountColumns(Table t)
    {
        for (var i = 0; i < t.Columns.Count; i++) if (IsAmountColumn(t.Columns[i])) yield return i;
    }

    /// <summary>No figure at all: an empty table with its note, or a grid of blanks.</summary>
    public static bool IsEmpty(Table t) =>
        t.EmptyNote is not null && !t.Rows.Any(r => AmountColumns(t).Any(i => r.Amount(i) is { } v && v != 0))
        || !t.Rows.Any(r => AmountColumns(t).Any(i => r.Amount(i) is not null));

    public static bool IsTwoSided(Table t) => t.HasColumn(ColumnKeys.RevenueItem) && t.HasColumn(ColumnKeys.ExpenditureItem);

    /// <summary>The row as a finance officer names it: code and name as printed.</summary>
    public static string RowLabel(TableRow r)
    {
        var name = r.Name;
        if (string.IsNullOrWhiteSpace(name)) name = r.Cells.FirstOrDefault(c => c.Length > 0 && !IsNumber(c));
        return string.Join(" ", new[] { r.Code ?? r.UnitCode, name }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    public static bool IsNumber(string s) => decimal.TryParse(s, System.Globalization.NumberStyles.Number,
        System.Globalization.CultureInfo.InvariantCulture, out _);

    public static TableRow? TotalRow(Table t) => t.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);

    public static decimal? TotalOf(Table t, string key) => TotalRow(t) is { } r ? t.Amount(r, key) : null;

    /// <summary>Rows that carry a functional or economic code of the given length (3, 5 or 7 digits).</summary>
    public static IEnumerable<TableRow> CodedRows(Table t) =>
        t.Rows.Where(r => r.Kind is RowKind.Class or RowKind.Section or RowKind.Item or RowKind.Detail
                          && r.Code is { Length: 3 or 5 or 7 } && r.Code.All(char.IsAsciiDigit));

    /// <summary>
    /// The leaves of the code tree, without double counting: a coded row none of whose descendants is printed.
    /// When the table repeats the tree per unit, only the first unit block at the deepest unit level counts.
    /// </summary>
    public static List<TableRow> LeafRows(Table t)
    {
        var coded = CodedRows(t).ToList();
        var codes = coded.Select(r => r.Code!).ToHashSet();
        var units = t.Rows.Where(r => r.Kind == RowKind.Unit && r.UnitCode is not null).Select(r => r.UnitCode!).ToList();
        int? deepest = units.Count == 0 ? null : units.Max(u => u.Length);
        return coded.Where(r => !codes.Any(c => c.Length > r.Code!.Length && c.StartsWith(r.Code, StringComparison.Ordinal)))
            .Where(r => deepest is null || r.UnitCode is null || r.UnitCode.Length == deepest)
            .ToList();
    }

    /// <summary>Σ of a column over the leaf rows, grouped by the first n digits of the code.</summary>
    public static Dictionary<string, (decimal Sum, int Cells)> SumByPrefix(Table t, string key, int digits)
    {
        var result = new Dictionary<string, (decimal, int)>();
        var ci = t.ColumnIndex(key);
        if (ci < 0) return result;
        foreach (var r in LeafRows(t))
        {
            if (r.Code!.Length < digits) continue;
            var p = r.Code[..digits];
            var (s, n) = result.GetValueOrDefault(p);
            result[p] = (s + (r.Amount(ci) ?? 0m), n + 1);
        }
        return result;
    }

    /// <summary>Normalises a printed label for matching: no spaces, numbering, brackets of 其中 or punctuation.</summary>
    public static string Norm(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var ch in s)
            if (!char.IsWhiteSpace(ch) && ch is not ('：' or ':' or '、' or '（' or '）' or '(' or ')' or '“' or '”' or '"' or '.' or '，' or ','))
                sb.Append(ch);
        var r = sb.ToString();
        // Strip leading ordinal numbering such as 一、（一）1、 after punctuation removal.
        var i = 0;
        while (i < r.Length && ("一二三四五六七八九十零0123456789".Contains(r[i]))) i++;
        return i < r.Length ? r[i..] : r;
    }
}
