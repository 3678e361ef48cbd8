using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// The text form of rendered HTML, as text extracted from a published PDF looks (the seeds' form):
/// one line per heading or paragraph, blank lines between, table rows as tab-separated cells with
/// spanned header cells left blank. The reader reads this form.
/// </summary>
public static class HtmlText
{
    public static string ToText(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        var doc = XDocument.Load(reader);
        var sb = new StringBuilder();
        Walk(doc.Root!.Element("body")!, sb);
        return sb.ToString();
    }

    private static void Walk(XElement e, StringBuilder sb)
    {
        foreach (var child in e.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "h1" or "h2" or "h3" or "p" or "li" when !child.Elements("ul").Any():
                    sb.Append(child.Value).Append("\n\n");
                    break;
                case "li":
                    sb.Append(string.Concat(child.Nodes().OfType<XText>().Select(t => t.Value))).Append("\n\n");
                    Walk(child, sb);
                    break;
                case "table":
                    Table(child, sb);
                    break;
                default:
                    Walk(child, sb);
                    break;
            }
        }
    }

    private static void Table(XElement table, StringBuilder sb)
    {
        var rows = table.Descendants("tr").ToList();
        var pending = new Dictionary<(int Row, int Col), string>(); // cells covered by a rowspan above
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<string>();
            var col = 0;
            foreach (var c in rows[r].Elements())
            {
                while (pending.Remove((r, col))) { cells.Add(""); col++; }
                var colspan = int.Parse((string?)c.Attribute("colspan") ?? "1");
                var rowspan = int.Parse((string?)c.Attribute("rowspan") ?? "1");
                cells.Add(c.Value);
                for (var k = 1; k < colspan; k++) cells.Add("");
                for (var rr = 1; rr < rowspan; rr++)
                    for (var k = 0; k < colspan; k++) pending[(r + rr, col + k)] = "";
                col += colspan;
            }
            while (pending.Remove((r, col))) { cells.Add(""); col++; }
            sb.Append(string.Join('\t', cells)).Append('\n');
        }
        sb.Append('\n');
    }
}
