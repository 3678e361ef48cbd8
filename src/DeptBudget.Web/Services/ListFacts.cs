using System.Collections.Concurrent;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;

namespace DeptBudget.Web.Services;

/// <summary>A budget's 收入总计 and 支出总计 as its 收支总体情况表 states them, in the unit that table prints.</summary>
public sealed record ListTotals(decimal? Revenue, decimal? Expenditure, string Unit)
{
    public static readonly ListTotals None = new(null, null, "万元");
}

/// <summary>
/// What the budgets list shows beyond the stored columns: the totals each budget states, and where a searched word
/// occurs in its text. Totals are read from the stored JSON once per budget revision and kept (a few numbers each).
/// </summary>
public sealed class ListFacts
{
    private readonly ConcurrentDictionary<(int Id, int Revision), ListTotals> _totals = new();
    private const int MaxKept = 20_000;

    public async Task<ListTotals> TotalsAsync(BudgetStore store, Access access, BudgetSummary b, CancellationToken ct)
    {
        if (_totals.TryGetValue((b.Id, b.Revision), out var t)) return t;
        if (await store.GetAsync(b.Id, access, ct) is not { } r) return ListTotals.None;
        t = Totals(BudgetJson.Deserialize(r.Json));
        if (_totals.Count >= MaxKept) _totals.Clear();
        _totals[(b.Id, r.Revision)] = t;
        return t;
    }

    /// <summary>
    /// The amount printed right of the words 收入总计 and 支出总计 in 收支总体情况表 (the layouts print them as row labels
    /// of its two sides); nothing is added up: a budget that states no total shows none.
    /// </summary>
    public static ListTotals Totals(Disclosure d)
    {
        var t = d.Table(TableIds.RevenueExpenditureSummary);
        if (t is null) return ListTotals.None;
        decimal? revenue = null, expenditure = null;
        foreach (var row in t.Rows)
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var label = string.Concat(row.Cells[c].Where(ch => !char.IsWhiteSpace(ch)));
                if (label is not ("收入总计" or "收入合计" or "支出总计" or "支出合计")) continue;
                decimal? amount = null;
                for (var k = c + 1; k < row.Cells.Count && k < t.Columns.Count && amount is null; k++)
                    if (DeptBudget.Rendering.Writers.Display.Number(t.Columns[k], row.Cells[k]) is { } v) amount = v;
                    else if (row.Cells[k].Trim().Length > 0) break;   // the next text is the other side's label
                // 总计 (with carry-overs) wins over 合计 (this year's) where a table prints both.
                if (label.StartsWith('收') && (revenue is null || label == "收入总计")) revenue = amount ?? revenue;
                if (label.StartsWith('支') && (expenditure is null || label == "支出总计")) expenditure = amount ?? expenditure;
            }
        var unit = t.AmountUnit ?? DeptBudget.Model.Layouts.LayoutTables.AmountUnitOf(d.Meta.Layout, t.Id);
        return new ListTotals(revenue, expenditure, unit);
    }

    /// <summary>A short passage around the first place a word occurs in the budget's narrative or table texts, or null.</summary>
    public static (string Before, string Hit, string After, string Where)? Passage(Disclosure d, string word)
    {
        foreach (var s in d.Narrative.Sections)
            foreach (var p in s.Paragraphs)
                if (Cut(p, word) is { } cut) return (cut.Before, cut.Hit, cut.After, s.Title);
        foreach (var t in d.Tables)
            foreach (var row in t.Rows)
                foreach (var cell in row.Cells)
                    if (Cut(cell, word) is { } cut) return (cut.Before, cut.Hit, cut.After, t.Title);
        return null;
    }

    private static (string Before, string Hit, string After)? Cut(string text, string word)
    {
        var i = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        if (i < 0) return null;
        var from = Math.Max(0, i - 30);
        var to = Math.Min(text.Length, i + word.Length + 40);
        return ((from > 0 ? "…" : "") + text[from..i], text.Substring(i, word.Length), text[(i + word.Length)..to] + (to < text.Length ? "…" : ""));
    }
}
