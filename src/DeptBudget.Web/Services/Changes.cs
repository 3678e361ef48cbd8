using DeptBudget.Model;
using DeptBudget.Rendering.Writers;
using DeptBudget.Storage;

namespace DeptBudget.Web.Services;

/// <summary>What a table printed before (the earlier version, or last year's budget) where it differs now.</summary>
/// <param name="Before">Changed cells (row, column of this table) and what the other printed there ("" where it had no such cell).</param>
/// <param name="NewRows">Rows the other table does not have (a new project, a new classification line).</param>
/// <param name="Missing">The other budget has no table of this id at all.</param>
public sealed record TableChanges(IReadOnlyDictionary<(int Row, int Column), string> Before, IReadOnlySet<int> NewRows, bool Missing)
{
    public static readonly TableChanges None = new(new Dictionary<(int, int), string>(), new HashSet<int>(), false);
    public int Count => Before.Count + NewRows.Count;
}

/// <summary>
/// Compares a budget's tables with another disclosure's: tables by id, rows by what names them (unit, code and name
/// texts, not their place, since a new line moves the rest), columns by meaning. A cell is changed when its amount
/// differs (201 29 06 and 201.29.06 are not amounts and compare as text), so that 1.5 and 1.50 are the same figure.
/// </summary>
public static class Changes
{
    public static IReadOnlyList<TableChanges> Compare(Disclosure now, Disclosure other)
    {
        var result = new List<TableChanges>();
        var seen = new Dictionary<string, int>();
        foreach (var t in now.Tables)
        {
            var n = seen[t.Id] = seen.GetValueOrDefault(t.Id) + 1;
            var match = other.Tables.Where(o => o.Id == t.Id).Skip(n - 1).FirstOrDefault();
            result.Add(match is null ? new TableChanges(new Dictionary<(int, int), string>(), new HashSet<int>(), true) : Compare(t, match));
        }
        return result;
    }

    public static TableChanges Compare(Table now, Table other)
    {
        var before = new Dictionary<(int, int), string>();
        var newRows = new HashSet<int>();
        var otherRows = Keyed(other).Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var columns = ColumnMap(now, other);
        var rowKeys = Keyed(now);
        for (var r = 0; r < now.Rows.Count; r++)
        {
            if (!otherRows.TryGetValue(rowKeys[r], out var or)) { if (!IsBlank(now.Rows[r])) newRows.Add(r); continue; }
            var row = now.Rows[r];
            var was = other.Rows[or];
            for (var c = 0; c < now.Columns.Count; c++)
            {
                var text = c < row.Cells.Count ? row.Cells[c] : "";
                var oc = columns[c];
                var old = oc >= 0 && oc < was.Cells.Count ? was.Cells[oc] : "";
                if (oc < 0 && text.Length == 0) continue;
                if (!Same(now.Columns[c], text, old)) before[(r, c)] = old;
            }
        }
        return new TableChanges(before, newRows, false);
    }

    /// <summary>Last year's budget of the same unit (same department and unit name, the year before) when the caller may see it.</summary>
    public static async Task<BudgetSummary?> LastYearAsync(BudgetStore store, Access access, BudgetRecord budget, CancellationToken ct)
    {
        if (await store.FindAsync(budget.Department, budget.UnitName, budget.Year - 1, ct) is not { } id) return null;
        return (await store.ListAsync(access, new BudgetFilter(budget.Department, budget.Year - 1), ct)).FirstOrDefault(b => b.Id == id);
    }

    private static bool Same(Column column, string a, string b)
    {
        var x = Display.Number(column, a);
        var y = Display.Number(column, b);
        if (x is not null || y is not null) return x == y || (x ?? 0) == 0 && (y ?? 0) == 0 && (a.Length == 0 || b.Length == 0);
        return Norm(a) == Norm(b);
    }

    private static bool IsBlank(TableRow row) => row.Cells.All(c => c.Trim().Length == 0);

    private static string Norm(string s) => string.Concat(s.Where(ch => !char.IsWhiteSpace(ch)));

    // Each row's key: its unit, code and the texts of its non-amount cells, with a count where the same key repeats.
    private static List<string> Keyed(Table t)
    {
        var keys = new List<string>();
        var count = new Dictionary<string, int>();
        foreach (var row in t.Rows)
        {
            var texts = new List<string> { row.UnitCode ?? "", row.Code ?? "" };
            for (var c = 0; c < t.Columns.Count && c < row.Cells.Count; c++)
                if (!Display.IsAmountColumn(t.Columns[c])) texts.Add(Norm(row.Cells[c]));
            var key = string.Join("|", texts);
            var n = count[key] = count.GetValueOrDefault(key) + 1;
            keys.Add(key + "#" + n);
        }
        return keys;
    }

    // Column c of now → the column of the same meaning in other (the nth of that key), or -1.
    private static int[] ColumnMap(Table now, Table other)
    {
        var map = new int[now.Columns.Count];
        var seen = new Dictionary<string, int>();
        for (var c = 0; c < now.Columns.Count; c++)
        {
            var key = now.Columns[c].Key;
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            map[c] = other.Columns.Select((col, i) => (col, i)).Where(x => x.col.Key == key).Skip(n - 1).Select(x => x.i).DefaultIfEmpty(-1).First();
        }
        return map;
    }
}
