using DeptBudget.Model;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// Text extracted from PDF sometimes drops an empty cell from every data row (001's table 03 prints
/// no 资本性支出 cell), shifting the rest one column left. Where the header's own identities
/// (合计 = 基本 + 项目, 基本 = Σ parts, 项目 = Σ kinds) fail on most rows but hold once one empty
/// column is put back, the rows are realigned; otherwise they are left as printed.
/// </summary>
public static class ColumnAligner
{
    public static List<(int Line, IReadOnlyList<string> Cells)> Repair(
        IReadOnlyList<Column> columns, List<(int Line, IReadOnlyList<string> Cells)> rows)
    {
        var total = Index(columns, Total);
        var basic = Index(columns, BasicExpenditure);
        var project = Index(columns, ProjectExpenditure);
        if (total < 0 || basic < 0 || project < 0 || rows.Count == 0) return rows;

        var asPrinted = Score(columns, rows);
        if (asPrinted.Bad == 0) return rows;
        var best = (Column: -1, Score: asPrinted);
        for (var c = basic + 1; c < columns.Count; c++)
        {
            var shifted = rows.Select(r => (r.Line, Insert(r.Cells, c))).ToList();
            var s = Score(columns, shifted);
            // Identities cannot tell which part column was lost; of equally good places the rightmost moves
            // the fewest cells (and 资本性支出, last of the parts, is the one most often empty and dropped).
            if (s.Bad < asPrinted.Bad && (s.Good > best.Score.Good || s.Good == best.Score.Good && s.Bad <= best.Score.Bad)) best = (c, s);
        }
        return best.Column < 0 ? rows : rows.Select(r => (r.Line, Insert(r.Cells, best.Column))).ToList();
    }

    private static IReadOnlyList<string> Insert(IReadOnlyList<string> cells, int at)
    {
        var list = cells.ToList();
        // Only rows whose cells run to the last column have lost a cell; their tail moves right by one.
        list.Insert(Math.Min(at, list.Count), "");
        if (list.Count > cells.Count && list[^1].Length == 0) list.RemoveAt(list.Count - 1);
        return list;
    }

    private static (int Good, int Bad) Score(IReadOnlyList<Column> columns, IEnumerable<(int Line, IReadOnlyList<string> Cells)> rows)
    {
        int good = 0, bad = 0;
        var t = Index(columns, Total);
        var b = Index(columns, BasicExpenditure);
        var p = Index(columns, ProjectExpenditure);
        int[] basicParts = [Index(columns, WagesAndBenefits), Index(columns, HouseholdTransfers), Index(columns, GoodsAndServices), Index(columns, CapitalOutlay), Index(columns, PersonnelCost), Index(columns, OperatingCost)];
        foreach (var (_, cells) in rows)
        {
            var total = Value(cells, t);
            if (total is null) continue;
            var sum = (Value(cells, b) ?? 0) + (Value(cells, p) ?? 0);
            var parts = basicParts.Where(i => i >= 0).Sum(i => Value(cells, i) ?? 0);
            var ok = Math.Abs(total.Value - sum) <= 0.02m && (parts == 0 || Math.Abs((Value(cells, b) ?? 0) - parts) <= 0.03m
                || Math.Abs((Value(cells, b) ?? 0) * 2 - parts) <= 0.03m);
            if (ok) good++; else bad++;
        }
        return (good, bad);
    }

    private static decimal? Value(IReadOnlyList<string> cells, int i) =>
        i >= 0 && i < cells.Count && Text.TextNormalizer.TryAmount(cells[i], out var v) ? v : null;

    private static int Index(IReadOnlyList<Column> columns, string key)
    {
        for (var i = 0; i < columns.Count; i++) if (columns[i].Key == key) return i;
        return -1;
    }
}
