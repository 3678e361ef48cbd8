using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Layouts;

/// <summary>
/// Column meanings a layout states for a table whose printed header cannot be read word by word:
/// 上海 heads several tables with words stacked over two or three lines and wrapped inside narrow
/// cells (因公出国(境)费 beside 公务用车 小计/购置费/运行费, 预算数/决算数 under each), so the header
/// paths come out mixed. The layout file lists the template's columns in printed order; they replace
/// the keys read from the header when the table has exactly those columns and its header holds
/// every word the layout names, so a different template is never keyed by mistake.
/// </summary>
public static class LayoutColumns
{
    public static IReadOnlyList<Table> Apply(string layoutId, IReadOnlyList<Table> tables)
    {
        var layout = LayoutTables.For(layoutId);
        if (layout is null) return tables;
        return tables.Select(t =>
        {
            var sets = layout.Tables.FirstOrDefault(e => e.Id == t.Id)?.ColumnSets ?? [];
            return sets.Select(s => Apply(t, s)).FirstOrDefault(k => k is not null) ?? t;
        }).ToList();
    }

    /// <summary>The table keyed by the layout, or null when it does not have the layout's columns.</summary>
    public static Table? Apply(Table table, IReadOnlyList<LayoutTables.LayoutColumn> expected)
    {
        var header = TextNormalizer.Key(string.Concat(table.Columns.Select(c => c.Header)));
        if (expected.Any(c => c.Word is not null && !header.Contains(TextNormalizer.Key(c.Word)))) return null;
        var t = table.Columns.Count > expected.Count ? DropPositionArtefacts(table) : table;
        if (t.Columns.Count != expected.Count) return null;
        var columns = t.Columns.Select((c, i) => c with { Key = expected[i].Key }).ToList();
        return t with { Columns = columns };
    }

    /// <summary>
    /// A column with no header is an artefact of placing words by position (a figure printed right
    /// aligned past its header's edge, 万里 prints 0 so): it joins the column on its left when no row
    /// fills both. An entirely empty headerless column is dropped.
    /// </summary>
    private static Table DropPositionArtefacts(Table table)
    {
        var columns = table.Columns.ToList();
        var cells = table.Rows.Select(r => r.Cells.ToList()).ToList();
        for (var c = columns.Count - 1; c >= 1; c--)
        {
            if (columns[c].Header.Length > 0) continue;
            var target = c - 1;
            if (cells.Any(r => At(r, c).Length > 0 && At(r, target).Length > 0)) continue;
            foreach (var r in cells)
            {
                if (c >= r.Count) continue;
                if (At(r, target).Length == 0 && target < r.Count) r[target] = r[c];
                r.RemoveAt(c);
            }
            columns.RemoveAt(c);
        }
        var rows = table.Rows.Select((r, i) => r with { Cells = cells[i] }).ToList();
        return table with { Columns = columns, Rows = rows };
    }

    private static string At(List<string> row, int i) => i < row.Count ? row[i] : "";
}
