using DeptBudget.Model;
using DeptBudget.Reading.Text;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Interpret;

/// <summary>
/// “三公”经费 from table 08, laid out across (合计 | 因公出国 | 公务用车 小计/购置/运行 | 接待, per year)
/// or down (共计 / 1、因公出国（境）费用 / … with one amount column). Blank cells are zero.
/// </summary>
public static class ThreePublicReader
{
    public static ThreePublicExpenses? Read(Table? table)
    {
        if (table is null) return null;
        // A draft's 【待补：“三公”经费】 in place of figures: the budget does not have them yet.
        if (StillToSupply(table)) return null;
        if (table.HasColumn(OfficialReception) || table.HasColumn(LastYear(OfficialReception)))
        {
            var row = table.Rows.FirstOrDefault(r => r.Kind != RowKind.Text && r.Cells.Any(c => c.Length > 0));
            if (row is null) return new ThreePublicExpenses(Zero, null);
            ThreePublicFigures Figures(Func<string, string> k) => new(
                ThreePublicTotal(table, row, k) ?? 0, table.Amount(row, k(OfficialOverseasTravel)) ?? 0,
                table.Amount(row, k(OfficialVehicles)) ?? 0, table.Amount(row, k(VehiclePurchase)) ?? 0,
                table.Amount(row, k(VehicleOperation)) ?? 0, table.Amount(row, k(OfficialReception)) ?? 0);
            var thisYear = Figures(k => k);
            var last = table.HasColumn(LastYear(OfficialReception)) ? Figures(LastYear) : null;
            return new ThreePublicExpenses(thisYear, last);
        }
        // Down the page: the label says which item; the only amount column holds this year's figure.
        decimal total = 0, overseas = 0, vehicles = 0, purchase = 0, operation = 0, reception = 0;
        foreach (var row in table.Rows)
        {
            var label = TextNormalizer.Key(string.Concat(row.Cells.Where(c => !TextNormalizer.TryAmount(c, out _))));
            var amount = row.Cells.Select(c => TextNormalizer.TryAmount(c, out var v) ? v : (decimal?)null).FirstOrDefault(v => v is not null) ?? 0;
            if (label.Contains("共计") || label.Contains("合计")) total = amount;
            else if (label.Contains("出国")) overseas = amount;
            else if (label.Contains("接待")) reception = amount;
            else if (label.Contains("运行")) operation = amount;
            else if (label.Contains("购置") && !label.Contains("运行")) purchase = amount;
            else if (label.Contains("公务用车")) vehicles = amount;
        }
        return new ThreePublicExpenses(new ThreePublicFigures(total, overseas, vehicles, purchase, operation, reception), null);
    }

    private static readonly ThreePublicFigures Zero = new(0, 0, 0, 0, 0, 0);

    /// <summary>
    /// The “三公” total of a row: a table that prints other spending beside the three (“三公”经费、会议费、培训费支出预算表:
    /// 合计 | “三公”经费/小计 … | 会议费 | 培训费) heads the three's own total as the 小计 under “三公”经费, and its 合计
    /// is over all of them; otherwise the column of the total key. The 小计 may be keyed by its parent
    /// (一般公共预算拨款安排的“三公”经费预算 → generalPublicBudget) or by the total key printed again (total#2).
    /// </summary>
    private static decimal? ThreePublicTotal(Table table, TableRow row, Func<string, string> k)
    {
        string total = k(Total), general = k(GeneralPublicBudget);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var key = table.Columns[i].Key;
            var keyed = key == total || key.StartsWith(total + "#", StringComparison.Ordinal) || key == general;
            if (keyed && IsThreePublicSubtotal(table.Columns[i].Header)) return row.Amount(i);
        }
        return table.Amount(row, total);
    }

    private static bool IsThreePublicSubtotal(string header)
    {
        var parts = header.Split('/').Select(TextNormalizer.Key).ToArray();
        return parts.Length > 1 && parts[^1] is "小计" or "合计" && parts[..^1].Any(p => p.Contains("三公"));
    }

    private static bool StillToSupply(Table table) =>
        table.Notes.Concat(table.Rows.SelectMany(r => r.Cells)).Any(c => c.Contains("【待补"))
        && !table.Rows.Any(r => r.Cells.Any(c => TextNormalizer.TryAmount(c, out _)));
}
