using DeptBudget.Model;

namespace DeptBudget.Checks.Pictures;

/// <summary>
/// The picture of a finding's place: its page (or the band of the page around it), with the box of the cell or
/// sentence outlined in red, as PNG.
/// </summary>
public static class PlacePicture
{
    /// <summary>Points of the page kept above and below the box in a band: the row's neighbours and the column heads near it.</summary>
    public const double Context = 72;

    /// <param name="whole">The whole page rather than the band around the box.</param>
    public static byte[] Png(PageImage page, PageBox box, bool whole = false)
    {
        var s = page.Scale;
        int x0 = Clamp((int)Math.Floor(((double)box.X - 2) * s), page.Width), x1 = Clamp((int)Math.Ceiling(((double)(box.X + box.Width) + 2) * s), page.Width);
        int y0 = Clamp((int)Math.Floor(((double)box.Y - 2) * s), page.Height), y1 = Clamp((int)Math.Ceiling(((double)(box.Y + box.Height) + 2) * s), page.Height);
        int top = 0, bottom = page.Height;
        if (!whole)
        {
            top = Clamp((int)((double)box.Y * s - Context * s), page.Height);
            bottom = Clamp((int)((double)(box.Y + box.Height) * s + Context * s), page.Height);
        }
        var height = Math.Max(1, bottom - top);
        var rgb = new byte[page.Width * height * 3];
        Array.Copy(page.Rgb, top * page.Width * 3, rgb, 0, rgb.Length);
        const int thick = 2;
        for (var y = y0 - thick; y <= y1 + thick; y++)
            for (var x = x0 - thick; x <= x1 + thick; x++)
            {
                var edge = y < y0 + 1 || y > y1 - 1 || x < x0 + 1 || x > x1 - 1;
                if (!edge || x < 0 || x >= page.Width || y < top || y >= bottom) continue;
                var i = ((y - top) * page.Width + x) * 3;
                rgb[i] = 220; rgb[i + 1] = 20; rgb[i + 2] = 20;
            }
        return Pictures.Png.Encode(rgb, page.Width, height);
    }

    private static int Clamp(int v, int max) => Math.Max(0, Math.Min(max, v));
}
