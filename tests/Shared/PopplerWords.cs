using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DeptBudget.Testing;

/// <summary>
/// The words of a PDF page with their boxes as poppler's <c>pdftotext -bbox</c> gives them (PDF points, y down from
/// the page top): an independent source of where a figure is printed, to hold our reader's places against.
/// </summary>
public static partial class PopplerWords
{
    public sealed record Word(string Text, double XMin, double YMin, double XMax, double YMax);

    public static IReadOnlyList<Word> Of(string pdf, int page) => All(pdf, page, page)[page];

    /// <summary>Words of pages first..last (all pages when not given), by page number.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<Word>> All(string pdf, int? first = null, int? last = null)
    {
        var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        if (first is { } f) { psi.ArgumentList.Add("-f"); psi.ArgumentList.Add(f.ToString()); }
        if (last is { } l) { psi.ArgumentList.Add("-l"); psi.ArgumentList.Add(l.ToString()); }
        foreach (var a in new[] { "-bbox", pdf, "-" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var html = p.StandardOutput.ReadToEnd();
        p.WaitForExit(60_000);
        var pages = html.Split("<page ").Skip(1).ToList();
        return pages.Select((text, i) => (Page: (first ?? 1) + i, Words: (IReadOnlyList<Word>)WordPattern().Matches(text)
                .Select(m => new Word(System.Net.WebUtility.HtmlDecode(m.Groups[5].Value), D(m.Groups[1]), D(m.Groups[2]), D(m.Groups[3]), D(m.Groups[4]))).ToList()))
            .ToDictionary(x => x.Page, x => x.Words);
    }

    private static double D(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>""")]
    private static partial Regex WordPattern();
}
