using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Pdf;

/// <summary>
/// Rebuilds lines of cells from the words of one page. Words on one baseline form a line; words close
/// together form one chunk. Runs of lines with several chunks are table regions: their columns are the
/// x-ranges the data rows occupy (numbers and codes), widened by header words that sit over no data;
/// every line of the region then gets one cell per column, empty where nothing is printed, so the
/// header parser and table builder see the same grid as the tab-separated text form. Lines outside
/// regions are one cell: titles, headings and paragraphs.
/// </summary>
public static partial class PdfLayout
{
    private sealed class Chunk(PdfWord first)
    {
        public double Left = first.Left, Right = first.Right, Size = first.Size, Baseline = first.Baseline, Top = first.Top;
        // The chunk's first word as printed: what a line break would have moved down (see DidNotFit).
        public readonly PdfWord First = first;
        public string Text = first.Text;
        public bool IsAmount => IsNumber(Text);
    }

    private sealed class Line(double baseline)
    {
        public double Baseline = baseline;
        public readonly List<PdfWord> Words = [];
        public readonly List<Chunk> Chunks = [];
        public bool HasMoney => Chunks.Any(c => TextNormalizer.LooksLikeMoney(c.Text));
        public bool Multi => Chunks.Count >= 2;
        public string Text => string.Concat(Chunks.Select(c => c.Text));
    }

    /// <summary>Columns of the last table region, carried to the next page for a table that continues without its header.</summary>
    public sealed class PageState
    {
        internal List<(double Left, double Right)>? Slots;

        /// <summary>Set by <see cref="Lines(IReadOnlyList{PdfWord}, PageState, IReadOnlyList{PdfRule})"/>: the page's first
        /// row is the rest of the previous page's last row, broken by the page break; join it to that row.</summary>
        public bool FirstRowContinues { get; internal set; }

        // The ruled table a page ended with, when nothing follows it on the page.
        internal Foot? Foot;

        // The last ruled grid read.
        internal RuledShape? Ruled;

        // The previous page's first line: a running header repeats it (see RunningHeader).
        internal (string Text, double Baseline)? Top;
    }

    /// <summary>A ruled table a page ends with (nothing under it on the page): its shape and its last row.</summary>
    internal sealed record Foot(RuledShape Shape, IReadOnlyList<string> Row);

    public static IEnumerable<IReadOnlyList<string>> Lines(IReadOnlyList<PdfWord> words) => Lines(words, new PageState());

    public static IEnumerable<IReadOnlyList<string>> Lines(IReadOnlyList<PdfWord> words, PageState state) => Lines(words, state, []);

    public static IEnumerable<IReadOnlyList<string>> Lines(IReadOnlyList<PdfWord> words, PageState state, IReadOnlyList<PdfRule> rules)
    {
        var lines = GroupLines(words);
        var borders = new Borders(rules);
        foreach (var l in lines) SplitChunks(l, borders);
        if (RunningHeader(lines, state)) lines.RemoveAt(0);
        var result = new List<IReadOnlyList<string>>();
        var foot = state.Foot;
        state.Foot = null;
        state.FirstRowContinues = false;
        // Lines already found walled in a run the borders could not grid: not tried again (no quadratic retries).
        var notRuledTo = -1;
        (Line Line, int Result)? prose = null;
        var margins = ProseMargins(lines);
        var i = 0;
        while (i < lines.Count)
        {
            var end = RegionEnd(lines, i);
            // Ruled cells need no region of several chunks a line: a form whose cells wrap word by word is one too.
            if (i > notRuledTo && RuledGrid(lines, i, ref end, state, borders, ref notRuledTo, result.Count == 0 ? foot : null) is { } ruled)
            {
                if (result.Count == 0 && foot is { } f && ruled.Count > 0 && ContinuesRow(f, state.Ruled!, ruled[0])) state.FirstRowContinues = true;
                result.AddRange(ruled);
                i = end + 1;
                if (i == lines.Count && ruled.Count > 0) state.Foot = new Foot(state.Ruled!, ruled[^1]);
                continue;
            }
            if (end < 0)
            {
                // A paragraph wrapped at the page's text width goes on in the line under it: one line, as the text
                // form prints it (…主要原因： | 管理规范要求增加… would leave the reason apart).
                if (prose is { } before && before.Result == result.Count - 1 && Wraps(before.Line, lines[i], margins))
                    result[^1] = [result[^1][0] + lines[i].Text];
                else result.Add([lines[i].Text]);
                prose = (lines[i], result.Count - 1);
                i++;
                continue;
            }
            result.AddRange(Grid(lines.GetRange(i, end - i + 1), state, i == 0, rules));
            i = end + 1;
        }
        return result;
    }

