using System.Text.RegularExpressions;
using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>
/// How precisely a cell is printed. DOMAIN.md allows half the last printed digit per summed cell; the usual
/// tolerance assumes cents (0.005). A figure printed to one decimal where the table keeps cents
/// (480544221.6 for 480544221.62: a spreadsheet rounds a figure to the column's width) is known to ±0.05 only.
/// </summary>
public static class Printed
{
    /// <summary>The tolerance beyond the cents' one that the cells of a column in these rows add: 0.045 per cell printed to one decimal.</summary>
    public static decimal Slack(IEnumerable<TableRow> rows, int column)
    {
        var slack = 0m;
        foreach (var r in rows)
            if (column < r.Cells.Count && Decimals(r.Cells[column]) == 1) slack += 0.045m;
        return slack;
    }

    /// <summary>The digits after the decimal point of a printed amount; 0 for whole numbers, -1 for what is not an amount.</summary>
    public static int Decimals(string cell)
    {
        var s = cell.Trim().Replace(",", "");
        if (!Tables.IsNumber(s)) return -1;
        var dot = s.IndexOf('.');
        return dot < 0 ? 0 : s.Length - dot - 1;
    }
}

public static partial class Tables
{
    /// <summary>
    /// The note under a table that says some of its items are left out (保密: “部分具体项目信息公开时予以剔除”,
    /// “涉密项目不予公开”), or null. Such a table's rows add up to less than its total by design.
    /// </summary>
    public static string? OmitsItems(Table t)
    {
        foreach (var n in t.Notes)
            if (Omission().IsMatch(n)) return n.Trim().Trim('（', '）', '(', ')');
        return null;
    }

    [GeneratedRegex(@"(保密|涉密).*(剔除|不予?公开|未公开|不列示|未列示|不予列示)")]
    private static partial Regex Omission();
}
