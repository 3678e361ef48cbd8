using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Layouts;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Eval;

/// <summary>One document measured: how many of the amounts pdftotext prints on table lines our tables hold
/// (recall), and how many of the amounts our tables hold pdftotext prints anywhere (precision).</summary>
/// <param name="Family">The file-name prefix before the department (beijing-beijing, guangdong-shenzhen): stable,
/// whatever layout we detect.</param>
/// <param name="Layout">The layout the reader detected, or null when it refused the document.</param>
/// <param name="Refused">Why <c>read</c> refused the document (then its tables were read table by table), else null.</param>
public sealed record DocumentScore(
    string File, string Family, string? Layout, string? Refused, int Tables,
    int Printed, int Recalled, int Exported, int ExportedPrinted)
{
    /// <summary>Recall as <c>tables</c> exports today: nothing when <c>read</c> refuses the document.</summary>
    public decimal Recall => Ratio(Refused is null ? Recalled : 0, Printed);
    /// <summary>Recall of the tables the reader finds, even when it refuses the document as a whole.</summary>
    public decimal TableRecall => Ratio(Recalled, Printed);
    public decimal Precision => Ratio(ExportedPrinted, Exported);

    internal static decimal Ratio(int part, int whole) => whole == 0 ? 1m : (decimal)part / whole;
}

/// <summary>Scores of many documents added up (one family, or all).</summary>
public sealed record ScoreTotal(string Name, int Documents, int Read, int Printed, int Recalled, int RecalledRead, int Exported, int ExportedPrinted)
{
    public decimal Recall => DocumentScore.Ratio(RecalledRead, Printed);
    public decimal TableRecall => DocumentScore.Ratio(Recalled, Printed);
    public decimal Precision => DocumentScore.Ratio(ExportedPrinted, Exported);

    public static ScoreTotal Of(string name, IEnumerable<DocumentScore> scores)
    {
        var list = scores.ToList();
        return new ScoreTotal(name, list.Count, list.Count(s => s.Refused is null), list.Sum(s => s.Printed), list.Sum(s => s.Recalled),
            list.Where(s => s.Refused is null).Sum(s => s.Recalled), list.Sum(s => s.Exported), list.Sum(s => s.ExportedPrinted));
    }
}