    /// <summary>
    /// The page's first line is a running header (苏州 prints `部门 2026 年度部门预算公开` atop every page): the same
    /// text at the same height as the previous page's first line, with no figures and few pieces. It is page
    /// furniture, not content: left in, it stands between a table's rows and the rows it continues with on this
    /// page, which are then gridded on their own and their figures land in columns by count, not by place.
    /// A table's header repeated atop each page has its column words (more pieces) and stays.
    /// </summary>
    private static bool RunningHeader(List<Line> lines, PageState state)
    {
        var before = state.Top;
        state.Top = null;
        if (lines.Count == 0) return false;
        var first = lines[0];
        state.Top = (first.Text, first.Baseline);
        // Not its left edge: a document's table pages may have other margins than its text pages (苏州 moves it by 30 pt).
        return lines.Count > 1 && before is { } b && b.Text == first.Text && Math.Abs(b.Baseline - first.Baseline) <= 1.5
            && first.Chunks.Count <= 3 && !first.HasMoney;
    }

    /// <summary>The left and right edges of the page's prose: the outermost edges of its longer one-chunk lines.</summary>
    private static (double Left, double Right)? ProseMargins(List<Line> lines)
    {
        var prose = lines.Where(l => l.Chunks.Count == 1 && l.Text.Length >= 10).ToList();
        return prose.Count < 2 ? null : (prose.Min(l => l.Chunks[0].Left), prose.Max(l => l.Chunks[0].Right));
    }

    /// <summary>
    /// The lower line continues the upper one's paragraph: the upper one runs to the right margin, the lower
    /// one starts at the left margin (a paragraph's first line is indented, or follows a short line) right
    /// under it in the same type, and is no numbered heading (八、… （一）… 1.…).
    /// </summary>
    private static bool Wraps(Line upper, Line lower, (double Left, double Right)? margins)
    {
        if (margins is not { } m || upper.Chunks.Count != 1 || lower.Chunks.Count != 1) return false;
        var a = upper.Chunks[0]; var b = lower.Chunks[0];
        var size = Math.Max(a.Size, b.Size);
        return Math.Abs(a.Size - b.Size) < 0.5 && a.Right >= m.Right - 1.5 * size && b.Left <= m.Left + 0.5 * size
            && lower.Baseline - upper.Baseline > 0 && lower.Baseline - upper.Baseline <= 1.8 * size && !Numbered().IsMatch(b.Text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])")]
    private static partial System.Text.RegularExpressions.Regex Numbered();

    private static List<Line> GroupLines(IReadOnlyList<PdfWord> words)
    {
        var lines = new List<Line>();
        foreach (var w in words.OrderBy(w => w.Baseline).ThenBy(w => w.Left))
        {
            // Same baseline within a third of the font size: the same printed line.
            var line = lines.Count > 0 && Math.Abs(lines[^1].Baseline - w.Baseline) < Math.Max(1.5, w.Size * 0.3) ? lines[^1] : null;
            if (line is null) { line = new Line(w.Baseline); lines.Add(line); }
            line.Words.Add(w);
        }
        return lines;
    }

