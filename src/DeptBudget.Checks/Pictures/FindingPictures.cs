using DeptBudget.Model;

namespace DeptBudget.Checks.Pictures;

/// <summary>
/// Pictures of findings' places in one PDF: each distinct page box as a PNG of the band of its page with the box
/// outlined. <see cref="Note"/> says in Chinese why there are none or fewer (no PDF, pdftoppm missing, a page that
/// overran its time, more places than are drawn).
/// </summary>
public sealed record FindingPictures(IReadOnlyDictionary<PageBox, byte[]> Pngs, string? Note)
{
    /// <summary>Pictures drawn for one document at most: a broken document can have thousands of findings.</summary>
    public const int MaxPictures = 300;

    public static readonly FindingPictures None = new(new Dictionary<PageBox, byte[]>(), null);

    public byte[]? Of(PageBox? box) => box is not null && Pngs.TryGetValue(box, out var png) ? png : null;

    /// <summary>The pictures of the boxes given (errors and warnings first is the caller's order), pages rendered once each.</summary>
    public static FindingPictures Make(byte[]? pdf, IEnumerable<PageBox?> boxes, PageRenderer renderer, string? key = null)
    {
        var wanted = boxes.OfType<PageBox>().Distinct().ToList();
        if (wanted.Count == 0) return None;
        if (pdf is null) return None with { Note = "原文件未保存，不能显示原文页面图片" };
        var note = wanted.Count > MaxPictures ? $"问题位置多于 {MaxPictures} 处，只显示前 {MaxPictures} 处的原文图片" : null;
        wanted = wanted.Take(MaxPictures).ToList();
        IReadOnlyDictionary<int, PageImage> pages;
        try { pages = renderer.Pages(pdf, wanted.Select(b => b.Page), key); }
        catch (PictureException e) { return None with { Note = e.Message }; }
        var pngs = new Dictionary<PageBox, byte[]>();
        foreach (var box in wanted)
            if (pages.TryGetValue(box.Page, out var page)) pngs[box] = PlacePicture.Png(page, box);
        if (pngs.Count < wanted.Count) note ??= "部分页面未能生成图片";
        return new FindingPictures(pngs, note);
    }

    /// <summary>The pictures of a checked PDF's errors and warnings.</summary>
    public static FindingPictures Of(CheckReport report, byte[]? pdf, PageRenderer renderer) =>
        pdf is null || !IsPdf(pdf) ? None
            : Make(pdf, report.Findings.Where(f => f.Severity != Severity.Info).OrderBy(f => f.Severity).Select(f => f.Location.Place), renderer);

    public static bool IsPdf(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;
}
