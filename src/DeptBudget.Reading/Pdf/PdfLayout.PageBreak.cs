using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// A ruled row that a page break cut in two (LibreOffice and Word let a row run over to the next page): its
/// rest starts the next page as a row of its own, and is joined again here. What tells a cut from a page
/// break between two whole rows is how every renderer sets text, not where one renderer puts a page's foot:
/// text is set line by line as far as it fits, so a cell whose text goes on over the page ends on the page
/// before with a line that has no room left for the first piece of its rest (商品和服务支 | 出, 重点工作任 |
/// 务完成). A line that ends its text usually leaves that room; where a label happens to fill its cell (a
/// column as wide as its widest label), the row still shows whether it ended: a cut row goes on only in the
/// cells that did not fit (the others ended on the page before), or its part on the page before does not close
/// as the table's whole rows close (the space under its lowest line).
/// </summary>
public static partial class PdfLayout
{
    /// <summary>
    /// A ruled grid's column edges, its type size, and what a page break needs of its rows: per column, the width
    /// still free on the lowest line of the last row's cell (to the cell's right border, less the cell's padding;
    /// infinite for an empty cell or one whose lowest line ends with a figure) and the width of the first
    /// unbreakable piece of text of the first row's cell (0 for an empty cell); per row from the top, the least
    /// space under a cell's lowest line to its bottom border; and whether a ruled row with no text opens the table
    /// (what a row broken with no text left to go on leaves).
    /// </summary>
    internal sealed record RuledShape(List<double> Edges, double Size, double[] FootFree, double[] HeadPiece, double[] RowSlack, bool OpensEmpty);

    /// <summary>
    /// The page's first row is the rest of the last row of the page before: the page before ended with a ruled
    /// table and this page starts with one of the same columns; the row has no amounts (figures are not broken
    /// over lines); each of its cells with text is under a cell of that last row with text, which ends on the
    /// page before with a line its rest would not have fitted on (<see cref="DidNotFit"/>); and the last row
    /// shows it did not end there: some of its cells have no rest (they ended on that page), or it does not close
    /// as the table's other rows do (<see cref="ClosesAsWholeRows"/>). The rest may be in any column, the first
    /// too (重点工作任 | 务完成). What geometry cannot tell: a label exactly as wide as its column at a page's foot
    /// over a row with text in fewer of the same columns (1、资金来源 | 10,902.00 over （1）政府预算资金) prints
    /// as a cut after a full line would; such a pair is joined.
    /// </summary>
    private static bool ContinuesRow(Foot foot, RuledShape page, IReadOnlyList<string> first)
    {
        var before = foot.Shape;
        // LibreOffice breaks a row whose space after does not fit: the rest is an empty row, and the text under it is a row of its own.
        if (!SameEdges(page.Edges, before.Edges) || page.OpensEmpty) return false;
        if (first.Count != foot.Row.Count || first.Count != before.FootFree.Length) return false;
        if (first.Any(c => TextNormalizer.TryAmount(c, out _))) return false;
        var filled = Enumerable.Range(0, first.Count).Where(k => first[k].Length > 0).ToList();
        if (filled.Count == 0 || filled.Any(k => foot.Row[k].Length == 0)) return false;
        var size = Math.Max(before.Size, page.Size);
        if (!filled.All(k => page.HeadPiece[k] > 0 && DidNotFit(before.FootFree[k], page.HeadPiece[k], size))) return false;
        // A row cut a line short of the page's foot keeps its cells' space after (LibreOffice, 商品和服务支 | 出):
        // then only some of its cells go on, the others ended on the page before.
        var wholeCells = foot.Row.Where((c, k) => c.Length > 0 && first[k].Length == 0).Any();
        return wholeCells || !ClosesAsWholeRows(before, page, size);
    }

    /// <summary>
    /// The page's last row leaves the space under its lowest line that the table's other rows leave (the
    /// cells' bottom padding and a paragraph's space after), within a quarter of the type size: the median of
    /// the rows above it, or, for a table with one row on the page, of the rows after the first on the next page.
    /// </summary>
    private static bool ClosesAsWholeRows(RuledShape before, RuledShape page, double size)
    {
        var others = before.RowSlack.Length > 1 ? before.RowSlack[..^1] : page.RowSlack.Skip(1).ToArray();
        if (others.Length == 0) return true;
        var usual = others.Order().ElementAt(others.Length / 2);
        return Math.Abs(before.RowSlack[^1] - usual) <= 0.25 * size;
    }

    /// <summary>
    /// Text was wrapped here: the piece that starts the next line (a word, or one ideograph with the
    /// punctuation that may not start a line) is wider than the room left on the line, with the space a
    /// Latin word needs before it. A line that ended with its text leaves that room (卫生健康 in a cell for
    /// six characters), unless its text happens to fill it.
    /// </summary>
    private static bool DidNotFit(double free, PdfWord next, double size) => DidNotFit(free, PieceWidth(next), size, StartsBreakable(next.Text));

    private static bool DidNotFit(double free, double piece, double size, bool ideograph = true) =>
        piece + (ideograph ? 0 : 0.25 * size) > free;

    /// <summary>Width of the first piece of a word a line may not break inside, in proportion to its characters.</summary>
    private static double PieceWidth(PdfWord w) => w.Text.Length == 0 ? 0 : w.Width * FirstPiece(w.Text) / w.Text.Length;