    private static void SplitChunks(Line line, Borders borders)
    {
        Chunk? open = null;
        foreach (var w in line.Words.OrderBy(w => w.Left))
        {
            // Text continues across a gap smaller than a character; amounts and codes are cells of their own.
            if (open is not null && w.Left - open.Right < 0.9 * Math.Max(open.Size, w.Size)
                && !open.IsAmount && !IsNumber(w.Text) && !borders.VerticalBetween(open.Right, w.Left, w.Baseline - w.Size / 2))
            {
                open.Text += w.Text;
                open.Right = Math.Max(open.Right, w.Right);
                open.Top = Math.Min(open.Top, w.Top);
                continue;
            }
            // A number set in a Latin font runs on into CJK text with no space between, only the glyphs' side
            // bearings (LibreOffice: 2021年部门收支总体情况表, 0.00万元): one word, so a title stays a title;
            // cells of a table are never typeset touching.
            if (open is not null && open.IsAmount && w.Left - open.Right < 0.3 * Math.Max(open.Size, w.Size) && StartsCjk(w.Text)
                && !borders.VerticalBetween(open.Right, w.Left, w.Baseline - w.Size / 2))
            {
                open.Text += w.Text;
                open.Right = Math.Max(open.Right, w.Right);
                open.Top = Math.Min(open.Top, w.Top);
                continue;
            }
            open = new Chunk(w);
            line.Chunks.Add(open);
        }
    }

    private static bool StartsCjk(string s) => s.Length > 0 && TextNormalizer.IsIdeograph(s[0]);

    // "1." and "2、" number list items; an amount or a code has no trailing point.
    private static bool IsNumber(string s) => TextNormalizer.TryAmount(s, out _) && !s.EndsWith('.');

    /// <summary>The last line of a table region starting at <paramref name="start"/>, or -1 if none starts there.</summary>
    private static int RegionEnd(List<Line> lines, int start)
    {
        if (!IsGridLine(lines[start]) && !(IsShortCell(lines[start]) && !IsMetaLine(lines[start]) && GridFollows(lines, start + 1) && StartsHeader(lines, start))) return -1;
        var end = start;
        for (var k = start + 1; k < lines.Count; k++)
        {
            if (IsGridLine(lines[k])) { end = k; continue; }
            // A short line inside a table (a wrapped header word, a 合计 label) keeps the region open.
            if (IsShortCell(lines[k]) && GridFollows(lines, k + 1)) continue;
            if (IsShortCell(lines[k]) && RowClassifier.IsTotalLabel(TextNormalizer.Cell(lines[k].Text))) { end = k; continue; }
            break;
        }
        // A region needs a row of data or at least a header of several columns.
        var rows = Enumerable.Range(start, end - start + 1).Count(k => lines[k].Multi);
        return rows >= 2 || lines[start].HasMoney ? end : -1;
    }

    // A short line opens a table only under a title or a 编制部门 line, so a heading before a table stays prose.
    private static bool StartsHeader(List<Line> lines, int start) =>
        start > 0 && (IsMetaLine(lines[start - 1]) || (lines[start - 1].Chunks.Count == 1 && TableTitles.Recognise(lines[start - 1].Text) is not null) || IsGridLine(lines[start - 1]));

    private static bool GridFollows(List<Line> lines, int from)
    {
        for (var k = from; k < Math.Min(lines.Count, from + 4); k++)
        {
            if (IsGridLine(lines[k])) return true;
            if (!IsShortCell(lines[k])) return false;
        }
        return false;
    }

    private static bool IsGridLine(Line l) => l.Multi && !IsMetaLine(l);

    private static bool IsMetaLine(Line l)
    {
        var t = TextNormalizer.Cell(l.Chunks[0].Text);
        return t.StartsWith("编制部门") || t.StartsWith("编制单位") || TableBuilder.IsMeta(t);
    }

    private static bool IsShortCell(Line l) => l.Chunks.Count == 1 && l.Text.Length <= 16 && !l.Text.EndsWith('。')
        && TableTitles.Recognise(l.Text) is null;

