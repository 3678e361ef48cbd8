using System.Text;
using DeptBudget.Model;
using DeptBudget.Reading.Interpret;
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
        return ReadText(Decode(bytes, path), Path.GetFileName(path));
    }

    /// <summary>Reads the text form (text extracted from a PDF) of a disclosure.</summary>
    public static Disclosure ReadText(string text, string? sourceFile = null) =>
        ReadLines(TextSource.Lines(text), sourceFile);

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
        var tables = Merge(segments.Tables.Select(b => TableBuilder.Build(Numbered(b, contents), year, unread)).ToList());
        var narrative = NarrativeReader.Read(segments.Prose, department, unread);
        var facts = FactsExtractor.Extract(narrative, department);
        var budget = BudgetExtractor.Extract(department, year, scope, tables, facts);
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
            var rows = group.SelectMany(t => t.Rows.Select(r => r with { Cells = [.. r.Cells, .. Enumerable.Repeat("", width - r.Cells.Count)] })).ToList();
            merged.Add(first with { Columns = columns, Rows = rows, Notes = group.SelectMany(t => t.Notes).ToList() });
        }
        return merged.OrderBy(t => t.Line).ToList();
    }

    private static string? Title(IReadOnlyList<SourceLine> lines) =>
        lines.Take(12).Where(l => l.IsText && !l.IsBlank).Select(l => TextNormalizer.Cell(l.Cells[0]))
            .FirstOrDefault(t => t.Contains("预算"));

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
