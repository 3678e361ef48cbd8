using System.IO.Compression;

namespace DeptBudget.Reading.Guards;

/// <summary>Bytes expanded so far from one package, across its parts.</summary>
internal sealed class ZipBudget(string where)
{
    public long Total;
    public string Where { get; } = where;
}

/// <summary>
/// A zip entry's decompressed bytes, counted as they are read: past the per-part, per-package or
/// compression-ratio limit the read stops with a <see cref="ReadException"/> (declared sizes can lie).
/// The first bytes are kept so the part's form can be told before it is read.
/// </summary>
internal sealed class CappedStream(Stream inner, ZipArchiveEntry entry, ZipBudget budget) : Stream
{
    private readonly byte[] _head = new byte[8];
    private int _headLength = -1;
    private int _headRead;
    private long _size;

    /// <summary>Whether the part starts with '&lt;' (after a UTF-8 byte order mark and spaces) or a UTF-16 byte order mark.</summary>
    public bool LooksLikeXml()
    {
        if (_headLength < 0)
        {
            _headLength = 0;
            int n;
            while (_headLength < _head.Length && (n = inner.Read(_head, _headLength, _head.Length - _headLength)) > 0) _headLength += n;
            Count(_headLength);
        }
        var h = _head.AsSpan(0, _headLength);
        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || h.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;   // UTF-16 XML
        if (h.StartsWith("\xEF\xBB\xBF"u8)) h = h[3..];
        h = h.TrimStart(" \t\r\n"u8);
        return h.Length > 0 && h[0] == '<';
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_headLength > _headRead)
        {
            var n = Math.Min(count, _headLength - _headRead);
            Array.Copy(_head, _headRead, buffer, offset, n);
            _headRead += n;
            return n;
        }
        var read = inner.Read(buffer, offset, count);
        Count(read);
        return read;
    }

    private void Count(int n)
    {
        _size += n;
        budget.Total += n;
        if (_size > Limits.MaxZipEntryBytes || budget.Total > Limits.MaxZipTotalBytes
            || (_size > 1024 * 1024 && _size > Math.Max(1, entry.CompressedLength) * Limits.MaxCompressionRatio))
            throw new ReadException($"{budget.Where}: part {entry.FullName} expands beyond {_size / (1024 * 1024)} MB from {entry.CompressedLength / 1024} KB; refused (zip bomb)");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _size; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
