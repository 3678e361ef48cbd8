using System.Net;
using System.Text;
using DeptBudget.Model;

namespace DeptBudget.Rendering.Writers;

/// <summary>
/// The disclosure as one printable HTML document: semantic headings and tables (thead repeats on every
/// printed page), wide tables on landscape pages (CSS named page), the 目录, and a draft banner. The
/// markup is also well-formed XML so that tests and tools can read it back without an HTML parser.
/// </summary>
public static class HtmlWriter
{
    public static string Write(RenderedDisclosure r)
    {
        var d = r.Disclosure;
        var sb = new StringBuilder(256 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"/>");
        sb.Append("<title>").Append(E(d.Meta.Title ?? d.Meta.Department)).Append("</title>");
        sb.Append("<style>").Append(Css).Append("</style></head><body>\n");
        if (r.IsDraft) Banner(sb, r);
        sb.Append("<header class=\"cover\"><h1>").Append(E(d.Meta.Department)).Append("</h1><p class=\"subtitle\">")
          .Append(E(Subtitle(d))).Append("</p></header>\n");
        Contents(sb, r);
        foreach (var (heading, tables, sections) in r.Parts())
        {
            sb.Append(tables ? "<section class=\"part tables\">" : "<section class=\"part\">");
            // A disclosure as read may print sections under no part heading.
            if (heading.Length > 0) sb.Append("<h2>").Append(E(heading)).Append("</h2>\n");
            if (tables)
                foreach (var t in d.Tables) Table(sb, r, t);
            foreach (var s in sections)
            {
                sb.Append("<section>");
                if (s.Title != "名词解释" && s.Title.Length > 0) sb.Append("<h3>").Append(E(s.Title)).Append("</h3>");
                foreach (var p in s.Paragraphs) sb.Append("<p>").Append(Marked(p)).Append("</p>");
                sb.Append("</section>\n");
            }
            sb.Append("</section>\n");
        }
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static string Subtitle(Disclosure d)
    {
        var title = d.Meta.Title ?? "";
        return title.StartsWith(d.Meta.Department, StringComparison.Ordinal) ? title[d.Meta.Department.Length..] : title;
    }

    internal static string TablesHeading(RenderedDisclosure r) => r.TablesHeading;

    private static void Banner(StringBuilder sb, RenderedDisclosure r)
    {
        sb.Append("<aside class=\"draft\" role=\"alert\"><p><strong>草稿（未定稿）</strong>：本文件由未通过校验或缺少事实的预算生成，不得作为正式公开文本。</p>");
        if (r.Errors.Count > 0)
        {
            sb.Append("<p>校验错误：</p><ul>");
            foreach (var e in r.Errors) sb.Append("<li>").Append(E(e)).Append("</li>");
            sb.Append("</ul>");
        }
        if (r.MissingFacts.Count > 0)
        {
            sb.Append("<p>情况说明缺少的事实：</p><ul>");
            foreach (var m in r.MissingFacts) sb.Append("<li>").Append(E(m)).Append("</li>");
            sb.Append("</ul>");
        }
        sb.Append("</aside>\n");
    }

    private static void Contents(StringBuilder sb, RenderedDisclosure r)
    {
        var d = r.Disclosure;
        sb.Append("<nav class=\"toc\" aria-label=\"目录\"><h2>目 录</h2><ul>");
        foreach (var (heading, tables, sections) in r.Parts())
        {
            var titles = sections.Where(s => s.Title != "名词解释" && s.Title.Length > 0).ToList();
            if (heading.Length == 0 && !tables && titles.Count == 0) continue;
            sb.Append("<li>").Append(E(heading));
            if (tables)
            {
                sb.Append("<ul>");
                foreach (var c in d.Meta.Contents)
                    sb.Append("<li><a href=\"#t").Append(c.Number).Append("\">").Append(E(RenderContext.Chinese(c.Number ?? 0) + "、" + c.Title)).Append("</a></li>");
                sb.Append("</ul>");
            }
            else if (titles.Count > 0)
            {
                sb.Append("<ul>");
                foreach (var s in titles) sb.Append("<li>").Append(E(s.Title)).Append("</li>");
                sb.Append("</ul>");
            }
            sb.Append("</li>");
        }
        sb.Append("</ul></nav>\n");
    }

    private static void Table(StringBuilder sb, RenderedDisclosure r, Table t)
    {
        var spec = r.Layout.Tables.FirstOrDefault(s => s.Id == t.Id);
        var wide = spec?.Wide == true;
        sb.Append("<section class=\"table-block").Append(wide ? " wide" : "").Append("\" id=\"t").Append(t.Number)
          .Append("\" data-table=\"").Append(E(t.Id)).Append("\">");
        sb.Append("<h3 id=\"t").Append(t.Number).Append("h\">").Append(E(t.Title)).Append("</h3>");
        if (spec?.MetaLine != false)
            sb.Append("<div class=\"meta\"><p>").Append(E(r.UnitLineOf(t)))
              .Append("</p><p>").Append(E(r.AmountUnitOf(t))).Append("</p></div>");
        sb.Append("<table aria-labelledby=\"t").Append(t.Number).Append("h\">");
        var (rows, cells) = HeaderGrid.Build(t.Columns);
        if (rows > 0)
        {
            sb.Append("<thead>");
            for (var row = 0; row < rows; row++)
            {
                sb.Append("<tr>");
                foreach (var c in cells.Where(c => c.Row == row))
                {
                    sb.Append("<th scope=\"col\"");
                    if (c.ColSpan > 1) sb.Append(" colspan=\"").Append(c.ColSpan).Append('"');
                    if (c.RowSpan > 1) sb.Append(" rowspan=\"").Append(c.RowSpan).Append('"');
                    sb.Append('>').Append(E(c.Text)).Append("</th>");
                }
                sb.Append("</tr>");
            }
            sb.Append("</thead>");
        }
        sb.Append("<tbody>");
        foreach (var row in t.Rows)
        {
            sb.Append("<tr class=\"").Append(row.Kind.ToString().ToLowerInvariant()).Append("\">");
            for (var i = 0; i < t.Columns.Count; i++)
            {
                var cell = i < row.Cells.Count ? row.Cells[i] : "";
                var num = Display.AlignsRight(t.Columns[i], cell);
                sb.Append(num ? "<td class=\"num\">" : "<td>").Append(E(r.CellText(t.Columns[i], cell))).Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        foreach (var n in t.Notes) sb.Append("<p class=\"note\">").Append(E(n)).Append("</p>");
        if (t.EmptyNote is not null) sb.Append("<p class=\"note empty\">").Append(E(t.EmptyNote)).Append("</p>");
        sb.Append("</section>\n");
    }

    // 【待补：…】 markers of missing facts stand out in print.
    // Only the marker is marked: a document as read prints 【…】 of its own (a closing 】 alone broke the markup).
    private static string Marked(string paragraph) =>
        System.Text.RegularExpressions.Regex.Replace(E(paragraph), "【待补：[^】]*】", m => "<mark>" + m.Value + "</mark>");

    internal static string E(string s) => WebUtility.HtmlEncode(s);

    // One CJK face for everything (PdfFonts.Family first, then its Ext): our TrueType Noto glyphs where Chromium prints,
    // the system's Noto CJK in a reader's browser. Page numbers are margin boxes of the printed page.
    private const string Css = """
        @page { size: A4; margin: 18mm 15mm 18mm 15mm;
          @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; } }
        @page wide { size: A4 landscape; margin: 15mm 12mm 15mm 12mm;
          @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; } }
        html { font-family: "DeptBudget Sans SC", "DeptBudget Sans SC Ext", "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; font-size: 11pt; line-height: 1.6; color: #000; }
        .cover { text-align: center; padding-top: 30mm; page-break-after: always; }
        .cover h1 { font-size: 26pt; margin-bottom: 8mm; } .cover .subtitle { font-size: 20pt; }
        .toc { page-break-after: always; } .toc ul { list-style: none; padding-left: 1.5em; }
        .part { page-break-before: always; } .part h2 { text-align: center; font-size: 16pt; }
        h3 { font-size: 13pt; } p { text-indent: 2em; margin: 0.3em 0; text-align: justify; }
        .draft { border: 2px solid #b00; background: #fee; padding: 4mm; margin-bottom: 6mm; }
        .draft p { text-indent: 0; } mark { background: #ffd; color: #b00; }
        .table-block { page-break-before: always; } .table-block.wide { page: wide; }
        .table-block h3 { text-align: center; font-size: 15pt; }
        .meta { display: flex; justify-content: space-between; font-size: 10pt; } .meta p { text-indent: 0; }
        table { width: 100%; border-collapse: collapse; font-size: 8.5pt; line-height: 1.3; }
        thead { display: table-header-group; } tr { page-break-inside: avoid; }
        th, td { border: 0.6pt solid #000; padding: 1.2mm 1mm; vertical-align: middle; }
        th { font-weight: bold; text-align: center; background: #f2f2f2; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.total td, tr.unit td, tr.class td { font-weight: bold; }
        .note { text-indent: 0; font-size: 9pt; }
        """;
}
