namespace DeptBudget.Reading.Guards;

/// <summary>
/// A linear scan of the raw bytes before a PDF parser sees them: deep dictionary/array nesting can
/// exhaust the parser's stack (a crash no handler catches) and millions of objects its memory, so both
/// are counted first and the file refused above the limits; then <see cref="PdfStructure"/> checks
/// what the objects will make the reader do (page tree, forms, content size).
/// </summary>
public static class PdfPreScan
{
    public static void Check(byte[] bytes, string where)
    {
        Syntax(bytes, where);
        PdfStructure.Check(bytes, where);
    }

    private static void Syntax(ReadOnlySpan<byte> bytes, string where)
    {
        var depth = 0;
        var objects = 0;
        var inString = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (inString > 0)
            {
                if (b == '\\') i++;
                else if (b == '(') inString++;
                else if (b == ')') inString--;
                continue;
            }
            switch (b)
            {
                case (byte)'(': inString = 1; break;
                case (byte)'[': depth++; break;
                case (byte)']': depth = Math.Max(0, depth - 1); break;
                case (byte)'<' when i + 1 < bytes.Length && bytes[i + 1] == '<': depth++; i++; break;
                case (byte)'>' when i + 1 < bytes.Length && bytes[i + 1] == '>': depth = Math.Max(0, depth - 1); i++; break;
                case (byte)'o' when i + 2 < bytes.Length && bytes[i + 1] == 'b' && bytes[i + 2] == 'j' && i > 0 && !IsLetter(bytes[i - 1]):
                    objects++; break;
                case (byte)'s' when i + 5 < bytes.Length && bytes.Slice(i, 6).SequenceEqual("stream"u8) && i > 2 && bytes[i - 1] != 'd':
                    // Stream bodies are binary; skip to endstream so their bytes are not read as syntax.
                    var end = bytes[(i + 6)..].IndexOf("endstream"u8);
                    if (end >= 0) i += 6 + end + 8;
                    break;
            }
            if (depth > Limits.MaxPdfNesting)
                throw new ReadException($"{where}: PDF objects nested more than {Limits.MaxPdfNesting} deep at byte {i}; refused");
            if (objects > Limits.MaxPdfObjects)
                throw new ReadException($"{where}: more than {Limits.MaxPdfObjects:N0} PDF objects (at byte {i}); refused");
        }
    }

    private static bool IsLetter(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';
}