/// <summary>
/// Measures reading against poppler's text: the amounts of the tables we read (the cells <c>tables</c>
/// exports under amount columns) matched as a multiset against the amounts <see cref="PrintedAmounts"/> finds.
/// </summary>
public static partial class ReadingEval
{
    /// <summary>Every PDF under a folder and its subfolders, in name order.</summary>
    public static IReadOnlyList<string> Pdfs(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();

    public static DocumentScore Score(string pdfPath) =>
        Score(pdfPath, PrintedAmounts.FromLayoutText(PrintedAmounts.LayoutText(pdfPath)), File.ReadAllBytes(pdfPath));

    public static DocumentScore Score(string pdfPath, PrintedAmounts printed, byte[] bytes) => Compare(pdfPath, printed, bytes).Score;

    /// <summary>What a score is made of: the printed amounts no table holds (missed) and the exported amounts
    /// pdftotext prints nowhere (unprinted), each with its count, so a loss can be looked up in the PDF.</summary>
    public static (DocumentScore Score, IReadOnlyDictionary<decimal, int> Missed, IReadOnlyDictionary<decimal, int> Unprinted) Compare(string pdfPath)
    {
        var c = Compare(pdfPath, PrintedAmounts.FromLayoutText(PrintedAmounts.LayoutText(pdfPath)), File.ReadAllBytes(pdfPath));
        return (c.Score, c.Missed, c.Unprinted);
    }

    private static (DocumentScore Score, Dictionary<decimal, int> Missed, Dictionary<decimal, int> Unprinted) Compare(string pdfPath, PrintedAmounts printed, byte[] bytes)
    {
        var name = Path.GetFileName(pdfPath);
        string? layout = null, refused = null;
        IReadOnlyList<Table> tables;
        try
        {
            var d = DisclosureReader.ReadBytes(bytes, name);
            layout = d.Meta.Layout;
            tables = d.Tables;
        }
        catch (ReadException e)
        {
            refused = e.Message;
            tables = TablesOnly(bytes, name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A crash is a reader bug: measured as a refusal (recall 0) and named, never ending the whole run.
            refused = $"{name}: the reader failed ({e.GetType().Name}: {e.Message})";
            tables = TablesOnly(bytes, name);
        }
        var exported = Amounts(tables);
        var score = new DocumentScore(name, Family(name), layout, refused, tables.Count,
            printed.OnTableLines.Values.Sum(), Matched(printed.OnTableLines, exported),
            exported.Values.Sum(), Matched(exported, printed.Anywhere));
        return (score, Beyond(printed.OnTableLines, exported), Beyond(exported, printed.Anywhere));
    }

    // The part of a multiset another does not hold: each amount with how many of it are left over.
    private static Dictionary<decimal, int> Beyond(IReadOnlyDictionary<decimal, int> wanted, IReadOnlyDictionary<decimal, int> have) =>
        wanted.Select(w => (w.Key, Left: w.Value - have.GetValueOrDefault(w.Key))).Where(w => w.Left > 0).ToDictionary(w => w.Key, w => w.Left);

    /// <summary>The multiset of amounts the tables hold: figures in amount columns, and figures with decimals in text columns.</summary>
    public static Dictionary<decimal, int> Amounts(IEnumerable<Table> tables)
    {
        var bag = new Dictionary<decimal, int>();
        foreach (var t in tables)
        {
            // In a text column (target forms, unread headers) only a figure with decimals is an amount (资金总额 745.00);
            // a whole number there is a count or a target value (100, 95), not money.
            var text = Enumerable.Range(0, t.Columns.Count).Select(i => IsTextKey(t.Columns[i].Key)).ToList();
            foreach (var row in t.Rows)
                for (var i = 0; i < row.Cells.Count; i++)
                    if (row.Amount(i) is { } v && (i >= text.Count || !text[i] || row.Cells[i].Contains('.')))
                        bag[v] = bag.GetValueOrDefault(v) + 1;
        }
        return bag;
    }

    /// <summary>How many of <paramref name="wanted"/> <paramref name="have"/> holds, each held amount used once.</summary>
    public static int Matched(IReadOnlyDictionary<decimal, int> wanted, IReadOnlyDictionary<decimal, int> have) =>
        wanted.Sum(w => Math.Min(w.Value, have.GetValueOrDefault(w.Key)));

    /// <summary>The family a file belongs to by its name: the first two words (province-city), as real-docs names files.</summary>
    public static string Family(string fileName)
    {
        var parts = Path.GetFileNameWithoutExtension(fileName).Split('-');
        return parts.Length >= 2 ? parts[0] + "-" + parts[1] : parts[0];
    }

    // When read refuses a document (no year found), its tables are still measured: segmenting and building
    // need no identity, and the year only tells last year's columns (guessed from the most printed 20NN年).
    private static IReadOnlyList<Table> TablesOnly(byte[] bytes, string name)
    {
        try
        {
            var lines = DisclosureReader.SourceLines(bytes, name);
            var year = Year(lines);
            var unread = new List<UnreadFragment>();
            return DocumentSegmenter.Split(lines).Tables
                .Select(b => TableBuilder.Build(b, year, unread) with { AmountUnit = AmountUnits.Of(b) }).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException) { return []; }
    }

    private static int Year(IReadOnlyList<SourceLine> lines) =>
        lines.SelectMany(l => l.Cells).SelectMany(c => YearWord().Matches(c)).Select(m => int.Parse(m.Groups[1].Value))
            .GroupBy(y => y).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    // Target tables key their indicator columns by category (output.level3, outcome.targetValue): text too.
    // A repeated meaning is numbered (text#2, name#2): the same text column.
    private static bool IsTextKey(string column)
    {
        var key = column.Split('#')[0];
        return TextKeys.Contains(key) || key.EndsWith("." + ColumnKeys.Level3, StringComparison.Ordinal) || key.EndsWith("." + ColumnKeys.TargetValue, StringComparison.Ordinal);
    }

    private static readonly HashSet<string> TextKeys =
    [
        ColumnKeys.CodeClass, ColumnKeys.CodeSection, ColumnKeys.CodeItem, ColumnKeys.Code, ColumnKeys.GovCodeClass,
        ColumnKeys.GovCodeSection, ColumnKeys.GovCode, ColumnKeys.GovName, ColumnKeys.UnitCode, ColumnKeys.Name,
        ColumnKeys.UnitName, ColumnKeys.ProjectKind, ColumnKeys.RevenueGroup, ColumnKeys.RevenueItem, ColumnKeys.ExpenditureItem,
        ColumnKeys.Level1, ColumnKeys.Level2, ColumnKeys.Level3, ColumnKeys.TargetValue, ColumnKeys.Explanation, ColumnKeys.Text,
    ];

    [GeneratedRegex(@"(20\d{2})\s*年")]
    private static partial Regex YearWord();
}
