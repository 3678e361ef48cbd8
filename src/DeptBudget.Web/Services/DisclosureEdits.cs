using System.Globalization;
using DeptBudget.Model;
using DeptBudget.Reading.Interpret;

namespace DeptBudget.Web.Services;

/// <summary>
/// Applies the edit form to a disclosure: table cells (cell.{table}.{row}.{column}), units
/// (unit.{i}.code/name/parent) and the reasons of year-on-year statements (reason.{i}). Amount cells
/// must be numbers; every invalid field is reported and the result is not to be saved then. The budget's facts are then
/// taken again from the edited tables, so the budget and its tables never disagree.
/// </summary>
public static class DisclosureEdits
{
    public static Disclosure Apply(Disclosure d, IEnumerable<KeyValuePair<string, string>> fields, List<string> errors)
    {
        var form = fields.ToDictionary(f => f.Key, f => f.Value);
        var tables = d.Tables.Select((t, ti) => EditTable(t, ti, form, errors)).ToList();
        var units = EditUnits(d.Budget.Units, form, errors);
        var facts = d.Budget.Facts with
        {
            Changes = d.Budget.Facts.Changes.Select((c, i) =>
                form.TryGetValue($"reason.{i}", out var r) ? c with { Reason = Blank(r) } : c).ToList(),
        };
        // With errors the typed values are kept (to show again) but the budget is not derived: nothing is saved.
        if (errors.Count > 0) return d with { Tables = tables, Budget = d.Budget with { Facts = facts } };
        var budget = BudgetExtractor.Extract(d.Budget.Department, d.Budget.Year, d.Budget.Scope, tables, facts);
        if (budget.Units.Count == 0 || form.Keys.Any(k => k.StartsWith("unit.", StringComparison.Ordinal)))
            budget = budget with { Units = units };
        return d with { Tables = tables, Budget = budget };
    }

    private static Table EditTable(Table t, int ti, Dictionary<string, string> form, List<string> errors)
    {
        var rows = new List<TableRow>(t.Rows.Count);
        for (var ri = 0; ri < t.Rows.Count; ri++)
        {
            var row = t.Rows[ri];
            string[]? cells = null;
            for (var ci = 0; ci < t.Columns.Count; ci++)
            {
                if (!form.TryGetValue($"cell.{ti}.{ri}.{ci}", out var raw)) continue;
                var value = raw.Trim();
                var old = ci < row.Cells.Count ? row.Cells[ci] : "";
                if (value == old) continue;   // as read, even when the document printed text in an amount column
                if (Checks.Tables.IsAmountColumn(t.Columns[ci]) && value.Length > 0)
                {
                    var plain = value.Replace(",", "").Replace("，", "");
                    if (!decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                    {
                        errors.Add($"{t.Title} 第 {ri + 1} 行“{t.Columns[ci].Header}”：“{value}”不是金额");
                    }
                    else value = n.ToString(CultureInfo.InvariantCulture);
                }
                if (value == old || (Checks.Tables.IsAmountColumn(t.Columns[ci]) && SameNumber(old, value))) continue;
                cells ??= Pad(row.Cells, t.Columns.Count);
                cells[ci] = value;
            }
            rows.Add(cells is null ? row : row with { Cells = cells });
        }
        return t with { Rows = rows };
    }

    private static IReadOnlyList<BudgetUnit> EditUnits(IReadOnlyList<BudgetUnit> units, Dictionary<string, string> form, List<string> errors)
    {
        var result = new List<BudgetUnit>();
        for (var i = 0; form.ContainsKey($"unit.{i}.code") || form.ContainsKey($"unit.{i}.name"); i++)
        {
            var code = form.GetValueOrDefault($"unit.{i}.code", "").Trim();
            var name = form.GetValueOrDefault($"unit.{i}.name", "").Trim();
            var parent = Blank(form.GetValueOrDefault($"unit.{i}.parent", ""));
            if (code.Length == 0 && name.Length == 0) continue;
            if (code.Length == 0 || !code.All(char.IsAsciiDigit)) { errors.Add($"单位 {i + 1}：代码“{code}”应为数字"); continue; }
            if (name.Length == 0) { errors.Add($"单位 {code}：请填写名称"); continue; }
            result.Add(new BudgetUnit(code, name, parent));
        }
        return form.ContainsKey("unit.0.code") ? result : units;
    }

    private static bool SameNumber(string a, string b) =>
        decimal.TryParse(a.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
        && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y) && x == y;

    private static string[] Pad(IReadOnlyList<string> cells, int count)
    {
        var a = new string[Math.Max(count, cells.Count)];
        for (var i = 0; i < a.Length; i++) a[i] = i < cells.Count ? cells[i] : "";
        return a;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
