using System.Globalization;
using DeptBudget.Model;
using DeptBudget.Rendering.Tables;

namespace DeptBudget.Rendering.Writers;

/// <summary>How a stored cell prints: amounts with thousands separators and two decimals.</summary>
public static class Display
{
    public static bool IsAmountColumn(Column c) => Grid.IsAmount(c.Key);

    public static string Cell(Column column, string cell) =>
        IsAmountColumn(column) && decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var v) ? Money.Format(v) : cell;

    /// <summary>An amount as the document printed it: thousands grouped, the printed decimals kept (3,296,600; 43.83).</summary>
    public static string Printed(Column column, string cell)
    {
        if (!IsAmountColumn(column) || !decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var v)) return cell;
        var point = cell.IndexOf('.');
        var places = point < 0 ? 0 : cell.Length - point - 1;
        return v.ToString("N" + places, CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a cell prints right-aligned as an amount: an amount column's figures and blanks, not the text
    /// a column of no known meaning holds (a 绩效目标 read as "?绩效目标").</summary>
    public static bool AlignsRight(Column column, string cell) =>
        IsAmountColumn(column) && (cell.Trim().Length == 0 || Number(column, cell) is not null);

    public static decimal? Number(Column column, string cell) =>
        IsAmountColumn(column) && decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var v) ? v : null;
}
