using DeptBudget.Model;
using DeptBudget.Web.Services;

namespace DeptBudget.Web.Pages;

/// <summary>One table on a page, with the findings that point into it (to mark the cells).</summary>
/// <param name="Layout">The disclosure's layout id, for the 单位 caption (上海 tables print 元, the rest 万元).</param>
public sealed record TableView(Table Table, int Index, IReadOnlyList<FindingView> Findings, bool Editable, string? Layout = null)
{
    public string Anchor => "t" + Index;

    /// <summary>When the table is shown beside another version of it: the cells and rows to mark.</summary>
    public TableChanges? Changes { get; init; }

    /// <summary>What the other version printed in a changed cell (shown under the value), or null.</summary>
    public string? Before(int row, int column) =>
        Changes?.Before.TryGetValue((row, column), out var b) == true ? (Number(column, b) is { } n ? Money.Format(n) : b.Length == 0 ? "空" : b) : null;

    public string ChangeMark(int row) => Changes?.NewRows.Contains(row) == true ? "added" : "";

    /// <summary>A row as a person names it (its code and name), for the label of an input in it: “201 一般公共服务支出”.</summary>
    public string RowLabel(int row)
    {
        var r = Table.Rows[row];
        var parts = new List<string>();
        for (var c = 0; c < Table.Columns.Count && c < r.Cells.Count; c++)
            if (!IsEditable(Table, c) && r.Cells[c].Trim().Length > 0) parts.Add(r.Cells[c].Trim());
        return parts.Count > 0 ? string.Join(" ", parts) : $"第 {row + 1} 行";
    }

    /// <summary>An id for the hidden text of a cell's findings (read with the cell, and shown when it has focus).</summary>
    public string NoteId(int row, int column) => $"{Anchor}-r{row}-c{column}-note";

    public string Unit => Table.AmountUnit ?? DeptBudget.Model.Layouts.LayoutTables.AmountUnitOf(Layout, Table.Id);

    /// <summary>A cell's amount where its column holds amounts: codes (201 29 06) and years stay as printed.</summary>
    public decimal? Number(int column, string text) =>
        DeptBudget.Rendering.Writers.Display.Number(Table.Columns[column], text);

    private IEnumerable<FindingView> At(int row, int? column) => Findings.Where(f =>
        f.Location.Table == Table.Id && f.Location.RowIndex == row && f.Location.ColumnIndex == column);

    public string CellMark(int row, int column) => Mark(At(row, column));

    public string RowMark(int row) => Mark(At(row, null));

    public string? CellTitle(int row, int column)
    {
        var messages = At(row, column).Select(f => f.Message).ToList();
        return messages.Count == 0 ? null : string.Join("\n", messages);
    }

    private static string Mark(IEnumerable<FindingView> fs)
    {
        var list = fs.ToList();
        return list.Any(f => f.IsError) ? "err" : list.Any(f => f.IsWarning) ? "warn" : "";
    }

    public static string RowClass(RowKind kind) => kind switch
    {
        RowKind.Total => "total",
        RowKind.Subtotal => "subtotal",
        RowKind.Class or RowKind.Unit => "class",
        _ => "",
    };

    /// <summary>Columns of names and items, kept readable (not one character a line) beside narrow code columns.</summary>
    public static bool IsNameColumn(string key) =>
        key is ColumnKeys.Name or ColumnKeys.UnitName or ColumnKeys.GovName or ColumnKeys.RevenueItem or ColumnKeys.ExpenditureItem;

    /// <summary>Amount columns and the text columns of targets are edited; codes and names stay as read.</summary>
    public static bool IsEditable(Table t, int column)
    {
        var key = t.Columns[column].Key;
        return !key.StartsWith("code", StringComparison.Ordinal) && !key.StartsWith("govCode", StringComparison.Ordinal)
            && key is not (ColumnKeys.Name or ColumnKeys.UnitCode or ColumnKeys.GovName or ColumnKeys.UnitName
                or ColumnKeys.RevenueItem or ColumnKeys.ExpenditureItem or ColumnKeys.Level1 or ColumnKeys.Level2);
    }

    /// <summary>The first table on the page with this id (where a finding's link goes).</summary>
    public static int? IndexOf(Disclosure d, string? tableId)
    {
        if (tableId is null) return null;
        for (var i = 0; i < d.Tables.Count; i++) if (d.Tables[i].Id == tableId) return i;
        return null;
    }
}