    private static IEnumerable<IReadOnlyList<string>> Grid(List<Line> region, PageState state, bool pageTop, IReadOnlyList<PdfRule> rules)
    {
        var (slots, spanning) = Slots(region);
        // Rows at the top of a page with no header of their own continue the table of the page before.
        if (pageTop && region[0].HasMoney && state.Slots is { } before)
            slots = Merge(before.Concat(slots));
        state.Slots = slots;
        var grid = new List<(Line Line, string[] Cells)>();
        string[]? carried = null;
        for (var n = 0; n < region.Count; n++)
        {
            var line = region[n];
            var cells = new string[slots.Count];
            Array.Fill(cells, "");
            foreach (var c in line.Chunks)
            {
                var s = line.HasMoney ? -1 : RuledCellStart(c, slots, rules);
                if (s < 0) s = spanning.TryGetValue(c, out var start) ? SlotOf(slots, start) : SlotOf(slots, c);
                cells[s] += c.Text;
            }
            if (carried is not null)
            {
                for (var k = 0; k < cells.Length; k++) cells[k] = carried[k] + cells[k];
                carried = null;
            }
            // Text centred in a ruled row prints above its row's figures (西峡县医疗 / 044 … / 保障局本级):
            // a line with no amounts, ruled off from the row before but not from the next, goes with the next.
            // Only a lone text chunk over an empty spot of the row's line: a row of its own (a 类 label) has
            // its code, and text in the same column below it belongs to the next row.
            if (!line.HasMoney && line.Chunks.Count == 1 && !IsNumber(line.Text) && n + 1 < region.Count && region[n + 1].HasMoney && grid.Count > 0
                && !region[n + 1].Chunks.Any(c => Overlap(c, line.Chunks[0]) > 0)
                && RuleBetween(rules, grid[^1].Line, line) && !RuleBetween(rules, line, region[n + 1])
                && !RowClassifier.IsTotalLabel(TextNormalizer.Cell(line.Text)))
            {
                carried = cells;
                continue;
            }
            // A line with no amounts right under a data row, closer than a row pitch, is that row's wrapped text.
            if (grid.Count > 0 && !line.HasMoney && grid[^1].Line.HasMoney && !RuleBetween(rules, grid[^1].Line, line) && !RowClassifier.IsTotalLabel(TextNormalizer.Cell(line.Text))
                && line.Baseline - grid[^1].Line.Baseline < 1.3 * line.Chunks.Max(c => c.Size)
                && !line.Chunks.Any(c => TextNormalizer.TryAmount(c.Text, out _)))
            {
                var prev = grid[^1].Cells;
                for (var k = 0; k < cells.Length; k++) prev[k] += cells[k];
                continue;
            }
            grid.Add((line, cells));
        }
        if (rules.Count > 0) JoinRuledHeaderCells(grid, slots, rules);
        return grid.Where(g => g.Cells.Any(c => c.Length > 0)).Select(g => (IReadOnlyList<string>)g.Cells);
    }

