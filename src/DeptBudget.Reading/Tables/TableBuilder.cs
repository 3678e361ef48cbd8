using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// Builds a <see cref="Table"/> from a block: meta lines (部门名称：, 单位：万元) and notes set aside,
/// header rows turned into column meanings, repeated headers after a page break skipped, rows
/// classified (total, unit, 类/款/项, detail) with their whole code resolved.
/// </summary>
public static partial class TableBuilder
{
    public static Table Build(TableBlock block, int documentYear, ICollection<UnreadFragment> unread)
    {
        if (block.Id.StartsWith(TableIds.OtherPrefix, StringComparison.Ordinal))
            unread.Add(new UnreadFragment(block.TitleLine, block.Title, "table of no known meaning: kept as its own table"));
        var notes = new List<string>();
        string? emptyNote = null;
        var grid = new List<SourceLine>();
        foreach (var line in block.Lines)
        {
            if (line.IsBlank) continue;
            var first = line.Cells.FirstOrDefault(c => c.Length > 0) ?? "";
            var filled = line.Cells.Count(c => c.Length > 0);
            // A page's number between dashes (苏州: - 18 -, read as the cells - | 18 | -) is the page's furniture, not a row.
            if (PageNumber().IsMatch(string.Concat(line.Cells).Replace(" ", ""))) continue;
            // 编制部门：X | 单位：元 printed in two cells (Excel, PDF) is a meta line too.
            if (filled >= 2 && line.Cells.Where(c => c.Length > 0).All(IsMeta)) continue;
            if (filled == 1 && (IsMeta(first) || IsNote(first) || line.Cells.Count == 1))
            {
                if (IsMeta(first)) continue;
                var note = StripTags(first).Trim();
                if (note.Length == 0) continue;
                notes.Add(note);
                if (EmptyWords().IsMatch(note)) emptyNote ??= note;
                continue;
            }
            grid.Add(line);
        }
        var rows = grid.Select(l => (l.Number, Cells: (IReadOnlyList<string>)l.Cells.Select(TextNormalizer.Cell).ToList())).ToList();

        var header = new List<IReadOnlyList<string>>();
        var i = 0;
        // Target tables laid out as forms (整体绩效目标表, 山东 项目支出绩效目标表) have no header rows.
        var targetTable = block.Id is TableIds.DepartmentPerformanceTarget
            || (block.Id is TableIds.ProjectPerformanceTargets && rows.Count > 0 && rows[0].Cells.FirstOrDefault(c => c.Length > 0) == "项目名称");
        while (!targetTable && i < rows.Count && !IsDataRow(rows[i].Cells))
        {
            // A row of column numbers (** ** 1 2 3 …) is not part of any heading.
            if (!rows[i].Cells.All(c => c.Length == 0 || c.All(ch => ch == '*' || char.IsAsciiDigit(ch)))) header.Add(rows[i].Cells);
            i++;
        }
        var printedHeader = header.ToList();
        header = HeaderWords.JoinSplitWords(header);

        var width = Math.Max(header.Count == 0 ? 0 : header.Max(Width), rows.Count == 0 ? 0 : rows.Max(r => Width(r.Cells)));
        var columns = Columns(header, width, documentYear);

        var headerTexts = header.Select(h => string.Concat(h)).ToHashSet();
        var data = new List<(int Line, IReadOnlyList<string> Cells)>();
        var pageHeader = new List<IReadOnlyList<string>>();
        var pageOffset = 0;
        for (; i < rows.Count; i++)
        {
            var repeated = headerTexts.Contains(string.Concat(rows[i].Cells))
                || (!IsDataRow(rows[i].Cells) && data.Count > 0 && header.Count > 0 && LooksLikeHeaderAgain(rows[i].Cells, header));
            if (repeated) { pageHeader.Add(rows[i].Cells); continue; } // header printed again after a page break
            if (pageHeader.Count > 0)
            {
                // A later page may print the header better than the first (000 table 07): keep the clearer one.
                var later = Columns(HeaderWords.JoinSplitWords(pageHeader), width, documentYear);
                // This page's rows sit where its header sits: moved back by as much as it moved from the first page's.
                pageOffset = PageHeaderOffset.Of(printedHeader, pageHeader);
                if (Known(later) > Known(columns)) { columns = later; pageOffset = 0; }
                pageHeader.Clear();
            }
            data.Add((rows[i].Number, Pad(PageHeaderOffset.Shift(rows[i].Cells, pageOffset, width), width)));
        }
        // Target forms hold values (100, ≥95%) under text, not figures under a label: only amount grids are joined.
        if (block.Id is not (TableIds.ProjectPerformanceTargets or TableIds.DepartmentPerformanceTarget)) data = OffsetRows.Join(data);
        if (block.Id is TableIds.GeneralBudgetBasicExpenditure or TableIds.BasicExpenditure)
            (columns, data) = TwoSidedEconomic.Split(columns, data);
        if (block.Id is TableIds.GeneralBudgetBasicExpenditure or TableIds.EconomicClassificationSummary or TableIds.BasicExpenditure)
            data = data.Select(r => (r.Line, EconomicRows.Reproject(columns, r.Cells))).ToList();
        data = RowsShiftedLeft.Repair(columns, data);
        data = ColumnAligner.Repair(columns, data);
        data = data.Select(r => (r.Line, ShiftTotalRow(columns, r.Cells))).ToList();
        data = ShiftUnlabelledRows(data);
        columns = TwoSidedColumns.Repair(columns, data).ToList();
        data = TwoSidedColumns.RealignRows(columns, data);
        // After realigning: a glued label's amount cell is empty only once the row's cells sit in their columns.
        data = GluedAmounts.Split(data);

        if (targetTable) (columns, data) = FormColumns.Apply(columns, data);

        var tableRows = RowClassifier.Classify(block.Id, columns, data, documentYear);
        return new Table(block.Id, block.Number, block.Title, columns, tableRows, notes,
            tableRows.Any(r => r.Cells.Any(c => TextNormalizer.LooksLikeMoney(c))) ? null : emptyNote,
            block.TitleLine);
    }

