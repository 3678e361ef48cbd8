using System.Globalization;
using DeptBudget.Reading.Eval;

namespace DeptBudget.Reading.Tests.Corpus;

/// <summary>
/// Every PDF under ../shared/real-docs (and its subfolders) read and measured against pdftotext's amounts:
/// each document keeps at least the recall and precision it has reached (reading-floors.tsv), so a drop
/// fails. Raise a floor when a change reads more; a new PDF needs its line.
/// </summary>
public sealed class ReadingCorpusTests
{
    private static readonly string Root = Path.Combine(DeptBudget.Testing.Seeds.SharedDir, "real-docs");

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var pdf in ReadingEval.Pdfs(Root)) data.Add(Path.GetRelativePath(Root, pdf));
        return data;
    }

    [NeedsPdftotextTheory]
    [MemberData(nameof(Documents))]
    public void Document_keeps_its_amount_recall_and_precision(string relative)
    {
        var floors = Floors();
        var name = Path.GetFileName(relative);
        Assert.True(floors.ContainsKey(name), $"{name} has no line in Corpus/reading-floors.tsv: measure it with ./deptbudget eval reading and add its floors");
        var (recall, tableRecall, precision) = floors[name];
        var s = ReadingEval.Score(Path.Combine(Root, relative));
        Assert.True(s.Recall >= recall, $"{name}: recall {s.Recall:P1} ({s.Recalled} of {s.Printed} printed amounts) fell below {recall:P1}");
        Assert.True(s.TableRecall >= tableRecall, $"{name}: recall of the tables found {s.TableRecall:P1} fell below {tableRecall:P1}");
        Assert.True(s.Precision >= precision, $"{name}: precision {s.Precision:P1} ({s.ExportedPrinted} of {s.Exported} exported amounts printed) fell below {precision:P1}");
    }

    private static Dictionary<string, (decimal Recall, decimal TableRecall, decimal Precision)> Floors() =>
        File.ReadAllLines(Path.Combine(DeptBudget.Testing.Seeds.RepoRoot, "tests", "DeptBudget.Reading.Tests", "Corpus", "reading-floors.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => (D(p[1]), D(p[2]), D(p[3])));

    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
}
