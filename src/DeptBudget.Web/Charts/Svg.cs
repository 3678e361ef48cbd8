using System.Globalization;
using System.Net;
using System.Text;
using DeptBudget.Model;

namespace DeptBudget.Web.Charts;

/// <summary>
/// Bar charts as inline SVG written on the server: no script, no external file, presentation attributes
/// only (so the CSP needs no inline styles). Every text is HTML-encoded.
/// </summary>
public static class Svg
{
    private static readonly string[] Palette = ["#9b1c1c", "#1d4ed8", "#0e7c3a", "#b45309", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f", "#64748b", "#a16207"];

    /// <summary>Horizontal stacked bars, one per label, with a legend of the series.</summary>
    public static string StackedBars(string title, IReadOnlyList<Bar> bars)
    {
        var series = bars.SelectMany(b => b.Parts.Where(p => p.Value > 0).Select(p => p.Key)).Distinct().ToList();
        const int left = 210, width = 720, barH = 22, gap = 10, top = 34;
        var legendRows = (series.Count + 2) / 3;
        var height = top + bars.Count * (barH + gap) + 20 + legendRows * 20;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Total);
        var scale = max > 0 ? (width - left - 90) / (double)max : 0;
        var sb = Open(title, width, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = top + i * (barH + gap);
            sb.Append(Text(left - 6, y + 15, Clip(bars[i].Label, 16), "end"));
            double x = left;
            foreach (var key in series)
            {
                var v = bars[i].Parts.GetValueOrDefault(key);
                if (v <= 0) continue;
                var w = (double)v * scale;
                sb.Append($"<rect x=\"{F(x)}\" y=\"{y}\" width=\"{F(Math.Max(w, 1))}\" height=\"{barH}\" fill=\"{Palette[series.IndexOf(key) % Palette.Length]}\">")
                  .Append("<title>").Append(E($"{Labels.Of(key)}：{Money.Format(v)} 万元")).Append("</title></rect>");
                x += w;
            }
            sb.Append(Text(x + 6, y + 15, Money.Format(bars[i].Total), "start"));
        }
        var ly = top + bars.Count * (barH + gap) + 12;
        for (var s = 0; s < series.Count; s++)
        {
            var lx = 20 + s % 3 * 240;
            var yy = ly + s / 3 * 20;
            sb.Append($"<rect x=\"{lx}\" y=\"{yy}\" width=\"12\" height=\"12\" fill=\"{Palette[s % Palette.Length]}\"/>")
              .Append(Text(lx + 18, yy + 11, Labels.Of(series[s]), "start"));
        }
        if (bars.Count == 0) sb.Append(Text(20, top + 10, "没有数据", "start"));
        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string title, int width, int height) => new StringBuilder()
        .Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{E(title)}\">")
        .Append("<title>").Append(E(title)).Append("</title>")
        .Append(Text(10, 20, title + "（万元）", "start", bold: true));

    private static string Text(double x, double y, string text, string anchor, bool bold = false) =>
        $"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\"{(bold ? " font-weight=\"bold\" font-size=\"14\"" : "")}>{E(text)}</text>";

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
