using System.Text;

namespace DeptBudget.Reading.Guards;

/// <summary>
/// A minimal PDF tokenizer for the pre-scans: names (with #xx escapes decoded, as a parser decodes
/// them, so /K#69ds is seen as /Kids), numbers, keywords, brackets; strings, hex strings and comments
/// are skipped. It never recurses, so any input is scanned in linear time and constant stack.
/// </summary>
internal ref struct PdfTokens(ReadOnlySpan<byte> bytes)
{
    public enum Kind { None, Name, Number, Keyword, ArrayOpen, ArrayClose, DictOpen, DictClose, String }

    private readonly ReadOnlySpan<byte> _b = bytes;
    private int _i;

    public Kind Current { get; private set; }
    /// <summary>Text of a name (without the slash), a number or a keyword.</summary>
    public string Text { get; private set; } = "";
    public int Position => _i;

    public bool Next()
    {
        SkipSpaceAndComments();
        if (_i >= _b.Length) { Current = Kind.None; return false; }
        var c = _b[_i];
        switch (c)
        {
            case (byte)'[': _i++; Current = Kind.ArrayOpen; return true;
            case (byte)']': _i++; Current = Kind.ArrayClose; return true;
            case (byte)'<' when _i + 1 < _b.Length && _b[_i + 1] == '<': _i += 2; Current = Kind.DictOpen; return true;
            case (byte)'>' when _i + 1 < _b.Length && _b[_i + 1] == '>': _i += 2; Current = Kind.DictClose; return true;
            case (byte)'<': SkipHexString(); Current = Kind.String; return true;
            case (byte)'(': SkipString(); Current = Kind.String; return true;
            case (byte)'/': _i++; Text = ReadName(); Current = Kind.Name; return true;
        }
        var start = _i;
        while (_i < _b.Length && !IsDelimiter(_b[_i]) && !IsSpace(_b[_i])) _i++;
        if (_i == start) { _i++; Current = Kind.Keyword; Text = ((char)c).ToString(); return true; }
        Text = Encoding.Latin1.GetString(_b[start.._i]);
        Current = c is (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9' ? Kind.Number : Kind.Keyword;
        return true;
    }

    /// <summary>Skips the binary data of an inline image (after its ID keyword) up to EI.</summary>
    public void SkipInlineImage()
    {
        for (var k = _i + 1; k + 1 < _b.Length; k++)
            if (_b[k] == 'E' && _b[k + 1] == 'I' && IsSpace(_b[k - 1]) && (k + 2 >= _b.Length || IsSpace(_b[k + 2]) || IsDelimiter(_b[k + 2])))
            {
                _i = k + 2;
                return;
            }
        _i = _b.Length;
    }

    private void SkipSpaceAndComments()
    {
        while (_i < _b.Length)
        {
            if (IsSpace(_b[_i])) { _i++; continue; }
            if (_b[_i] == '%') { while (_i < _b.Length && _b[_i] != '\n' && _b[_i] != '\r') _i++; continue; }
            break;
        }
    }

    private void SkipString()
    {
        var depth = 0;
        for (; _i < _b.Length; _i++)
        {
            var c = _b[_i];
            if (c == '\\') { _i++; continue; }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) { _i++; return; }
        }
    }

    private void SkipHexString()
    {
        var end = _b[_i..].IndexOf((byte)'>');
        _i = end < 0 ? _b.Length : _i + end + 1;
    }

    private string ReadName()
    {
        var sb = new StringBuilder();
        while (_i < _b.Length && !IsDelimiter(_b[_i]) && !IsSpace(_b[_i]))
        {
            var c = _b[_i];
            if (c == '#' && _i + 2 < _b.Length && IsHex(_b[_i + 1]) && IsHex(_b[_i + 2]))
            {
                sb.Append((char)Convert.ToByte(Encoding.ASCII.GetString(_b.Slice(_i + 1, 2)), 16));
                _i += 3;
                continue;
            }
            sb.Append((char)c);
            _i++;
            if (sb.Length > 127) break;   // a name is at most 127 bytes; the rest is not looked at
        }
        return sb.ToString();
    }

    private static bool IsHex(byte c) => c is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';
    public static bool IsSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;
    private static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';
}
