using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// The upright reading frame of a page (x to the right, y down from the top), decided from the direction
/// its letters run, never from <c>/Rotate</c> alone: PdfPig already gives a <c>/Rotate 90</c> page's letters
/// and paths in the turned frame (烟台's landscape tables), while a table drawn turned on an unturned page
/// comes with letters that run up or down the page. Words and rules go through the same turn, so a ruled
/// grid still encloses its words.
/// </summary>
/// <param name="Turn">Clockwise degrees (0, 90, 180, 270) that bring the page's text upright.</param>
/// <param name="SourceWidth">Page width in PdfPig's frame (after <c>/Rotate</c>).</param>
/// <param name="SourceHeight">Page height in PdfPig's frame.</param>
public readonly record struct PageFrame(int Turn, double SourceWidth, double SourceHeight)
{
    /// <summary>Width of the upright page.</summary>
    public double Width => Turn is 90 or 270 ? SourceHeight : SourceWidth;

    /// <summary>Height of the upright page.</summary>
    public double Height => Turn is 90 or 270 ? SourceWidth : SourceHeight;

    /// <summary>The frame of a page whose text is mostly letters of the given direction.</summary>
    public static PageFrame Of(Page page) => new(TurnFor(page.Letters), page.Width, page.Height);

    /// <summary>
    /// The turn that makes most letters read left to right. Letters of no single direction (Other) and
    /// blanks do not vote; a tie keeps the page as it is, so a stray vertical label never turns a page.
    /// </summary>
    public static int TurnFor(IEnumerable<Letter> letters)
    {
        int up = 0, down = 0, upsideDown = 0, level = 0;
        foreach (var l in letters)
        {
            if (string.IsNullOrWhiteSpace(l.Value)) continue;
            switch (l.TextOrientation)
            {
                case TextOrientation.Horizontal: level++; break;
                case TextOrientation.Rotate270: up++; break;        // runs bottom to top
                case TextOrientation.Rotate90: down++; break;       // runs top to bottom
                case TextOrientation.Rotate180: upsideDown++; break;
            }
        }
        var most = Math.Max(Math.Max(up, down), upsideDown);
        if (most <= level) return 0;
        return most == up ? 90 : most == down ? 270 : 180;
    }

    /// <summary>A point of PdfPig's frame (y up) in the upright frame (y down).</summary>
    public (double X, double Y) Upright(double x, double y) => Turn switch
    {
        90 => (y, x),
        180 => (SourceWidth - x, y),
        270 => (SourceHeight - y, SourceWidth - x),
        _ => (x, SourceHeight - y),
    };

    /// <summary>The upright box (left, right, top, bottom) that holds a rectangle of PdfPig's frame, turned or not.</summary>
    public (double Left, double Right, double Top, double Bottom) Box(PdfRectangle r)
    {
        var a = Upright(r.TopLeft.X, r.TopLeft.Y);
        var b = Upright(r.TopRight.X, r.TopRight.Y);
        var c = Upright(r.BottomLeft.X, r.BottomLeft.Y);
        var d = Upright(r.BottomRight.X, r.BottomRight.Y);
        return (Math.Min(Math.Min(a.X, b.X), Math.Min(c.X, d.X)), Math.Max(Math.Max(a.X, b.X), Math.Max(c.X, d.X)),
                Math.Min(Math.Min(a.Y, b.Y), Math.Min(c.Y, d.Y)), Math.Max(Math.Max(a.Y, b.Y), Math.Max(c.Y, d.Y)));
    }

    /// <summary>A point of the upright frame back in PdfPig's frame (the inverse of <see cref="Upright"/>).</summary>
    public (double X, double Y) Source(double x, double y) => Turn switch
    {
        90 => (y, x),
        180 => (SourceWidth - x, y),
        270 => (SourceWidth - y, SourceHeight - x),
        _ => (x, SourceHeight - y),
    };

    /// <summary>
    /// An upright box as the page is shown (PdfPig's frame, y down from the top): where a renderer such as pdftoppm
    /// draws it, whichever way the reader turned the text to read it. Returns left, top, width, height.
    /// </summary>
    public (double X, double Y, double Width, double Height) Shown(double left, double right, double top, double bottom)
    {
        var a = Source(left, top);
        var b = Source(right, bottom);
        double x0 = Math.Min(a.X, b.X), x1 = Math.Max(a.X, b.X);
        double y0 = SourceHeight - Math.Max(a.Y, b.Y), y1 = SourceHeight - Math.Min(a.Y, b.Y);
        return (x0, y0, x1 - x0, y1 - y0);
    }
}
