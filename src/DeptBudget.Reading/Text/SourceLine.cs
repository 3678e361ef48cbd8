namespace DeptBudget.Reading.Text;

/// <summary>
/// One line of a document as the table recogniser sees it: cells in reading order. Text files give
/// cells split on tabs; PDF, Word and Excel readers build the same shape from positions and cells, so
/// recognising a table by meaning never depends on how the cells were found.
/// </summary>
public sealed record SourceLine(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>Where a PDF printed this line (page and boxes); null for text, Word and Excel lines.</summary>
    public DeptBudget.Model.SourcePlace? Place { get; init; }

    // Both are asked of every line many times over: plain loops, no enumerator allocated per call.
    public bool IsBlank
    {
        get
        {
            for (var i = 0; i < Cells.Count; i++) if (Cells[i].Length > 0) return false;
            return true;
        }
    }

    /// <summary>A single-cell line: a title, a heading or a paragraph.</summary>
    public bool IsText => Cells.Count == 1 && Cells[0].Length > 0;

    public string Joined => string.Concat(Cells);

    public int LastFilled
    {
        get
        {
            for (var i = Cells.Count - 1; i >= 0; i--) if (Cells[i].Length > 0) return i;
            return -1;
        }
    }
}
