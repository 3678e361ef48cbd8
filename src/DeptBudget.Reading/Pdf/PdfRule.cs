using UglyToad.PdfPig.Content;

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

    /// <summary>Thin path boxes of an unrotated page (stroked lines or filled hairline rectangles).</summary>
    internal static List<PdfRule> Of(Page page)
    {
        var rules = new List<PdfRule>();
        // Rotated pages keep their words' turn only; their rules are not needed by any layout we read.
        if (((page.Rotation.Value % 360) + 360) % 360 != 0) return rules;
        var h = page.Height;
        foreach (var path in page.Paths)
        {
            if (rules.Count > 20_000) break;
            var b = path.GetBoundingRectangle();
            if (b is not { } r) continue;
            var rule = new PdfRule(r.Left, r.Right, h - r.Top, h - r.Bottom);
            if (rule.Vertical || rule.Horizontal) rules.Add(rule);
        }
        return rules;
    }
}