    /// <summary>
    /// Header text in one ruled cell prints over several lines (centred in a cell of several header rows,
    /// or wrapped): with no rule between two header lines at a column, the lower text is the same cell and
    /// moves up, so each header row reads as the text form prints it.
    /// </summary>
    private static void JoinRuledHeaderCells(List<(Line Line, string[] Cells)> grid, List<(double Left, double Right)> slots, IReadOnlyList<PdfRule> rules)
    {
        var header = grid.TakeWhile(g => !g.Line.HasMoney).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var n = 1; n < header.Count; n++)
                for (var k = 0; k < slots.Count; k++)
                {
                    if (header[n].Cells[k].Length == 0) continue;
                    var x = (slots[k].Left + slots[k].Right) / 2;
                    var upper = header[n - 1].Line; var lower = header[n].Line;
                    var ruled = rules.Any(r => r.Horizontal && r.Left < x && r.Right > x
                        && r.Y > upper.Baseline && r.Y < lower.Baseline - lower.Chunks.Max(c => c.Size) * 0.8);
                    // Only inside a cell ruled on both sides at both heights: a table whose borders were not
                    // found (drawn as one shape, or not drawn) keeps its lines as printed.
                    if (ruled || !Walled(rules, x, upper) || !Walled(rules, x, lower)) continue;
                    if (header[n - 1].Cells[k].Length > 0) continue;
                    header[n - 1].Cells[k] += header[n].Cells[k];
                    header[n].Cells[k] = "";
                    changed = true;
                }
        }
    }

    /// <summary>
    /// A header word in a ruled cell spanning several columns belongs to the first of them, where the
    /// text form prints a merged cell: the cell is bounded by the nearest vertical rules either side of
    /// the word at its height. -1 without rules, or when the cell holds one column only.
    /// </summary>
    private static int RuledCellStart(Chunk c, List<(double Left, double Right)> slots, IReadOnlyList<PdfRule> rules)
    {
        if (rules.Count == 0) return -1;
        var y = c.Baseline - c.Size / 2;
        var at = rules.Where(r => r.Vertical && r.Top <= y && r.Bottom >= y).ToList();
        var left = at.Where(r => r.X <= c.Left + 1).Select(r => r.X).DefaultIfEmpty(double.NaN).Max();
        var right = at.Where(r => r.X >= c.Right - 1).Select(r => r.X).DefaultIfEmpty(double.NaN).Min();
        if (double.IsNaN(left) || double.IsNaN(right)) return -1;
        var inside = Enumerable.Range(0, slots.Count).Where(k => (slots[k].Left + slots[k].Right) / 2 is var m && m > left && m < right).ToList();
        return inside.Count >= 2 ? inside[0] : -1;
    }

    private static bool Walled(IReadOnlyList<PdfRule> rules, double x, Line line)
    {
        var y = line.Baseline - line.Chunks.Max(c => c.Size) / 2;
        var at = rules.Where(r => r.Vertical && r.Top <= y && r.Bottom >= y).ToList();
        return at.Any(r => r.X < x) && at.Any(r => r.X > x);
    }

    // A horizontal rule between two lines, across the x-range of the upper one: they are different rows.
    private static bool RuleBetween(IReadOnlyList<PdfRule> rules, Line upper, Line lower)
    {
        var left = upper.Chunks.Min(c => c.Left); var right = upper.Chunks.Max(c => c.Right);
        return rules.Any(r => r.Horizontal && r.Y > upper.Baseline && r.Y < lower.Baseline - lower.Chunks.Max(c => c.Size) * 0.8
            && r.Left < right && r.Right > left);
    }

    /// <summary>
    /// Column x-ranges: the union of data chunks that overlap, then header chunks over no data column,
    /// except a header word that heads several columns or is the wrapped part of another header word.
    /// Spanning header words are mapped to the lower header word their span starts at.
    /// </summary>
    private static (List<(double Left, double Right)> Slots, Dictionary<Chunk, Chunk> Spanning) Slots(List<Line> region)
    {
        var dataLines = region.Where(l => l.HasMoney).ToList();
        var bridging = Bridging(dataLines);
        var data = dataLines.SelectMany(l => l.Chunks).Where(c => !bridging.Contains(c)).ToList();
        var slots = Merge(data.Select(c => (c.Left, c.Right)));
        var headerLines = region.Where(l => !l.HasMoney).ToList();
        var headerChunks = headerLines.SelectMany(l => l.Chunks).ToList();
        var spanning = new Dictionary<Chunk, Chunk>();
        var extra = new List<(double, double)>();
        foreach (var line in headerLines)
            foreach (var c in line.Chunks)
            {
                if (slots.Any(s => Overlap(s, c) > 0)) continue;
                // A figure or code heads no columns: where a table prints its amounts without decimals (元 tables
                // of 西安 政府采购) no row counts as data, and 类 220 would span 序号 | 款 of the next row, read 2220.
                var start = c.IsAmount ? null : SpanStart(c, line, headerLines);
                if (start is not null) { spanning[c] = start; continue; }
                // 数 under 机关运行经费预算: part of a header word that sits over data.
                if (headerChunks.Any(o => o != c && c.Left >= o.Left - 1 && c.Right <= o.Right + 1 && slots.Any(s => Overlap(s, o) > 0))) continue;
                var headed = UnheadedSlotOnRight(c, slots, headerChunks);
                if (headed >= 0) { slots[headed] = (Math.Min(slots[headed].Left, c.Left), slots[headed].Right); continue; }
                extra.Add((c.Left, c.Right));
            }
        return (Merge(slots.Concat(extra)), spanning);
    }

    /// <summary>
    /// Labels of data rows run long into the amount column on their right (西安 收支总表: 其中：专项资金列入部门预算的项目
    /// reaches under 预算数): a text chunk over both a label of other rows and two amounts or more of other rows
    /// right of that label. Left out when the columns are found, so one long label does not join the label and
    /// amount columns every other row keeps apart; it then goes to the column it starts in.
    /// </summary>
    private static HashSet<Chunk> Bridging(List<Line> dataLines)
    {
        var result = new HashSet<Chunk>();
        var budget = 200_000; // pairs looked at: a page of thousands of chunks stays bounded
        foreach (var line in dataLines)
            foreach (var c in line.Chunks)
            {
                if (TextNormalizer.LooksLikeMoney(c.Text) || IsNumber(c.Text)) continue;
                var under = new List<Chunk>();
                foreach (var other in dataLines)
                {
                    if (other == line) continue;
                    foreach (var o in other.Chunks) if (Overlap(o, c) > 0) under.Add(o);
                    if ((budget -= other.Chunks.Count) < 0) return result;
                }
                var amounts = under.Where(o => TextNormalizer.LooksLikeMoney(o.Text) && o.Left > c.Left).ToList();
                if (amounts.Count >= 2 && under.Any(o => !TextNormalizer.LooksLikeMoney(o.Text) && !IsNumber(o.Text) && o.Right < amounts.Min(a => a.Left) - 0.5))
                    result.Add(c);
            }
        return result;
    }

    /// <summary>
    /// Figures printed right-aligned past their header's right edge (万里 prints 0 under 事业收入 so): the
    /// data column just right of a header word, with no header word over it, is that word's column.
    /// Returns its index, or -1.
    /// </summary>
    private static int UnheadedSlotOnRight(Chunk c, List<(double Left, double Right)> slots, List<Chunk> headerChunks)
    {
        var k = slots.FindIndex(s => s.Left >= c.Right - 0.5);
        if (k < 0 || slots[k].Left - c.Right > 2.5 * c.Size) return -1;
        if (k > 0 && c.Left - slots[k - 1].Right < slots[k].Left - c.Right) return -1;
        var slot = slots[k];
        return headerChunks.Any(o => Overlap(slot, o) > 0) ? -1 : k;
    }

    /// <summary>
    /// A header word over a gap between columns with words of a lower header row close on both sides
    /// (本年收入 over 项目 | 预算数) heads those columns: the nearest lower word on its left, or null.
    /// </summary>
    private static Chunk? SpanStart(Chunk c, Line line, List<Line> headerLines)
    {
        var reach = Math.Max(c.Right - c.Left, 40) * 2;
        var below = headerLines.Where(l => l.Baseline > line.Baseline + 1).SelectMany(l => l.Chunks).ToList();
        var left = below.Where(b => b.Right <= c.Left + 1 && c.Left - b.Right < reach).MaxBy(b => b.Right);
        var right = below.Any(b => b.Left >= c.Right - 1 && b.Left - c.Right < reach);
        return left is not null && right ? left : null;
    }

    private static List<(double Left, double Right)> Merge(IEnumerable<(double Left, double Right)> ranges)
    {
        var merged = new List<(double Left, double Right)>();
        foreach (var r in ranges.OrderBy(r => r.Left))
        {
            if (merged.Count > 0 && r.Left < merged[^1].Right - 0.5)
                merged[^1] = (merged[^1].Left, Math.Max(merged[^1].Right, r.Right));
            else merged.Add(r);
        }
        return merged;
    }

    private static double Overlap((double Left, double Right) s, Chunk c) => Math.Min(s.Right, c.Right) - Math.Max(s.Left, c.Left);

    // A header word covering several columns goes to the first, where the text form prints a merged cell.
    private static int SlotOf(List<(double Left, double Right)> slots, Chunk c)
    {
        for (var k = 0; k < slots.Count; k++) if (Overlap(slots[k], c) > 0.5) return k;
        var centre = (c.Left + c.Right) / 2;
        var best = 0;
        for (var k = 1; k < slots.Count; k++)
            if (Distance(slots[k], centre) < Distance(slots[best], centre)) best = k;
        return best;
    }

    private static double Distance((double Left, double Right) s, double x) => x < s.Left ? s.Left - x : x > s.Right ? x - s.Right : 0;

    private static double Overlap(Chunk a, Chunk b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
}
