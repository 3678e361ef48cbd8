using DeptBudget.Model;

namespace DeptBudget.Checks.Places;

/// <summary>
/// Puts each finding at its place on the original's pages: a table cell by its row's source line and the printed
/// piece that holds the cell's text; a row or a table by its line; a sentence by finding its words among the
/// printed lines of its section. Rules name places by meaning (table, row, column, section, excerpt); this turns
/// those into page and box once, for every rule alike, from the reader's <see cref="Disclosure.Places"/>.
/// </summary>
public sealed class FindingPlaces
{
    private readonly Disclosure _d;
    private readonly Dictionary<int, SourcePlace> _byLine;
    private readonly List<SourcePlace> _ordered;

    private FindingPlaces(Disclosure d, IReadOnlyList<SourcePlace> places)
    {
        _d = d;
        _ordered = places.OrderBy(p => p.Line).ToList();
        _byLine = new Dictionary<int, SourcePlace>();
        foreach (var p in _ordered) _byLine.TryAdd(p.Line, p);
    }

    /// <summary>Findings with their page and box where the document has positions; unchanged otherwise.</summary>
    public static IReadOnlyList<Finding> Locate(Disclosure d, IReadOnlyList<Finding> findings)
    {
        if (d.Places is not { Count: > 0 } places) return findings;
        var at = new FindingPlaces(d, places);
        return findings.Select(f => f.Location.Place is null && at.Of(f.Location) is { } box
            ? f with { Location = f.Location with { Place = box } } : f).ToList();
    }

    /// <summary>Page and box of one place named by meaning, or null.</summary>
    public static PageBox? Of(Disclosure d, string? table, int? rowIndex, int? columnIndex, string? section, string? text) =>
        d.Places is { Count: > 0 } places
            ? new FindingPlaces(d, places).Of(new FindingLocation(table, null, null, section, text) { RowIndex = rowIndex, ColumnIndex = columnIndex })
            : null;

    private PageBox? Of(FindingLocation l)
    {
        if (l.Table is not null && _d.Table(l.Table) is { } t) return InTable(t, l.RowIndex, l.ColumnIndex);
        var section = l.Section is null ? null : _d.Narrative.Sections.FirstOrDefault(s => s.Title == l.Section);
        if (l.Text is { Length: > 0 } excerpt) return InText(section, excerpt);
        return section is not null ? Line(section.Line) : null;
    }

    private PageBox? InTable(Table t, int? rowIndex, int? columnIndex)
    {
        if (rowIndex is not { } r || r < 0 || r >= t.Rows.Count) return Line(t.Line);
        var row = t.Rows[r];
        if (!_byLine.TryGetValue(row.Line, out var place)) return null;
        if (columnIndex is { } c && c >= 0 && c < row.Cells.Count && Norm(row.Cells[c]) is { Length: > 0 } cell)
        {
            // The n-th printed piece with this text, n counting the equal cells to its left (0.00 0.00 in one row).
            var nth = Enumerable.Range(0, c).Count(k => Norm(row.Cells[k]) == cell);
            var runs = place.Runs.Where(x => Norm(x.Text) == cell).ToList();
            if (runs.Count > 0) return place.Box(runs[Math.Min(nth, runs.Count - 1)]);
        }
        return Whole(place);
    }

    /// <summary>The printed lines of the section (or the whole text) that hold the excerpt: the sentence's box on its first page.</summary>
    private PageBox? InText(NarrativeSection? section, string excerpt)
    {
        var from = section?.Line ?? 0;
        var next = section is null ? int.MaxValue
            : _d.Narrative.Sections.Where(s => s.Line > section.Line).Select(s => s.Line).DefaultIfEmpty(int.MaxValue).Min();
        var text = new System.Text.StringBuilder();
        var pieces = new List<(int Start, int End, PlaceRun Run, SourcePlace Place)>();
        foreach (var p in _ordered)
        {
            if (p.Line < from || p.Line >= next) continue;
            foreach (var run in p.Runs)
            {
                var n = Norm(run.Text);
                pieces.Add((text.Length, text.Length + n.Length, run, p));
                text.Append(n);
            }
        }
        var all = text.ToString();
        var want = Norm(excerpt.Trim('…', '.', '“', '”'));
        var at = all.IndexOf(want, StringComparison.Ordinal);
        // An excerpt cut or joined by the rule: its opening words still find the sentence.
        if (at < 0 && want.Length > 12) { at = all.IndexOf(want[..12], StringComparison.Ordinal); }
        if (at < 0 || want.Length == 0) return section is not null ? Line(section.Line) : null;
        var end = at + want.Length;
        PageBox? box = null;
        foreach (var (start, stop, run, place) in pieces)
        {
            if (stop <= at || start >= end) continue;
            if (box is null) box = place.Box(run);
            else if (box.Page == place.Page && box.File == place.File) box = box.Union(place.Box(run));
        }
        return box;
    }

    private PageBox? Line(int line) => _byLine.TryGetValue(line, out var p) ? Whole(p) : null;

    private static PageBox Whole(SourcePlace p) =>
        p.Runs.Skip(1).Aggregate(p.Box(p.Runs[0]), (box, run) => box.Union(p.Box(run)));

    private static string Norm(string s) => new(s.Where(c => !char.IsWhiteSpace(c) && c != ',').ToArray());
}
