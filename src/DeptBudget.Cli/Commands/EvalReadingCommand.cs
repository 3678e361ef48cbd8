using System.CommandLine;
using System.Globalization;
using DeptBudget.Reading.Eval;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// eval reading DIR (a subcommand of <see cref="EvalCommand"/>): every PDF under DIR read and measured against pdftotext's amounts (recall, precision),
/// a line per document, then a table per family and overall, so anyone can rerun the figures.
/// </summary>
internal static class EvalReadingCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("dir") { Description = "A folder of published PDFs (searched recursively)" };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also write the per-document scores as CSV" };
        var misses = new Option<bool>("--misses") { Description = "Also list, per document, the printed amounts no table holds and the exported amounts not printed" };
        var reading = new Command("reading", "读取评估 — amount recall and precision against pdftotext -layout, per document and family") { folder, csv, misses };
        reading.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(csv), parse.GetValue(misses)));
        return reading;
    }

    private static int Run(DirectoryInfo folder, FileInfo? csv, bool misses = false)
    {
        if (!folder.Exists) { Console.Error.WriteLine($"deptbudget: {folder.FullName}：文件夹不存在"); return 2; }
        if (!PrintedAmounts.Available()) { Console.Error.WriteLine($"deptbudget: {PrintedAmounts.Missing}"); return 2; }
        var pdfs = ReadingEval.Pdfs(folder.FullName);
        if (pdfs.Count == 0) { Console.Error.WriteLine($"deptbudget: {folder.FullName}：其中没有 PDF 文件"); return 2; }
        var scores = new List<DocumentScore>();
        Console.WriteLine($"{"document",-52} {"layout",-22} {"tables",6} {"printed",8} {"recall",8} {"tblRecall",9} {"precision",9}");
        foreach (var pdf in pdfs)
        {
            DocumentScore s;
            IReadOnlyDictionary<decimal, int> missed, unprinted;
            try { (s, missed, unprinted) = ReadingEval.Compare(pdf); }
            catch (EvalException e) { Console.Error.WriteLine($"deptbudget: {e.Message}"); continue; }
            scores.Add(s);
            Console.WriteLine($"{s.File,-52} {(s.Layout ?? "(refused)"),-22} {s.Tables,6} {s.Printed,8} {Pct(s.Recall),8} {Pct(s.TableRecall),9} {Pct(s.Precision),9}");
            if (misses && missed.Count > 0) Console.WriteLine("  missed:    " + Listed(missed));
            if (misses && unprinted.Count > 0) Console.WriteLine("  unprinted: " + Listed(unprinted));
        }
        Console.WriteLine();
        Console.WriteLine("recall: amounts on pdftotext table lines found in what `tables` exports (a refused document counts 0);");
        Console.WriteLine("tblRecall: the same over the tables found even where read refuses; precision: exported amounts pdftotext prints.");
        Console.WriteLine($"{"family",-24} {"docs",5} {"read",5} {"printed",8} {"recall",8} {"tblRecall",9} {"precision",9}");
        var totals = scores.GroupBy(s => s.Family).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ScoreTotal.Of(g.Key, g)).Append(ScoreTotal.Of("all", scores));
        foreach (var t in totals)
            Console.WriteLine($"{t.Name,-24} {t.Documents,5} {t.Read,5} {t.Printed,8} {Pct(t.Recall),8} {Pct(t.TableRecall),9} {Pct(t.Precision),9}");
        if (csv is not null)
            File.WriteAllLines(csv.FullName, scores.Select(s => string.Join(',', s.File, s.Family, s.Layout ?? "", s.Refused is null ? "" : "refused",
                s.Tables, s.Printed, s.Recalled, s.Exported, s.ExportedPrinted)).Prepend("file,family,layout,refused,tables,printed,recalled,exported,exportedPrinted"));
        return 0;
    }

    // Amounts in order, a count after one left over more than once: 0.5 12.3×2 …
    private static string Listed(IReadOnlyDictionary<decimal, int> bag) =>
        string.Join(' ', bag.OrderBy(b => b.Key).Select(b => b.Key.ToString(CultureInfo.InvariantCulture) + (b.Value > 1 ? $"×{b.Value}" : "")));

    private static string Pct(decimal ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
