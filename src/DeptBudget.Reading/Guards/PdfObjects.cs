using System.IO.Compression;

namespace DeptBudget.Reading.Guards;

/// <summary>What the structure scan keeps of one PDF object: its links and, for a stream, where its data is.</summary>
internal sealed class PdfObjectFacts
{
    public string? Type;
    public string? Subtype;
    public bool HasResources;
    public List<int> Kids = [];
    public List<int> Contents = [];
    public List<int> Resources = [];
    public List<int> AllRefs = [];
    public int? Parent;
    public List<string> Filters = [];
    public int? N;
    public int? First;
    // Stream data in the file's bytes; -1 for objects without a stream (and those inside object streams).
    public int DataStart = -1;
    public int DataLength;
}

/// <summary>
/// Finds the objects of a PDF in its raw bytes and inside its object streams, one flat pass without
/// recursion, checking the nesting of every dictionary and array on the way.
/// </summary>
internal static class PdfObjects
{
    private const int MaxRefsKept = 10_000;

    public static Dictionary<int, PdfObjectFacts> Find(ReadOnlySpan<byte> bytes, string where, Inflater inflater)
    {
        var objects = new Dictionary<int, PdfObjectFacts>();
        var count = 0;
        var i = 0;
        while (true)
        {
            var found = bytes[i..].IndexOf("obj"u8);
            if (found < 0) break;
            var at = i + found;
            i = at + 3;
            if (!IsObjectHeader(bytes, at, out var number)) continue;
            if ((count & 1023) == 0) ReadScope.Check(where);
            if (++count > Limits.MaxPdfObjects)
                throw new ReadException($"{where}: PDF 对象超过 {Limits.MaxPdfObjects:N0} 个（第 {at} 字节）；拒绝读取");
            var tokens = new PdfTokens(bytes[i..]);
            var facts = Facts(ref tokens, where, number);
            var end = i + tokens.Position;
            var rest = bytes[end..];
            var k = 0;
            while (k < rest.Length && PdfTokens.IsSpace(rest[k])) k++;
            if (rest[k..].StartsWith("stream"u8))
            {
                var start = end + k + 6;
                if (start < bytes.Length && bytes[start] == '\r') start++;
                if (start < bytes.Length && bytes[start] == '\n') start++;
                var stop = bytes[start..].IndexOf("endstream"u8);
                facts.DataStart = start;
                facts.DataLength = stop < 0 ? bytes.Length - start : stop;
                end = stop < 0 ? bytes.Length : start + stop + 9;
            }
            objects[number] = facts;
            i = Math.Max(i, end);
            if (facts.Type == "ObjStm" && facts.DataStart >= 0)
                count += ObjectStream(bytes.Slice(facts.DataStart, facts.DataLength), facts, where, number, inflater, objects);
            if (count > Limits.MaxPdfObjects)
                throw new ReadException($"{where}: PDF 对象超过 {Limits.MaxPdfObjects:N0} 个（含对象流中的对象）；拒绝读取");
        }
        return objects;
    }

    // "12 0 obj": digits, space, digits, space before the keyword, and a delimiter or space after it.
    private static bool IsObjectHeader(ReadOnlySpan<byte> b, int at, out int number)
    {
        number = 0;
        if (at + 3 < b.Length && !PdfTokens.IsSpace(b[at + 3]) && b[at + 3] is not ((byte)'<' or (byte)'[' or (byte)'/' or (byte)'(')) return false;
        var p = at - 1;
        if (p < 0 || !PdfTokens.IsSpace(b[p])) return false;
        while (p >= 0 && PdfTokens.IsSpace(b[p])) p--;
        var genEnd = p;
        while (p >= 0 && char.IsAsciiDigit((char)b[p])) p--;
        if (p == genEnd || p < 0 || !PdfTokens.IsSpace(b[p])) return false;
        while (p >= 0 && PdfTokens.IsSpace(b[p])) p--;
        var numEnd = p;
        while (p >= 0 && char.IsAsciiDigit((char)b[p])) p--;
        if (p == numEnd || numEnd - p > 9) return false;
        number = int.Parse(b[(p + 1)..(numEnd + 1)]);
        return true;
    }