    private static List<Column> Columns(List<IReadOnlyList<string>> header, int width, int documentYear)
    {
        var paths = HeaderParser.Paths(header, width);
        var keys = UniqueKeys(paths.Select(p => p.Length == 0 ? ColumnKeys.Text : ColumnMeanings.Resolve(p, documentYear)).ToList());
        // 山东 prints 科目编码 twice without saying which classification: the second pair is the government's.
        if (keys.Contains(ColumnKeys.GovName) && !keys.Any(k => k.StartsWith(ColumnKeys.GovCode)))
            for (var k = 0; k < keys.Count; k++)
                if (keys[k].StartsWith(ColumnKeys.CodeClass + "#") || keys[k].StartsWith(ColumnKeys.CodeSection + "#") || keys[k].StartsWith(ColumnKeys.Code + "#"))
                    keys[k] = keys[k][..keys[k].IndexOf('#')].Replace("code", "govCode");
        return keys.Select((k, c) => new Column(k, paths[c])).ToList();
    }

    private static int Known(IReadOnlyList<Column> columns) =>
        columns.Count(c => !c.Key.StartsWith('?') && !c.Key.StartsWith(ColumnKeys.Text) && !c.Key.Contains('#'));

    /// <summary>A row that carries data rather than header words: money, a code, or a total label.</summary>
    internal static bool IsDataRow(IReadOnlyList<string> cells)
    {
        // Asked of every row, often more than once: one pass over the cells, no list built.
        var filled = 0;
        string? first = null;
        var codeLike = false;
        foreach (var c in cells)
        {
            if (c.Length == 0) continue;
            if (TextNormalizer.LooksLikeMoney(c)) return true;
            first ??= c;
            if (filled < 3 && !codeLike) codeLike = CodeLike().IsMatch(c);
            filled++;
        }
        if (first is null) return false;
        // A total label counts only alone (an empty table's 合计 row); in a header it names a column.
        if (filled == 1 && RowClassifier.IsTotalLabel(first)) return true;
        if (codeLike) return true;
        return ListItem().IsMatch(first);
    }

