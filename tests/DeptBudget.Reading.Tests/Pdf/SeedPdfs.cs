using System.Net;
using System.Text;
using DeptBudget.Model;
using DeptBudget.Rendering;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// PDFs made from a seed: by LibreOffice (soffice --headless from Debian, converting an HTML of the seed's
/// lines) and by our own renderer (Chromium).
/// </summary>
public static class SeedPdfs
{
    private static readonly Lazy<string> Profile = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("deptbudget-lo-profile").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(dir, true); } catch (IOException) { } };
        return dir;
    });

    /// <summary>The seed laid out by LibreOffice: its tab rows as ruled HTML tables, converted to PDF.</summary>
    public static byte[] LibreOffice(string seed)
    {
        var dir = Directory.CreateTempSubdirectory("deptbudget-lo").FullName;
        try
        {
            var html = Path.Combine(dir, $"seed{seed}.html");
            File.WriteAllText(html, Html(SeedFiles.Text(seed)), Encoding.UTF8);
            Soffice.Convert(Profile.Value, dir, "pdf", [html]);
            return File.ReadAllBytes(Path.ChangeExtension(html, ".pdf"));
        }
        finally { try { Directory.Delete(dir, true); } catch (IOException) { } }
    }

    /// <summary>
    /// LibreOffice's HTML import ignores CSS cell borders (border="1" draws them) and lays wide tables past a
    /// portrait page's edge, where their columns are lost, so pages are landscape A4 and the type small, as
    /// disclosures print their tables.
    /// </summary>
    public static string Html(string text) => Soffice.Html(text,
        "@page{size:29.7cm 21cm;margin:1cm} body{font-size:7pt} td{font-size:7pt}",
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">",
        c => "<td>" + WebUtility.HtmlEncode(c) + "</td>");

    /// <summary>The budget read from the seed's text rendered in a layout by our PdfRenderer (Chromium).</summary>
    public static async Task<byte[]> Own(Disclosure text, string layout)
    {
        if (!File.Exists(PdfRenderer.ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {PdfRenderer.ChromiumPath} (scripts/test.sh installs it)");
        await using var renderer = await PdfRenderer.StartAsync();
        return await renderer.RenderAsync(HtmlWriter.Write(DisclosureRenderer.Render(text, Layout.Load(layout))));
    }
}

/// <summary>
/// A seed read three ways: from its text, from LibreOffice's PDF of it and from our own PDF of it in the
/// seed's layout. Fixtures of the <see cref="SeedPdfCollection"/> run one after another (one soffice, one
/// Chromium at a time on a shared machine).
/// </summary>
public abstract class SeedPdfFixture(string seed, string layout) : IAsyncLifetime
{
    public Disclosure Text { get; } = DisclosureReader.ReadFile(SeedFiles.PathOf(seed));
    public Disclosure LibreOffice { get; private set; } = null!;
    public Disclosure Own { get; private set; } = null!;

    public Disclosure Pdf(string maker) => maker switch
    {
        "libreoffice" => LibreOffice,
        "own" => Own,
        _ => throw new ArgumentOutOfRangeException(nameof(maker), maker, "libreoffice or own"),
    };

    public async Task InitializeAsync()
    {
        LibreOffice = DisclosureReader.ReadBytes(SeedPdfs.LibreOffice(seed), $"seed{seed}-libreoffice.pdf");
        Own = DisclosureReader.ReadBytes(await SeedPdfs.Own(Text, layout), $"seed{seed}-own.pdf");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class SeedPdfCollection
{
    public const string Name = "PDFs made from the seeds";
}
