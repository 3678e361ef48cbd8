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
    public const long MaxZipEntryBytes = 64L * 1024 * 1024;
    public const long MaxZipTotalBytes = 192L * 1024 * 1024;
    public const int MaxZipEntries = 2_000;
    public const int MaxCompressionRatio = 200;
    public const int MaxSheetRows = 20_000;
    public const int MaxSheetColumns = 200;
    public const int MaxLines = 200_000;
    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(30);
}
