using DeptBudget.Model;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// Finds where each line <see cref="PdfLayout"/> built from a page was printed: the words that make up each of its
/// cells, grouped by printed line into runs with their text and box. Done after the layout, from the words and the
/// cells' texts alone, so the layout's many ways of building a line (ruled grids, column slots, wrapped paragraphs)
/// need not carry positions. Words are taken in reading order and each at most once, so equal figures in one row
/// (0.00 0.00) fall to their own columns.
/// </summary>
internal static class PdfPlaces
{
    // How far a cell's later words may lie under its previous one (in font sizes): a name wrapped over three lines.
    private const double WrapReach = 3.5;

    // How many words on from the line's start a cell's first word is looked for: bounds the work for a cell not found.
    private const int Reach = 600;

    public static SourcePlace?[] Locate(IReadOnlyList<PdfWord> words, IReadOnlyList<IReadOnlyList<string>> lines, PageFrame frame, int page)
    {
        var (order, band) = ReadingOrder(words);
        var norm = order.Select(i => Norm(words[i].Text)).ToArray();
        var used = new bool[order.Length];
        var places = new SourcePlace?[lines.Count];
        var from = 0;           // first word in reading order not above the previous line
        for (var l = 0; l < lines.Count; l++)
        {
            var runs = new List<PlaceRun>();
            var lineTop = double.MaxValue;
            var x = double.MinValue; // the previous cell's left edge on this line: cells go left to right
            foreach (var cell in lines[l])
            {
                var rest = Norm(cell);
                if (rest.Length == 0) continue;
                var first = -1;
                for (var k = from; k < Math.Min(order.Length, from + Reach) && first < 0; k++)
                    if (!used[k] && norm[k].Length > 0 && rest.StartsWith(norm[k], StringComparison.Ordinal) && words[order[k]].Left >= x - 1
                        && (lineTop == double.MaxValue || words[order[k]].Top < lineTop + WrapReach * words[order[k]].Size))
                        first = k;
                if (first < 0) continue;
                var taken = new List<int> { first };
                used[first] = true;
                rest = rest[norm[first].Length..];
                for (var k = first + 1; rest.Length > 0 && k < order.Length; k++)
                {
                    var w = words[order[k]];
                    var last = words[order[taken[^1]]];
                    if (w.Top > last.Bottom + WrapReach * last.Size) break;
                    if (used[k] || norm[k].Length == 0 || !rest.StartsWith(norm[k], StringComparison.Ordinal)) continue;
                    taken.Add(k); used[k] = true;
                    rest = rest[norm[k].Length..];
                }
                x = words[order[first]].Left;
                lineTop = Math.Min(lineTop, taken.Min(k => words[order[k]].Top));
                // One run per printed line of the cell.
                foreach (var g in taken.GroupBy(k => band[k]))
                {
                    var ws = g.Select(k => words[order[k]]).ToList();
                    var (bx, by, bw, bh) = frame.Shown(ws.Min(w => w.Left), ws.Max(w => w.Right), ws.Min(w => w.Top), ws.Max(w => w.Bottom));
                    runs.Add(new PlaceRun(string.Concat(ws.Select(w => w.Text)), Pt(bx), Pt(by), Pt(bw), Pt(bh)));
                }
            }
            if (runs.Count == 0) continue;
            places[l] = new SourcePlace(0, page, runs);
            // The next line starts at or below this one's top (a little above: baselines of one row differ).
            while (from < order.Length && words[order[from]].Bottom < lineTop) from++;
        }
        return places;
    }

    /// <summary>Word indexes in reading order (printed line by printed line, each left to right) and each one's printed line.</summary>
    private static (int[] Order, int[] Band) ReadingOrder(IReadOnlyList<PdfWord> words)
    {
        var byTop = Enumerable.Range(0, words.Count).OrderBy(i => words[i].Baseline).ToList();
        var bands = new List<List<int>>();
        double baseline = double.MinValue, size = 0;
        foreach (var i in byTop)
        {
            var w = words[i];
            if (bands.Count == 0 || w.Baseline - baseline > 0.5 * Math.Max(size, w.Size)) { bands.Add([]); baseline = w.Baseline; size = w.Size; }
            bands[^1].Add(i);
        }
        var order = new List<int>(words.Count);
        var band = new List<int>(words.Count);
        for (var b = 0; b < bands.Count; b++)
            foreach (var i in bands[b].OrderBy(i => words[i].Left)) { order.Add(i); band.Add(b); }
        return (order.ToArray(), band.ToArray());
    }

    // Cells and words compared without the spaces and separators the layout may have dropped or added.
    private static string Norm(string s)
    {
        var chars = new char[s.Length];
        var n = 0;
        foreach (var c in s) if (!char.IsWhiteSpace(c) && c != ',') chars[n++] = c;
        return new string(chars, 0, n);
    }

    private static decimal Pt(double v) => Math.Round((decimal)v, 1, MidpointRounding.AwayFromZero);
}
