using System.Diagnostics;
using System.Net;
using System.Text;

namespace DeptBudget.Reading.Tests;

/// <summary>
/// LibreOffice from Debian (soffice --headless), the tool other than ours that makes the PDF, Word and
/// Excel forms of a seed. One conversion at a time in this process: soffice is heavy on a two-core
/// machine, and a user profile cannot be shared by two soffice processes.
/// </summary>
public static class Soffice
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Runs soffice with its own profile under <paramref name="profile"/>; the files land in <paramref name="outDir"/>.</summary>
    public static void Convert(string profile, string outDir, string convertTo, IEnumerable<string> files, params string[] options)
    {
        var psi = new ProcessStartInfo("soffice", [
            "--headless", $"-env:UserInstallation=file://{profile}", .. options, "--convert-to", convertTo, "--outdir", outDir, .. files])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        OneAtATime.Wait();
        try
        {
            Process p;
            try { p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start"); }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("soffice is not installed (scripts/test.sh installs libreoffice-writer-nogui and libreoffice-calc-nogui): " + e.Message);
            }
            using (p)
            {
                _ = p.StandardOutput.ReadToEndAsync();
                var err = p.StandardError.ReadToEndAsync();
                if (!p.WaitForExit(TimeSpan.FromMinutes(4))) { p.Kill(true); throw new TimeoutException("soffice took over 4 minutes"); }
                var missing = files.Select(f => Path.Combine(outDir, Path.GetFileNameWithoutExtension(f) + "." + convertTo.Split(':')[0]))
                    .Where(f => !File.Exists(f)).ToList();
                if (missing.Count > 0)
                    throw new InvalidOperationException($"soffice made no {string.Join(", ", missing.Select(Path.GetFileName))} (exit {p.ExitCode}): {err.Result}");
            }
        }
        finally { OneAtATime.Release(); }
    }

    /// <summary>
    /// A seed's text as HTML for soffice: tab-separated lines become table rows, other lines paragraphs;
    /// a blank line ends a table, as the extracted text leaves it.
    /// </summary>
    public static string Html(string text, string style, string tableTag, Func<string, string> cell)
    {
        var sb = new StringBuilder($"<html><head><meta charset=\"utf-8\"><style>{style}</style></head><body>\n");
        var inTable = false;
        foreach (var line in text.Split('\n'))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length == 1) { if (inTable) sb.Append("</table>\n"); inTable = false; sb.Append("<p>").Append(WebUtility.HtmlEncode(cells[0])).Append("</p>\n"); continue; }
            if (!inTable) sb.Append(tableTag).Append('\n');
            inTable = true;
            sb.Append("<tr>").AppendJoin("", cells.Select(cell)).Append("</tr>\n");
        }
        return sb.Append(inTable ? "</table>" : "").Append("</body></html>").ToString();
    }
}
