using System.Globalization;
using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>
/// Tables printed in 元 (上海) compared with tables and narrative in 万元: rules that compare across tables see
/// every table in 万元; sums within one table (I1) stay in the printed unit, with its own rounding.
/// </summary>
public static class AmountUnits
{
    /// <summary>The table with its amount cells divided into 万元, exactly (91016775.35 元 → 9101.677535); itself when already 万元.</summary>
    public static Table InWan(Table t)
    {
        var divisor = t.AmountUnit switch { "元" => 10000m, "千元" => 10m, _ => 1m };
        if (divisor == 1m) return t;
        var cols = Tables.AmountColumns(t).ToHashSet();
        var rows = t.Rows.Select(r => r with
        {
            Cells = r.Cells.Select((c, i) => cols.Contains(i) && r.Amount(i) is { } v ? (v / divisor).ToString(CultureInfo.InvariantCulture) : c).ToList(),
        }).ToList();
        return t with { Rows = rows, AmountUnit = "万元" };
    }
}
