using DeptBudget.Model;
using DeptBudget.Model.Catalogues;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// Decides what each printed row is about: a total, a unit (044001), a functional or economic code at
/// its level (codes split over 类|款|项 are joined; a 款 printed under a blank 类 inherits the 类 above),
/// or a detail line (a project, an item of a two-sided table, an indicator).
/// </summary>
public static class RowClassifier
{
    /// <param name="year">The budget year, for tables that print names without codes (their codes come from
    /// that year's catalogue); 0 when unknown, and then such rows keep no code.</param>
    public static List<TableRow> Classify(string tableId, IReadOnlyList<Column> columns, List<(int Line, IReadOnlyList<string> Cells)> rows, int year = 0)
    {
        int Col(string key) => columns.ToList().FindIndex(c => c.Key == key);
        int cls = Col(ColumnKeys.CodeClass), sec = Col(ColumnKeys.CodeSection), item = Col(ColumnKeys.CodeItem);
        int code = Col(ColumnKeys.Code), unit = Col(ColumnKeys.UnitCode), name = Col(ColumnKeys.Name);
        int revenueItem = Col(ColumnKeys.RevenueItem), expenditureItem = Col(ColumnKeys.ExpenditureItem);
        var economic = tableId is TableIds.GeneralBudgetBasicExpenditure or TableIds.EconomicClassificationSummary
            or TableIds.BasicExpenditure or TableIds.AgencyOperatingCost;

        string Cell(IReadOnlyList<string> cells, int i) => i >= 0 && i < cells.Count ? cells[i] : "";
        // A table of 科目 with no code column at all, only names (杭州): codes come from the names in printed order.
        var byName = year > 0 && name >= 0 && cls < 0 && sec < 0 && item < 0 && code < 0 && unit < 0 && ClassifiedTables.Contains(tableId)
            ? new CodesByName(economic || tableId is TableIds.GeneralBudgetEconomicExpenditure
                ? ClassificationCatalogue.For(year).DepartmentEconomic : ClassificationCatalogue.For(year).Functional)
            : null;
        var result = new List<TableRow>(rows.Count);
        string lastClass = "", lastSection = "";
        string? currentUnit = null;

        foreach (var (line, cells) in rows)
        {
            var nameText = Cell(cells, name);
            if (revenueItem >= 0 || expenditureItem >= 0)
            {
                var left = Cell(cells, revenueItem);
                var right = Cell(cells, expenditureItem);
                var label = left.Length > 0 ? left : right;
                var isTotal = IsTotalLabel(left) || IsTotalLabel(right);
                result.Add(new TableRow(isTotal ? RowKind.Total : RowKind.Detail, null, label, null, cells, line));
                continue;
            }

            var c = Cell(cells, cls); var s = Cell(cells, sec); var it = Cell(cells, item);
            var whole = Cell(cells, code);
            // A code printed with its name in one cell (北京: 2010601-行政运行, in the code column or, in a table
            // keyed by its economic classification, the name column) is the row's code and name.
            if (CodeAndName(whole) is { } inCode) (whole, nameText) = inCode;
            else if (whole.Length == 0 && c.Length == 0 && s.Length == 0 && it.Length == 0 && CodeAndName(nameText) is { } inName)
                (whole, nameText) = inName;
            var unitText = Cell(cells, unit);
            var firstText = cells.FirstOrDefault(x => x.Length > 0) ?? "";

            if (IsTotalLabel(nameText) || IsTotalLabel(firstText) || IsTotalLabel(c))
            {
                result.Add(new TableRow(RowKind.Total, null, nameText.Length > 0 ? nameText : firstText, null, cells, line));
                continue;
            }
            if (nameText is "小计" || c is "小计" || firstText is "小计")
            {
                result.Add(new TableRow(RowKind.Subtotal, Digits(Cell(cells, Col(ColumnKeys.GovCode))), nameText, currentUnit, cells, line));
                continue;
            }

            // A unit printed in the code column (07: "044 | 西峡县医疗保障局本级") or the name column (10: "044").
            var unitCandidate = unitText.Length > 0 ? unitText
                : IsUnitCode(c, economic) && s.Length == 0 ? c
                : IsUnitCode(whole, economic) ? whole
                : IsUnitCode(nameText, economic) ? nameText : "";
            // Project tables carry project and unit codes, never classification codes.
            var resolved = tableId is TableIds.ProjectPerformanceTargets or TableIds.ProjectExpenditure
                || (economic && s.Length == 0 && it.Length == 0 && IsUnitCode(c, economic))
                ? null : ResolveCode(c, s, it, whole, ref lastClass, ref lastSection);
            if (resolved is null && unitCandidate.Length > 0)
            {
                currentUnit = unitCandidate;
                var unitName = nameText == unitCandidate ? NextText(cells, Array.IndexOf(cells.ToArray(), unitCandidate)) : nameText;
                result.Add(new TableRow(RowKind.Unit, null, unitName, unitCandidate, cells, line));
                continue;
            }
            resolved ??= byName?.Next(nameText);
            if (resolved is not null)
            {
                var kind = resolved.Length switch { 3 => RowKind.Class, 5 => RowKind.Section, 7 => RowKind.Item, _ => RowKind.Detail };
                result.Add(new TableRow(kind, resolved, nameText, unitText.Length > 0 ? unitText : currentUnit, cells, line));
                continue;
            }
            result.Add(new TableRow(RowKind.Detail, whole.Length > 0 ? whole : null,
                nameText.Length > 0 ? nameText : firstText, currentUnit, cells, line));
        }
        return result;
    }

