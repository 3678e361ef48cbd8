using DeptBudget.Reading.Guards;
using DeptBudget.Reading.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// A PDF with a text layer as lines of cells: PdfPig's words with their positions, turned to reading
/// coordinates (rotated pages included) and rebuilt into lines and table grids by <see cref="PdfLayout"/>.
/// A PDF whose pages carry images but no text is a scan: it is reported as needing OCR, never guessed at.
/// </summary>
public static class PdfSource
{
    public static List<SourceLine> Lines(byte[] bytes, string where)
    {
        PdfPreScan.Check(bytes, where);
        var deadline = new Deadline(where, Limits.MaxReadTime);
        var lines = new List<SourceLine>();
        try
        {
            using var doc = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (doc.NumberOfPages > Limits.MaxPdfPages)
                throw new ReadException($"{where}: {doc.NumberOfPages} pages, more than the {Limits.MaxPdfPages} a disclosure can have");
            var letters = 0; var images = 0;
            var state = new PdfLayout.PageState();
            for (var p = 1; p <= doc.NumberOfPages; p++)
            {
                deadline.Check($"page {p}");
                var page = doc.GetPage(p);
                var words = Words(page, where, p);
                letters += words.Sum(w => w.Text.Length);
                if (words.Count == 0) images += page.NumberOfImages;
                var pageLines = PdfLayout.Lines(words, state, PdfRule.Of(page)).ToList();
                var from = 0;
                // A table row broken by the page break: its rest joins the row on the page before.
                if (state.FirstRowContinues && lines.Count > 0 && pageLines.Count > 0)
                {
                    lines[^1] = lines[^1] with { Cells = Joined(lines[^1].Cells, pageLines[0]) };
                    from = 1;
                }
                foreach (var cells in pageLines.Skip(from))
                    lines.Add(new SourceLine(lines.Count + 1, cells));
            }
            if (letters < 20 && images > 0)
                throw new ReadException($"{where}: a scanned PDF ({doc.NumberOfPages} pages of images, no text layer) — needs OCR");
            if (letters == 0)
                throw new ReadException($"{where}: the PDF has no text on any of its {doc.NumberOfPages} pages");
        }
        catch (ReadException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException and not InsufficientExecutionStackException)
        {
            throw new ReadException($"{where}: not a readable PDF ({Short(e.Message)})");
        }
        return lines;
    }

    private static string[] Joined(IReadOnlyList<string> row, IReadOnlyList<string> rest) =>
        Enumerable.Range(0, Math.Max(row.Count, rest.Count)).Select(k => (k < row.Count ? row[k] : "") + (k < rest.Count ? rest[k] : "")).ToArray();

    /// <summary>Words of a page in reading coordinates, text folded (radicals, full-width forms).</summary>
    internal static List<PdfWord> Words(Page page, string where, int number)
    {
        var rotation = ((page.Rotation.Value % 360) + 360) % 360;
        // MediaBox size before rotation: the coordinates letters are given in.
        var w = rotation is 90 or 270 ? page.Height : page.Width;
        var h = rotation is 90 or 270 ? page.Width : page.Height;
        var list = new List<PdfWord>();
        foreach (var word in page.GetWords())
        {
            if (list.Count >= Limits.MaxWordsPerPage)
                throw new ReadException($"{where}: page {number} has more than {Limits.MaxWordsPerPage:N0} words; refused");
            var text = Fold(word.Text);
            if (text.Length == 0) continue;
            var b = word.BoundingBox;
            var size = word.Letters.Count > 0 ? word.Letters.Max(l => l.PointSize) : 0;
            if (size <= 0 || size > 200) size = Math.Max(1, Math.Min(b.Height, 200));
            var (l, r, t, bo) = rotation switch
            {
                90 => (b.Bottom, b.Top, b.Left, b.Right),
                180 => (w - b.Right, w - b.Left, b.Bottom, b.Top),
                270 => (h - b.Top, h - b.Bottom, w - b.Right, w - b.Left),
                _ => (b.Left, b.Right, h - b.Top, h - b.Bottom),
            };
            list.Add(new PdfWord(l, r, t, bo, size, text));
        }
        return list;
    }

    private static string Fold(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        foreach (var c in s) if (!char.IsControl(c) && c != '\uFFFD') chars[n++] = TextNormalizer.Fold(c);
        // 目录 leaders (……, ····) carry nothing; a title keeps its words without them.
        var t = new string(chars, 0, n).Trim();
        if (t.EndsWith("...")) t = t.TrimEnd('.');
        return t.TrimEnd('…', '·', '‥').TrimStart('…', '·', '‥');
    }

    private static string Short(string s) => s.Length <= 100 ? s.ReplaceLineEndings(" ") : s[..100].ReplaceLineEndings(" ") + "…";
}
