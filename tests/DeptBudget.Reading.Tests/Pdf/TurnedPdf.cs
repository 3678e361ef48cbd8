using System.Globalization;
using System.Text;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// A one-page PDF written byte by byte: a small ruled table laid out upright on a landscape page
/// (842 × 595), then drawn through a turn so that either the page's <c>/Rotate</c> brings it upright
/// again (as 烟台's landscape tables are printed) or, with no <c>/Rotate</c>, its letters run up, down or
/// upside down on the page. Helvetica only, so no font file is needed.
/// </summary>
internal static class TurnedPdf
{
    public const double Width = 842, Height = 595;

    /// <summary>The upright table: words (left x, baseline y from the top; one word a cell, as the reader joins a cell's words without spaces) and cell borders.</summary>
    public static readonly (double X, double Y, string Text)[] Words =
    [
        (60, 90, "Revenue"), (320, 90, "1,234.56"), (520, 90, "12.00"),
        (60, 110, "Expenditure"), (320, 110, "987.65"), (520, 110, "0.50"),
    ];

    public static readonly double[] Columns = [50, 300, 500, 700];
    public static readonly double[] Rows = [75, 95, 115];

    /// <summary>The PDF whose page carries <paramref name="rotate"/> and whose content is turned by <paramref name="drawn"/> degrees clockwise.</summary>
    public static byte[] Make(int rotate, int drawn)
    {
        // The turn applied to the drawing, as a matrix from upright (y up) to the page's own space.
        var (mediaW, mediaH, cm) = drawn switch
        {
            90 => (Height, Width, $"0 -1 1 0 0 {Width}"),
            180 => (Width, Height, $"-1 0 0 -1 {Width} {Height}"),
            270 => (Height, Width, $"0 1 -1 0 {Height} 0"),
            _ => (Width, Height, "1 0 0 1 0 0"),
        };
        var c = new StringBuilder($"q {cm} cm 0.5 w\n");
        foreach (var x in Columns) c.Append(F($"{x} {Height - Rows[0]} m {x} {Height - Rows[^1]} l S\n"));
        foreach (var y in Rows) c.Append(F($"{Columns[0]} {Height - y} m {Columns[^1]} {Height - y} l S\n"));
        foreach (var (x, y, text) in Words) c.Append(F($"BT /F1 10 Tf {x} {Height - y} Td ({text}) Tj ET\n"));
        c.Append("Q\n");
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            F($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {mediaW} {mediaH}] /Rotate {rotate} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"),
            $"<< /Length {c.Length} >>\nstream\n{c}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++) { offsets.Add(pdf.Length); pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n"); }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
