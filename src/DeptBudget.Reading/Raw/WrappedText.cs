using System.Text.RegularExpressions;

namespace DeptBudget.Reading.Raw;

/// <summary>
/// One space-separated piece of a line in text broken over lines (seed 004), with what the form readers
/// need to tell where a wrapped cell ends: its printed width and whether it opened an indented line.
/// </summary>
internal sealed record WrappedToken(int Line, string Text, bool OpensLine, bool Indented)
{
    public int Width => WrappedText.Width(Text);
}

/// <summary>Measures and splits the broken text of forms 11 and 12.</summary>
internal static partial class WrappedText
{
    /// <summary>
    /// Printed width in half ideographs: an ideograph is 2, a Latin letter or digit 1, and so is the
    /// narrow punctuation the PDF prints in half a cell (、（）“” …), so lines cut at one column width compare.
    /// </summary>
    public static int Width(string s)
    {
        var w = 0;
        foreach (var c in s)
            w += c < 0x2000 || "、，。（）“”‘’：；".Contains(c) ? 1 : 2;
        return w;
    }

    /// <summary>The non-blank lines of a range as (number, raw text), numbers counted from 1.</summary>
    public static List<(int Number, string Raw)> NonBlank(IReadOnlyList<string> raw, int from, int to)
    {
        var lines = new List<(int, string)>();
        for (var n = from; n < to; n++)
            if (raw[n].Trim().Length > 0) lines.Add((n + 1, raw[n].TrimEnd()));
        return lines;
    }

    /// <summary>Every piece of every line, in reading order.</summary>
    public static List<WrappedToken> Tokens(IEnumerable<(int Number, string Raw)> lines)
    {
        var tokens = new List<WrappedToken>();
        foreach (var (number, raw) in lines)
        {
            var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
                tokens.Add(new WrappedToken(number, parts[i], i == 0, i == 0 && raw.StartsWith(' ')));
        }
        return tokens;
    }

    /// <summary>Money as table cells print it: 22,480.92, 250.00 (two decimals).</summary>
    public static bool Money(string s) => MoneyPattern().IsMatch(s);

    public static bool Digits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*\.\d{2}$|^\d+\.\d{2}$")]
    private static partial Regex MoneyPattern();
}
