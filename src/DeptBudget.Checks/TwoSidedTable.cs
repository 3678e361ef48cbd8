using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>
/// Tables 01 and 04 print revenue on the left and expenditure on the right of the same rows. This splits
/// them into two labelled lists so rules can find 本年收入合计, 收入总计, 本年支出合计 … by meaning.
/// </summary>
public sealed class TwoSidedTable
{
    public sealed record Item(TableRow Row, string Label, int Column, decimal? Amount);

    public Table Table { get; }
    public List<Item> Revenue { get; } = [];
    public List<Item> Expenditure { get; } = [];
    public int RevenueColumn { get; }
    public int ExpenditureColumn { get; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Table, TwoSidedTable> Cache = new();

    /// <summary>The split of a table, made once per table however many rules ask.</summary>
    public static TwoSidedTable Of(Table t) => Cache.GetValue(t, x => new TwoSidedTable(x));

    private TwoSidedTable(Table t)
    {
        Table = t;
        var ri = t.ColumnIndex(ColumnKeys.RevenueItem);
        var ei = t.ColumnIndex(ColumnKeys.ExpenditureItem);
        RevenueColumn = t.ColumnIndex("revenue");
        if (RevenueColumn < 0) RevenueColumn = FirstAmountAfter(t, ri, ei);
        ExpenditureColumn = FirstAmountAfter(t, ei, t.Columns.Count);
        foreach (var r in t.Rows)
        {
            // A label that is a number is a cell shifted by the layout, not an item.
            if (ri >= 0 && ri < r.Cells.Count && r.Cells[ri].Length > 0 && !Tables.IsNumber(r.Cells[ri]))
                Revenue.Add(new Item(r, r.Cells[ri], RevenueColumn, r.Amount(RevenueColumn)));
            if (ei >= 0 && ei < r.Cells.Count && r.Cells[ei].Length > 0 && !Tables.IsNumber(r.Cells[ei]))
                Expenditure.Add(new Item(r, r.Cells[ei], ExpenditureColumn, r.Amount(ExpenditureColumn)));
        }
    }

    private static int FirstAmountAfter(Table t, int from, int until)
    {
        for (var i = from + 1; i < Math.Min(until < 0 ? t.Columns.Count : until, t.Columns.Count); i++)
            if (Tables.IsAmountColumn(t.Columns[i])) return i;
        return -1;
    }

    public static bool IsRevenueThisYear(string label) => Has(label, "本年收入") && !Has(label, "总计");
    public static bool IsRevenueTotal(string label) => Has(label, "收入总计") || Has(label, "收入合计") && !Has(label, "本年") || IsBareTotal(label);
    public static bool IsExpenditureThisYear(string label) => Has(label, "本年支出") && !Has(label, "总计");
    public static bool IsExpenditureTotal(string label) => Has(label, "支出总计") || Has(label, "支出合计") && !Has(label, "本年") || IsBareTotal(label);

    // 决算 tables print a bare 总计 on both sides; the side it stands on says which total it is.
    private static bool IsBareTotal(string label) => Tables.Norm(label) == "总计";

    private static bool Has(string label, string word) => Tables.Norm(label).Contains(word, StringComparison.Ordinal);

    /// <summary>The first item whose label satisfies the test, or null.</summary>
    public static Item? Find(List<Item> items, Func<string, bool> test) => items.FirstOrDefault(i => test(i.Label));

    /// <summary>Rank of an item's numbering: 1 for 一、, 2 for （一）or 1、, 3 for 其中; 0 for unnumbered.</summary>
    public static int Rank(string label)
    {
        var s = label.TrimStart();
        if (s.StartsWith("其中", StringComparison.Ordinal)) return 3;
        if (s.Length > 1 && "一二三四五六七八九十".Contains(s[0]) && (s.Contains('、') && s.IndexOf('、') <= 3)) return 1;
        if (s.StartsWith('（') || s.StartsWith('(') || s.Length > 1 && char.IsAsciiDigit(s[0])) return 2;
        return 0;
    }

    /// <summary>Source key of a revenue label (AmountKeys), or null when the label names no source.</summary>
    public static string? SourceOf(string label)
    {
        var s = Tables.Norm(label);
        if (label.TrimStart().StartsWith("其中", StringComparison.Ordinal) && s.Contains("财政拨款")) return AmountKeys.OwnLevelAppropriation;
        if (s.Contains("一般公共预算")) return AmountKeys.GeneralPublicBudget;
        if (s.Contains("政府性基金")) return AmountKeys.GovernmentFundBudget;
        if (s.Contains("国有资本经营")) return AmountKeys.StateCapitalBudget;
        if (s.Contains("财政专户")) return AmountKeys.SpecialAccountFunds;
        if (s.Contains("事业单位经营")) return AmountKeys.InstitutionBusinessRevenue;
        if (s.Contains("事业收入")) return AmountKeys.InstitutionRevenue;
        if (s.Contains("上级补助")) return AmountKeys.SuperiorSubsidyRevenue;
        if (s.Contains("附属单位")) return AmountKeys.AffiliateRemittanceRevenue;
        if (s.Contains("其他收入")) return AmountKeys.OtherRevenue;
        // 决算: 年初（财政拨款）结转和结余 is the carry-over; 使用非财政拨款结余 is a use of balances, no source.
        if (s.Contains("非财政拨款结余")) return null;
        if (s.Contains("上年结转") || s.Contains("年初") && (s.Contains("结转") || s.Contains("结余"))) return AmountKeys.CarryoverIn;
        if (s.Contains("财政拨款")) return AmountKeys.FiscalAppropriation;
        return null;
    }
}
