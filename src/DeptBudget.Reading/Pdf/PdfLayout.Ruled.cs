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
    private static List<IReadOnlyList<string>>? RuledGrid(List<Line> lines, int start, ref int end, PageState state, Borders borders, ref int notRuledTo)
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
        if (!region.Any(l => l.HasMoney) && region.Count(l => l.Multi) < 2 && textColumns < 2) return null;

        var edges = ColumnEdges(region.SelectMany(l => l.Chunks).Select(c => boxes[c]), borders);
        if (edges.Count < 3) return null;
        var apart = HeaderLinesInDataBands(region, boxes, bands);
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
                    if (!SpacedValue(before.Line, before.Chunk, line, c)) return null;
                    rows[row][col] += " ";
                }
                if (c.IsAmount) filled[(row, col)] = (line, c);
                rows[row][col] += c.Text;
            }
        end = last;
        notRuledTo = -1;
        state.Slots = Enumerable.Range(0, edges.Count - 1).Select(k => (edges[k], edges[k + 1])).ToList();
        state.Ruled = Shape(region, boxes, bands, edges);
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

    private static RuledShape Shape(List<Line> region, Dictionary<Chunk, Box> boxes, List<double> bands, List<double> edges)
    {
        var chunks = region.SelectMany(l => l.Chunks).ToList();
        // Space under each cell's lowest line.
        var slack = chunks.GroupBy(c => boxes[c]).Select(g => (Box: g.Key, Slack: g.Min(c => g.Key.Bottom - c.Baseline))).ToList();
        var last = slack.Where(x => Nearest(bands, x.Box.Top) == bands.Count - 1).ToList();
        var lastRow = Enumerable.Repeat(double.MaxValue, edges.Count - 1).ToArray();
        // Room right of each last-row cell's lowest line, to the cell's right border.
        var lastRoom = Enumerable.Repeat(double.MaxValue, edges.Count - 1).ToArray();
        foreach (var (box, space) in last)
        {
            var col = Math.Min(Nearest(edges, box.Left), edges.Count - 2);
            lastRow[col] = Math.Min(lastRow[col], space);
            var inBox = chunks.Where(c => boxes[c] == box).ToList();
            var lowest = inBox.Max(c => c.Baseline);
            lastRoom[col] = Math.Min(lastRoom[col], box.Right - inBox.Where(c => c.Baseline >= lowest - 1).Max(c => c.Right));
        }
        var others = slack.Except(last).Select(x => x.Slack).Order().ToList();
        // Each whole row's least space: under its tallest cell, the space a paragraph keeps after its last line.
        var rowLeast = slack.Except(last).GroupBy(x => Nearest(bands, x.Box.Top)).Select(g => g.Min(x => x.Slack)).Order().ToList();
        return new RuledShape(edges, chunks.Min(c => boxes[c].Top), chunks.Max(c => boxes[c].Bottom), chunks.Max(c => c.Size),
            lastRow, Median(others), Median(rowLeast), lastRoom);
    }

    private static double Median(List<double> sorted) => sorted.Count > 0 ? sorted[sorted.Count / 2] : double.NaN;

    /// <summary>
    /// A row broken by a page break (LibreOffice and Word let a row run over to the next page). The page before
    /// ended with a ruled table down to the foot of its text area (as far from the page's bottom as this
    /// page's table is from its top), this page starts with a table of the same columns, and its first row is
    /// text only with nothing in the first column (60岁以上农村户口人员医保代缴 | 费). What tells it from a row of
    /// its own: each of its words is in a column whose text on the page before runs down to the cell's bottom
    /// with less space under it than the table's cells have — a paragraph's space after comes only under its
    /// last line, which is on this page. Rows of text only (indicator rows) that merely start a page keep
    /// that space above the page break and stay rows of their own. Or, when the broken cells keep their space
    /// on both pages and the page before ends within a line of its foot: another cell of the row shows that
    /// the row was cut (<see cref="IsCut"/>), or each column the words are in ends on the page before with a
    /// line filling its cell to within a character and a half of the right border — the next character did
    /// not fit, so the text wrapped (商品和服务支 | 出); text ending short of its border ended there. Either
    /// way each word must be under text of the row before.
    /// </summary>
    private static bool ContinuesRow(Foot foot, RuledShape page, IReadOnlyList<string> first)
    {
        var before = foot.Shape;
        if (page.Edges.Count != before.Edges.Count || page.Edges.Zip(before.Edges).Any(e => Math.Abs(e.First - e.Second) > 1.5)) return false;
        if (first.Count != foot.Row.Count || first[0].Length > 0 || first.Any(c => TextNormalizer.TryAmount(c, out _))) return false;
        var filled = Enumerable.Range(0, first.Count).Where(k => first[k].Length > 0).ToList();
        if (filled.Count == 0 || filled.Any(k => foot.Row[k].Length == 0)) return false;
        // A table of one row at the page's foot has no other cells: the same table's cells on this page tell.
        var typical = double.IsNaN(before.TypicalSlack) ? page.TypicalSlack : before.TypicalSlack;
        var rowTypical = double.IsNaN(before.TypicalRowSlack) ? page.TypicalRowSlack : before.TypicalRowSlack;
        var footDiff = Math.Abs(foot.Gap - page.Top);
        return (footDiff <= 2.5 && filled.All(k => before.LastRowSlack[k] <= 0.75 * typical)) || IsCut(before, footDiff, rowTypical)
            || (footDiff <= 1.5 * before.Size && filled.All(k => before.LastRowRoom[k] < 1.5 * before.Size));
    }

    /// <summary>
    /// The last row on the page before was cut short by the page break: one of its cells (any column) prints its
    /// last line closer to the row's bottom than whole rows print their tallest cell's — no room was left for
    /// its paragraph's space after (LibreOffice: 部门预算经济 / 分类 two lines where the row has room for one and
    /// its space, 一般公共预 | 算 going on over the page with its own space kept). The page before ends within a
    /// line of its text area's foot: a further line of the cell did not fit.
    /// </summary>
    private static bool IsCut(RuledShape before, double footDiff, double rowTypical)
    {
        if (double.IsNaN(rowTypical) || footDiff > 1.5 * before.Size) return false;
        var least = before.LastRowSlack.Where(x => x < double.MaxValue).DefaultIfEmpty(double.NaN).Min();
        return least <= 0.75 * rowTypical;
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
