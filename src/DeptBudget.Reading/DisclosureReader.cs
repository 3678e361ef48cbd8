using System.Text;
using DeptBudget.Model;
using DeptBudget.Reading.Guards;
using DeptBudget.Reading.Interpret;
using DeptBudget.Reading.Layouts;
using DeptBudget.Reading.OpenXml;
using DeptBudget.Reading.Pdf;
using DeptBudget.Reading.Raw;
using DeptBudget.Reading.Narratives;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading;

/// <summary>Reads a published disclosure into one <see cref="Disclosure"/>.</summary>
public static class DisclosureReader
{
    /// <summary>Largest input accepted; anything larger is not a disclosure.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Reads a file; throws <see cref="ReadException"/> with a one-line reason for unusable input.</summary>
    public static Disclosure ReadFile(string path) => ReadBytes(Load(path), Path.GetFileName(path));

    /// <summary>
    /// Reads the files of one disclosure as one (北京 prints its explanation and its tables as two PDFs;
    /// 广州 publishes performance targets apart): the year and department come from whichever file states
    /// them, and files that state different ones are reported. A part that cannot be read (a scan) is
    /// reported and the others are read; only when no part can be read is the whole refused.
    /// </summary>
    public static Disclosure ReadFiles(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) throw new ReadException("没有给出文件 — no file given");
        if (paths.Count == 1) return ReadFile(paths[0]);
        var files = new List<(string Name, byte[]? Bytes, ReadException? Error)>();
        foreach (var path in paths)
        {
            try { files.Add((Path.GetFileName(path), Load(path), null)); }
            catch (ReadException e) { files.Add((Path.GetFileName(path), null, e)); }
        }
        return Read(files);
    }

    /// <summary>The files of one disclosure as bytes (an upload, a batch): as <see cref="ReadFiles(IReadOnlyList{string})"/>.</summary>
    public static Disclosure ReadFiles(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        if (files.Count == 0) throw new ReadException("没有给出文件 — no file given");
        if (files.Count == 1) return ReadBytes(files[0].Bytes, files[0].Name);
        return Read(files.Select(f => (f.Name, (byte[]?)f.Bytes, (ReadException?)null)).ToList());
    }

    private static Disclosure Read(IReadOnlyList<(string Name, byte[]? Bytes, ReadException? Error)> files)
    {
        var notes = new List<string>();
        var parts = new List<(string Name, IReadOnlyList<SourceLine> Lines, DocumentSegmenter.Segments Segments)>();
        ReadException? failed = null;
        foreach (var (name, bytes, error) in files)
        {
            try
            {
                if (error is not null) throw error;
                var lines = SourceLines(NotEmpty(bytes!, name), name);
                parts.Add((name, lines, DocumentSegmenter.Split(lines)));
            }
            catch (ReadException e)
            {
                failed ??= e;
                notes.Add($"{name} 未读取：{e.Message}");
            }
        }
        if (parts.Count == 0) throw failed!;
        return ReadParts(parts, notes);
    }

    /// <summary>
    /// The files of one disclosure from the lines already parsed (<see cref="DisclosureParts.Parse"/>): what
    /// <see cref="ReadFiles(IReadOnlyList{string})"/> gives for the same files, without parsing them again.
    /// </summary>
    public static Disclosure ReadParsed(IReadOnlyList<(string Name, IReadOnlyList<SourceLine> Lines)> files)
    {
        if (files.Count == 0) throw new ReadException("没有给出文件 — no file given");
        if (files.Count == 1) return ReadLines(files[0].Lines, files[0].Name);
        return ReadParts(files.Select(f => (f.Name, f.Lines, DocumentSegmenter.Split(f.Lines))).ToList(), []);
    }

    private static Disclosure ReadParts(List<(string Name, IReadOnlyList<SourceLine> Lines, DocumentSegmenter.Segments Segments)> parts, List<string> notes)
    {
        Conflicts(parts.Select(p => (p.Name, Identify(p.Lines, p.Segments, p.Name, []))).ToList(), notes);
        // The explanation leads: its cover names the disclosure and its 目录 lists the tables of the other files.
        var joined = new List<SourceLine>();
        foreach (var part in parts.OrderBy(p => p.Segments.Tables.Count > 0 ? 1 : 0))
            foreach (var line in part.Lines)
                // Lines are renumbered across the files; a printed line keeps its page and names its file.
                joined.Add(new SourceLine(joined.Count + 1, line.Cells)
                {
                    Place = line.Place is { } at ? at with { Line = joined.Count + 1, File = part.Name } : null,
                });
        var d = ReadLines(joined, string.Join(" + ", parts.Select(p => p.Name)));
        return d with { Diagnostics = [.. notes, .. d.Diagnostics] };
    }

    /// <summary>The department, year and scope one file's lines state (for grouping files into disclosures).</summary>
    internal static (string Department, int Year, BudgetScope Scope) IdentifyLines(
        IReadOnlyList<SourceLine> lines, DocumentSegmenter.Segments segments, string name) => Identify(lines, segments, name, []);

    // Files of one disclosure must state one year and one department (a name may be cut or carry 部门/（本级）).
    private static void Conflicts(IReadOnlyList<(string Name, (string Department, int Year, BudgetScope Scope) Id)> parts, List<string> notes)
    {
        var years = parts.Where(p => p.Id.Year > 0).GroupBy(p => p.Id.Year).ToList();
        if (years.Count > 1)
            notes.Add("文件年度不一致：" + string.Join("；", years.Select(g => $"{string.Join("、", g.Select(p => p.Name))} 写 {g.Key} 年")));
        var named = parts.Where(p => p.Id.Department.Length > 0).ToList();
        foreach (var a in named)
            foreach (var b in named.Where(b => string.CompareOrdinal(a.Name, b.Name) < 0))
                if (!SameDepartment(a.Id.Department, b.Id.Department))
                    notes.Add($"文件部门不一致：{a.Name} 写 {a.Id.Department}，{b.Name} 写 {b.Id.Department}");
    }

    /// <summary>Two statements of one department's name: equal, or one holds the other (北京市医疗保障局部门 / 北京市医疗保障局).</summary>
    public static bool SameDepartment(string a, string b)
    {
        var x = TextNormalizer.Key(a); var y = TextNormalizer.Key(b);
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal);
    }

    private static byte[] Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ReadException($"{path}: 文件不存在 — file not found");
        if (info.Length == 0) throw new ReadException($"{path}: 文件是空的 — the file is empty");
        if (info.Length > MaxBytes) throw new ReadException($"{path}: the file is {info.Length / (1024 * 1024)} MB, larger than the {MaxBytes / (1024 * 1024)} MB a disclosure can be");
        return File.ReadAllBytes(path);
    }

    private static byte[] NotEmpty(byte[] bytes, string name) =>
        bytes.Length == 0 ? throw new ReadException($"{name}: 文件是空的 — the file is empty") : bytes;

    /// <summary>
    /// Reads a document's bytes, whatever its form, decided by content and not by name: %PDF, a zip
    /// package with word/ or xl/ parts, else UTF-8 text. Every form becomes lines of cells read by
    /// <see cref="ReadLines"/>.
    /// </summary>
    public static Disclosure ReadBytes(byte[] bytes, string name)
    {
        if (bytes.Length == 0) throw new ReadException($"{name}: the file is empty");
        if (bytes.LongLength > MaxBytes) throw new ReadException($"{name}: larger than the {MaxBytes / (1024 * 1024)} MB a disclosure can be");
        return ReadLines(SourceLines(bytes, name), name);
    }

    /// <summary>The document's lines of cells, by its detected form.</summary>
    public static IReadOnlyList<SourceLine> SourceLines(byte[] bytes, string name) => DocumentFormat(bytes) switch
    {
        "pdf" => PdfSource.Lines(bytes, name),
        "docx" => DocxSource.Lines(bytes, name),
        "xlsx" => XlsxSource.Lines(bytes, name),
        _ => TextLines(Limited(Decode(bytes, name), name)),
    };

    // Text has the same line limit as Word and Excel documents, and a line no longer than any table row could be.
    private static string Limited(string text, string name)
    {
        var lines = 0;
        for (var rest = text.AsSpan(); ; lines++)
        {
            var end = rest.IndexOf('\n');
            var length = end < 0 ? rest.Length : end;
            if (length > Limits.MaxLineChars)
                throw new ReadException($"{name}: 第 {lines + 1:N0} 行有 {length:N0} 个字符，超过 {Limits.MaxLineChars:N0} 的上限；拒绝读取");
            if (lines > Limits.MaxLines) throw new ReadException($"{name}: 超过 {Limits.MaxLines:N0} 行的上限；拒绝读取");
            if (end < 0) break;
            rest = rest[(end + 1)..];
        }
        return text;
    }

    /// <summary>"pdf", "docx", "xlsx" or "text", from the first bytes and, for zip packages, the part names.</summary>
    public static string DocumentFormat(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0) return "pdf";
        if (head.StartsWith("PK\x03\x04"u8)) return ZipGuard.Kind(bytes) ?? "binary";
        return "text";
    }

    // Text extracted from a PDF with every cell broken over lines (seed 004) is rebuilt first.
    private static IReadOnlyList<SourceLine> TextLines(string text) =>
        BrokenText.Looks(text) ? BrokenText.Lines(text) : TextSource.Lines(text);

    /// <summary>Reads the text form (text extracted from a PDF) of a disclosure.</summary>
    public static Disclosure ReadText(string text, string? sourceFile = null) =>
        ReadLines(TextLines(text), sourceFile);

    /// <summary>Reads lines of cells, however they were obtained (text, PDF positions, Word or Excel cells).</summary>
    public static Disclosure ReadLines(IReadOnlyList<SourceLine> lines, string? sourceFile)
    {
        var where = sourceFile ?? "input";
        if (lines.All(l => l.IsBlank)) throw new ReadException($"{where}: the document has no text");
        var unread = new List<UnreadFragment>();
        var notes = new List<string>();
        var segments = DocumentSegmenter.Split(lines);
        var (department, year, scope) = Identify(lines, segments, sourceFile, notes);
        // Neither a table nor prose about a budget: not a disclosure, nor a part of one.
        if (segments.Tables.Count == 0 && (year == 0 || !DocumentIdentity.IsBudgetNarrative(segments.Prose)))
            throw new ReadException($"{where}: 不是预算公开文件，没有预算表格，也没有预算说明 — not a budget disclosure (no budget table and no 'YYYY年部门/单位预算' title found)");
        if (segments.Tables.Count == 0) notes.Add("本文件没有表格，只读取了文字说明（表格可能在另一个文件中）");
        if (department.Length == 0) notes.Add("未找到部门名称：封面和表格的“部门名称”行都未写明");

        var contents = MetaExtractor.Contents(segments.Contents);
        ReadScope.Check(where);
        // The request's time limit (ReadScope) is honoured between tables and stages.
        var tables = Merge(segments.Tables.Select(b =>
        {
            ReadScope.Check($"{where} ({b.Title})");
            return TableBuilder.Build(Numbered(b, contents), year, unread) with { AmountUnit = AmountUnits.Of(b) };
        }).ToList());
        ReadScope.Check(where);
        tables = LayoutColumns.Apply(MetaExtractor.Layout(year, tables), tables).ToList();
        var narrative = NarrativeReader.Read(segments.Prose, department, unread);
        var facts = FactsExtractor.Extract(narrative, department);
        // Facts are 万元 whatever unit a table prints (上海 prints 元); the tables keep their printed figures.
        var budget = BudgetExtractor.Extract(department, year, scope, AmountUnits.InTenThousandYuan(tables), facts);
        var meta = new DisclosureMeta(department, year, scope, MetaExtractor.Layout(year, tables), Title(lines), contents, sourceFile);
        foreach (var t in tables)
            foreach (var c in t.Columns.Where(c => c.Key.StartsWith('?')))
                unread.Add(new UnreadFragment(t.Line, $"{t.Title}: {c.Header}", "column header with no known meaning"));
        var places = lines.Where(l => l.Place is not null).Select(l => l.Place!).ToList();
        return new Disclosure(meta, budget, tables, narrative, unread) { Diagnostics = notes, Places = places.Count > 0 ? places : null };
    }

    // The department and year as the document states them; a cover title wrapped over lines gives the
    // whole name (a name cut at the line break, 资源局, is the end of it), and a year the title lines do
    // not state is taken from a table title, the 目录 or the file name, saying so.
    private static (string Department, int Year, BudgetScope Scope) Identify(
        IReadOnlyList<SourceLine> lines, DocumentSegmenter.Segments segments, string? sourceFile, List<string> notes)
    {
        var (department, year, scope) = MetaExtractor.Identify(lines);
        var cover = DocumentIdentity.Cover(lines);
        if (year == 0 && cover.Year > 0) (year, scope) = (cover.Year, cover.Scope ?? scope);
        // A heading (六、名词解释, 第二部分…) read as the line above a title is never the department.
        var notAName = department.Length > 0 && (DocumentSegmenter.Heading().IsMatch(department) || DocumentSegmenter.PartOnly().IsMatch(department));
        if (cover.Department.Length > 0 && (notAName || (cover.Department.Length > department.Length && cover.Department.EndsWith(department, StringComparison.Ordinal))))
            department = cover.Department;
        else if (notAName) department = "";
        if (year == 0) year = DocumentIdentity.Year(segments.Tables.Select(t => t.Title).ToList(), segments.Contents, sourceFile, notes);
        return (department, year, scope);
    }

    private static TableBlock Numbered(TableBlock block, IReadOnlyList<ContentsEntry> contents)
    {
        var entry = contents.FirstOrDefault(c => c.TableId == block.Id);
        return block with { Number = entry?.Number };
    }

    // 山东 prints one 项目支出绩效目标表 per project; they are one table of the disclosure. A table whose
    // title is printed again on each page (烟台) comes in parts with the same columns: when it prints its
    // codes split over 类|款|项, its rows are classified again as one run, so a 款 on the next page
    // keeps the 类 printed on the page before.
    private static List<Table> Merge(List<Table> tables)
    {
        var merged = new List<Table>();
        foreach (var group in tables.GroupBy(t => t.Id))
        {
            var first = group.First();
            if (group.Count() == 1) { merged.Add(first); continue; }
            if (first.HasColumn(ColumnKeys.CodeSection) && group.All(t => t.Columns.Select(c => c.Key).SequenceEqual(first.Columns.Select(c => c.Key))))
            {
                var run = group.SelectMany(t => t.Rows).Select(r => (r.Line, r.Cells)).ToList();
                merged.Add(first with { Rows = RowClassifier.Classify(first.Id, first.Columns, run), Notes = group.SelectMany(t => t.Notes).ToList() });
                continue;
            }
            var width = group.Max(t => t.Columns.Count);
            var columns = group.MaxBy(t => t.Columns.Count)!.Columns;
            var rows = group.SelectMany(t => t.Rows.Select(r => r with { Cells = Widened(r.Cells, t.Columns, columns) })).ToList();
            merged.Add(first with { Columns = columns, Rows = rows, Notes = group.SelectMany(t => t.Notes).ToList() });
        }
        return merged.OrderBy(t => t.Line).ToList();
    }

    // A narrower part's row on the widest part's columns: each cell under the column of its key when every key
    // of its part is one of them (self-evaluation forms append 分值/得分 columns after grids of different widths),
    // else padded at the end.
    private static List<string> Widened(IReadOnlyList<string> cells, IReadOnlyList<Column> own, IReadOnlyList<Column> wide)
    {
        var at = wide.Select((c, i) => (c.Key, i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);
        var result = Enumerable.Repeat("", Math.Max(wide.Count, cells.Count)).ToList();
        var byKey = own.Count == cells.Count && own.Select(c => c.Key).Distinct().Count() == own.Count && own.All(c => at.ContainsKey(c.Key));
        for (var i = 0; i < cells.Count; i++) result[byKey ? at[own[i].Key] : i] = cells[i];
        return result;
    }

    // The cover's title (2024年度部门决算, 2021年度部门预算), not the first table the 目录 lists after it
    // (五、一般公共预算财政拨款支出决算表 names 预算 too).
    private static string? Title(IReadOnlyList<SourceLine> lines) =>
        lines.Take(12).Where(l => l.IsText && !l.IsBlank).Select(l => TextNormalizer.Cell(l.Cells[0]))
            .FirstOrDefault(t => (t.Contains("预算") || t.Contains("决算")) && !t.EndsWith('表'));

    private static string Decode(byte[] bytes, string path)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 4096)).IndexOf((byte)0) >= 0)
            throw new ReadException($"{path}: binary file (not text, PDF, Word or Excel)");
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new ReadException($"{path}: not valid UTF-8 text (byte offset {e.Index})");
        }
    }
}

/// <summary>Input that cannot be read as a disclosure: the reason in one line.</summary>
public sealed class ReadException(string message) : Exception(message);