    /// <summary>Reads one object's value (a dictionary, an array or a scalar), noting its keys and references.</summary>
    private static PdfObjectFacts Facts(ref PdfTokens t, string where, int number)
    {
        var facts = new PdfObjectFacts();
        var depth = 0;
        var expectKey = false;
        string? key = null;
        string? prev1 = null, prev2 = null;   // the two tokens before, for "12 0 R"
        while (t.Next())
        {
            var kind = t.Current;
            switch (kind)
            {
                case PdfTokens.Kind.ArrayOpen or PdfTokens.Kind.DictOpen:
                    depth++;
                    if (depth > Limits.MaxPdfNesting)
                        throw new ReadException($"{where}: PDF 第 {number} 号对象中字典或数组嵌套超过 {Limits.MaxPdfNesting} 层；拒绝读取");
                    if (depth == 1 && kind == PdfTokens.Kind.DictOpen) expectKey = true;
                    break;
                case PdfTokens.Kind.ArrayClose or PdfTokens.Kind.DictClose:
                    depth--;
                    if (depth == 1) expectKey = true;
                    break;
                case PdfTokens.Kind.Name when depth == 1 && expectKey:
                    key = t.Text;
                    expectKey = false;
                    break;
                case PdfTokens.Kind.Name when depth == 1:
                    if (key == "Type") facts.Type = t.Text;
                    else if (key == "Subtype") facts.Subtype = t.Text;
                    if (key == "Filter") facts.Filters.Add(t.Text);
                    expectKey = true;
                    break;
                case PdfTokens.Kind.Name when depth == 2 && key == "Filter":
                    facts.Filters.Add(t.Text);
                    break;
                case PdfTokens.Kind.Number when depth == 1 && key is "N" or "First" && int.TryParse(t.Text, out var v):
                    if (key == "N") facts.N ??= v; else facts.First ??= v;
                    expectKey = true;
                    break;
                case PdfTokens.Kind.Keyword when t.Text == "R" && int.TryParse(prev2, out var r) && int.TryParse(prev1, out _):
                    Reference(facts, key, depth, r);
                    if (depth == 1) expectKey = true;
                    break;
                case PdfTokens.Kind.Keyword when depth == 0 && t.Text is "endobj" or "stream" or "obj":
                    return facts;
                default:
                    if (depth == 1 && kind != PdfTokens.Kind.Number) expectKey = true;
                    break;
            }
            if (key == "Resources" && depth >= 1) facts.HasResources = true;
            prev2 = prev1;
            prev1 = kind == PdfTokens.Kind.Number ? t.Text : null;
            if (depth <= 0 && kind is PdfTokens.Kind.DictClose or PdfTokens.Kind.ArrayClose) return facts;
        }
        return facts;
    }

    private static void Reference(PdfObjectFacts facts, string? key, int depth, int r)
    {
        if (facts.AllRefs.Count < MaxRefsKept) facts.AllRefs.Add(r);
        if (depth < 1) return;
        switch (key)
        {
            case "Kids": facts.Kids.Add(r); break;
            case "Contents": facts.Contents.Add(r); break;
            case "Resources": facts.Resources.Add(r); break;
            case "Parent" when depth == 1: facts.Parent = r; break;
        }
    }

    /// <summary>The objects packed in an object stream: its header of number/offset pairs, then each body.</summary>
    private static int ObjectStream(ReadOnlySpan<byte> raw, PdfObjectFacts stream, string where, int number, Inflater inflater,
        Dictionary<int, PdfObjectFacts> objects)
    {
        var data = inflater.Decode(raw, stream.Filters, where, number);
        if (data is null) return 0;
        var n = Math.Max(0, stream.N ?? 0);
        var first = Math.Max(0, stream.First ?? 0);
        if (n > Limits.MaxPdfObjects)
            throw new ReadException($"{where}: PDF 对象流（第 {number} 号对象）声明 {n:N0} 个对象，超过 {Limits.MaxPdfObjects:N0}；拒绝读取");
        var header = new PdfTokens(data.AsSpan(0, Math.Min(first, data.Length)));
        var pairs = new List<(int Number, int Offset)>();
        while (pairs.Count < n && header.Next() && int.TryParse(header.Text, out var num) && header.Next() && int.TryParse(header.Text, out var off))
            pairs.Add((num, off));
        for (var k = 0; k < pairs.Count; k++)
        {
            var start = first + pairs[k].Offset;
            var end = k + 1 < pairs.Count ? first + pairs[k + 1].Offset : data.Length;
            if (start < 0 || start >= data.Length || end <= start || end > data.Length) continue;
            var tokens = new PdfTokens(data.AsSpan(start, end - start));
            objects.TryAdd(pairs[k].Number, Facts(ref tokens, where, pairs[k].Number));
        }
        return pairs.Count;
    }
}

/// <summary>
/// Decodes stream data as a PDF reader would (FlateDecode, or none), within a per-stream and a
/// per-document budget of decoded bytes, so the scan itself cannot be made to fill memory.
/// </summary>
internal sealed class Inflater
{
    private long _total;

    /// <summary>The decoded bytes; null when the filters are ones the scan does not decode (images and the like).</summary>
    public byte[]? Decode(ReadOnlySpan<byte> raw, IReadOnlyList<string> filters, string where, int number)
    {
        if (filters.Count == 0) return Count(raw.ToArray(), where, number);
        if (filters.Count > 1 || filters[0] is not ("FlateDecode" or "Fl")) return null;
        if (raw.Length < 2) return [];
        // As PdfPig does: skip the two zlib header bytes and inflate the raw deflate data.
        using var input = new MemoryStream(raw[2..].ToArray(), writable: false);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > Limits.MaxPdfStreamBytes)
                    throw new ReadException($"{where}: PDF 第 {number} 号对象的流解压后超过 {Limits.MaxPdfStreamBytes / (1024 * 1024)} MB；拒绝读取");
            }
        }
        catch (InvalidDataException) { /* damaged data: the reader sees as much as we do */ }
        return Count(output.ToArray(), where, number);
    }

    private byte[] Count(byte[] data, string where, int number)
    {
        _total += data.Length;
        if (_total > Limits.MaxPdfDecodedBytes)
            throw new ReadException($"{where}: PDF 各流解压后合计超过 {Limits.MaxPdfDecodedBytes / (1024 * 1024)} MB（到第 {number} 号对象）；拒绝读取");
        return data;
    }
}
