using DeptBudget.Reading.Guards;
using DeptBudget.Reading.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// A PDF with a text layer as lines of cells: PdfPig's words with their positions, put in each page's
/// upright frame (turned pages included, <see cref="PageFrame"/>) and rebuilt into lines and table grids by <see cref="PdfLayout"/>.
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
                var frame = PageFrame.Of(page);
                var rules = PdfRule.Of(page, frame);
                var words = Words(page, frame, where, p, rules);
                letters += words.Sum(w => w.Text.Length);
                if (words.Count == 0) images += page.NumberOfImages;
                var pageLines = PdfLayout.Lines(words, state, rules).ToList();
                var places = PdfPlaces.Locate(words, pageLines, frame, p);
                var from = 0;
                // A table row broken by the page break: its rest joins the row on the page before.
                if (state.FirstRowContinues && lines.Count > 0 && pageLines.Count > 0)
                {
                    lines[^1] = lines[^1] with { Cells = Joined(lines[^1].Cells, pageLines[0]) };
                    from = 1;
                }
                for (var k = from; k < pageLines.Count; k++)
                    lines.Add(new SourceLine(lines.Count + 1, pageLines[k]) { Place = places[k] is { } at ? at with { Line = lines.Count + 1 } : null });
            }
            if (letters < 20 && images > 0)
                throw new ReadException($"{where}: 扫描件（{doc.NumberOfPages} 页图像，没有文字层），需要 OCR — a scanned PDF, needs OCR");
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

    /// <summary>Words of a page in its upright frame (<see cref="PageFrame"/>), text folded (radicals, full-width forms).</summary>
    internal static List<PdfWord> Words(Page page, string where, int number) => Words(page, PageFrame.Of(page), where, number);

    internal static List<PdfWord> Words(Page page, PageFrame frame, string where, int number, IReadOnlyList<PdfRule>? rules = null)
    {
        var verticals = rules?.Where(r => r.Vertical).OrderBy(r => r.X).ToArray() ?? [];
        // A page whose letters run up or down is grouped by direction: the default extractor reads only
        // level text and would give one word per letter of a turned table.
        var words = frame.Turn == 0 ? page.GetWords() : NearestNeighbourWordExtractor.Instance.GetWords(page.Letters);
        var list = new List<PdfWord>();
        foreach (var word in words)
        {
            if (list.Count >= Limits.MaxWordsPerPage)
                throw new ReadException($"{where}: page {number} has more than {Limits.MaxWordsPerPage:N0} words; refused");
            var runs = RuledWordCut.Runs(word, frame, verticals);
            if (runs.Count == 1) Add(list, word.Text, RuledWordCut.PlacedByAdvance(word, frame, verticals) ? LetterBox.Bounds(word.Letters) : word.BoundingBox, word.Letters, frame);
            else
                foreach (var run in runs)
                    Add(list, string.Concat(run.Select(x => x.Value)), LetterBox.Bounds(run), run, frame);
        }
        return OnPage(list, frame);
    }

    private static void Add(List<PdfWord> list, string raw, PdfRectangle box, IReadOnlyList<Letter> letters, PageFrame frame)
    {
        var text = Fold(raw);
        if (text.Length == 0) return;
        var (l, r, t, bo) = frame.Box(box);
        var size = letters.Count > 0 ? letters.Max(x => x.PointSize) : 0;
        if (size <= 0 || size > 200) size = Math.Max(1, Math.Min(bo - t, 200));
        list.Add(new PdfWord(l, r, t, bo, size, text));
    }

    /// <summary>
    /// The words a reader sees: a cell that runs over several pages may be drawn whole on each of them, its text
    /// set above or below the page (北京 预算12表: a project's name and amounts on three pages, visible on one).
    /// Words wholly outside the page are dropped, as a viewer and pdftotext drop them; unless most words are
    /// (a page whose box does not start at 0), which says the frame is offset, not that the text is hidden.
    /// </summary>
    private static List<PdfWord> OnPage(List<PdfWord> words, PageFrame frame)
    {
        const double slack = 1;
        bool Outside(PdfWord w) => w.Bottom < -slack || w.Top > frame.Height + slack || w.Right < -slack || w.Left > frame.Width + slack;
        var outside = words.Count(Outside);
        return outside == 0 || outside * 2 > words.Count ? words : words.Where(w => !Outside(w)).ToList();
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
