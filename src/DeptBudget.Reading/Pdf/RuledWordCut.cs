using UglyToad.PdfPig.Content;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// Cuts a PdfPig word where a cell border runs between two of its letters. The word extractor joins letters
/// by their spacing alone, so an amount set flush right in a narrow cell and the text set flush left in the
/// next cell become one word when the border between them is all that separates them (广州 项目支出表:
/// <c>0.00</c> | <c>水平，对系统…</c>, 0.76 pt apart). A vertical rule crossing the word at its height is a
/// column edge, true of any ruled table: the letters either side belong to different cells.
/// </summary>
internal static class RuledWordCut
{
    /// <summary>The word's letters in runs, cut at every vertical rule that passes between two neighbours at
    /// the word's height (in the upright frame); one run when no rule does.</summary>
    /// <param name="verticals">The page's vertical rules, sorted by x (a ruled page has thousands of cell edges).</param>
    public static List<List<Letter>> Runs(Word word, PageFrame frame, PdfRule[] verticals)
    {
        var letters = word.Letters;
        if (verticals.Length == 0 || letters.Count < 2) return [letters.ToList()];
        var (left, right, top, bottom) = frame.Box(LetterBox.AnyFallback(letters) ? LetterBox.Bounds(letters) : word.BoundingBox);
        var middle = (top + bottom) / 2;
        // Cheap test first: most words cross no rule at all; only the rules within the word's width are looked at.
        List<PdfRule>? crossing = null;
        for (var j = FirstRightOf(verticals, left + 0.5); j < verticals.Length && verticals[j].X < right - 0.5; j++)
            if (verticals[j].Top <= middle && verticals[j].Bottom >= middle) (crossing ??= []).Add(verticals[j]);
        if (crossing is null) return [letters.ToList()];
        var runs = new List<List<Letter>> { new() { letters[0] } };
        for (var i = 1; i < letters.Count; i++)
        {
            var before = frame.Box(LetterBox.Of(letters[i - 1]));
            var after = frame.Box(LetterBox.Of(letters[i]));
            // A rule between the glyphs' inked edges: the end of one letter and the start of the next.
            if (crossing.Any(r => r.X >= before.Right && r.X <= after.Left)) runs.Add([]);
            runs[^1].Add(letters[i]);
        }
        return runs;
    }

    /// <summary>
    /// Whether the word's letters are to be placed by their advance (<see cref="LetterBox"/>): only where PdfPig's
    /// glyph box reaches across a cell border that the advance stays inside. In prose there is no border, and
    /// there a narrower box would open gaps between a figure and its words (西安's paragraphs fell apart into cells).
    /// </summary>
    public static bool PlacedByAdvance(Word word, PageFrame frame, PdfRule[] verticals)
    {
        if (verticals.Length == 0 || !LetterBox.AnyFallback(word.Letters)) return false;
        var glyph = frame.Box(word.BoundingBox);
        var placed = frame.Box(LetterBox.Bounds(word.Letters));
        var middle = (placed.Top + placed.Bottom) / 2;
        for (var j = FirstRightOf(verticals, glyph.Left + 0.5); j < verticals.Length && verticals[j].X < glyph.Right - 0.5; j++)
            if (verticals[j].Top <= middle && verticals[j].Bottom >= middle
                && (verticals[j].X <= placed.Left + 0.5 || verticals[j].X >= placed.Right - 0.5))
                return true;
        return false;
    }

    private static int FirstRightOf(PdfRule[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid].X <= x) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
