using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// A ruled line of a table (a cell border) in reading coordinates: vertical when X1 == X2 in effect.
/// Borders say where a merged header cell starts and which printed lines share one row, which word
/// positions alone cannot tell for centred text.
/// </summary>
public readonly record struct PdfRule(double Left, double Right, double Top, double Bottom)
{
    public bool Vertical => Right - Left < 2 && Bottom - Top > 4;
    public bool Horizontal => Bottom - Top < 2 && Right - Left > 4;
    public double X => (Left + Right) / 2;
    public double Y => (Top + Bottom) / 2;

    /// <summary>Thin path boxes of a page (stroked lines or filled hairline rectangles), in the frame its words are read in.</summary>
    internal static List<PdfRule> Of(Page page, PageFrame frame)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            if (rules.Count > 20_000) break;
            // Each subpath alone: one path may draw many cell edges, or a whole stroked cell outline.
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } r) continue;
                var (left, right, top, bottom) = frame.Box(r);
                var rule = new PdfRule(left, right, top, bottom);
                if (rule.Vertical || rule.Horizontal) { rules.Add(rule); continue; }
                if (!path.IsStroked || sub.Commands.Any(c => c is PdfSubpath.BezierCurve)) continue;
                rules.Add(rule with { Right = rule.Left }); rules.Add(rule with { Left = rule.Right });
                rules.Add(rule with { Bottom = rule.Top }); rules.Add(rule with { Top = rule.Bottom });
            }
        }
        return rules;
    }
}
