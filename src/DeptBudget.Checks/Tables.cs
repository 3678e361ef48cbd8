using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>Reading helpers over printed tables that several rules share.</summary>
public static partial class Tables
{
    // Columns carry a meaning key; only these name money (a key may be prefixed lastYear. or carryoverIn.).
    private static readonly HashSet<string> MoneyKeys =
    [
        AmountKeys.Total, AmountKeys.BasicExpenditure, AmountKeys.PersonnelCost, AmountKeys.WagesAndBenefits, AmountKeys.HouseholdTransfers,
        AmountKeys.OperatingCost, AmountKeys.GoodsAndServices, AmountKeys.CapitalOutlay, AmountKeys.ProjectExpenditure,
        AmountKeys.OperationalProject, AmountKeys.SpecificPurposeProject, AmountKeys.PersonnelProject, AmountKeys.GeneralProject,
        AmountKeys.SpecialFund, AmountKeys.CarryoverOut, AmountKeys.FiscalAppropriation, AmountKeys.GeneralPublicBudget,
        AmountKeys.OwnLevelAppropriation, AmountKeys.AdministrativeFees, AmountKeys.SpecialRevenue, AmountKeys.AssetIncome,
        AmountKeys.HousingFundIncome, AmountKeys.AdvanceTransferFromAbove, AmountKeys.GovernmentFundBudget, AmountKeys.StateCapitalBudget,
        AmountKeys.SpecialAccountFunds, AmountKeys.InstitutionRevenue, AmountKeys.InstitutionBusinessRevenue,
        AmountKeys.SuperiorSubsidyRevenue, AmountKeys.AffiliateRemittanceRevenue, AmountKeys.OtherRevenue, AmountKeys.UnitFunds,
        AmountKeys.CarryoverIn, AmountKeys.DepartmentCarryover, AmountKeys.NonAppropriationBalanceUsed, AmountKeys.InstitutionFundUsed,
        AmountKeys.RevenueThisYear, AmountKeys.RevenueTotal, AmountKeys.ExpenditureThisYear, AmountKeys.ExpenditureTotal,
        "revenue", "officialOverseasTravel", "officialVehicles", "vehiclePurchase", "vehicleOperation", "officialReception",
    ];

    public static bool IsAmountColumn(Column c)
    {
        var k = c.Key;
        if (k.StartsWith("lastYear.", StringComparison.Ordinal)) k = k["lastYear.".Length..];
        // A 决算 table's 预算数 beside its 决算数 (三公 预算数/决算数 pairs) is money too: a table with only
        // 预算数 printed is not empty.
        if (k.StartsWith("budgeted.", StringComparison.Ordinal)) k = k["budgeted.".Length..];
        if (k.StartsWith(AmountKeys.CarryoverIn + ".", StringComparison.Ordinal)) return true;
        return MoneyKeys.Contains(k);
    }

    public static IReadOnlyList<int> AmountColumns(Table t) => Facts(t).AmountColumns;

    /// <summary>
    /// What every rule asks of a table, computed once per table: checks run many rules over the same tables
    /// (≤ 10 ms per document is the budget).
    /// </summary>
    private sealed class TableFacts
    {
        public IReadOnlyList<int> AmountColumns = [];
        public bool Empty;
        public Dictionary<TableRow, bool> UnitLike = new(ReferenceEqualityComparer.Instance);
        public List<TableRow>? Leaves;
        public HashSet<string> UnitCodes = [];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Table, TableFacts> FactsCache = new();

    private static TableFacts Facts(Table t) => FactsCache.GetValue(t, Build);

    private static TableFacts Build(Table t)
    {
        var f = new TableFacts();
        var cols = new List<int>();
        for (var i = 0; i < t.Columns.Count; i++) if (IsAmountColumn(t.Columns[i])) cols.Add(i);
        f.AmountColumns = cols;
        f.UnitCodes = t.Rows.Select(r => r.UnitCode).Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).ToHashSet();
        f.Empty = ComputeEmpty(t, cols);
        foreach (var r in t.Rows) f.UnitLike[r] = ComputeUnitLike(t, r, f.UnitCodes);
        return f;
    }

