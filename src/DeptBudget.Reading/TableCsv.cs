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
        Line(sb, table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows) Line(sb, row.Cells);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.AppendJoin(',', cells.Select(Quote));
        sb.Append("\r\n");
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
