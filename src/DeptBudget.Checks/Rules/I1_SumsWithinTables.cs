using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>I1: every 合计/小计 row is the sum of its rows, every 合计/小计 column the sum of its part columns.</summary>
public sealed class I1_SumsWithinTables : Rule
{
    public override string Id => "I1";
    public override string TitleZh => "表内合计等于各分项之和";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Tables.Count == 0) { yield return CannotRun("文档中没有读到任何表格"); yield break; }
        foreach (var t in context.Disclosure.Tables)
        {
            if (Tables.IsEmpty(t)) continue;
            if (Misaligned(t) is { } header)
            {
                // Names or codes under an amount header: the grid was not split into its printed columns, so
                // its sums say nothing about the document (seed 004 table 06).
                yield return CannotRun($"“{t.Title}”的列未能与表头对齐（“{header}”列中多为文字），不核对表内合计", t.Id);
                continue;
            }
            var found = Tables.IsTwoSided(t) ? TwoSided(t) : Rows(t).Concat(Columns(t));
            foreach (var f in found) yield return f;
        }
    }

    /// <summary>The header of an amount column most of whose filled cells are not amounts, or null.</summary>
    internal static string? Misaligned(Table t)
    {
        var rows = t.Rows.Where(r => r.Kind != RowKind.Text).ToList();
        if (rows.Count < 3) return null;
        foreach (var ci in Tables.AmountColumns(t))
        {
            // Most rows, not most filled cells: a few shifted rows (001 table 12) leave the grid usable.
            var text = rows.Count(r => ci < r.Cells.Count && r.Cells[ci].Trim() is { Length: > 0 } c
                                       && c is not ("-" or "—" or "－" or "小计") && !Tables.IsNumber(c));
            if (text * 2 > rows.Count) return t.Columns[ci].Header;
        }
        return null;
    }

    private IEnumerable<Finding> Rows(Table t)
    {
        var amountCols = Tables.AmountColumns(t).ToList();
        var groups = RowTree.Groups(t);
        var byParent = new Dictionary<TableRow, RowTree.Group>(ReferenceEqualityComparer.Instance);
        foreach (var g in groups) byParent.TryAdd(g.Parent, g);
        var levelsSaid = false;
        var omitSaid = false;
        foreach (var g in groups)
            foreach (var ci in amountCols)
            {
                var p = g.Parent.Amount(ci);
                var values = g.Children.Select(c => c.Amount(ci)).ToList();
                if (p is null && values.All(v => v is null or 0m)) continue;
                var sum = values.Sum(v => v ?? 0m);
                var slack = Printed.Slack(g.Children.Prepend(g.Parent), ci);
                if (!Differs(t, sum, p ?? 0m, g.Children.Count, slack)) continue;
                // One misprinted subtotal is one error at its own row: when the parent agrees with the sums of
                // the subtotals' own items (seed 003: 210 agrees with 21015's items, 21015 is printed 11 more;
                // seed 002 06: 50199's 人员经费 cell holds "小计"), the parent is right and is not reported.
                var fromItems = g.Children.Sum(c => Effective(t, byParent, c, ci, 0) ?? 0m);
                if (!Differs(t, fromItems, p ?? 0m, g.Children.Count, slack)) continue;
                // The table says that some items are left out of it (保密: 部分具体项目信息公开时予以剔除): its rows add up
                // to less than its total by design, once said for the table.
                if (p is { } printedTotal && sum < printedTotal && Tables.OmitsItems(t) is { } note)
                {
                    if (!omitSaid)
                        yield return CannotRun($"“{t.Title}”注明部分项目未列出（{note}），其合计大于所列各行之和，不核对该表的行合计", t.Id);
                    omitSaid = true;
                    continue;
                }
                // Children that add up to two or three times their total are rows of several levels (类, 款 and 项)
                // read as one list: the reader could not tell the levels apart, the document is not wrong.
                // Coded rows that alone make the total, beside rows without a code: the uncoded ones are items under
                // a coded row whose level the reader could not place (names printed without codes, levels by indent,
                // a name the catalogue does not hold) — counted once more in the sum, not a fault of the document.
                // Rows without a code printed among the coded children, yet not counted as children: the reader
                // gave codes only to the names the catalogue holds (杭州 prints names only), so the list it sums is
                // not the list printed under the total.
                if (UncodedAmong(t, g) is { } left)
                {
                    if (!levelsSaid)
                        yield return CannotRun($"“{t.Title}”“{Tables.RowLabel(g.Parent)}”其下有 {left} 行没有科目编码，层级未能读出，不核对这些行", t.Id);
                    levelsSaid = true;
                    continue;
                }
                if (CodedAlone(t, g.Children, ci, p) is { } coded)
                {
                    if (!levelsSaid)
                        yield return CannotRun($"“{t.Title}”有 {g.Children.Count - coded} 行没有科目编码，层级未能读出（有编码的行之和等于“{Tables.RowLabel(g.Parent)}”），不核对这些行", t.Id);
                    levelsSaid = true;
                    continue;
                }
                if (p is { } whole && whole != 0m && SeveralLevels(t, sum, whole, g.Children.Count) && NestedCodes(g.Children))
                {
                    if (!levelsSaid)
                        yield return CannotRun($"“{t.Title}”的行层级未能读出（“{Tables.RowLabel(g.Parent)}”其下各行之和 {CheckContext.Amount(sum)} 是合计 {CheckContext.Amount(whole)} 的 {Math.Round(sum / whole)} 倍：类、款、项各算了一次），不核对该表的行合计", t.Id);
                    levelsSaid = true;
                    continue;
                }
                var parts = string.Join(" + ", values.Select(v => CheckContext.Amount(v ?? 0m)));
                yield return Make(CheckContext.AtColumn(t, g.Parent, ci), CheckContext.Amount(sum), p is null ? "（空）" : CheckContext.Amount(p.Value),
                    $"“{Tables.RowLabel(g.Parent)}”的“{t.Columns[ci].Header}”应等于其下 {g.Children.Count} 行之和：{Shorten(parts)} = {CheckContext.Amount(sum)}，表中为 {(p is null ? "空" : CheckContext.Amount(p.Value))}，{Diff(t, sum, p ?? 0m)}");
            }
    }

    /// <summary>
    /// Some child's code is the start of another's (201 beside 20101), or no child has a code: rows of several levels. A row printed twice
    /// (30201 办公费 twice under 合计) doubles a sum too, and is the document's defect.
    /// </summary>
    private static bool NestedCodes(IReadOnlyList<TableRow> children)
    {
        // No codes at all (杭州 prints names only, its levels by indentation): nothing tells a doubled row from
        // levels read as one list, and a whole table of doubled rows is a misreading.
        if (children.All(c => c.Code is null)) return true;
        var codes = children.Select(c => c.Code).OfType<string>().Distinct().ToList();
        return codes.Any(a => codes.Any(b => b.Length > a.Length && b.StartsWith(a, StringComparison.Ordinal)));
    }

    /// <summary>How many rows without a code are printed between a group's first and last child without being among them.</summary>
    private static int? UncodedAmong(Table t, RowTree.Group g)
    {
        if (g.Children.Count == 0) return null;
        var children = new HashSet<TableRow>(g.Children, ReferenceEqualityComparer.Instance);
        var at = t.Rows.Select((r, i) => (r, i)).Where(x => children.Contains(x.r)).Select(x => x.i).ToList();
        if (at.Count == 0) return null;
        var left = t.Rows.Skip(at.Min()).Take(at.Max() - at.Min() + 1)
            .Count(r => !children.Contains(r) && r.Code is null && r.Kind is RowKind.Detail or RowKind.Item);
        return left > 0 ? left : null;
    }

    /// <summary>How many children have a code, when some have none and the coded ones alone add up to the parent.</summary>
    private static int? CodedAlone(Table t, IReadOnlyList<TableRow> children, int ci, decimal? parent)
    {
        var coded = children.Where(c => c.Code is not null).ToList();
        if (coded.Count == 0 || coded.Count == children.Count || parent is not { } whole) return null;
        var sum = coded.Sum(c => c.Amount(ci) ?? 0m);
        return Differs(t, sum, whole, coded.Count) ? null : coded.Count;
    }

    /// <summary>The sum is 2 or 3 times the total, to the rounding of the cells summed.</summary>
    private static bool SeveralLevels(Table t, decimal sum, decimal whole, int cells)
    {
        foreach (var k in new[] { 2m, 3m })
            if (!Differs(t, sum, whole * k, cells * (int)k)) return true;
        return false;
    }

    /// <summary>A row's amount as its items make it when it is a subtotal that disagrees with them (or is blank).</summary>
    private static decimal? Effective(Table t, Dictionary<TableRow, RowTree.Group> byParent, TableRow row, int ci, int depth)
    {
        var printed = row.Amount(ci);
        if (depth > 8 || !byParent.TryGetValue(row, out var g)) return printed;
        var items = g.Children.Select(c => Effective(t, byParent, c, ci, depth + 1)).ToList();
        if (items.All(v => v is null)) return printed;
        var sum = items.Sum(v => v ?? 0m);
        return printed is null || Differs(t, sum, printed.Value, g.Children.Count) ? sum : printed;
    }

    private IEnumerable<Finding> Columns(Table t)
    {
        foreach (var rel in ColumnRelations.For(t))
        {
            // 03 合计 = 基本 + 项目 row by row is I4's statement; reported there once.
            if (t.Id == TableIds.ExpenditureSummary && rel.Whole == AmountKeys.Total) continue;
            var wi = t.ColumnIndex(rel.Whole);
            var pis = rel.Parts.Select(t.ColumnIndex).ToList();
            foreach (var r in t.Rows)
            {
                if (r.Kind == RowKind.Text) continue;
                var w = r.Amount(wi);
                var values = pis.Select(r.Amount).ToList();
                if (w is null && values.All(v => v is null or 0m)) continue;
                var sum = values.Sum(v => v ?? 0m);
                if (!Differs(t, sum, w ?? 0m, pis.Count)) continue;
                var expr = string.Join(" + ", pis.Select((pi, k) => $"{t.Columns[pi].Header} {CheckContext.Amount(values[k] ?? 0m)}"));
                yield return Make(CheckContext.AtColumn(t, r, wi), CheckContext.Amount(sum), w is null ? "（空）" : CheckContext.Amount(w.Value),
                    $"“{Tables.RowLabel(r)}”：“{t.Columns[wi].Header}”应等于 {expr} = {CheckContext.Amount(sum)}，表中为 {(w is null ? "空" : CheckContext.Amount(w.Value))}，{Diff(t, sum, w ?? 0m)}");
            }
        }
    }

    private IEnumerable<Finding> TwoSided(Table t)
    {
        var two = TwoSidedTable.Of(t);
        var expCols = Tables.AmountColumns(t).Where(i => i > t.ColumnIndex(ColumnKeys.ExpenditureItem)).ToList();
        foreach (var f in Side(t, two.Revenue, [two.RevenueColumn], "收入")) yield return f;
        foreach (var f in Side(t, two.Expenditure, expCols, "支出")) yield return f;
    }

    private IEnumerable<Finding> Side(Table t, List<TwoSidedTable.Item> items, List<int> cols, string side)
    {
        var totalAt = items.FindIndex(i => IsSideTotal(i.Label, side));
        var body = totalAt < 0 ? items : items.Take(totalAt).ToList();
        var tops = body.Select((it, k) => (it, k)).Where(x => TwoSidedTable.Rank(x.it.Label) == 1).ToList();
        if (tops.Count == 0) yield break;
        foreach (var ci in cols.Where(c => c >= 0))
        {
            for (var n = 0; n < tops.Count; n++)
            {
                var end = n + 1 < tops.Count ? tops[n + 1].k : body.Count;
                var under = body.Skip(tops[n].k + 1).Take(end - tops[n].k - 1).ToList();
                var kids = under.Where(u => TwoSidedTable.Rank(u.Label) == 2).ToList();
                if (kids.Count == 0) kids = under.Where(u => TwoSidedTable.Rank(u.Label) == 0).ToList();
                if (kids.Count == 0) continue;
                var f = Compare(t, tops[n].it, kids, ci);
                if (f is not null) yield return f;
            }
            if (totalAt >= 0)
            {
                var f = Compare(t, items[totalAt], tops.Select(x => x.it).ToList(), ci);
                if (f is not null) yield return f;
            }
        }
    }

    private static bool IsSideTotal(string label, string side)
    {
        var s = Tables.Norm(label);
        // 本年收入合计 when printed; else 收入总计 (Shanghai prints no 本年 line), never a part of the last item.
        return s.Contains("本年" + side) && (s.Contains("合计") || s.Contains("小计"))
               || s.StartsWith(side + "合计", StringComparison.Ordinal) || s.StartsWith(side + "总计", StringComparison.Ordinal);
    }

    private Finding? Compare(Table t, TwoSidedTable.Item parent, List<TwoSidedTable.Item> kids, int ci)
    {
        var p = parent.Row.Amount(ci);
        var values = kids.Select(k => k.Row.Amount(ci)).ToList();
        if (p is null && values.All(v => v is null or 0m)) return null;
        var sum = values.Sum(v => v ?? 0m);
        if (!Differs(t, sum, p ?? 0m, kids.Count)) return null;
        var named = string.Join(" + ", kids.Where((k, i) => values[i] is not null).Select(k => $"{k.Label.Trim()} {CheckContext.Amount(k.Row.Amount(ci)!.Value)}"));
        return Make(CheckContext.AtLabel(t, parent.Row, parent.Label, ci), CheckContext.Amount(sum), p is null ? "（空）" : CheckContext.Amount(p.Value),
            $"“{parent.Label.Trim()}”应等于其下各项之和：{Shorten(named)} = {CheckContext.Amount(sum)}，表中为 {(p is null ? "空" : CheckContext.Amount(p.Value))}，{Diff(t, sum, p ?? 0m)}");
    }

    // Sums within one table are in its printed unit: whole 元 (上海 万里) are rounded to 1 元, so the DOMAIN.md
    // tolerance (half the last printed digit per cell) is 100 times the cent's; and the difference is in 元.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Table, object> Scales = new();

    private static decimal Scale(Table t) => (decimal)Scales.GetValue(t, x => x.AmountUnit is "元" or "千元" && Tables.AmountColumns(x)
        .All(ci => x.Rows.All(r => r.Amount(ci) is null || !r.Cells[ci].Contains('.'))) ? 100m : 1m);

    private static bool Differs(Table t, decimal expected, decimal actual, int cells, decimal slack = 0m) =>
        Math.Abs(expected - actual) > Money.SumTolerance(Math.Max(cells, 1)) * Scale(t) + slack;

    private static string Diff(Table t, decimal expected, decimal actual) =>
        t.AmountUnit is "元" or "千元" ? CheckContext.Diff(expected, actual).Replace("万元", t.AmountUnit) : CheckContext.Diff(expected, actual);

    private static string Shorten(string s) => s.Length <= 300 ? s : s[..300] + " …";
}
