using DeptBudget.Model;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// Economic-classification rows sometimes lose a text cell (000 table 07, page 1, prints no 政府预算经济
/// 分类 name), so every amount sits one column early. Such a row is laid out again by what its cells
/// are: 3-digit codes into the 类 columns, 2-digit into the 款 columns, words into the name columns,
/// and its amounts, in order, into the amount columns.
/// </summary>
public static class EconomicRows
{
    public static IReadOnlyList<string> Reproject(IReadOnlyList<Column> columns, IReadOnlyList<string> cells)
    {
        var firstAmountColumn = -1;
        for (var c = 0; c < columns.Count; c++)
            if (!IsText(columns[c].Key)) { firstAmountColumn = c; break; }
        var firstMoney = -1;
        for (var c = 0; c < cells.Count; c++)
            if (TextNormalizer.LooksLikeMoney(cells[c])) { firstMoney = c; break; }
        if (firstAmountColumn <= 0 || firstMoney < 0 || firstMoney >= firstAmountColumn) return cells;
        if (cells.Take(firstMoney).Any(c => c.Length > 0 && RowClassifier.IsTotalLabel(c))) return cells;

        var result = Enumerable.Repeat("", Math.Max(cells.Count, columns.Count)).ToArray();
        var used = new bool[firstAmountColumn];
        foreach (var cell in cells.Take(firstMoney).Where(c => c.Length > 0))
        {
            var wanted = cell.All(char.IsAsciiDigit)
                ? cell.Length switch { 2 => "section", 3 or 6 => "class", _ => "whole" }
                : "name";
            var target = -1;
            for (var c = 0; c < firstAmountColumn && target < 0; c++)
                if (!used[c] && Fits(columns[c].Key, wanted)) target = c;
            if (target < 0) return cells; // not a shape this can explain; leave the row as printed
            used[target] = true;
            result[target] = cell;
        }
        for (int from = firstMoney, to = firstAmountColumn; from < cells.Count && to < result.Length; from++, to++)
            result[to] = cells[from];
        return result;
    }

    private static bool Fits(string key, string wanted) => wanted switch
    {
        "class" => key is ColumnKeys.CodeClass or ColumnKeys.GovCodeClass,
        "section" => key is ColumnKeys.CodeSection or ColumnKeys.GovCodeSection,
        "whole" => key is ColumnKeys.Code or ColumnKeys.GovCode,
        _ => key is ColumnKeys.Name or ColumnKeys.GovName,
    };

    private static bool IsText(string key) => key.StartsWith("code") || key.StartsWith("govCode") || key.StartsWith(ColumnKeys.Text)
        || key is ColumnKeys.Name or ColumnKeys.GovName or ColumnKeys.UnitCode or ColumnKeys.UnitName;
}
