using System.IO.Compression;
using System.Text;

namespace DeptBudget.Testing;

/// <summary>
/// Hostile documents made by code (no committed binaries), each aimed at one way a reader can be made
/// to crash, loop or fill memory: deep and cyclic page trees, deep dictionaries, forms drawing forms,
/// huge content, many pages and words, deep or huge XML in Word/Excel packages, zip bombs, and texts
/// of many lines, one huge line or a wrong encoding.
/// </summary>
public static class HostileFiles
{
    public sealed record Hostile(string Name, byte[] Bytes);

    /// <summary>The whole suite, each file small enough to upload.</summary>
    public static IEnumerable<Hostile> All()
    {
        yield return new("deep-page-tree.pdf", DeepPageTree(150_000));
        yield return new("deep-page-tree-objstm.pdf", DeepPageTreeInObjectStream(150_000));
        yield return new("cyclic-page-tree.pdf", CyclicPageTree());
        yield return new("deep-dictionary.pdf", DeepDictionary(100_000));
        yield return new("deep-array-objstm.pdf", DeepArrayInObjectStream(100_000));
        yield return new("xobject-fan-out.pdf", XObjectFanOut(levels: 7, fan: 10));
        yield return new("xobject-self-reference.pdf", XObjectSelfReference());
        yield return new("deep-content-array.pdf", DeepContentArray(100_000));
        yield return new("huge-content.pdf", HugeContent(40L << 20));
        yield return new("huge-content-indirect.pdf", HugeContent(20L << 20, indirect: true));
        yield return new("many-pages.pdf", ManyPages(2_000));
        yield return new("many-words.pdf", ManyWords(3_000_000));
        yield return new("nested-tables.docx", NestedTables(20_000));
        yield return new("many-cells.xlsx", ManyCells(6_000, 200));
        yield return new("zip-bomb.docx", ZipBomb(300L << 20));
        yield return new("entry-count.xlsx", EntryCount(5_000));
        yield return new("lines-300000.txt", ManyLines(300_000));
        yield return new("one-line-10mb.txt", OneLongLine(10 << 20));
        yield return new("invalid-utf8.txt", InvalidUtf8());
        yield return new("utf16.txt", Utf16());
    }

    // ---- PDF ----

