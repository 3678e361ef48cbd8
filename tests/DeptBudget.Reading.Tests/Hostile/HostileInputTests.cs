using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DeptBudget.Reading.Guards;

namespace DeptBudget.Reading.Tests.Hostile;

/// <summary>Hostile input ends in a one-line <see cref="ReadException"/> naming the reason, quickly and without a crash.</summary>
public class HostileInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("deptbudget-hostile").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    private static ReadException Refused(byte[] bytes, string name, int seconds = 10)
    {
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadBytes(bytes, name));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(seconds), $"took {watch.Elapsed}");
        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith(name, e.Message);
        return e;
    }

    private static byte[] ZipWith(string kindPart, string bombPart, long size)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = zip.CreateEntry(kindPart).Open()) w.Write("<x/>"u8);
            using var s = zip.CreateEntry(bombPart, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (long k = 0; k < size; k += zeros.Length) s.Write(zeros);
        }
        return ms.ToArray();
    }

    [Fact]
    public void Docx_zip_bomb_is_refused()
    {
        var bomb = ZipWith("word/document.xml", "word/media/big.bin", 300L << 20);
        Assert.True(bomb.Length < 2 << 20);
        Assert.Contains("zip bomb", Refused(bomb, "bomb.docx").Message);
    }

    [Fact]
    public void Xlsx_zip_bomb_is_refused()
    {
        var bomb = ZipWith("xl/workbook.xml", "xl/worksheets/sheet1.xml", 100L << 20);
        Assert.Contains("refused", Refused(bomb, "bomb.xlsx").Message);
    }

    [Fact]
    public void Deeply_nested_pdf_is_refused_before_parsing()
    {
        var pdf = "%PDF-1.7\n1 0 obj\n" + new string('[', 100_000) + new string(']', 100_000) + "\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF";
        Assert.Contains("nested", Refused(Encoding.ASCII.GetBytes(pdf), "deep.pdf").Message);
    }

    [Fact]
    public void Pdf_with_a_huge_object_count_is_refused()
    {
        var sb = new StringBuilder("%PDF-1.4\n");
        for (var i = 1; i <= Limits.MaxPdfObjects + 10; i++) sb.Append(i).Append(" 0 obj null endobj\n");
        Assert.Contains("PDF objects", Refused(Encoding.ASCII.GetBytes(sb.ToString()), "many.pdf").Message);
    }

    [Fact]
    public void Garbage_after_a_pdf_header_is_refused()
    {
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        "%PDF-1.5\n"u8.CopyTo(bytes);
        Assert.Contains("PDF", Refused(bytes, "garbage.pdf").Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = Path.Combine(dir, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(100L << 20);
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadFile(path));
        Assert.Contains("MB", e.Message);
        Assert.True(watch.ElapsedMilliseconds < 2000);
    }

    [Fact]
    public void Invalid_utf8_in_a_large_text_is_refused_with_the_offset()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("2024年部门预算\t1.00\n", 100_000)));
        bytes[1_000_000] = 0xC3; bytes[1_000_001] = 0x28;
        Assert.Contains("UTF-8", Refused(bytes, "bad.txt").Message);
    }

    [Fact]
    public void A_zip_that_is_neither_word_nor_excel_is_refused()
    {
        var zip = ZipWith("other/thing.xml", "other/b.bin", 1);
        Refused(zip, "other.zip");
    }

    [Fact]
    public void A_scanned_pdf_needs_ocr()
    {
        // A page carrying only an image, as a scanner writes it.
        var e = Refused(ScannedPdf(), "scan.pdf");
        Assert.Contains("needs OCR", e.Message);
    }

    private static byte[] ScannedPdf()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.AddPng(Png(), new UglyToad.PdfPig.Core.PdfRectangle(50, 50, 545, 792));
        return builder.Build();
    }

    // An 8×8 grey PNG made here (signature, IHDR, zlib IDAT, IEND with their CRCs).
    private static byte[] Png()
    {
        var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        void Chunk(string type, byte[] data)
        {
            var t = Encoding.ASCII.GetBytes(type);
            ms.Write(BigEndian((uint)data.Length));
            ms.Write(t); ms.Write(data);
            ms.Write(BigEndian(Crc(t.Concat(data).ToArray())));
        }
        Chunk("IHDR", [.. BigEndian(8), .. BigEndian(8), 8, 0, 0, 0, 0]);
        var raw = new MemoryStream();
        for (var y = 0; y < 8; y++) { raw.WriteByte(0); raw.Write(Enumerable.Repeat((byte)(y * 30), 8).ToArray()); }
        var z = new MemoryStream();
        using (var zs = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true)) zs.Write(raw.ToArray());
        Chunk("IDAT", z.ToArray());
        Chunk("IEND", []);
        return ms.ToArray();
    }

    private static byte[] BigEndian(uint v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    private static uint Crc(byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c ^= b;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c ^ 0xFFFFFFFFu;
    }
}
