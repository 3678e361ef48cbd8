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
    [GeneratedRegex(@"^(?<op>≥|≤|>=|<=|≧|≦|=|＝|<|>|＜|＞|≈)?\s*(?<num>\d[\d,]*(\.\d+)?)\s*(?<unit>%|‰|[万亿]?元(/[人次年天月份箱户件]+)*|万人|人次|人|次|个|家|天|小时|分钟|份|箱|场|种|年|月|万|件|台|套|项|户|所|名|期|篇|条|批|周|季度|张|册|本|平方米|公里|km)?$")]
    private static partial Regex Quantity();
}
