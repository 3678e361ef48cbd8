using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// Tables with a border round every cell (our own Chromium PDFs draw each cell's edges): the borders give
/// the grid outright, where word positions alone cannot tell which wrapped or centred words share a cell.
/// Each chunk belongs to the cell its nearest borders enclose; a cell's text is its chunks in reading
/// order (header words wrapped over lines, a unit name over two lines, 类型 text centred above a row's
/// figures); rows are the cells' top borders, columns the vertical borders, and a cell spanning rows or
/// columns prints in its first, as the text form prints a merged cell.
/// </summary>
public static partial class PdfLayout
{
    private readonly record struct Box(double Left, double Right, double Top, double Bottom);

    /// <summary>Rules of one page sorted for nearest-border look-ups.</summary>
    private sealed class Borders(IReadOnlyList<PdfRule> rules)
    {
        public readonly PdfRule[] V = rules.Where(r => r.Vertical).OrderBy(r => r.X).ToArray();
        public readonly PdfRule[] H = rules.Where(r => r.Horizontal).OrderBy(r => r.Y).ToArray();

        private const int Reach = 2000;

        /// <summary>The cell whose borders enclose the chunk, or null when a side has no border.</summary>
        public Box? BoxOf(Chunk c)
        {
            var x = (c.Left + c.Right) / 2; var y = (c.Top + c.Baseline) / 2;
            double left = double.NaN, right = double.NaN, top = double.NaN, bottom = double.NaN;
            // Each search looks at a bounded number of rules, so a page of many thousand rules stays linear.
            var k = FirstAbove(V, x, r => r.X);
            for (var j = k - 1; j >= Math.Max(0, k - Reach) && double.IsNaN(left); j--) if (V[j].Top <= y && V[j].Bottom >= y) left = V[j].X;
            for (var j = k; j < Math.Min(V.Length, k + Reach) && double.IsNaN(right); j++) if (V[j].Top <= y && V[j].Bottom >= y) right = V[j].X;
            k = FirstAbove(H, y, r => r.Y);
            for (var j = k - 1; j >= Math.Max(0, k - Reach) && double.IsNaN(top); j--) if (H[j].Left <= x && H[j].Right >= x) top = H[j].Y;
            for (var j = k; j < Math.Min(H.Length, k + Reach) && double.IsNaN(bottom); j++) if (H[j].Left <= x && H[j].Right >= x) bottom = H[j].Y;
            if (double.IsNaN(left) || double.IsNaN(right) || double.IsNaN(top) || double.IsNaN(bottom)) return null;
            // A chunk across a border is not in one cell.
            if (left > c.Left + 1 || right < c.Right - 1) return null;
            return new Box(left, right, top, bottom);
        }

        /// <summary>A cell border between two words: they are different cells however close (类型 | 项目名称).</summary>
        public bool VerticalBetween(double from, double to, double y)
        {
            for (var j = FirstAbove(V, from - 0.5, r => r.X); j < V.Length && V[j].X < to + 0.5; j++)
                if (V[j].Top <= y && V[j].Bottom >= y) return true;
            return false;
        }

