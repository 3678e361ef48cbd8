using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace DeptBudget.Reading.Guards;

/// <summary>
/// What the fuzzer mutates: the seed texts, and small files of every other form made here so the
/// corpus needs nothing else — a two-page PDF with a text layer (PdfPig's writer), a Word and an Excel
/// package holding a seed table. Files in an extra folder (the real PDFs) are added as they are.
/// </summary>
public static class FuzzCorpus
{
    public static List<Fuzzer.Input> Build(DirectoryInfo? extra)
    {
        var inputs = new List<Fuzzer.Input>();
        var seeds = SeedsDir();
        if (seeds is not null)
            foreach (var f in Directory.GetFiles(seeds, "*.txt").Order())
                inputs.Add(new(Path.GetFileName(f), File.ReadAllBytes(f)));
        var table = inputs.Count > 0 ? Encoding.UTF8.GetString(inputs[0].Bytes) : Sample;
        inputs.Add(new("small.pdf", Pdf()));
        inputs.Add(new("small.docx", Docx(table)));
        inputs.Add(new("small.xlsx", Xlsx(table)));
        if (extra is { Exists: true })
            foreach (var f in extra.EnumerateFiles().Where(f => f.Length < 1024 * 1024).OrderBy(f => f.Name))
                inputs.Add(new(f.Name, File.ReadAllBytes(f.FullName)));
        return inputs;
    }

    private const string Sample = "2024年部门预算\n部门收支总体情况表\n部门名称：X\t单位：万元\n收入\t\t支出\t\n项目\t金额\t项目\t金额\n一、一般公共预算\t10.00\t一、卫生健康\t10.00\n";

    private static string? SeedsDir()
    {
        var root = Environment.GetEnvironmentVariable("DEPTBUDGET_ROOT");
        for (var dir = new DirectoryInfo(root ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (Directory.Exists(seeds)) return Path.GetFullPath(seeds);
        }
        return null;
    }

    /// <summary>A two-page PDF: a title and a small table of codes and amounts, in a standard font.</summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < 2; p++)
        {
            var page = builder.AddPage(842, 595);
            page.AddText("2024 budget table " + (p + 1), 16, new UglyToad.PdfPig.Core.PdfPoint(300, 550), font);
            string[] header = ["code", "name", "total", "basic", "project"];
            for (var c = 0; c < header.Length; c++) page.AddText(header[c], 10, new(60 + c * 140, 500), font);
            for (var r = 0; r < 12; r++)
            {
                page.AddText((201 + r).ToString(), 10, new(60, 480 - r * 20), font);
                page.AddText("item " + r, 10, new(200, 480 - r * 20), font);
                page.AddText($"{1000 + r * 37.5:0.00}", 10, new(340, 480 - r * 20), font);
                page.AddText($"{600 + r * 20:0.00}", 10, new(480, 480 - r * 20), font);
                page.AddText($"{400 + r * 17.5:0.00}", 10, new(620, 480 - r * 20), font);
            }
        }
        return builder.Build();
    }

    /// <summary>A minimal Word package: one paragraph per text line, one table of the tab-separated lines.</summary>
    public static byte[] Docx(string text)
    {
        var body = new StringBuilder();
        var inTable = false;
        foreach (var line in text.Split('\n').Take(200))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length == 1) { if (inTable) body.Append("</w:tbl>"); inTable = false; body.Append($"<w:p><w:r><w:t>{Esc(cells[0])}</w:t></w:r></w:p>"); continue; }
            if (!inTable) body.Append("<w:tbl>");
            inTable = true;
            body.Append("<w:tr>").AppendJoin("", cells.Select(c => $"<w:tc><w:p><w:r><w:t>{Esc(c)}</w:t></w:r></w:p></w:tc>")).Append("</w:tr>");
        }
        if (inTable) body.Append("</w:tbl>");
        return Zip(new()
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
            ["word/document.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""",
        });
    }

    /// <summary>A minimal Excel package: the tab-separated lines as rows of inline strings on one sheet.</summary>
    public static byte[] Xlsx(string text)
    {
        var rows = new StringBuilder();
        var r = 0;
        foreach (var line in text.Split('\n').Take(200))
        {
            r++;
            rows.Append($"<row r=\"{r}\">");
            var cells = line.TrimEnd('\r').Split('\t');
            for (var c = 0; c < cells.Length && c < 26; c++)
                if (cells[c].Length > 0) rows.Append($"<c r=\"{(char)('A' + c)}{r}\" t=\"inlineStr\"><is><t>{Esc(cells[c])}</t></is></c>");
            rows.Append("</row>");
        }
        return Zip(new()
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="部门收支总体情况表" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""",
            ["xl/worksheets/sheet1.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""",
        });
    }

    private static string Esc(string s) => System.Security.SecurityElement.Escape(s) ?? "";

    private static byte[] Zip(Dictionary<string, string> parts)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in parts)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(content);
            }
        return ms.ToArray();
    }
}
