using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Interpret;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Layouts;

/// <summary>
/// The unit a table prints its amounts in, read from its own 单位： line (上海 prints 元 in tables 1–8
/// and 万元 in table 9 of the same document), and the 万元 copy of a table the budget facts are taken
/// from. The printed table keeps its printed figures; only the copy is scaled, exactly (÷ 10000, never
/// rounded), since the budget facts are 万元 like every other disclosure.
/// </summary>
public static partial class AmountUnits
{
    public const string Yuan = "元";
    public const string TenThousandYuan = "万元";

    /// <summary>The unit stated by the first 单位：… line among a table's lines, or null when none says.</summary>
    public static string? Of(TableBlock block)
    {
        foreach (var line in block.Lines)
            foreach (var cell in line.Cells)
                if (Parse(cell) is { } unit) return unit;
        return null;
    }

    /// <summary>元, 千元 or 万元 from a cell such as 单位：元, 单位:万元, 金额单位：万元, 编制部门：X 单位：元, （单位：万元）.</summary>
    public static string? Parse(string cell)
    {
        if (cell.Length == 0 || cell.Length > 80 || !cell.Contains('单')) return null;
        var m = UnitLine().Match(TextNormalizer.Cell(cell));
        return m.Success ? m.Groups["u"].Value : null;
    }

    /// <summary>How many 万元 one printed unit is; null for a unit we do not convert.</summary>
    public static decimal? InTenThousands(string? unit) => unit switch
    {
        null or TenThousandYuan => 1m,
        Yuan => 0.0001m,
        "千元" => 0.1m,
        _ => null,
    };

    /// <summary>Every table as the budget facts need it: amounts in 万元.</summary>
    public static IReadOnlyList<Table> InTenThousandYuan(IReadOnlyList<Table> tables) =>
        tables.Select(InTenThousandYuan).ToList();

    /// <summary>
    /// The table with its amount columns divided into 万元 (text, code and unknown columns untouched);
    /// the table itself when it is already in 万元 or says no unit.
    /// </summary>
    public static Table InTenThousandYuan(Table table)
    {
        var divisor = table.AmountUnit switch { Yuan => 10000m, "千元" => 10m, _ => 1m };
        if (divisor == 1m) return table;
        var amount = BudgetExtractor.AmountColumns(table).ToHashSet();
        var amountColumns = table.Columns.Select((c, i) => (c, i)).Where(x => amount.Contains(x.c)).Select(x => x.i).ToHashSet();
        var rows = table.Rows.Select(r => r with
        {
            Cells = r.Cells.Select((c, i) => amountColumns.Contains(i) && TextNormalizer.TryAmount(c, out var v) ? Format(v / divisor) : c).ToList(),
        }).ToList();
        return table with { Rows = rows, AmountUnit = TenThousandYuan };
    }

    // Exact decimal without trailing zeros: 91016775.35 元 → 9101.677535, 66410000.00 元 → 6641.
    private static string Format(decimal v)
    {
        var s = v.ToString(CultureInfo.InvariantCulture);
        return s.Contains('.') ? s.TrimEnd('0').TrimEnd('.') : s;
    }

    [GeneratedRegex(@"单位[:：](?<u>万元|千元|元)[)）]?$")]
    private static partial Regex UnitLine();
}
