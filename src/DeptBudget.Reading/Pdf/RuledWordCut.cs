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
    public static List<List<Letter>> Runs(Word word, PageFrame frame, IReadOnlyList<PdfRule> verticals)
    {
        var letters = word.Letters;
        if (verticals.Count == 0 || letters.Count < 2) return [letters.ToList()];
        var (left, right, top, bottom) = frame.Box(LetterBox.AnyFallback(letters) ? LetterBox.Bounds(letters) : word.BoundingBox);
        var middle = (top + bottom) / 2;
        // Cheap test first: most words cross no rule at all.
        var crossing = verticals.Where(r => r.X > left + 0.5 && r.X < right - 0.5 && r.Top <= middle && r.Bottom >= middle).ToList();
        if (crossing.Count == 0) return [letters.ToList()];
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
}