    /// <summary>No figure at all: an empty table with its note, or a grid of blanks.</summary>
    public static bool IsEmpty(Table t) => Facts(t).Empty;

    private static bool ComputeEmpty(Table t, List<int> money)
    {
        // A table of text (targets) is empty only when nothing at all is printed in it.
        if (money.Count == 0) return !t.Rows.Any(r => r.Cells.Any(c => c.Trim().Length > 0));
        return t.EmptyNote is not null && !t.Rows.Any(r => money.Any(i => r.Amount(i) is { } v && v != 0))
               || !t.Rows.Any(r => money.Any(i => r.Amount(i) is not null));
    }

    public static bool IsTwoSided(Table t) => t.HasColumn(ColumnKeys.RevenueItem) && t.HasColumn(ColumnKeys.ExpenditureItem);

    /// <summary>The row as a finance officer names it: code and name as printed.</summary>
    public static string RowLabel(TableRow r)
    {
        var name = r.Name;
        if (string.IsNullOrWhiteSpace(name)) name = r.Cells.FirstOrDefault(c => c.Length > 0 && !IsNumber(c));
        return string.Join(" ", new[] { r.Code ?? r.UnitCode, name }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>The unit codes rows of this table name (044, 044001 …).</summary>
    public static HashSet<string> UnitCodes(Table t) => Facts(t).UnitCodes;

    public static bool IsNumber(string s) => decimal.TryParse(s, System.Globalization.NumberStyles.Number,
        System.Globalization.CultureInfo.InvariantCulture, out _);

    public static TableRow? TotalRow(Table t) => t.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);

    public static decimal? TotalOf(Table t, string key) => TotalRow(t) is { } r ? t.Amount(r, key) : null;

    /// <summary>Rows that carry a functional or economic code of the given length (3, 5 or 7 digits).</summary>
    public static IEnumerable<TableRow> CodedRows(Table t) =>
        t.Rows.Where(r => r.Kind is RowKind.Class or RowKind.Section or RowKind.Item or RowKind.Detail
                          && r.Code is { Length: 3 or 5 or 7 } && r.Code.All(char.IsAsciiDigit) && !IsUnitLike(t, r));

    /// <summary>
    /// A unit row the layout did not mark as one: no code of its own, and a bare unit code (342, 044001) in a
    /// text column, or a name that is an organisation (…局, …中心) where codes are expected.
    /// </summary>
    public static bool IsUnitLike(Table t, TableRow r) =>
        Facts(t).UnitLike.TryGetValue(r, out var v) ? v : ComputeUnitLike(t, r, UnitCodes(t));

    private static bool ComputeUnitLike(Table t, TableRow r, HashSet<string> unitCodes)
    {
        if (r.Kind == RowKind.Unit) return true;
        if (r.Kind is RowKind.Total or RowKind.Subtotal or RowKind.Text) return false;
        if (r.UnitCode is { } u && r.Code == u) return true;
        // 342 above rows of unit 342001 is the department, not the functional 类 342.
        if (r.Code is { Length: 3 } c3 && unitCodes.Any(x => x.Length > 3 && x.StartsWith(c3, StringComparison.Ordinal))) return true;
        if (r.Code is not null && r.Code.Length > 3) return false;
        for (var i = 0; i < Math.Min(r.Cells.Count, t.Columns.Count); i++)
        {
            if (IsAmountColumn(t.Columns[i])) continue;
            var c = r.Cells[i];
            if (c.Length is 3 or 6 or 9 && c.All(char.IsAsciiDigit) && r.Cells.Any(x => x.EndsWith('局') || x.EndsWith("中心") || x.EndsWith("本级")))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The leaves of the code tree, without double counting: a coded row none of whose descendants is printed.
    /// When the table repeats the tree per unit, only the first unit block at the deepest unit level counts.
    /// </summary>
    public static List<TableRow> LeafRows(Table t) => Facts(t).Leaves ??= ComputeLeaves(t);

    private static List<TableRow> ComputeLeaves(Table t)
    {
        var coded = CodedRows(t).ToList();
        var closed = WithUncodedItems(t, coded);
        // Rows under a subtree counted at its root are not counted again.
        coded = coded.Where(r => !closed.Any(c => r.Code!.Length > c.Length && r.Code.StartsWith(c, StringComparison.Ordinal))).ToList();
        var codes = coded.Select(r => r.Code!).ToHashSet();
        var units = t.Rows.Where(r => r.Kind == RowKind.Unit && r.UnitCode is not null).Select(r => r.UnitCode!).ToList();
        int? deepest = units.Count == 0 ? null : units.Max(u => u.Length);
        return coded.Where(r => !codes.Any(c => c.Length > r.Code!.Length && c.StartsWith(r.Code, StringComparison.Ordinal)))
            .Where(r => deepest is null || r.UnitCode is null || r.UnitCode.Length == deepest)
            .ToList();
    }

    /// <summary>
    /// Codes of rows under which rows with figures but no code are printed among coded ones (杭州 prints names only
    /// and the reader codes only the names the catalogue holds: 司法 | 行政运行 2040601, 一般行政管理事务 — none, …):
    /// their coded descendants are not all that is printed under them, so the row's own figure is the leaf. A row
    /// without a code belongs to the nearest coded row above it that can have children (a 类 or 款; a 项 is the
    /// last level, so a row after it is its sibling), within the same unit's block.
    /// </summary>
    private static HashSet<string> WithUncodedItems(Table t, List<TableRow> coded)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var isCoded = new HashSet<TableRow>(coded, ReferenceEqualityComparer.Instance);
        string? owner = null;
        foreach (var r in t.Rows)
        {
            if (r.Kind is RowKind.Total or RowKind.Subtotal or RowKind.Unit) { owner = null; continue; }
            if (isCoded.Contains(r)) { if (r.Code!.Length < 7) owner = r.Code; continue; }
            if (owner is not null && r.Code is null && r.Kind is RowKind.Detail or RowKind.Item && HasFigure(t, r)) result.Add(owner);
        }
        // Only a row with coded descendants has a sum to lose; one without is a leaf already.
        var codes = coded.Select(r => r.Code!).ToList();
        result.RemoveWhere(o => !codes.Any(c => c.Length > o.Length && c.StartsWith(o, StringComparison.Ordinal)));
        return result;
    }

    private static bool HasFigure(Table t, TableRow r)
    {
        for (var c = 0; c < Math.Min(r.Cells.Count, t.Columns.Count); c++)
            if (IsAmountColumn(t.Columns[c]) && r.Amount(c) is not null) return true;
        return false;
    }

    /// <summary>Σ of a column over the leaf rows, grouped by the first n digits of the code.</summary>
    public static Dictionary<string, (decimal Sum, int Cells)> SumByPrefix(Table t, string key, int digits)
    {
        var result = new Dictionary<string, (decimal, int)>();
        var ci = t.ColumnIndex(key);
        if (ci < 0) return result;
        foreach (var r in LeafRows(t))
        {
            if (r.Code!.Length < digits) continue;
            var p = r.Code[..digits];
            var (s, n) = result.GetValueOrDefault(p);
            result[p] = (s + (r.Amount(ci) ?? 0m), n + 1);
        }
        return result;
    }

    /// <summary>Normalises a printed label for matching: no numbering (一、（一）1、), spaces or punctuation.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> NormCache = new();

    // Labels repeat across documents (本年收入合计, 十、卫生健康): normalise each once.
    public static string Norm(string? s) =>
        string.IsNullOrEmpty(s) ? "" : NormCache.Count < 100_000 ? NormCache.GetOrAdd(s, ComputeNorm) : ComputeNorm(s);

    private static string ComputeNorm(string s)
    {
        s = Numbering().Replace(s, "");
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var ch in s)
            if (!char.IsWhiteSpace(ch) && ch is not ('：' or ':' or '、' or '（' or '）' or '(' or ')' or '“' or '”' or '"' or '.' or '，' or ','))
                sb.Append(ch);
        return sb.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十\d]+\s*[、.．])\s*")]
    private static partial System.Text.RegularExpressions.Regex Numbering();
}