    /// <summary>
    /// Characters of the first piece a line break keeps together: opening punctuation with what follows it,
    /// then one CJK character with the closing punctuation after it (（一）, 制，), or a run of Latin letters and
    /// digits up to the next CJK character.
    /// </summary>
    internal static int FirstPiece(string s)
    {
        var n = FirstOpeningEnd(s);
        if (IsWide(s[n])) n++;
        else while (n < s.Length && !IsWide(s[n])) n++;
        while (n < s.Length && Closing.Contains(s[n])) n++;
        return Math.Max(n, 1);
    }

    // CJK characters, kana and full-width forms: a line may break after any of them.
    private static bool IsWide(char c) => c >= '\u2E80';

    private static bool StartsBreakable(string s) => s.Length > 0 && IsWide(s[FirstOpeningEnd(s)]);

    private static int FirstOpeningEnd(string s)
    {
        var n = 0;
        while (n < s.Length - 1 && Opening.Contains(s[n])) n++;
        return n;
    }

    private const string Opening = "（([【〔《〈「『“‘";
    private const string Closing = "，。、；：！？）)]】〕》〉」』”’,.;:!?%％";

    /// <summary>
    /// The page-break shape of a gridded region (see <see cref="RuledShape"/>). Bands are the rows' top borders;
    /// a cell's lowest line is its last; the first piece is taken from the topmost line's leftmost word.
    /// </summary>
    private static RuledShape Shape(List<Line> region, Dictionary<Chunk, Box> boxes, List<double> bands, List<double> edges, double[] pads, Borders borders)
    {
        var columns = edges.Count - 1;
        var chunks = region.SelectMany(l => l.Chunks).ToList();
        var footFree = Enumerable.Repeat(double.PositiveInfinity, columns).ToArray();
        var headPiece = new double[columns];
        foreach (var cell in chunks.Where(c => Nearest(bands, boxes[c].Top) == bands.Count - 1).GroupBy(c => boxes[c]))
        {
            var col = ColumnOf(edges, cell.Key);
            var lowest = cell.Max(c => c.Baseline);
            var end = cell.Where(c => c.Baseline >= lowest - 1).MaxBy(c => c.Right)!;
            // A figure or a code ends its cell: text does not run on from it (210 | 项目, a header repeated over the page).
            if (end.IsAmount) continue;
            footFree[col] = Math.Min(footFree[col], cell.Key.Right - pads[col] - end.Right);
        }
        foreach (var cell in chunks.Where(c => Nearest(bands, boxes[c].Top) == 0).GroupBy(c => boxes[c]))
        {
            var col = ColumnOf(edges, cell.Key);
            var top = cell.Min(c => c.Baseline);
            var lead = cell.Where(c => c.Baseline <= top + 1).MinBy(c => c.Left)!;
            headPiece[col] = PieceWidth(lead.First);
        }
        // Each row's least space under a cell's lowest line: bands in order from the top.
        var rowSlack = chunks.GroupBy(c => Nearest(bands, boxes[c].Top)).OrderBy(g => g.Key)
            .Select(band => band.GroupBy(c => boxes[c]).Min(cell => cell.Key.Bottom - cell.Max(c => c.Baseline))).ToArray();
        return new RuledShape(edges, chunks.Max(c => c.Size), footFree, headPiece, rowSlack, OpensEmpty(borders, edges, bands[0]));
    }

    /// <summary>
    /// Each column's cell padding: the least space between a word and its cell's left or right border in the
    /// column (a line set flush or filling its cell comes that close); 0 where that space is not known.
    /// </summary>
    private static double[] Paddings(List<Line> region, Dictionary<Chunk, Box> boxes, List<double> edges)
    {
        var pads = Enumerable.Repeat(double.PositiveInfinity, edges.Count - 1).ToArray();
        foreach (var c in region.SelectMany(l => l.Chunks))
        {
            var b = boxes[c];
            var col = ColumnOf(edges, b);
            pads[col] = Math.Min(pads[col], Math.Max(0, Math.Min(c.Left - b.Left, b.Right - c.Right)));
        }
        return pads.Select(p => double.IsInfinity(p) ? 0 : p).ToArray();
    }

    /// <summary>
    /// A ruled row with no text above the first row with text: a row border above it and the table's outer
    /// borders running from that border down to it.
    /// </summary>
    private static bool OpensEmpty(Borders borders, List<double> edges, double top)
    {
        var above = borders.H.Where(r => r.Y < top - 1 && r.Left < edges[1] && r.Right > edges[0]).Select(r => r.Y).DefaultIfEmpty(double.NaN).Max();
        if (double.IsNaN(above)) return false;
        bool Walls(double x) => borders.V.Any(r => Math.Abs(r.X - x) <= 1.5 && r.Top <= above + 1 && r.Bottom >= top - 1);
        return Walls(edges[0]) && Walls(edges[^1]);
    }

    // The same table's columns: every column edge where it was, to a point and a half (rules drawn as thin boxes).
    private static bool SameEdges(List<double> a, List<double> b) => a.Count == b.Count && a.Zip(b).All(e => Math.Abs(e.First - e.Second) <= 1.5);

    private static int ColumnOf(List<double> edges, Box b) => Math.Min(Nearest(edges, b.Left), edges.Count - 2);
}
