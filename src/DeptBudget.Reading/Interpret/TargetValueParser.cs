using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Interpret;

/// <summary>
/// Parses a printed 指标值: "≥95%", "≤10万元", "=67元/人", "1050元", "≥37万", "5个工作日内"
/// become operator, number and unit; "及时", "有效保障", "7月底之前" stay qualitative text.
/// </summary>
public static partial class TargetValueParser
{
    public static TargetValue Parse(string printed)
    {
        var text = TextNormalizer.Cell(printed);
        var m = Quantity().Match(text);
        if (!m.Success) return new TargetValue(text, null, null, null);
        var op = m.Groups["op"].Value switch
        {
            "" => null,
            ">=" => "≥", "<=" => "≤", "＞" => ">", "＜" => "<", "＝" => "=", "≧" => "≥", "≦" => "≤",
            var o => o,
        };
        var number = decimal.Parse(m.Groups["num"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
        var unit = m.Groups["unit"].Value.Trim();
        return new TargetValue(text, op, number, unit.Length == 0 ? null : unit);
    }

    // The whole value must be operator + number + a short unit; anything longer is qualitative.
    [GeneratedRegex(@"^(?<op>≥|≤|>=|<=|≧|≦|=|＝|<|>|＜|＞|≈)?\s*(?<num>\d[\d,]*(\.\d+)?)\s*(?<unit>[%‰]|[\p{IsCJKUnifiedIdeographs}/、（）()a-zA-Z]{0,8})$")]
    private static partial Regex Quantity();
}
