namespace DeptBudget.Rendering.Narratives;

/// <summary>
/// Shares of one whole as printed percentages with two decimals that add to exactly 100.00%: each
/// share is floored to the hundredth of a percent, and the hundredths left over go to the largest
/// remainders (Hamilton's method), ties to the earlier part.
/// </summary>
public static class Shares
{
    public static decimal[] LargestRemainder(IReadOnlyList<decimal> parts)
    {
        var whole = parts.Sum();
        var result = new decimal[parts.Count];
        if (whole == 0) return result;
        var units = new long[parts.Count];
        var remainders = new decimal[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var exact = parts[i] / whole * 10000m; // in hundredths of a percent
            units[i] = (long)Math.Floor(exact);
            remainders[i] = exact - units[i];
        }
        var left = 10000 - units.Sum();
        foreach (var i in Enumerable.Range(0, parts.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)Math.Max(0, left)))
            units[i]++;
        for (var i = 0; i < parts.Count; i++) result[i] = units[i] / 100m;
        return result;
    }

    /// <summary>A single ratio as printed (half away from zero), for a share that is not part of a set.</summary>
    public static decimal Percent(decimal part, decimal whole) =>
        whole == 0 ? 0m : Math.Round(part / whole * 100m, 2, MidpointRounding.AwayFromZero);
}
