using System.Text.RegularExpressions;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// An amount broken over two lines of one narrow cell (福州 收支预算总表: <c>24995.9</c> over <c>4</c>, the cell
/// too narrow for the bold total): the two parts make one amount only together. Joined only when the upper part
/// is no whole amount (its decimals cut short, or its point or a thousands group left open), the lower part is no
/// amount of its own, and together they are one amount of two decimals, as 万元 and 元 are printed: two real
/// amounts in a cell (0.00 over 0.00) are never one.
/// </summary>
internal static partial class BrokenAmount
{
    public static bool Joins(double upperBaseline, string upper, double upperSize, double lowerBaseline, string lower, double lowerSize)
    {
        var size = Math.Max(upperSize, lowerSize);
        var step = lowerBaseline - upperBaseline;
        if (step <= 0 || step >= 2 * size) return false;
        return !Whole().IsMatch(upper) && !Whole().IsMatch(lower) && Rest().IsMatch(lower) && Whole().IsMatch(upper + lower);
    }

    // An amount as tables print it: thousands groups or none, two decimals.
    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)\.\d{2}$")]
    private static partial Regex Whole();

    // What a break leaves for the next line: a few digits, with the point or a comma before them.
    [GeneratedRegex(@"^[.,]?\d{1,6}$")]
    private static partial Regex Rest();
}
