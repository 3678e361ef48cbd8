using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tests.OpenXml;

/// <summary>
/// Word and Excel forms of a seed made by LibreOffice, not by us: an HTML of the seed (paragraphs and
/// real tables) converted with soffice --headless (Writer → .docx, Calc's HTML import → .xlsx). For
/// Excel the HTML says what a budget system's export holds: amounts as numbers in a #,##0.00 format,
/// every other cell (codes such as 05, targets such as =67元/人) as text, so Calc neither drops leading
/// zeros nor takes text for formulas.
/// </summary>
public static class LibreOfficeForms
{
    /// <summary>Converts each seed's HTML to <paramref name="format"/> in one soffice run; returns file per seed.</summary>
    public static IReadOnlyDictionary<string, string> Convert(string dir, IEnumerable<string> seeds, string format)
    {
        var html = new List<string>();
        foreach (var seed in seeds)
        {
            var path = Path.Combine(dir, $"seed{seed}.html");
            File.WriteAllText(path, Html(DeptBudget.Testing.Seeds.Text(seed), typedCells: format == "xlsx"), Encoding.UTF8);
            html.Add(path);
        }
        string[] filter = format == "xlsx" ? ["--infilter=calc_HTML_WebQuery"] : [];
        Soffice.Convert(Path.Combine(dir, "profile"), dir, format == "docx" ? "docx:MS Word 2007 XML" : format, html, filter);
        return seeds.ToDictionary(s => s, s => Path.Combine(dir, $"seed{s}.{format}"));
    }

    public static string Html(string text, bool typedCells) => Soffice.Html(text,
        "body{font-size:9pt} td{border:1px solid #000;padding:2px}", "<table cellspacing=\"0\">", c => Cell(c.Trim(), typedCells));

    // sdval/sdnum are LibreOffice's own HTML attributes for a cell's value and number format (2052 = zh-CN).
    private static string Cell(string c, bool typed)
    {
        var text = WebUtility.HtmlEncode(c);
        if (!typed || c.Length == 0) return $"<td>{text}</td>";
        if (TextNormalizer.LooksLikeMoney(c) && TextNormalizer.TryAmount(c, out var v))
            return $"<td sdval=\"{v.ToString(CultureInfo.InvariantCulture)}\" sdnum=\"2052;0;#,##0.00\">{text}</td>";
        return $"<td sdnum=\"2052;0;@\">{text}</td>";
    }

    /// <summary>
    /// The budget facts as JSON with numbers compared by value (820.00 = 820): Excel stores 820, the
    /// text prints 820.00, and both are the same amount.
    /// </summary>
    public static string Facts(Budget b)
    {
        var node = JsonSerializer.SerializeToNode(b with { Facts = NarrativeFacts.None }, BudgetJson.Options)!;
        return Normalise(node)!.ToJsonString();
    }

    private static JsonNode? Normalise(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, Normalise(kv.Value)))),
        JsonArray a => new JsonArray(a.Select(Normalise).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(v.GetValue<decimal>() / 1.000000000000000000000000000000000m),
        _ => node?.DeepClone(),
    };
}
