namespace DeptBudget.Rendering.Writers;

/// <summary>
/// The CJK font of our PDFs. Chromium cannot embed Noto Sans CJK as it is (CFF outlines): it falls back to
/// Type 3 glyph drawings and walks the whole 65,535-glyph collection for every document. We ship the same
/// glyphs as TrueType ("DeptBudget Sans SC", built by scripts/make-fonts.py from Debian's fonts-noto-cjk)
/// and hand them to Chromium through a fontconfig file of its own, so every PDF embeds CID TrueType fonts.
/// Chromium's PDF backend subsets the whole font file for every document, so the glyphs are split: the
/// core family holds what our catalogues, layouts and samples print (~370 KB), "DeptBudget Sans SC Ext"
/// the rest of GB 2312 (~1.8 MB), embedded only when a document uses one of its characters. Characters
/// outside both still fall back to the system's Noto CJK (as Type 3 drawings: correct, but slow).
/// </summary>
public static class PdfFonts
{
    public const string Family = "DeptBudget Sans SC";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fonts");

    /// <summary>
    /// Writes a fontconfig file that adds our fonts to the system's, in a directory of this process;
    /// null when the fonts are not beside the program (Chromium then uses the system's fonts).
    /// </summary>
    public static string? WriteFontconfig()
    {
        if (!File.Exists(Path.Combine(Directory, "DeptBudgetSansSC-Regular.ttf"))) return null;
        var dir = Path.Combine(Path.GetTempPath(), $"deptbudget-fontconfig-{Environment.ProcessId}");
        System.IO.Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "fonts.conf");
        File.WriteAllText(file, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{System.Security.SecurityElement.Escape(Directory)}</dir>
              <cachedir>{System.Security.SecurityElement.Escape(Path.Combine(dir, "cache"))}</cachedir>
            </fontconfig>
            """);
        return file;
    }
}
