namespace DeptBudget.Model;

/// <summary>
/// A box on a page of the original PDF, in PDF points: x to the right and y down from the top of the page as a
/// viewer shows it (after <c>/Rotate</c>), so a renderer marks it without knowing how the reader turned the text.
/// </summary>
public sealed record PageBox(int Page, decimal X, decimal Y, decimal Width, decimal Height)
{
    /// <summary>
    /// The file the page is in when a disclosure was read from several (北京 -text.pdf + -tables.pdf): page 3 of
    /// which file; null for a disclosure read from one file.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; init; }

    /// <summary>The page as a reviewer reads it: 第 7 页, or with the file where the disclosure is in several.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string PageZh => File is null ? $"第 {Page} 页" : $"{File} 第 {Page} 页";

    /// <summary>The smallest box holding both (on this box's page).</summary>
    public PageBox Union(PageBox other)
    {
        var left = Math.Min(X, other.X);
        var top = Math.Min(Y, other.Y);
        return this with
        {
            X = left, Y = top,
            Width = Math.Max(X + Width, other.X + other.Width) - left,
            Height = Math.Max(Y + Height, other.Y + other.Height) - top,
        };
    }
}

/// <summary>
/// Where one source line (the line numbers tables, rows and narrative sections carry) was printed: its page and
/// the printed pieces it is made of — a table cell, or one printed line of a paragraph — each with its text and box.
/// Only PDF readings have places; a text, Word or Excel reading keeps its line numbers alone.
/// </summary>
public sealed record SourcePlace(int Line, int Page, IReadOnlyList<PlaceRun> Runs)
{
    /// <summary>The file of a disclosure read from several files that printed this line; null for one file.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? File { get; init; }

    /// <summary>A printed piece's box on this line's page, in this line's file.</summary>
    public PageBox Box(PlaceRun run) => run.Box(Page) with { File = File };
}

/// <summary>One printed piece of a source line: its text as printed (words joined) and its box in PDF points (see <see cref="PageBox"/>).</summary>
public sealed record PlaceRun(string Text, decimal X, decimal Y, decimal Width, decimal Height)
{
    public PageBox Box(int page) => new(page, X, Y, Width, Height);
}
