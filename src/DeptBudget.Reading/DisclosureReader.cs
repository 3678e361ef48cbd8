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
    public static Disclosure ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ReadException($"{path}: file not found");
        if (info.Length == 0) throw new ReadException($"{path}: the file is empty");
        if (info.Length > MaxBytes) throw new ReadException($"{path}: the file is {info.Length / (1024 * 1024)} MB, larger than the {MaxBytes / (1024 * 1024)} MB a disclosure can be");
        var bytes = File.ReadAllBytes(path);
        return ReadBytes(bytes, Path.GetFileName(path));
    }

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
        _ => TextLines(Decode(bytes, name)),
    };

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
        var segments = DocumentSegmenter.Split(lines);
        var (department, year, scope) = MetaExtractor.Identify(lines);
        if (segments.Tables.Count == 0 || year == 0)
            throw new ReadException($"{where}: not a budget disclosure (no budget table and no 'YYYY年部门/单位预算' title found)");

        var contents = MetaExtractor.Contents(segments.Contents);
        var tables = Merge(segments.Tables.Select(b => TableBuilder.Build(Numbered(b, contents), year, unread) with { AmountUnit = AmountUnits.Of(b) }).ToList());
        tables = LayoutColumns.Apply(MetaExtractor.Layout(year, tables), tables).ToList();
        var narrative = NarrativeReader.Read(segments.Prose, department, unread);
        var facts = FactsExtractor.Extract(narrative, department);
        // Facts are 万元 whatever unit a table prints (上海 prints 元); the tables keep their printed figures.
        var budget = BudgetExtractor.Extract(department, year, scope, AmountUnits.InTenThousandYuan(tables), facts);
        var meta = new DisclosureMeta(department, year, scope, MetaExtractor.Layout(year, tables), Title(lines), contents, sourceFile);
        foreach (var t in tables)
            foreach (var c in t.Columns.Where(c => c.Key.StartsWith('?')))
                unread.Add(new UnreadFragment(t.Line, $"{t.Title}: {c.Header}", "column header with no known meaning"));
        return new Disclosure(meta, budget, tables, narrative, unread);
    }

    private static TableBlock Numbered(TableBlock block, IReadOnlyList<ContentsEntry> contents)
    {
        var entry = contents.FirstOrDefault(c => c.TableId == block.Id);
        return block with { Number = entry?.Number };
    }

    // 山东 prints one 项目支出绩效目标表 per project; they are one table of the disclosure.
    private static List<Table> Merge(List<Table> tables)
    {
        var merged = new List<Table>();
        foreach (var group in tables.GroupBy(t => t.Id))
        {
            var first = group.First();
            if (group.Count() == 1) { merged.Add(first); continue; }
            var width = group.Max(t => t.Columns.Count);
            var columns = group.MaxBy(t => t.Columns.Count)!.Columns;
            var rows = group.SelectMany(t => t.Rows.Select(r => r with { Cells = [.. r.Cells, .. Enumerable.Repeat("", Math.Max(0, width - r.Cells.Count))] })).ToList();
            merged.Add(first with { Columns = columns, Rows = rows, Notes = group.SelectMany(t => t.Notes).ToList() });
        }
        return merged.OrderBy(t => t.Line).ToList();
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