    private static string? ResolveCode(string c, string s, string it, string whole, ref string lastClass, ref string lastSection)
    {
        if (whole.Length > 0)
        {
            var d = Digits(whole);
            if (d is not null && d.Length is 3 or 5 or 7 && (d[0] is '2' or '3' or '5')) return d;
            return null;
        }
        if (c.Length == 0 && s.Length == 0 && it.Length == 0) return null;
        if (!AllDigits(c) || !AllDigits(s) || !AllDigits(it)) return null;
        // A 款/项 printed with its leading zero lost (上海 万里 2024 06: "301 | 2 | 津贴补贴") is 02.
        if (s.Length == 1) s = "0" + s;
        if (it.Length == 1) it = "0" + it;
        if (c.Length == 3 && !(c[0] is '2' or '3' or '5')) return null;
        if (c.Length == 3) lastClass = c;
        if (c.Length == 3 && s.Length == 0 && it.Length == 0) { lastSection = ""; return c; }
        var cls = c.Length == 3 ? c : lastClass;
        if (s.Length == 2) lastSection = cls + s;
        if (it.Length == 2)
        {
            var section = s.Length == 2 ? cls + s : lastSection;
            return section.Length == 5 ? section + it : null;
        }
        return s.Length == 2 && cls.Length == 3 ? cls + s : null;
    }

    // Unit codes share the 3-digit shape of classes (342 a unit, 302 a class): in an economic table only
    // the catalogue's department-economic classes are classes.
    private static bool IsUnitCode(string text, bool economic) =>
        AllDigits(text) && (text.Length == 6 || (text.Length == 3 && !(text[0] is '2' or '5')
            && !(economic && EconomicClasses.Contains(text))));

    private static readonly HashSet<string> EconomicClasses = ClassificationCatalogue.AvailableYears
        .SelectMany(y => ClassificationCatalogue.For(y).DepartmentEconomic.Classes.Select(c => c.Code.ToString()))
        .ToHashSet();

    private static string NextText(IReadOnlyList<string> cells, int from)
    {
        for (var i = from + 1; i < cells.Count; i++) if (cells[i].Length > 0 && !TextNormalizer.TryAmount(cells[i], out _)) return cells[i];
        return "";
    }

    internal static bool IsTotalLabel(string text)
    {
        var k = TextNormalizer.Key(text);
        return k is "合计" or "总计" or "共计" or "收入总计" or "支出总计" or "收入合计" or "支出合计"
            || k.StartsWith("本年收入合计") || k.StartsWith("本年支出合计");
    }

    private static bool AllDigits(string s) => s.All(char.IsAsciiDigit);

    // Tables whose rows are 科目 of the functional or economic classification.
    private static readonly HashSet<string> ClassifiedTables =
    [
        TableIds.ExpenditureSummary, TableIds.RevenueSummary, TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure,
        TableIds.GeneralBudgetEconomicExpenditure, TableIds.GeneralBudgetBasicFunctionExpenditure, TableIds.GovernmentFundExpenditure,
        TableIds.StateCapitalExpenditure, TableIds.EconomicClassificationSummary, TableIds.BasicExpenditure,
    ];

    // "2010601-行政运行" → (2010601, 行政运行): a classification code (3, 5 or 7 digits of a 类 2xx, 3xx or
    // 5xx) before a dash and a name. Project codes (11000022T…-…) and catalogue numbers (0102-…) are not.
    private static (string Code, string Name)? CodeAndName(string cell)
    {
        var dash = cell.IndexOf('-');
        if (dash is not (3 or 5 or 7) || dash == cell.Length - 1 || cell[0] is not ('2' or '3' or '5')) return null;
        var code = cell[..dash];
        return AllDigits(code) ? (code, cell[(dash + 1)..].Trim()) : null;
    }

    private static string? Digits(string s)
    {
        var d = new string(s.Where(char.IsAsciiDigit).ToArray());
        return d.Length > 0 && d.Length == s.Length ? d : null;
    }
}
