using System.IO.Compression;
using System.Text;
using DeptBudget.Model;
using DeptBudget.Model.Json;

namespace DeptBudget.Web.Services;

/// <summary>A file to download.</summary>
public sealed record Download(byte[] Content, string ContentType, string FileName);

/// <summary>The data downloads: canonical JSON, one table as CSV, or every table as CSV in a zip.</summary>
public static class DataExports
{
    public static Download Json(Disclosure d, string baseName) =>
        new(Encoding.UTF8.GetBytes(BudgetJson.Serialize(d)), "application/json; charset=utf-8", baseName + ".json");

    public static Download? TableCsv(Disclosure d, string tableId, string baseName) =>
        d.Table(tableId) is { } t ? new(Csv(t), "text/csv; charset=utf-8", $"{baseName}-{t.Id}.csv") : null;

    public static Download AllCsv(Disclosure d, string baseName)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            var used = new HashSet<string>();
            foreach (var t in d.Tables)
            {
                var name = t.Id;
                for (var i = 2; !used.Add(name); i++) name = $"{t.Id}-{i}";
                var entry = zip.CreateEntry(name + ".csv", CompressionLevel.Fastest);
                using var s = entry.Open();
                s.Write(Csv(t));
            }
        }
        return new(ms.ToArray(), "application/zip", baseName + "-csv.zip");
    }

    /// <summary>RFC 4180 CSV with a BOM (so spreadsheet programs see UTF-8): the headers, then the printed cells.</summary>
    public static byte[] Csv(Table t)
    {
        var sb = new StringBuilder("\uFEFF");
        Line(sb, t.Columns.Select(c => c.Header));
        foreach (var r in t.Rows) Line(sb, Enumerable.Range(0, t.Columns.Count).Select(i => i < r.Cells.Count ? r.Cells[i] : ""));
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.AppendJoin(',', cells.Select(Field));
        sb.Append("\r\n");
    }

    private static string Field(string s)
    {
        s = SpreadsheetText.Neutralise(s);
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    /// <summary>A file name base that says what the budget is: 部门-年度.</summary>
    public static string BaseName(Disclosure d)
    {
        var name = $"{d.Meta.Department}-{d.Meta.Year}";
        foreach (var c in Path.GetInvalidFileNameChars().Append('"').Append(';')) name = name.Replace(c, '_');
        return name;
    }
}
