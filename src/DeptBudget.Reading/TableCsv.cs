using System.Text;
using DeptBudget.Model;

namespace DeptBudget.Reading;

/// <summary>
/// Tables as CSV for researchers: one file per table id; first row the headers as printed (multi-row
/// headers joined with '/'); amounts in 万元 as plain decimals; codes as printed.
/// </summary>
public static class TableCsv
{
    public static IEnumerable<(string FileName, string Csv)> Export(Disclosure disclosure) =>
        disclosure.Tables.Select(t => (t.Id + ".csv", Write(t)));

    public static string Write(Table table)
    {
        var sb = new StringBuilder();
        // A table that prints names only (杭州) has its codes from the catalogue, not from a cell: they go in a
        // first column of their own, so that the CSV carries them as the JSON does.
        var derived = !table.Columns.Any(c => c.Key.StartsWith(ColumnKeys.Code, StringComparison.Ordinal)) && table.Rows.Any(r => r.Code is not null);
        Line(sb, derived ? table.Columns.Select(c => c.Header).Prepend(DerivedCodeHeader) : table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows) Line(sb, derived ? row.Cells.Prepend(row.Code ?? "") : row.Cells);
        return sb.ToString();
    }

    /// <summary>The header of the codes a table does not print (found from its names by the catalogue).</summary>
    public const string DerivedCodeHeader = "科目编码（据名称）";

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.AppendJoin(',', cells.Select(Quote));
        sb.Append("\r\n");
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
