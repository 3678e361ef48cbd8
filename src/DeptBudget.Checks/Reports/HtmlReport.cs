using System.Net;
using System.Text;
using DeptBudget.Model;

namespace DeptBudget.Checks.Reports;

/// <summary>
/// The report a finance officer reads: each table with findings is shown with the offending cells marked,
/// each narrative finding quotes its sentence, and each message spells out the arithmetic.
/// All document text is HTML-encoded.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
        h1{font-size:1.4em} h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
        table.grid{border-collapse:collapse;font-size:.85em;margin:.5em 0}
        table.grid td,table.grid th{border:1px solid #bbb;padding:2px 6px;white-space:nowrap}
        table.grid td.num{text-align:right} tr.hit td{background:#fff8e1}
        td.error{background:#ffcdd2!important;outline:2px solid #c62828} td.warning{background:#ffe0b2!important;outline:2px solid #ef6c00}
        .f{margin:.4em 0;padding:.4em .6em;border-left:4px solid #999} .f.error{border-color:#c62828} .f.warning{border-color:#ef6c00} .f.info{border-color:#1565c0}
        .sev{font-weight:bold} blockquote{margin:.3em 0 .3em 1em;color:#555;border-left:3px solid #ddd;padding-left:.6em}
        .calc{color:#333} .summary span{margin-right:1.5em}
        figure.place{margin:.4em 0} figure.place img{max-width:100%;border:1px solid #ccc} figure.place figcaption,.page{color:#555;font-size:.85em}
        """;

    /// <param name="pictures">Pictures of the findings' places on the original's pages; each finding then shows its page with the place outlined.</param>
    public static string Write(CheckReport report, Pictures.FindingPictures? pictures = null)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
          .Append(E($"{report.Department} {report.Year} 部门预算公开检查报告")).Append("</title><style>").Append(Style).Append("</style></head><body>");
        sb.Append("<h1>").Append(E($"{report.Department} {report.Year} 部门预算公开检查报告")).Append("</h1>");
        if (report.Source is not null) sb.Append("<p>文件：").Append(E(report.Source)).Append("</p>");
        sb.Append("<p class=\"summary\"><span>错误 ").Append(report.Errors).Append("</span><span>警告 ").Append(report.Warnings)
          .Append("</span><span>提示 ").Append(report.Infos).Append("</span></p>");
        if (pictures?.Note is { } note) sb.Append("<p class=\"page\">原文图片：").Append(E(note)).Append("</p>");
        foreach (var g in Grouping.Of(report))
        {
            sb.Append("<h2>").Append(E(g.Title)).Append("</h2>");
            if (g.Table is not null) Grid(sb, g.Table, g.Findings);
            foreach (var f in g.Findings) Item(sb, f, pictures);
        }
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static void Item(StringBuilder sb, Finding f, Pictures.FindingPictures? pictures)
    {
        var sev = f.Severity.ToString().ToLowerInvariant();
        sb.Append("<div class=\"f ").Append(sev).Append("\"><span class=\"sev\">").Append(E(Grouping.SeverityZh(f.Severity))).Append(' ').Append(E(f.Rule)).Append("</span> ");
        var where = string.Join(" · ", new[] { f.Location.Row, f.Location.Column }.Where(s => !string.IsNullOrEmpty(s)));
        if (where.Length > 0) sb.Append("<b>").Append(E(where)).Append("</b> ");
        sb.Append("<span class=\"calc\">").Append(E(f.Message)).Append("</span>");
        if (!string.IsNullOrEmpty(f.Location.Text)) sb.Append("<blockquote>").Append(E(f.Location.Text)).Append("</blockquote>");
        if (f.Expected is not null || f.Actual is not null)
            sb.Append("<div>应为 <b>").Append(E(f.Expected ?? "—")).Append("</b>，实为 <b>").Append(E(f.Actual ?? "—")).Append("</b></div>");
        if (f.Location.Place is { } place)
        {
            if (pictures?.Of(place) is { } png)
                sb.Append("<figure class=\"place\"><img alt=\"原文第 ").Append(place.Page).Append(" 页，问题位置以红框标出\" src=\"data:image/png;base64,")
                  .Append(Convert.ToBase64String(png)).Append("\"><figcaption>原文第 ").Append(place.Page).Append(" 页（红框为问题位置）</figcaption></figure>");
            else sb.Append("<div class=\"page\">原文").Append(E(place.PageZh)).Append("</div>");
        }
        sb.Append("</div>");
    }

    /// <summary>The table as printed, its offending cells marked; long tables show only the rows with findings and their neighbours.</summary>
    private static void Grid(StringBuilder sb, Table t, IReadOnlyList<Finding> findings)
    {
        var marks = new Dictionary<(int, int), Finding>();
        var rows = new HashSet<int>();
        foreach (var f in findings)
        {
            if (f.Location.RowIndex is not { } r) continue;
            rows.Add(r);
            var key = (r, f.Location.ColumnIndex ?? -1);
            if (!marks.TryGetValue(key, out var old) || f.Severity < old.Severity) marks[key] = f;
        }
        if (rows.Count == 0) return;
        var show = t.Rows.Count <= 40 ? Enumerable.Range(0, t.Rows.Count).ToHashSet()
            : rows.SelectMany(r => new[] { r - 1, r, r + 1 }).Append(0).Where(i => i >= 0 && i < t.Rows.Count).ToHashSet();
        sb.Append("<table class=\"grid\"><thead><tr>");
        foreach (var c in t.Columns) sb.Append("<th>").Append(E(c.Header)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        var last = -1;
        for (var i = 0; i < t.Rows.Count; i++)
        {
            if (!show.Contains(i)) continue;
            if (last >= 0 && i > last + 1) sb.Append("<tr><td colspan=\"").Append(t.Columns.Count).Append("\">…</td></tr>");
            last = i;
            var row = t.Rows[i];
            sb.Append(rows.Contains(i) ? "<tr class=\"hit\">" : "<tr>");
            for (var c = 0; c < t.Columns.Count; c++)
            {
                var text = c < row.Cells.Count ? row.Cells[c] : "";
                var cls = Tables.IsAmountColumn(t.Columns[c]) ? "num" : "";
                string? title = null;
                if (marks.TryGetValue((i, c), out var f) && f.Severity != Severity.Info)
                {
                    cls += " " + f.Severity.ToString().ToLowerInvariant();
                    title = f.Message;
                }
                sb.Append("<td");
                if (cls.Trim().Length > 0) sb.Append(" class=\"").Append(cls.Trim()).Append('"');
                if (title is not null) sb.Append(" title=\"").Append(E(title)).Append('"');
                sb.Append('>').Append(E(text)).Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
