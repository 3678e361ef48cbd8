using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>
/// Which printed rows are the parts of which: 合计 → units → sub-units → 类 → 款 → 项, and 小计 → the rows
/// under it. Built from the order of the rows and their codes, as a reader of the table would.
/// </summary>
public static class RowTree
{
    public sealed record Group(TableRow Parent, IReadOnlyList<TableRow> Children);

    public static List<Group> Groups(Table t)
    {
        var rows = t.Rows.Where(r => r.Kind != RowKind.Text).ToList();
        var groups = new List<Group>();
        var blocks = Blocks(t, rows);

        // 合计 = Σ top-level units, else Σ 小计, else Σ the shallowest coded rows, else Σ the items.
        var total = rows.FirstOrDefault(r => r.Kind == RowKind.Total);
        if (total is not null)
        {
            var units = rows.Where(r => IsUnit(t, r)).ToList();
            List<TableRow> parts;
            if (units.Count > 0)
            {
                var top = units.Min(u => UnitCode(t, u).Length);
                parts = units.Where(u => UnitCode(t, u).Length == top).ToList();
            }
            else parts = TopOf(t, rows.Where(r => r.Kind != RowKind.Total && !IsUnit(t, r)).ToList());
            if (parts.Count > 0) groups.Add(new Group(total, parts));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (IsUnit(t, r))
            {
                var uc = UnitCode(t, r);
                var subs = new List<TableRow>();
                for (var j = i + 1; j < rows.Count && !(IsUnit(t, rows[j]) && UnitCode(t, rows[j]).Length <= uc.Length) && rows[j].Kind != RowKind.Total; j++)
                    if (IsUnit(t, rows[j]) && UnitCode(t, rows[j]) is { Length: > 0 } sc && sc.StartsWith(uc, StringComparison.Ordinal)
                        && !subs.Any(s => sc.StartsWith(UnitCode(t, s), StringComparison.Ordinal)))
                        subs.Add(rows[j]);
                var parts = subs.Count > 0 ? subs : TopOf(t, blocks.GetValueOrDefault(r) ?? []);
                if (parts.Count > 0) groups.Add(new Group(r, parts));
            }
            else if (IsSubtotal(r))
            {
                var parts = new List<TableRow>();
                for (var j = i + 1; j < rows.Count && !IsSubtotal(rows[j]) && rows[j].Kind is not (RowKind.Total or RowKind.Unit); j++)
                    parts.Add(rows[j]);
                if (parts.Count > 0) groups.Add(new Group(r, parts));
            }
        }

        // 类 = Σ its 款 (or 项 when no 款 is printed), 款 = Σ its 项, within each unit block.
        var inBlocks = new HashSet<TableRow>(blocks.Values.SelectMany(b => b), ReferenceEqualityComparer.Instance);
        foreach (var block in blocks.Values.Append(rows.Where(r => !inBlocks.Contains(r)).ToList()))
        {
            var coded = block.Where(r => IsCoded(t, r)).ToList();
            foreach (var p in coded.Where(r => r.Code!.Length < 7))
            {
                var desc = coded.Where(c => c.Code!.Length > p.Code!.Length && c.Code.StartsWith(p.Code, StringComparison.Ordinal)).ToList();
                if (desc.Count == 0) continue;
                var len = desc.Min(d => d.Code!.Length);
                groups.Add(new Group(p, desc.Where(d => d.Code!.Length == len).ToList()));
            }
        }
        return groups;
    }

    private static bool IsCoded(Table t, TableRow r) =>
        r.Kind is RowKind.Class or RowKind.Section or RowKind.Item or RowKind.Detail
        && r.Code is { Length: 3 or 5 or 7 } && r.Code.All(char.IsAsciiDigit) && !Tables.IsUnitLike(t, r);

    /// <summary>The rows that directly make up a block: its 小计 rows, else its shallowest codes, else its items.</summary>
    private static List<TableRow> TopOf(Table t, List<TableRow> block)
    {
        var subtotals = block.Where(IsSubtotal).ToList();
        if (subtotals.Count > 0)
        {
            // Rows printed before the first 小计 with no 小计 of their own still count.
            return subtotals.Concat(block.TakeWhile(r => !IsSubtotal(r)).Where(r => r.Kind is RowKind.Item or RowKind.Detail or RowKind.Class)).ToList();
        }
        var coded = block.Where(r => IsCoded(t, r)).ToList();
        if (coded.Count > 0)
        {
            var min = coded.Min(c => c.Code!.Length);
            var top = coded.Where(c => c.Code!.Length == min).ToList();
            // Codes deeper than the shallowest whose ancestor is not printed are parts too.
            top.AddRange(coded.Where(c => c.Code!.Length > min && !coded.Any(a => a.Code!.Length < c.Code!.Length && c.Code.StartsWith(a.Code, StringComparison.Ordinal))));
            return top.Concat(block.Where(r => !IsCoded(t, r) && r.Kind is RowKind.Item or RowKind.Detail && !r.Cells.All(string.IsNullOrWhiteSpace) && !Tables.IsUnitLike(t, r))).ToList();
        }
        return block.Where(r => r.Kind is RowKind.Item or RowKind.Detail or RowKind.Class or RowKind.Section && !Tables.IsUnitLike(t, r)).ToList();
    }

    /// <summary>Rows after each unit row up to the next unit row (of any level) or 合计.</summary>
    /// <summary>A 小计 row, also when the layout printed “小计” in a cell other than the name (seed 002, 50199).</summary>
    public static bool IsSubtotal(TableRow r) => r.Kind == RowKind.Subtotal || r.Kind != RowKind.Total && r.Cells.Any(c => c.Trim() == "小计");

    private static bool IsUnit(Table t, TableRow r) => Tables.IsUnitLike(t, r) && UnitCode(t, r).Length > 0;

    /// <summary>The unit code of a unit row: UnitCode, or the bare digits printed in a text column.</summary>
    private static string UnitCode(Table t, TableRow r)
    {
        if (r.UnitCode is { Length: > 0 } u && r.Kind == RowKind.Unit) return u;
        for (var i = 0; i < Math.Min(r.Cells.Count, t.Columns.Count); i++)
            if (!Tables.IsAmountColumn(t.Columns[i]) && r.Cells[i].Length is 3 or 6 or 9 && r.Cells[i].All(char.IsAsciiDigit)) return r.Cells[i];
        return r.UnitCode ?? "";
    }

    private static Dictionary<TableRow, List<TableRow>> Blocks(Table t, List<TableRow> rows)
    {
        var result = new Dictionary<TableRow, List<TableRow>>(ReferenceEqualityComparer.Instance);
        List<TableRow>? current = null;
        foreach (var r in rows)
        {
            if (IsUnit(t, r)) { current = []; result[r] = current; }
            else if (r.Kind == RowKind.Total) current = null;
            else current?.Add(r);
        }
        return result;
    }
}