    /// <summary>A PDF from object bodies (object n is bodies[n-1]), with a correct xref table; object 1 is the catalog.</summary>
    public static byte[] Pdf(IReadOnlyList<byte[]> bodies)
    {
        var ms = new MemoryStream();
        ms.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new long[bodies.Count];
        for (var k = 0; k < bodies.Count; k++)
        {
            offsets[k] = ms.Position;
            ms.Write(Encoding.ASCII.GetBytes($"{k + 1} 0 obj\n"));
            ms.Write(bodies[k]);
            ms.Write("\nendobj\n"u8);
        }
        var xref = ms.Position;
        var sb = new StringBuilder($"xref\n0 {bodies.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {bodies.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        ms.Write(Encoding.ASCII.GetBytes(sb.ToString()));
        return ms.ToArray();
    }

    public static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    /// <summary>A stream object: its dictionary entries and data, FlateDecode when <paramref name="compress"/>.</summary>
    public static byte[] Stream(string dict, byte[] data, bool compress = true)
    {
        if (compress)
        {
            var z = new MemoryStream();
            using (var zs = new ZLibStream(z, CompressionLevel.SmallestSize, leaveOpen: true)) zs.Write(data);
            data = z.ToArray();
        }
        var ms = new MemoryStream();
        ms.Write(Ascii($"<< {dict} {(compress ? "/Filter /FlateDecode " : "")}/Length {data.Length} >>\nstream\n"));
        ms.Write(data);
        ms.Write("\nendstream"u8);
        return ms.ToArray();
    }

    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static byte[] Text(string text) => Ascii($"BT /F1 12 Tf 72 720 Td ({text}) Tj ET");

    /// <summary>A page tree <paramref name="levels"/> deep: each Pages node has one kid, the last a page.</summary>
    public static byte[] DeepPageTree(int levels)
    {
        var bodies = new List<byte[]> { Ascii("<< /Type /Catalog /Pages 2 0 R >>") };
        for (var k = 0; k < levels; k++)
        {
            var n = k + 2;
            bodies.Add(Ascii($"<< /Type /Pages /Kids [{n + 1} 0 R] /Count 1{(k > 0 ? $" /Parent {n - 1} 0 R" : "")} >>"));
        }
        var page = levels + 2;
        bodies.Add(Ascii($"<< /Type /Page /Parent {page - 1} 0 R /MediaBox [0 0 595 842] /Contents {page + 1} 0 R /Resources << /Font << /F1 {page + 2} 0 R >> >> >>"));
        bodies.Add(Stream("", Text("2024 deep")));
        bodies.Add(Ascii(Font));
        return Pdf(bodies);
    }

    /// <summary>The same deep page tree, its nodes packed in a compressed object stream (invisible to a byte scan).</summary>
    public static byte[] DeepPageTreeInObjectStream(int levels)
    {
        // Objects 1–4 plain, 5 the object stream holding the Pages nodes 6 … levels+5, the last of which holds page 2.
        var header = new StringBuilder();
        var body = new StringBuilder();
        for (var k = 0; k < levels; k++)
        {
            var n = k + 6;
            header.Append($"{n} {body.Length} ");
            var kid = k + 1 < levels ? n + 1 : 2;
            body.Append($"<< /Type /Pages /Kids [{kid} 0 R] /Count 1 >>\n");
        }
        var first = header.Length;
        return Pdf([
            Ascii("<< /Type /Catalog /Pages 6 0 R >>"),
            Ascii($"<< /Type /Page /Parent {levels + 5} 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"),
            Stream("", Text("2024 deep")),
            Ascii(Font),
            Stream($"/Type /ObjStm /N {levels} /First {first}", Ascii(header.ToString() + body)),
        ]);
    }

    /// <summary>Two Pages nodes that are each other's kid.</summary>
    public static byte[] CyclicPageTree() => Pdf([
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        Ascii("<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"),
    ]);

    private static byte[] OnePage(string contentsAndResources, params byte[][] more) => Pdf([
        Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
        Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {contentsAndResources} >>"),
        .. more,
    ]);

    /// <summary>A dictionary nested <paramref name="levels"/> deep in the page's resources.</summary>
    public static byte[] DeepDictionary(int levels) =>
        OnePage("/Contents 4 0 R /Resources " + string.Concat(Enumerable.Repeat("<< /A ", levels)) + "1" + string.Concat(Enumerable.Repeat(" >>", levels)),
            Stream("", Text("2024")));

    /// <summary>An array nested deep inside a compressed object stream.</summary>
    public static byte[] DeepArrayInObjectStream(int levels)
    {
        var obj = new string('[', levels) + new string(']', levels);
        var header = "5 0 ";
        return OnePage("/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>",
            Stream("", Text("2024")),
            Stream($"/Type /ObjStm /N 1 /First {header.Length}", Ascii(header + obj)));
    }

    /// <summary>Forms drawing forms: the page draws form 1 <paramref name="fan"/> times, each form the next as often — fan^levels drawings of a short text.</summary>
    public static byte[] XObjectFanOut(int levels, int fan)
    {
        // Objects: 4 page content, 5 font, 6.. forms.
        var draw = string.Concat(Enumerable.Repeat("/X Do ", fan));
        var bodies = new List<byte[]>();
        for (var k = 0; k < levels; k++)
        {
            var n = 6 + k;
            var content = k + 1 < levels ? draw : "BT /F1 1 Tf (0123456789) Tj ET";
            var xobject = k + 1 < levels ? $"/XObject << /X {n + 1} 0 R >> " : "";
            bodies.Add(Stream($"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << {xobject}/Font << /F1 5 0 R >> >>", Ascii(content)));
        }
        return OnePage("/Contents 4 0 R /Resources << /XObject << /X 6 0 R >> >>", [Stream("", Ascii(draw)), Ascii(Font), .. bodies]);
    }

    /// <summary>A form that draws itself.</summary>
    public static byte[] XObjectSelfReference() =>
        OnePage("/Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >>",
            Stream("", Ascii("/X Do")),
            Stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 5 0 R >> >>", Ascii("/X Do")));

    /// <summary>A content stream with an array nested deep (the content parser's own recursion).</summary>
    public static byte[] DeepContentArray(int levels) =>
        OnePage("/Contents 4 0 R", Stream("", Ascii("BT " + new string('[', levels) + new string(']', levels) + " TJ ET")));

    /// <summary>One page whose compressed content expands to <paramref name="bytes"/> of text drawing.</summary>
    public static byte[] HugeContent(long bytes, bool indirect = false)
    {
        var line = "BT /F1 8 Tf 10 10 Td (2024 budget 1234.56) Tj ET\n"u8.ToArray();
        var data = new byte[bytes];
        for (long k = 0; k + line.Length <= bytes; k += line.Length) line.CopyTo(data, k);
        // Indirect: /Contents names an array object that names the stream.
        return indirect
            ? OnePage("/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>", Ascii("[6 0 R]"), Ascii(Font), Stream("", data))
            : OnePage("/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>", Stream("", data), Ascii(Font));
    }

    /// <summary>A document of <paramref name="pages"/> pages sharing one content stream.</summary>
    public static byte[] ManyPages(int pages) => PagesSharing(pages, Text("2024 page"));

    /// <summary>
    /// <paramref name="pages"/> pages sharing one content of <paramref name="wordsPerPage"/> one-letter words, each
    /// within every pre-scan limit: work that only a time limit stops.
    /// </summary>
    public static byte[] PagesOfWords(int pages, int wordsPerPage)
    {
        var sb = new StringBuilder("BT /F1 2 Tf\n");
        for (var k = 0; k < wordsPerPage; k++) sb.Append($"1 0 0 1 {k % 280 * 2} {k / 280 % 400 * 2} Tm (a) Tj\n");
        sb.Append("ET");
        return PagesSharing(pages, Ascii(sb.ToString()));
    }

    /// <summary>A PDF of <paramref name="pages"/> pages drawing one content stream in the standard font.</summary>
    private static byte[] PagesSharing(int pages, byte[] content)
    {
        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(k => $"{k + 5} 0 R"));
        var bodies = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"),
            Stream("", content),
            Ascii(Font),
        };
        for (var k = 0; k < pages; k++)
            bodies.Add(Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"));
        return Pdf(bodies);
    }

    /// <summary>One page of <paramref name="words"/> one-letter words at distinct places.</summary>
    public static byte[] ManyWords(int words)
    {
        var sb = new StringBuilder("BT /F1 2 Tf\n");
        for (var k = 0; k < words; k++) sb.Append($"1 0 0 1 {k % 280 * 2} {k / 280 % 400 * 2} Tm (a) Tj\n");
        sb.Append("ET");
        return OnePage("/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>", Stream("", Ascii(sb.ToString())), Ascii(Font));
    }

    // ---- Word and Excel ----

    public static byte[] Zip(params (string Name, byte[] Data)[] parts)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, data) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(data);
            }
        return ms.ToArray();
    }

    private const string WordTypes = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";
    private const string WordRels = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";

    /// <summary>A Word document of <paramref name="depth"/> tables each nested in the cell of the one before.</summary>
    public static byte[] NestedTables(int depth)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>2024年部门预算</w:t></w:r></w:p>""");
        for (var k = 0; k < depth; k++) sb.Append("<w:tbl><w:tr><w:tc>");
        sb.Append("<w:p/>");
        for (var k = 0; k < depth; k++) sb.Append("</w:tc></w:tr></w:tbl>");
        sb.Append("</w:body></w:document>");
        return Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(WordTypes)), ("_rels/.rels", Encoding.UTF8.GetBytes(WordRels)),
            ("word/document.xml", Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>A workbook of one sheet with <paramref name="rows"/> × <paramref name="columns"/> numeric cells.</summary>
    public static byte[] ManyCells(int rows, int columns)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 1; r <= rows; r++)
        {
            sb.Append("<row r=\"").Append(r).Append("\">");
            for (var c = 0; c < columns; c++) sb.Append("<c><v>1</v></c>");
            sb.Append("</row>");
        }
        sb.Append("</sheetData></worksheet>");
        return Xlsx(sb.ToString());
    }

    public static byte[] Xlsx(string sheetXml) => Zip(
        ("[Content_Types].xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""")),
        ("_rels/.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""")),
        ("xl/workbook.xml", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="部门收支总体情况表" sheetId="1" r:id="rId1"/></sheets></workbook>""")),
        ("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""")),
        ("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(sheetXml)));

    /// <summary>A Word package with one part of <paramref name="size"/> zero bytes (compresses a thousandfold).</summary>
    public static byte[] ZipBomb(long size)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = zip.CreateEntry("word/document.xml").Open()) w.Write("<x/>"u8);
            using var s = zip.CreateEntry("word/media/big.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (long k = 0; k < size; k += zeros.Length) s.Write(zeros);
        }
        return ms.ToArray();
    }

    /// <summary>An Excel package of <paramref name="entries"/> tiny parts.</summary>
    public static byte[] EntryCount(int entries) =>
        Zip([("xl/workbook.xml", "<x/>"u8.ToArray()), .. Enumerable.Range(0, entries).Select(k => ($"xl/media/p{k}.bin", new byte[] { 1 }))]);

    // ---- text ----

    /// <summary>A text of <paramref name="lines"/> lines of a title, a table title and table rows.</summary>
    public static byte[] ManyLines(int lines)
    {
        var sb = new StringBuilder("2024年部门预算\n部门收支总体情况表\n单位：万元\n项目\t金额\n");
        for (var k = 4; k < lines; k++) sb.Append("一、一般公共预算\t").Append(k).Append(".00\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static byte[] OneLongLine(int bytes)
    {
        var unit = Encoding.UTF8.GetBytes("2024年部门预算 合计 1.00 ");
        var data = new byte[bytes];
        for (var k = 0; k + unit.Length <= bytes; k += unit.Length) unit.CopyTo(data, k);
        for (var k = bytes - bytes % unit.Length; k < bytes; k++) data[k] = (byte)' ';
        return data;
    }

    public static byte[] InvalidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("2024年部门预算\t1.00\n", 20_000)));
        bytes[100_000] = 0xC3; bytes[100_001] = 0x28;
        return bytes;
    }

    public static byte[] Utf16() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("2024年部门预算\n部门收支总体情况表\n")];
}
