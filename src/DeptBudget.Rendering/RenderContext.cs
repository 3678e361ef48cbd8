using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Narratives;
using DeptBudget.Rendering.Tables;

namespace DeptBudget.Rendering;

/// <summary>
/// What rendering one budget in one layout shares: the figures, the named values the patterns use,
/// and the facts found missing while filling them (listed in the draft banner, marked in the text).
/// </summary>
public sealed partial class RenderContext
{
    public Layout Layout { get; }
    public Budget Budget { get; }
    public Figures Figures { get; }
    public BudgetUnit? DepartmentUnit { get; }
    public List<string> MissingFacts { get; } = [];
    private readonly NarrativeValues _values;

    public RenderContext(Layout layout, Budget budget, StatedTotals? stated = null)
    {
        Layout = layout;
        Budget = budget;
        Figures = new Figures(budget, stated);
        DepartmentUnit = budget.Units.FirstOrDefault(u => u.ParentCode is null) ?? budget.Units.FirstOrDefault();
        _values = new NarrativeValues(this);
    }

    /// <summary>Name of a 类 / 款 code from the layout's catalogue of that year; empty when unknown.</summary>
    public string ClassName(string code)
    {
        if (Layout.ClassNames.TryGetValue(code, out var name)) return name;
        var fromLine = Budget.Expenditure.FirstOrDefault(l => l.FunctionCode.Value == code)?.FunctionName;
        return fromLine ?? "";
    }

    /// <summary>Formats an amount as this layout's narrative prints it.</summary>
    public string Amount(decimal value) => Layout.AmountStyle switch
    {
        "grouped" => Money.Format(value),
        "plain" => Money.Plain(value),
        // Henan: whole amounts without decimals (10902万元), others with two (519.30万元).
        _ => Money.Round2(value) == decimal.Truncate(Money.Round2(value))
            ? decimal.Truncate(Money.Round2(value)).ToString(CultureInfo.InvariantCulture)
            : Money.Plain(value),
    };

    public static string Percent(decimal p) => p.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{([A-Za-z][\w.]*)(?::([^{}]+))?\}")]
    private static partial Regex Placeholder();

    /// <summary>Fills {name} and {function:argument} placeholders; unknown values become a visible
    /// 【待补：…】 marker and are recorded as missing facts.</summary>
    public string Fill(string pattern) => Placeholder().Replace(pattern, Value)
        // A value may end its own sentence (…主要原因：…。) where the pattern ends it too, or a clause (；).
        .Replace("。。", "。").Replace("。；", "；");

    private string Value(Match m)
    {
        var value = _values.Get(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null);
        if (value is not null) return value;
        var what = NarrativeValues.Describe(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null);
        if (!MissingFacts.Contains(what)) MissingFacts.Add(what);
        return $"【待补：{what}】";
    }

    /// <summary>Whether a value a paragraph depends on is present and not zero.</summary>
    public bool Holds(string name)
    {
        var (fn, arg) = name.Contains(':') ? (name[..name.IndexOf(':')], name[(name.IndexOf(':') + 1)..]) : (name, null);
        return _values.Truthy(fn, arg);
    }

    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>一 … 九十九, as section numbers and counts are written.</summary>
    public static string Chinese(int n)
    {
        if (n < 10) return Digits[n];
        var sb = new StringBuilder();
        if (n / 10 > 1) sb.Append(Digits[n / 10]);
        sb.Append('十');
        if (n % 10 != 0) sb.Append(Digits[n % 10]);
        return sb.ToString();
    }
}
