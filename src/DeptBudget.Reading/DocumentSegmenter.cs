using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading;

/// <summary>
/// Splits a document's lines into its 目录, its prose (by part) and its table blocks. A line is a
/// table title when its words mean a known table and a table (or its 部门名称/单位 lines) follows.
/// </summary>
public static partial class DocumentSegmenter
{
    public sealed record Segments(
        IReadOnlyList<SourceLine> Contents,
        IReadOnlyList<SourceLine> Prose,
        IReadOnlyList<TableBlock> Tables);

    public static Segments Split(IReadOnlyList<SourceLine> lines)
    {
        var contents = new List<SourceLine>();
        var prose = new List<SourceLine>();
        var tables = new List<TableBlock>();
        var i = 0;

        // 目 录 spaced wide enough to be read as two cells (苏州: 目 | 录) is the same heading.
        var toc = FindIndex(lines, 0, IsContentsHeading);
        if (toc >= 0)
        {
            for (var k = 0; k < toc; k++) prose.Add(lines[k]);
            var end = FindIndex(lines, toc + 1, l => l.IsText && PartOnly().IsMatch(TextNormalizer.Cell(l.Cells[0])));
            // A 目录 lists each entry once: its first entry printed again (苏州: 第一部分 部门概况) is the body's start.
            var first = FindIndex(lines, toc + 1, l => !l.IsBlank);
            var firstJoined = first < 0 ? "" : Joined(lines[first]);
            var again = first < 0 ? -1 : FindIndex(lines, first + 1, l => !l.IsBlank && Joined(l) == firstJoined);
            if (again >= 0 && (end < 0 || again < end)) end = again;
            // Without 第X部分 the 目录 ends at the first line that is not an entry (上海: 1. … 9. then the body).
            if (end < 0) end = EntriesEnd(lines, toc + 1);
            if (end < 0) end = lines.Count;
            // A 目录 printed as a grid (表1 | 名称 | 是否空表 | 理由) ends where its rows end.
            if (first >= 0 && (ContentsRow(lines[first]) || ContentsHeader(lines[first]))) end = ListEnd(lines, toc + 1);
            for (var k = toc + 1; k < end; k++)
            {
                // An entry wrapped onto the next line (七、财政拨款“三公”经费支出决算 / 表) is one entry.
                if (contents.Count > 0 && WrappedEntry(contents[^1], lines[k]))
                    contents[^1] = contents[^1] with { Cells = [contents[^1].Cells[0] + TextNormalizer.Cell(lines[k].Cells[0])] };
                else contents.Add(lines[k]);
            }
            i = end;
        }

        TableBlock? open = null;
        var openLines = new List<SourceLine>();
        // The open table is a grid found in the prose, under no title: it ends where the prose goes on.
        var inProse = false;
        void Close()
        {
            if (open is not null) tables.Add(open with { Lines = openLines.ToList() });
            open = null; openLines.Clear(); inProse = false;
        }

        var unknown = new Dictionary<string, string>();
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            // A second 目录 (西安: the narrative's 目录 first, then 报表目录 over the tables as a grid 表1 | 名称 | 是否空表 |
            // 理由) and a bare list of table titles (杭州: 表1.… to 表11.… under 四、预算公开表, no grid under any) list the
            // tables too: their entries join the 目录 and never become a table or prose.
            if (IsContentsHeading(line) || ListedTitles(lines, i) >= 2)
            {
                var from = IsContentsHeading(line) ? i + 1 : i;
                var until = ListEnd(lines, from);
                if (until > from)
                {
                    Close();
                    for (var k = from; k < until; k++) if (!lines[k].IsBlank) contents.Add(lines[k]);
                    i = until - 1;
                    continue;
                }
            }
            var text = line.IsText ? TextNormalizer.Cell(line.Cells[0]) : "";
            var id = line.IsText ? TableTitles.Recognise(text) : null;
            // A title in a ruled grid's top row (北京: 预算01表 收支总表 spanning the frame) is the row's one filled
            // cell; there it must carry a table tag, so a one-cell data row is never taken for a title.
            if (!line.IsText && GridTitle(line) is { } cell)
            {
                text = cell;
                id = TableTitles.Recognise(text) ?? (TableTitles.LooksLikeTitle(text) ? "" : null);
            }
            // A title broken over a grid row's cells under its tag printed alone (西安: 表 | 14, then 2022 | 年部门预算专项
            // 业务经费绩效目标表): the tag above says the row is a title; the tag row belongs to no table.
            else if (!line.IsText && TaggedAbove(lines, i) is { } tagAt && SplitTitle(line) is { } split)
            {
                text = split;
                id = TableTitles.Recognise(text) ?? "";
                if (openLines.Count > 0 && ReferenceEquals(openLines[^1], lines[tagAt])) openLines.RemoveAt(openLines.Count - 1);
            }
            // A table of no known meaning (表11 …上年结转资金支出表) is still a table of its own: it gets an id of
            // its own (other-1, other-2 … by distinct title, so a title repeated on each page joins one table),
            // is reported by TableBuilder, and never runs into the table before it.
            if (id is null && line.IsText && TableTitles.LooksLikeTitle(text)) id = "";
            // An untagged title of no known meaning (西安 …专项资金绩效自评表) opens a table of its own when a grid
            // follows at once, only caption lines (（2022年度）, 单位：万元) between: the grid belongs to that title, not
            // to the table before it nor to the prose.
            if (id is null && line.IsText && TableTitles.TitleShaped(text) && !PartStart().IsMatch(text) && GridFollows(lines, i + 1)) id = "";
            if (id is not null && !Heading().IsMatch(text) && TableFollows(lines, i + 1))
            {
                if (id.Length == 0)
                {
                    var key = TableTitles.Strip(text);
                    if (!unknown.TryGetValue(key, out var other)) unknown[key] = other = TableIds.OtherPrefix + (unknown.Count + 1);
                    id = other;
                }
                Close();
                open = new TableBlock(id, text, null, line.Number, []);
                continue;
            }
            // A part heading ends a table, also one a PDF reader marks as a paragraph (<p>第三部分上海市…决算情况</p>,
            // 上海 决算): no table row or note starts with 第…部分.
            if (open is not null && line.IsText && (Heading().IsMatch(text) || PartStart().IsMatch(TableBuilder.StripTags(text)) || text.StartsWith("附件")))
                Close();
            // A grid in the prose ends at a line of text that no grid row follows (备注：无。, the next paragraph);
            // a page number between its rows does not end it.
            if (inProse && line.IsText && !GridFollows(lines, i + 1, 2)) Close();
            // A grid printed in the prose under a sentence, not a title (深圳 第七部分: 2026年，本单位重点项目绩效目标情况
            // 如下： then 二级预算单位名称 | 一级项目名称 | 预算数（万元） | 绩效目标 and a row per project) is a table of
            // no known meaning: its figures are kept in its printed grid and reported, not lost in the prose.
            if (open is null && HeadedGrid(lines, i))
            {
                var title = prose.Count > 0 && prose[^1].IsText ? TextNormalizer.Cell(prose[^1].Cells[0]) : string.Join(" ", line.Cells.Where(c => c.Length > 0));
                var key = TableTitles.Strip(title);
                if (!unknown.TryGetValue(key, out var other)) unknown[key] = other = TableIds.OtherPrefix + (unknown.Count + 1);
                open = new TableBlock(other, title, null, line.Number, []);
                inProse = true;
            }
            if (open is not null) openLines.Add(line);
            else prose.Add(line);
        }
        Close();
        return new Segments(contents, prose, tables);
    }

    /// <summary>A 目录 heading: 目录, 目 | 录 spaced over two cells, 报表目录, 表格目录.</summary>
    internal static bool IsContentsHeading(SourceLine line) =>
        // Asked of every line: one without 录 is passed over before its cells are joined and normalised.
        !line.IsBlank && TextNormalizer.MayHold(line.Cells, '录') && ContentsHeading().IsMatch(TextNormalizer.Key(string.Concat(line.Cells)));

    /// <summary>
    /// How many tagged table titles (表1.…, 预算01表…) are listed one under another from <paramref name="at"/>, none with
    /// a grid or caption under it: page numbers between them are skipped. A title that opens its table ends the list.
    /// </summary>
    private static int ListedTitles(IReadOnlyList<SourceLine> lines, int at)
    {
        var n = 0;
        // Looks a few lines ahead only: a hostile run of blank lines costs no more than a short one.
        for (var k = at; k < lines.Count && k < at + 12; k++)
        {
            if (lines[k].IsBlank || PageNumber(lines[k])) continue;
            if (!ListedTitle(lines, k)) break;
            n++;
            if (n >= 2) break;
        }
        return n;
    }

    private static bool ListedTitle(IReadOnlyList<SourceLine> lines, int k)
    {
        if (!lines[k].IsText) return false;
        var text = TextNormalizer.Cell(lines[k].Cells[0]);
        if (!TableTitles.Tagged(text) || !TableTitles.LooksLikeTitle(text)) return false;
        // The next line that is not blank or a page number: a grid row or a caption (单位：万元) means the title opens its table.
        for (var j = k + 1; j < lines.Count && j <= k + 8; j++)
        {
            if (lines[j].IsBlank || PageNumber(lines[j])) continue;
            if (!lines[j].IsText) return false;
            var next = TextNormalizer.Cell(lines[j].Cells[0]);
            return !(TableBuilder.IsMeta(next) || next.StartsWith('(') || next.StartsWith('（'));
        }
        return false;
    }

    /// <summary>
    /// Where a list of table entries that starts at <paramref name="from"/> ends: entries are numbered or tagged lines
    /// (prose: 一、收支总表……8; grid: 表1 | 2022年…收支总表 | 是 | 不涉及), the grid's header (报表 | 报表名称 | 是否空表),
    /// an entry wrapped onto the next line, a 是/否 mark or a page number alone. A tag alone (表1) starts a table.
    /// </summary>
    internal static int ListEnd(IReadOnlyList<SourceLine> lines, int from)
    {
        var end = from;
        var entries = 0;
        for (var k = from; k < lines.Count; k++)
        {
            var l = lines[k];
            if (l.IsBlank) continue;
            if (ContentsRow(l)) { entries++; end = k + 1; continue; }
            if (entries == 0 && ContentsHeader(l)) { end = k + 1; continue; }
            if (entries > 0 && l.IsText && (PageNumber(l) || EmptyMark(l))) { end = k + 1; continue; }
            if (entries > 0 && k > 0 && WrappedEntry(lines[k - 1], l)) { end = k + 1; continue; }
            if (l.IsText && ListedTitle(lines, k)) { entries++; end = k + 1; continue; }
            break;
        }
        return entries > 0 ? end : from;
    }

    // One entry of a 目录 printed as a grid: a tag or number cell (表1, 预算01表, 1, 一) and a cell naming a table.
    private static bool ContentsRow(SourceLine line)
    {
        if (line.IsText || line.Cells.Any(c => c.Length > 0 && TextNormalizer.LooksLikeMoney(c) && c.Contains('.'))) return false;
        var filled = line.Cells.Where(c => c.Length > 0).Select(TextNormalizer.Cell).ToList();
        if (filled.Count < 2) return false;
        var tagged = TableTitles.Tagged(filled[0]) || ListNumber().IsMatch(filled[0]);
        return tagged && filled.Skip(1).Any(c => TableTitles.Core(c).EndsWith('表'));
    }

    // The header of a 目录 grid: 报表 | 报表名称 | 是否空表 | 公开空表理由, 序号 | 表名 | 页码.
    private static bool ContentsHeader(SourceLine line) =>
        !line.IsText && line.Cells.Any(c => c.Contains("名称") || c.Contains("表名")) && !line.Cells.Any(c => c.Length > 0 && TextNormalizer.LooksLikeMoney(c));

    private static bool PageNumber(SourceLine line) => line.IsText && PageNumberText().IsMatch(TextNormalizer.Cell(line.Cells[0]));

    private static bool EmptyMark(SourceLine line) => line.IsText && TextNormalizer.Cell(line.Cells[0]) is "是" or "否";

    // Without 第X部分 the 目录 ends at the first line that is neither an entry nor the wrapped end of one.
    private static int EntriesEnd(IReadOnlyList<SourceLine> lines, int from)
    {
        SourceLine? last = null;
        for (var k = from; k < lines.Count; k++)
        {
            var l = lines[k];
            if (l.IsBlank) continue;
            if (!l.IsText) return k;
            if (!TocEntry().IsMatch(TextNormalizer.Cell(l.Cells[0])) && (last is null || !WrappedEntry(last, l))) return k;
            last = l;
        }
        return -1;
    }

    /// <summary>A short line ending a table title whose numbered 目录 entry above it does not end in 表.</summary>
    private static bool WrappedEntry(SourceLine entry, SourceLine next)
    {
        if (!entry.IsText || !next.IsText) return false;
        var above = TextNormalizer.Cell(entry.Cells[0]);
        var text = TextNormalizer.Cell(next.Cells[0]);
        return TocEntry().IsMatch(above) && !above.StartsWith('第') && !above.EndsWith('表')
            && !TocEntry().IsMatch(text) && text.EndsWith('表') && text.Length <= 20;
    }

    // The one filled cell of a multi-cell line, when it carries a table tag (预算01表…, 表3…, 公开05表…).
    private static string? GridTitle(SourceLine line)
    {
        string? only = null;
        foreach (var c in line.Cells)
        {
            if (c.Length == 0) continue;
            if (only is not null) return null;
            only = c;
        }
        if (only is null) return null;
        var text = TextNormalizer.Cell(only);
        return TableTitles.Tagged(text) && TableTitles.LooksLikeTitle(text) ? text : null;
    }

    // The line above (blank lines aside) when it is a table tag alone (表14, 表 | 14, 公开05表), else null.
    private static int? TaggedAbove(IReadOnlyList<SourceLine> lines, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 3; k--)
        {
            if (lines[k].IsBlank) continue;
            // Asked of every grid row: a line without 表 is no tag, and is not joined and normalised to find that out.
            return TextNormalizer.MayHold(lines[k].Cells, '表') && BareTag().IsMatch(Joined(lines[k])) ? k : null;
        }
        return null;
    }

    // A grid row of one to three filled cells, no amount among them, whose words joined read as a table title.
    private static string? SplitTitle(SourceLine line)
    {
        var filled = line.Cells.Where(c => c.Length > 0).Select(TextNormalizer.Cell).ToList();
        if (filled.Count is < 1 or > 3 || filled.Any(TextNormalizer.LooksLikeMoney)) return null;
        var text = string.Concat(filled);
        return TableTitles.TitleShaped(text) ? text : null;
    }

    private static bool TableFollows(IReadOnlyList<SourceLine> lines, int from)
    {
        var seen = 0;
        for (var k = from; k < lines.Count && seen < 6; k++)
        {
            if (lines[k].IsBlank) continue;
            seen++;
            if (!lines[k].IsText) return true;
            var t = TextNormalizer.Cell(lines[k].Cells[0]);
            if (TableBuilder.IsMeta(t) || t.StartsWith("(") || t.StartsWith("（")) continue;
            if (TableTitles.Recognise(t) is not null) continue;
            return false;
        }
        return false;
    }

    private static string Joined(SourceLine line) => TextNormalizer.Key(string.Concat(line.Cells));

    // The next line that is not blank or a caption (编制部门：, 单位：万元, （2022年度）, 公开01表) is a grid row.
    private static bool GridFollows(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var k = from; k < lines.Count && k < from + 4; k++)
        {
            if (lines[k].IsBlank) continue;
            if (!lines[k].IsText) return lines[k].Cells.Count(c => c.Length > 0) >= 2;
            if (!TableBuilder.IsMeta(TextNormalizer.Cell(lines[k].Cells[0]))) return false;
        }
        return false;
    }

    /// <summary>
    /// A header row (three labelled cells or more, no figure) with rows of figures under it: two rows at least
    /// whose cells hold an amount, before the next line of text that no grid row follows.
    /// </summary>
    private static bool HeadedGrid(IReadOnlyList<SourceLine> lines, int at)
    {
        var header = lines[at];
        if (header.IsText || header.Cells.Count(c => c.Length > 0) < 3 || header.Cells.Any(IsAmount)) return false;
        var rows = 0;
        for (var k = at + 1; k < lines.Count && rows < 2; k++)
        {
            if (lines[k].IsBlank) continue;
            if (lines[k].IsText) { if (GridFollows(lines, k + 1, 2)) continue; break; }
            if (lines[k].Cells.Any(IsAmount)) rows++;
            else if (rows == 0) return false;
        }
        return rows >= 2;
    }

    private static bool IsAmount(string cell) => cell.Length > 0 && TextNormalizer.LooksLikeMoney(cell);

    // A grid row (a cell's text run on over a page is one too) within the next few lines, only text lines (a page number) between.
    private static bool GridFollows(IReadOnlyList<SourceLine> lines, int from, int within)
    {
        for (var k = from; k < lines.Count && k < from + within; k++)
            if (!lines[k].IsBlank && !lines[k].IsText) return true;
        return false;
    }

    private static int FindIndex(IReadOnlyList<SourceLine> lines, int from, Func<SourceLine, bool> match)
    {
        for (var k = from; k < lines.Count; k++) if (match(lines[k])) return k;
        return -1;
    }

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|\d{1,2}[.．、]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)")]
    private static partial Regex TocEntry();

    [GeneratedRegex(@"^(附?表\d{1,2}|(预算|公开)\d{1,2}表|(预算|公开)表\d{1,2})$")]
    private static partial Regex BareTag();

    [GeneratedRegex(@"^(报表|表格|附表|公开表)?目录$")]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"^([0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．]?$")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^[-—－‐\s]*\d{1,3}[-—－‐\s]*$")]
    private static partial Regex PageNumberText();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分$")]
    internal static partial Regex PartOnly();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartStart();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]")]
    internal static partial Regex Heading();
}
