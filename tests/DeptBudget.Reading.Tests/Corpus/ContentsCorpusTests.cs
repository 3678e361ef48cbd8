using System.Diagnostics;
using DeptBudget.Model;
using DeptBudget.Reading.Eval;

namespace DeptBudget.Reading.Tests.Corpus;

/// <summary>
/// Over every PDF under ../shared/real-docs (files of one disclosure grouped as `read --batch` groups them): each
/// table a document's 目录 lists is found, printed empty, or marked empty in the 目录 (truly absent). A listed table
/// counts as printed when pdftotext shows its title again outside the 目录 (its words twice in the disclosure's
/// text): such a table not found fails, over the whole folder at once.
/// </summary>
public sealed class ContentsCorpusTests
{
    private static readonly string Root = Path.Combine(DeptBudget.Testing.Seeds.SharedDir, "real-docs");

    [NeedsPdftotextFact]
    public void Every_table_a_contents_lists_and_the_document_prints_is_found()
    {
        var pdfs = ReadingEval.Pdfs(Root).ToList();
        var parts = pdfs.Select(p => { try { return DisclosureParts.Parse(File.ReadAllBytes(p), Path.GetFileName(p)); } catch (ReadException) { return null; } }).ToList();
        var missing = new List<string>();
        var listed = 0;
        foreach (var group in DisclosureParts.Group(parts.Select(p => p?.Identity).ToList()))
        {
            if (group.Any(i => parts[i] is null)) continue;
            var d = DisclosureReader.ReadParsed(group.Select(i => (Path.GetFileName(pdfs[i]), parts[i]!.Lines)).ToList());
            var text = Key(string.Concat(group.Select(i => PdfText(pdfs[i]))));
            foreach (var (entry, state) in ContentsVerdicts.All(d))
            {
                listed++;
                if (state == ContentsState.Missing && Occurrences(text, Key(entry.Title)) >= 2)
                    missing.Add($"{d.Meta.SourceFile}: {entry.Number}. {entry.Title}");
            }
        }
        Assert.True(listed > 200, $"only {listed} 目录 entries were read over the folder");
        Assert.True(missing.Count == 0, "listed in the 目录 and printed, but not found:\n" + string.Join("\n", missing));
    }

    private static int Occurrences(string text, string words)
    {
        if (words.Length < 4) return 0;
        var n = 0;
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + words.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    // pdftotext's words without spaces, so a title spaced or broken over a line (表 12 2022 年…) still reads as one.
    private static string Key(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static string PdfText(string pdf)
    {
        var psi = new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        p.StandardError.ReadToEndAsync();
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text;
    }
}
