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

    public static decimal? Number(Column column, string cell) =>
        IsAmountColumn(column) && decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var v) ? v : null;
}
