using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// Where a letter is printed. PdfPig's glyph box comes from the font program; for a font the PDF does not
/// embed (福州: Times New Roman, not embedded) it falls back to a box several letters wide and shifted left,
/// so a right-aligned <c>70109.24</c> that ends inside its cell at 296.9 pt gets a box to 321.8 pt, across the
/// cell border and over the next cell's label. The advance the text matrix moves by (start to end of the
/// baseline) is where the letter really sits: used when the glyph box is far wider than that advance.
/// </summary>
internal static class LetterBox
{
    public static PdfRectangle Of(Letter l)
    {
        var glyph = l.BoundingBox;
        if (l.TextOrientation != TextOrientation.Horizontal) return glyph;
        var start = l.StartBaseLine.X; var end = l.EndBaseLine.X;
        var advance = Math.Abs(end - start);
        // A glyph may overhang its advance a little (italics, tight CJK); only a box half again as wide is a fallback.
        if (advance <= 0 || glyph.Width <= 1.5 * advance + 0.5) return glyph;
        return new PdfRectangle(Math.Min(start, end), glyph.Bottom, Math.Max(start, end), glyph.Top);
    }

    /// <summary>Whether any letter of the word needs the advance instead of its glyph box.</summary>
    public static bool AnyFallback(IReadOnlyList<Letter> letters)
    {
        foreach (var l in letters)
            if (!Of(l).Equals(l.BoundingBox)) return true;
        return false;
    }

    /// <summary>The box of a run of letters, each where it is printed.</summary>
    public static PdfRectangle Bounds(IReadOnlyList<Letter> run)
    {
        double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
        foreach (var l in run)
        {
            var b = Of(l);
            left = Math.Min(left, Math.Min(b.Left, b.Right)); right = Math.Max(right, Math.Max(b.Left, b.Right));
            bottom = Math.Min(bottom, Math.Min(b.Bottom, b.Top)); top = Math.Max(top, Math.Max(b.Bottom, b.Top));
        }
        return new PdfRectangle(left, bottom, right, top);
    }
}
