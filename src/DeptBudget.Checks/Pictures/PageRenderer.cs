using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;

namespace DeptBudget.Checks.Pictures;

/// <summary>A rendered page: RGB pixels and the scale from PDF points to pixels.</summary>
public sealed record PageImage(int Width, int Height, double Scale, byte[] Rgb);

/// <summary>
/// Pages of a PDF as pictures, by poppler's <c>pdftoppm</c>. Each run is bounded in time (killed, with its
/// children, when it overruns) and pages are cached by the PDF's content and page number, within a byte budget,
/// so a page shown for many findings, or for the same document again, is rendered once.
/// </summary>
public sealed class PageRenderer(PageRenderer.Settings settings)
{
    /// <param name="Dpi">Resolution: 100 keeps 9-point Chinese legible at a tenth of the bytes of 300.</param>
    /// <param name="Timeout">One pdftoppm run; a page that takes longer is reported as not rendered.</param>
    /// <param name="CacheBytes">Pixels kept; the oldest pages are dropped beyond it.</param>
    public sealed record Settings(int Dpi = 100, TimeSpan? Timeout = null, long CacheBytes = 160L * 1024 * 1024, string Program = "pdftoppm")
    {
        public TimeSpan RunTimeout => Timeout ?? TimeSpan.FromSeconds(30);
    }

    public static PageRenderer Shared { get; } = new(new Settings());

    private readonly ConcurrentDictionary<(string Pdf, int Page), PageImage> _cache = new();
    private readonly ConcurrentQueue<(string Pdf, int Page)> _age = new();
    private long _bytes;

    /// <summary>Whether pdftoppm can be started here (poppler-utils installed); checked once.</summary>
    public bool Available => _available.Value;

    private readonly Lazy<bool> _available = new(() => Probe(settings.Program));

    /// <summary>A key for a PDF's content: the cache holds pages by what they show, not by file name.</summary>
    public static string KeyOf(byte[] pdf) => Convert.ToHexString(SHA256.HashData(pdf));

    /// <summary>
    /// The given pages, rendered (from the cache where they are). Throws <see cref="PictureException"/> with the reason
    /// in Chinese when pdftoppm is missing, fails or overruns its time.
    /// </summary>
    public IReadOnlyDictionary<int, PageImage> Pages(byte[] pdf, IEnumerable<int> pages, string? key = null)
    {
        key ??= KeyOf(pdf);
        var wanted = pages.Where(p => p > 0).Distinct().Order().ToList();
        var result = new Dictionary<int, PageImage>();
        var missing = new List<int>();
        foreach (var p in wanted)
            if (_cache.TryGetValue((key, p), out var hit)) result[p] = hit; else missing.Add(p);
        if (missing.Count == 0) return result;
        if (!Available) throw new PictureException("未安装 poppler-utils（pdftoppm），不能生成页面图片");
        var dir = Directory.CreateTempSubdirectory("deptbudget-pages-");
        try
        {
            var file = Path.Combine(dir.FullName, "in.pdf");
            File.WriteAllBytes(file, pdf);
            // Contiguous pages in one run each; two runs at a time (the machines this serves have few cores).
            var ranges = Ranges(missing);
            try { Parallel.ForEach(ranges, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r => Run(file, r.First, r.Last, dir.FullName)); }
            catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is PictureException) is { } first) { throw first; }
            foreach (var p in missing)
            {
                var ppm = Directory.GetFiles(dir.FullName, "page-*.ppm").FirstOrDefault(f => PageNumber(f) == p);
                if (ppm is null) continue;
                var image = Ppm.Read(File.ReadAllBytes(ppm), settings.Dpi / 72.0);
                result[p] = image;
                Keep(key, p, image);
            }
            return result;
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private void Run(string file, int first, int last, string dir)
    {
        var psi = new ProcessStartInfo(settings.Program)
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "-r", settings.Dpi.ToString(), "-f", first.ToString(), "-l", last.ToString(), file, Path.Combine(dir, "page") })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new PictureException("不能启动 pdftoppm");
        var err = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(settings.RunTimeout))
        {
            try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new PictureException($"生成第 {first}–{last} 页图片超过 {settings.RunTimeout.TotalSeconds:0} 秒，已停止");
        }
        if (p.ExitCode != 0)
            throw new PictureException($"pdftoppm 不能生成第 {first}–{last} 页图片（{err.Result.Trim().Split('\n')[0]}）");
    }

    private void Keep(string key, int page, PageImage image)
    {
        if (!_cache.TryAdd((key, page), image)) return;
        _age.Enqueue((key, page));
        Interlocked.Add(ref _bytes, image.Rgb.Length);
        while (Interlocked.Read(ref _bytes) > settings.CacheBytes && _age.TryDequeue(out var old))
            if (_cache.TryRemove(old, out var gone)) Interlocked.Add(ref _bytes, -gone.Rgb.Length);
    }

    // pdftoppm names pages page-7.ppm, page-07.ppm or page-007.ppm as the page count needs.
    private static int PageNumber(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return int.TryParse(name[(name.LastIndexOf('-') + 1)..], out var n) ? n : -1;
    }

    private static List<(int First, int Last)> Ranges(List<int> pages)
    {
        var ranges = new List<(int First, int Last)>();
        foreach (var p in pages)
            if (ranges.Count > 0 && ranges[^1].Last == p - 1) ranges[^1] = (ranges[^1].First, p);
            else ranges.Add((p, p));
        return ranges;
    }

    private static bool Probe(string program)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(program, "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false });
            if (p is null) return false;
            // Its few lines of version fit the pipe: wait for the exit, bounded, before reading anything.
            if (!p.WaitForExit(TimeSpan.FromSeconds(10))) { p.Kill(true); return false; }
            return true;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}

/// <summary>A page picture that could not be made, with the reason in Chinese.</summary>
public sealed class PictureException(string message) : Exception(message);

/// <summary>Binary PPM (P6) as pdftoppm writes it.</summary>
internal static class Ppm
{
    public static PageImage Read(byte[] b, double scale)
    {
        var pos = 0;
        string Token()
        {
            while (pos < b.Length && (char.IsWhiteSpace((char)b[pos]) || b[pos] == '#'))
            {
                if (b[pos] == '#') while (pos < b.Length && b[pos] != '\n') pos++;
                else pos++;
            }
            var start = pos;
            while (pos < b.Length && !char.IsWhiteSpace((char)b[pos])) pos++;
            return System.Text.Encoding.ASCII.GetString(b, start, pos - start);
        }
        if (Token() != "P6") throw new PictureException("pdftoppm 输出的不是 PPM 图像");
        var w = int.Parse(Token()); var h = int.Parse(Token()); var max = int.Parse(Token());
        pos++; // the single whitespace after maxval
        if (max != 255 || w <= 0 || h <= 0 || (long)w * h * 3 > b.Length - pos) throw new PictureException("pdftoppm 输出的 PPM 图像不完整");
        return new PageImage(w, h, scale, b.AsSpan(pos, w * h * 3).ToArray());
    }
}
