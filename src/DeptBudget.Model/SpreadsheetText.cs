using System.Text.RegularExpressions;

namespace DeptBudget.Model;

/// <summary>
/// Text written into a CSV or spreadsheet cell. A cell starting with = + - @, a tab or a carriage return
/// can be taken as a formula by a spreadsheet program (`-2+3+cmd|' /C calc'!A0`); such a cell gets a
/// leading apostrophe so it stays text. Plain numbers (-12.50, +3, 1,234.00, 5%) are left as they are.
/// </summary>
public static partial class SpreadsheetText
{
    public static string Neutralise(string s) =>
        s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' && !PlainNumber().IsMatch(s) ? "'" + s : s;

    [GeneratedRegex(@"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?%?$")]
    private static partial Regex PlainNumber();
}