        private static int FirstAbove(PdfRule[] sorted, double value, Func<PdfRule, double> key)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi) { var mid = (lo + hi) / 2; if (key(sorted[mid]) <= value) lo = mid + 1; else hi = mid; }
            return lo;
        }
    }

    /// <summary>
    /// The region from <paramref name="start"/> as rows of ruled cells, extended over the following lines
    /// whose every chunk is in a cell (one-cell rows such as 十一、节能环保支出 keep the table open) and cut
    /// before lines that are not (a page number under the table). Null when the region is not ruled so.
    /// </summary>
    private static List<IReadOnlyList<string>>? RuledGrid(List<Line> lines, int start, ref int end, PageState state, Borders borders, ref int notRuledTo, Foot? foot)
    {
        if (borders.V.Length < 3 || borders.H.Length < 2) return null;
        var boxes = new Dictionary<Chunk, Box>();
        var last = start - 1;
        for (var k = start; k < lines.Count; k++)
        {
            var inCells = lines[k].Chunks.Select(c => (c, Box: borders.BoxOf(c))).ToList();
            if (inCells.Any(x => x.Box is null)) break;
            foreach (var (c, b) in inCells) boxes[c] = b!.Value;
            last = k;
        }
        if (last < start) return null;
        last = NextTableStart(lines, start, last, boxes, borders) - 1;
        notRuledTo = last; // reset below when the run is gridded
        var region = lines.GetRange(start, last - start + 1);
        var bands = Cluster(region.SelectMany(l => l.Chunks).Select(c => boxes[c].Top));
        // Text in two ruled columns or more is a table even without amounts (洛龙 三公 table: labels, every
        // figure blank) or as a single row (a table's last row alone at a page's foot, its figures 20 | 20 | 0).
        var textColumns = Cluster(region.SelectMany(l => l.Chunks).Select(c => boxes[c].Left)).Count;
        var lone = !region.Any(l => l.HasMoney) && region.Count(l => l.Multi) < 2 && textColumns < 2;
        if (lone && (foot is null || start > 0)) return null;

        var edges = ColumnEdges(region.SelectMany(l => l.Chunks).Select(c => boxes[c]), borders);
        if (edges.Count < 3) return null;
        // Text in one column only at a page's top is the rest of a row the page before broke (a long paragraph
        // run over the page) when it is in the columns of the table that page ended with; otherwise not a table.
        if (lone && !SameEdges(edges, foot!.Shape.Edges)) return null;
        var apart = HeaderLinesInDataBands(region, boxes, bands);
        var pads = Paddings(region, boxes, edges);
        // Two rows per band: a header line printed in a data row's band (上海 类|款|项 over 合计), then the band.
        var rows = new string[bands.Count * 2][];
        var filled = new Dictionary<(int, int), (Line Line, Chunk Chunk)>();
        foreach (var line in region)
            foreach (var c in line.Chunks)
            {
                var b = boxes[c];
                var row = Nearest(bands, b.Top) * 2 + (apart.Contains(line) || IsCodeHead(c, line) ? 0 : 1);
                var col = Math.Min(Nearest(edges, b.Left), edges.Count - 2);
                rows[row] ??= Enumerable.Repeat("", edges.Count - 1).ToArray();
                if (c.IsAmount && filled.TryGetValue((row, col), out var before))
                {
                    // Two amounts in one cell: the rows are not ruled apart, so the borders do not give the rows —
                    // unless they are one value printed with spaces (4113232400 0000002480 5): one line, a space apart.
                    // — or one value wrapped in its cell (4113232400 0000002480 / 5): it goes on where a space broke it.
                    // — or an amount too wide for a narrow cell, broken between its digits (24995.9 / 4): joined as printed.
                    if (!BrokenAmount.Joins(before.Line.Baseline, before.Chunk.Text, before.Chunk.Size, line.Baseline, c.Text, c.Size))
                    {
                        if (!SpacedValue(before.Line, before.Chunk, line, c) && !WrappedValue(before.Line, before.Chunk, line, c, b, pads[col])) return null;
                        rows[row][col] += " ";
                    }
                }
                if (c.IsAmount) filled[(row, col)] = (line, c);
                rows[row][col] += c.Text;
            }
        end = last;
        notRuledTo = -1;
        state.Slots = Enumerable.Range(0, edges.Count - 1).Select(k => (edges[k], edges[k + 1])).ToList();
        state.Ruled = Shape(region, boxes, bands, edges, pads, borders);
        return rows.Where(r => r is not null && r.Any(c => c.Length > 0)).Select(r => (IReadOnlyList<string>)r).ToList();
    }

    /// <summary>
    /// The first line of a second table set right under the first with columns of its own (LibreOffice stacks
    /// the tables of a text cut by blank lines with no gap): the band whose inner column borders are mostly
    /// not the band's before. A header row merging cells draws a subset of the borders below it, so it never
    /// cuts. Returns <paramref name="last"/> + 1 when the run is one table.
    /// </summary>
    private static int NextTableStart(List<Line> lines, int start, int last, Dictionary<Chunk, Box> boxes, Borders borders)
    {
        List<double>? before = null;
        var beforeTop = double.NaN;
        var looked = 0;
        for (var k = start; k <= last; k++)
        {
            var top = lines[k].Chunks.Min(c => boxes[c].Top);
            if (top == beforeTop) continue;
            // Each look passes over the page's vertical rules: bounded for a page of thousands of rows.
            if (++looked > 400) break;
            var inner = InnerEdges(borders, top + 2);
            if (before is not null && top > beforeTop && before.Count >= 3 && inner.Count >= 3
                && inner.Count(x => before.Any(b => Math.Abs(b - x) <= 1)) * 2 < Math.Min(before.Count, inner.Count))
                return k;
            if (top > beforeTop || double.IsNaN(beforeTop)) { before = inner; beforeTop = top; }
        }
        return last + 1;
    }

    // Vertical borders crossing height y, close ones as one, without the outermost two (shared by stacked tables).
    private static List<double> InnerEdges(Borders borders, double y)
    {
        var xs = Cluster(borders.V.Where(r => r.Top <= y && r.Bottom >= y).Select(r => r.X));
        return xs.Count <= 2 ? [] : xs.GetRange(1, xs.Count - 2);
    }

    // A number right after another on the same line, no further from it than a space: one value with a space in it.
    private static bool SpacedValue(Line line, Chunk before, Line at, Chunk c) =>
        line == at && before.IsAmount && c.Left - before.Right >= -0.5 && c.Left - before.Right < 0.5 * Math.Max(before.Size, c.Size);

    /// <summary>
    /// A number on the line under another in the same cell that is the rest of the same value, wrapped at a
    /// space: it starts the next line at the cell's left, and it would not have fitted after the number above
    /// (see <see cref="DidNotFit"/>). Two values of rows the borders do not part leave room, or are set apart.
    /// </summary>
    private static bool WrappedValue(Line upperLine, Chunk upper, Line lower, Chunk c, Box box, double pad)
    {
        var size = Math.Max(upper.Size, c.Size);
        if (lower == upperLine || c.Baseline - upper.Baseline <= 0 || c.Baseline - upper.Baseline >= 2 * size) return false;
        // The last on its line in the cell, and the first on the next: nothing between them.
        if (upperLine.Chunks.Any(o => o.Left > upper.Left && o.Left < box.Right && o.Right > box.Left)) return false;
        if (lower.Chunks.Any(o => o.Left < c.Left && o.Right > box.Left && o.Left < box.Right)) return false;
        return c.Left - box.Left - pad < 0.5 * size && DidNotFit(box.Right - pad - upper.Right, c.First, size);
    }

    /// <summary>
    /// Lines without amounts above a band's amounts whose every word is alone in its cell: a header row
    /// whose bottom border is not drawn (上海 prints 类 | 款 | 项 in the 合计 row's band). Wrapped or centred
    /// text of the row itself shares its cell with another line (其他运转 / 类), or prints on the amounts' line.
    /// </summary>
    private static HashSet<Line> HeaderLinesInDataBands(List<Line> region, Dictionary<Chunk, Box> boxes, List<double> bands)
    {
        var perBox = boxes.Values.GroupBy(b => b).ToDictionary(g => g.Key, g => g.Count());
        var moneyLine = new Dictionary<int, double>();
        foreach (var line in region.Where(l => l.HasMoney))
            foreach (var c in line.Chunks.Where(c => c.IsAmount))
            {
                var band = Nearest(bands, boxes[c].Top);
                moneyLine[band] = Math.Min(moneyLine.GetValueOrDefault(band, double.MaxValue), c.Baseline);
            }
        var apart = new HashSet<Line>();
        foreach (var line in region.Where(l => !l.HasMoney))
        {
            var band = Nearest(bands, boxes[line.Chunks[0]].Top);
            if (moneyLine.TryGetValue(band, out var first) && line.Baseline < first - 1 && !line.Chunks.Any(c => IsNumber(c.Text))
                && line.Chunks.All(c => Nearest(bands, boxes[c].Top) == band && perBox[boxes[c]] == 1))
                apart.Add(line);
        }
        return apart;
    }

    // 类 | 款 | 项 printed on the 合计 row's line in its band (上海 支出决算表) head the code columns; no data cell reads so.
    private static bool IsCodeHead(Chunk c, Line line) => line.HasMoney && c.Text is "类" or "款" or "项";

    // Vertical borders crossing the region, within the table's outer edges, close ones (a double line) as one.
    private static List<double> ColumnEdges(IEnumerable<Box> boxes, Borders borders)
    {
        var top = boxes.Min(b => b.Top); var bottom = boxes.Max(b => b.Bottom);
        var (left, right) = OuterEdges(boxes.Min(b => b.Left), boxes.Max(b => b.Right), top, bottom, borders);
        return Cluster(borders.V.Where(r => r.X >= left - 1 && r.X <= right + 1 && r.Top < bottom - 1 && r.Bottom > top + 1).Select(r => r.X));
    }

    /// <summary>
    /// The table's left and right edges: the row borders running on from the cells that hold text. A column
    /// empty in every row of the region (the first column of 洛龙's 收支总表 on its second page, trailing
    /// columns with no figures) is then kept, so each row has the cells the text form prints.
    /// </summary>
    private static (double Left, double Right) OuterEdges(double left, double right, double top, double bottom, Borders borders)
    {
        var from = FirstAtOrAbove(borders.H, top - 1);
        var rows = new List<PdfRule>();
        for (var j = from; j < borders.H.Length && borders.H[j].Y <= bottom + 1 && rows.Count < 4000; j++) rows.Add(borders.H[j]);
        // Segments touching the known extent widen it (our own PDFs rule each cell's edge apart): sorted so that
        // a chain of segments is followed in one pass a side.
        foreach (var r in rows.OrderByDescending(r => r.Right))
            if (r.Right >= left - 1 && r.Left < left) left = r.Left;
        foreach (var r in rows.OrderBy(r => r.Left))
            if (r.Left <= right + 1 && r.Right > right) right = r.Right;
        return (left, right);
    }

    private static int FirstAtOrAbove(PdfRule[] sortedByY, double y)
    {
        int lo = 0, hi = sortedByY.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sortedByY[mid].Y < y) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
            if (result.Count == 0 || v - result[^1] > 2) result.Add(v);
        return result;
    }

    private static int Nearest(List<double> sorted, double v)
    {
        var k = sorted.BinarySearch(v);
        if (k >= 0) return k;
        k = ~k;
        if (k == 0) return 0;
        if (k == sorted.Count) return k - 1;
        return v - sorted[k - 1] <= sorted[k] - v ? k - 1 : k;
    }
}
