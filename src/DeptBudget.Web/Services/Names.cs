namespace DeptBudget.Web.Services;

/// <summary>
/// A department or unit name is a name: letters (Chinese or other), digits, spaces and the brackets and dots
/// names use. Markup (issue 15: a budget named &lt;script&gt;alert(1)&lt;/script&gt; headed the public list) and
/// control characters are refused with the character named.
/// </summary>
public static class Names
{
    private const string Allowed = "（）()·・-—_、．.〔〕［］[]《》";

    /// <summary>The first character a name may not hold, or null.</summary>
    public static char? FirstBad(string name) =>
        name.FirstOrDefault(c => !(char.IsLetterOrDigit(c) || c == ' ' || c == '\u3000' || Allowed.Contains(c))) is var bad && bad != default ? bad : null;

    public static void Require(string name, string what, Func<string, Exception>? error = null)
    {
        if (FirstBad(name) is not { } c) return;
        var shown = char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
        var message = $"{what}“{(name.Length > 40 ? name[..40] + "…" : name)}”含有字符“{shown}”：名称只能由文字、数字、空格和括号组成";
        throw error?.Invoke(message) ?? new ArgumentException(message);
    }
}
