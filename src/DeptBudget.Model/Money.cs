using System.Globalization;

namespace DeptBudget.Model;

/// <summary>
/// Display and rounding of amounts in 万元. Stored values are never rounded; rounding is for display
/// and for comparing with printed cells, half away from zero as the documents do.
/// </summary>
public static class Money
{
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>As the tables print it: thousands separators and two decimals (10,902.00).</summary>
    public static string Format(decimal value) => Round2(value).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>As the CSV carries it: a plain decimal with two places, no separators.</summary>
    public static string Plain(decimal value) => Round2(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Tolerance for a sum of rounded cells (DOMAIN.md): 0.01 per summed cell, but never more than
    /// count × 0.005 rounded up to the cent.
    /// </summary>
    public static decimal SumTolerance(int cells)
    {
        if (cells <= 0) return 0m;
        var byHalfCent = Math.Ceiling(cells * 0.005m * 100m) / 100m;
        return Math.Min(cells * 0.01m, byHalfCent);
    }
}
