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
        var blocks = Blocks(rows);

        // 合计 = Σ top-level units, else Σ 小计, else Σ the shallowest coded rows, else Σ the items.
        var total = rows.FirstOrDefault(r => r.Kind == RowKind.Total);
        if (total is not null)
        {
            var units = rows.Where(r => r.Kind == RowKind.Unit && r.UnitCode is not null).ToList();
            List<TableRow> parts;
            if (units.Count > 0)
            {
                var top = units.Min(u => u.UnitCode!.Length);
                parts = units.Where(u => u.UnitCode!.Length == top).ToList();
            }
            else parts = TopOf(rows.Where(r => r.Kind != RowKind.Total).ToList());
            if (parts.Count > 0) groups.Add(new Group(total, parts));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (r.Kind == RowKind.Unit && r.UnitCode is { } uc)
            {
                var subs = new List<TableRow>();
                for (var j = i + 1; j < rows.Count && !(rows[j].Kind == RowKind.Unit && rows[j].UnitCode is { } c && c.Length <= uc.Length) && rows[j].Kind != RowKind.Total; j++)
                    if (rows[j].Kind == RowKind.Unit && rows[j].UnitCode is { } sc && sc.StartsWith(uc, StringComparison.Ordinal)
                        && !subs.Any(s => sc.StartsWith(s.UnitCode!, StringComparison.Ordinal)))
                        subs.Add(rows[j]);
                var parts = subs.Count > 0 ? subs : TopOf(blocks.GetValueOrDefault(r) ?? []);
                if (parts.Count > 0) groups.Add(new Group(r, parts));
            }
            else if (r.Kind == RowKind.Subtotal)
            {
                var parts = new List<TableRow>();
                for (var j = i + 1; j < rows.Count && rows[j].Kind is not (RowKind.Subtotal or RowKind.Total or RowKind.Unit); j++)
                    parts.Add(rows[j]);
                if (parts.Count > 0) groups.Add(new Group(r, parts));
            }
        }

        // 类 = Σ its 款 (or 项 when no 款 is printed), 款 = Σ its 项, within each unit block.
        foreach (var block in blocks.Values.Append(rows.Where(r => !blocks.Values.Any(b => b.Contains(r))).ToList()))
        {
            var coded = block.Where(IsCoded).ToList();
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

    private static bool IsCoded(TableRow r) =>
        r.Kind is RowKind.Class or RowKind.Section or RowKind.Item or RowKind.Detail
        && r.Code is { Length: 3 or 5 or 7 } && r.Code.All(char.IsAsciiDigit);

    /// <summary>The rows that directly make up a block: its 小计 rows, else its shallowest codes, else its items.</summary>
    private static List<TableRow> TopOf(List<TableRow> block)
    {
        var subtotals = block.Where(r => r.Kind == RowKind.Subtotal).ToList();
        if (subtotals.Count > 0)
        {
            // Rows printed before the first 小计 with no 小计 of their own still count.
            return subtotals.Concat(block.TakeWhile(r => r.Kind != RowKind.Subtotal).Where(r => r.Kind is RowKind.Item or RowKind.Detail or RowKind.Class)).ToList();
        }
        var coded = block.Where(IsCoded).ToList();
        if (coded.Count > 0)
        {
            var min = coded.Min(c => c.Code!.Length);
            var top = coded.Where(c => c.Code!.Length == min).ToList();
            // Codes deeper than the shallowest whose ancestor is not printed are parts too.
            top.AddRange(coded.Where(c => c.Code!.Length > min && !coded.Any(a => a.Code!.Length < c.Code!.Length && c.Code.StartsWith(a.Code, StringComparison.Ordinal))));
            return top.Concat(block.Where(r => !IsCoded(r) && r.Kind is RowKind.Item or RowKind.Detail)).ToList();
        }
        return block.Where(r => r.Kind is RowKind.Item or RowKind.Detail or RowKind.Class or RowKind.Section).ToList();
    }

    /// <summary>Rows after each unit row up to the next unit row (of any level) or 合计.</summary>
    private static Dictionary<TableRow, List<TableRow>> Blocks(List<TableRow> rows)
    {
        var result = new Dictionary<TableRow, List<TableRow>>(ReferenceEqualityComparer.Instance);
        List<TableRow>? current = null;
        foreach (var r in rows)
        {
            if (r.Kind == RowKind.Unit) { current = []; result[r] = current; }
            else if (r.Kind == RowKind.Total) current = null;
            else current?.Add(r);
        }
        return result;
    }
}
