namespace DeptBudget.Reading.Guards;

/// <summary>
/// Bounds on what a reader accepts, so hostile input costs bounded time and memory: a disclosure is a
/// few dozen pages and a few MB; anything far beyond is refused with the limit it broke.
/// </summary>
public static class Limits
{
    public const long MaxFileBytes = DisclosureReader.MaxBytes;
    public const int MaxPdfPages = 400;
    public const int MaxPdfObjects = 200_000;
    public const int MaxPdfNesting = 64;
    public const int MaxWordsPerPage = 20_000;
    /// <summary>Page-tree levels (a real document has a handful; PdfPig walks them recursively).</summary>
    public const int MaxPdfPageTreeDepth = 32;
    /// <summary>Forms drawing forms (PdfPig draws them recursively).</summary>
    public const int MaxPdfFormNesting = 16;
    /// <summary>One stream decoded (content, form, object stream).</summary>
    public const long MaxPdfStreamBytes = 32L * 1024 * 1024;
    /// <summary>All streams the pre-scan decodes.</summary>
    public const long MaxPdfDecodedBytes = 256L * 1024 * 1024;
    /// <summary>Content one page expands to, every form counted each time it is drawn: bounds the letters of a page.</summary>
    public const long MaxPdfPageContentBytes = 4L * 1024 * 1024;
    public const long MaxPdfDocumentContentBytes = 128L * 1024 * 1024;
    /// <summary>Element nesting in a Word or Excel part (the Open XML SDK builds its tree recursively).</summary>
    public const int MaxXmlDepth = 128;
    /// <summary>Elements in all parts of a Word or Excel package: bounds the memory of its object tree.</summary>
    public const int MaxXmlElements = 1_000_000;
    public const long MaxZipEntryBytes = 64L * 1024 * 1024;
    public const long MaxZipTotalBytes = 192L * 1024 * 1024;
    public const int MaxZipEntries = 2_000;
    public const int MaxCompressionRatio = 200;
    public const int MaxSheetRows = 20_000;
    public const int MaxSheetColumns = 200;
    public const int MaxLines = 200_000;
    /// <summary>Characters in one line of a text (a table row of the widest seed is 2,366).</summary>
    public const int MaxLineChars = 100_000;
    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(30);
}