    /// <summary>
    /// A 合计 row printed one or more cells to the left of its columns (its amounts under text headers)
    /// is moved right until its first amount sits under an amount column.
    /// </summary>
    private static IReadOnlyList<string> ShiftTotalRow(IReadOnlyList<Column> columns, IReadOnlyList<string> cells)
    {
        var first = cells.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Length > 0);
        if (first.c is null || !RowClassifier.IsTotalLabel(first.c)) return cells;
        var amountAt = cells.Select((c, i) => (c, i)).FirstOrDefault(x => TextNormalizer.TryAmount(x.c, out _) && x.c.Length > 0).i;
        if (amountAt <= 0) return cells;
        var target = amountAt;
        while (target < columns.Count && IsTextColumn(columns[target].Key)) target++;
        var shift = target - amountAt;
        if (shift <= 0 || shift > 3 || cells.Skip(cells.Count - shift).Any(c => c.Length > 0)) return cells;
        var list = cells.ToList();
        for (var s = 0; s < shift; s++) { list.Insert(amountAt, ""); list.RemoveAt(list.Count - 1); }
        return list;
    }

    /// <summary>
    /// A row whose name the PDF wrapped above and below its figures (<c>市政务服务中心其他运</c> / figures /
    /// <c>行经费</c>) comes with no label: its first figure lands in the label column and every cell sits one column
    /// to the left, its last cell empty. Where the first column holds labels in nearly every other row and the
    /// second holds figures, such a row is moved one column right, so that each figure sits under its own header;
    /// its name stays unknown (empty), not replaced by a figure.
    /// </summary>
    private static List<(int Line, IReadOnlyList<string> Cells)> ShiftUnlabelledRows(List<(int Line, IReadOnlyList<string> Cells)> data)
    {
        bool Shifted(IReadOnlyList<string> c) => c.Count >= 3 && TextNormalizer.LooksLikeMoney(c[0]) && TextNormalizer.LooksLikeMoney(c[1]) && c[^1].Length == 0;
        var suspects = data.Count(r => Shifted(r.Cells));
        if (suspects == 0) return data;
        var labelled = data.Count(r => r.Cells.Count >= 2 && r.Cells[0].Length > 0 && !TextNormalizer.TryAmount(r.Cells[0], out _)
            && TextNormalizer.LooksLikeMoney(r.Cells[1]));
        // Labels in the first column and figures in the second: the table's own rows say so, ten to one.
        if (labelled < 10 * suspects) return data;
        return data.Select(r => Shifted(r.Cells) ? (r.Line, (IReadOnlyList<string>)new[] { "" }.Concat(r.Cells.Take(r.Cells.Count - 1)).ToList()) : r).ToList();
    }

    private static bool IsTextColumn(string key) => key.StartsWith("code") || key.StartsWith("govCode")
        || key is ColumnKeys.Name or ColumnKeys.GovName or ColumnKeys.UnitCode or ColumnKeys.UnitName or ColumnKeys.ProjectKind;

    private static bool LooksLikeHeaderAgain(IReadOnlyList<string> cells, List<IReadOnlyList<string>> header)
    {
        var words = header.SelectMany(h => h).Where(h => h.Length > 0).ToHashSet();
        var filled = cells.Where(c => c.Length > 0).ToList();
        return filled.Count > 0 && filled.All(words.Contains);
    }

    private static int Width(IReadOnlyList<string> cells)
    {
        for (var c = cells.Count - 1; c >= 0; c--) if (cells[c].Length > 0) return c + 1;
        return 0;
    }

    private static IReadOnlyList<string> Pad(IReadOnlyList<string> cells, int width)
    {
        var list = new List<string>(width);
        for (var c = 0; c < width; c++)
        {
            var s = c < cells.Count ? cells[c] : "";
            list.Add(TextNormalizer.TryAmount(s, out var v) && (s.Contains(',') || s.Contains('.')) ? s.Replace(",", "") : s);
        }
        return list;
    }

    private static List<string> UniqueKeys(List<string> keys)
    {
        var seen = new Dictionary<string, int>();
        for (var k = 0; k < keys.Count; k++)
        {
            if (seen.TryGetValue(keys[k], out var n)) { seen[keys[k]] = n + 1; keys[k] = $"{keys[k]}#{n + 1}"; }
            else seen[keys[k]] = 1;
        }
        return keys;
    }

    internal static bool IsMeta(string cell) => MetaLine().IsMatch(TextNormalizer.Cell(cell));

    private static bool IsNote(string cell)
    {
        var s = StripTags(TextNormalizer.Cell(cell));
        return s.StartsWith("注") || s.StartsWith("说明") || EmptyWords().IsMatch(s) || NumberedNote().IsMatch(s);
    }

    internal static string StripTags(string s) => Tags().Replace(s, "");

    [GeneratedRegex(@"^(部门名称|单位名称|部门（单位）(名称)?|部门\(单位\)|单位|部门|编制部门|编制单位)[:：]|^(预算|公开|决算)\s*\d+\s*表$|^附?表\s*[0-9一二三四五六七八九十]+$|^金额单位|^[（(]\d{4}年度?[）)]$")]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"本表无数据|无数据|没有.*(支出|数据|安排)|未使用.*安排|未安排|本表为空")]
    private static partial Regex EmptyWords();

    [GeneratedRegex(@"^[-—–]+\d{1,3}[-—–]+$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d+[.、．]")]
    private static partial Regex NumberedNote();

    [GeneratedRegex(@"^\d{3,}(-\d+)?$")]
    private static partial Regex CodeLike();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\([一二三四五六七八九十]+\)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</?p>|</?[a-zA-Z]+[^>]*>")]
    private static partial Regex Tags();
}
