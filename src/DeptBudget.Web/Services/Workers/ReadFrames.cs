using System.Buffers.Binary;
using System.Text;

namespace DeptBudget.Web.Services.Workers;

/// <summary>One file of a read: its uploaded name and bytes.</summary>
public sealed record UploadFile(string Name, byte[] Content);

/// <summary>
/// One read asked of a worker: the files of one disclosure (usually one), and the limits the worker's own loops
/// honour; <paramref name="MaxBytes"/> bounds each file alone, <paramref name="MaxTotalBytes"/> the files together.
/// <paramref name="Check"/>: the worker also runs the checks over what it read, under the same limits.
/// <paramref name="WallLeftMilliseconds"/>: what is left of the wall limit <paramref name="WallMilliseconds"/> (named in
/// refusals) when the request is sent; it counts from the request's arrival at the server. Null: all of it.
/// </summary>
public sealed record ReadRequest(IReadOnlyList<UploadFile> Files, int CpuMilliseconds, int WallMilliseconds, long MaxBytes, long MaxTotalBytes,
    bool Check = false, int? WallLeftMilliseconds = null)
{
    public ReadRequest(string name, byte[] content, int cpuMilliseconds, int wallMilliseconds, long maxBytes)
        : this([new UploadFile(name, content)], cpuMilliseconds, wallMilliseconds, maxBytes, maxBytes) { }

    /// <summary>Whether this read is long from its start (<see cref="ReadGate.StartsLong"/>), by its files' bytes together.</summary>
    public bool StartsLong => ReadGate.StartsLong(Files.Sum(f => f.Content.LongLength));
}

/// <summary>
/// A worker's answer: status 200 with the canonical JSON, or the status and Chinese reason of a refusal.
/// <paramref name="Retire"/>: the worker should not be given another read (it ran out of memory).
/// <paramref name="Findings"/>: when checks were asked, the <see cref="CheckedFindings"/> as JSON.
/// </summary>
public sealed record ReadAnswer(int Status, string Text, bool Retire, string? Findings = null);

/// <summary>The checks' findings of a read, capped per rule (<see cref="CheckService.Capped"/>), with the counts of all.</summary>
public sealed record CheckedFindings(IReadOnlyList<FindingView> Findings, int Errors, int Warnings);

/// <summary>
/// The framing between the server and its read workers on stdin/stdout: lengths as little-endian
/// integers before each part, so that any bytes (Chinese names, binary uploads) pass unchanged.
/// </summary>
public static class ReadFrames
{
    // More files than a disclosure ever has: the server refuses beyond Intake.MaxFiles before asking.
    private const int MaxFilesInFrame = 64;

    public static void WriteRequest(Stream s, ReadRequest r)
    {
        Span<byte> head = stackalloc byte[4 + 4 + 8 + 8 + 4 + 1 + 4];
        BinaryPrimitives.WriteInt32LittleEndian(head, r.CpuMilliseconds);
        BinaryPrimitives.WriteInt32LittleEndian(head[4..], r.WallMilliseconds);
        BinaryPrimitives.WriteInt64LittleEndian(head[8..], r.MaxBytes);
        BinaryPrimitives.WriteInt64LittleEndian(head[16..], r.MaxTotalBytes);
        BinaryPrimitives.WriteInt32LittleEndian(head[24..], r.Files.Count);
        head[28] = r.Check ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt32LittleEndian(head[29..], r.WallLeftMilliseconds ?? r.WallMilliseconds);
        s.Write(head);
        Span<byte> part = stackalloc byte[4 + 8];
        foreach (var f in r.Files)
        {
            var name = Encoding.UTF8.GetBytes(f.Name);
            BinaryPrimitives.WriteInt32LittleEndian(part, name.Length);
            BinaryPrimitives.WriteInt64LittleEndian(part[4..], f.Content.LongLength);
            s.Write(part);
            s.Write(name);
            s.Write(f.Content);
        }
        s.Flush();
    }

    /// <summary>The next request, or null at the end of the input (the server closed the pipe).</summary>
    public static ReadRequest? ReadRequest(Stream s, long maxContent)
    {
        var head = new byte[33];
        if (!Fill(s, head, allowEnd: true)) return null;
        var cpu = BinaryPrimitives.ReadInt32LittleEndian(head);
        var wall = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(4));
        var max = BinaryPrimitives.ReadInt64LittleEndian(head.AsSpan(8));
        var maxTotal = BinaryPrimitives.ReadInt64LittleEndian(head.AsSpan(16));
        var count = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(24));
        var wallLeft = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(29));
        // The server sends these; anything else means the pipe is out of step, and nothing sensible can follow.
        if (count is < 1 or > MaxFilesInFrame || head[28] > 1 || wallLeft < 0 || wallLeft > wall) throw new InvalidDataException("read request out of step");
        var files = new List<UploadFile>(count);
        var total = 0L;
        var part = new byte[12];
        for (var i = 0; i < count; i++)
        {
            Fill(s, part, allowEnd: false);
            var nameLength = BinaryPrimitives.ReadInt32LittleEndian(part);
            var length = BinaryPrimitives.ReadInt64LittleEndian(part.AsSpan(4));
            total += length;
            if (nameLength is < 0 or > 64 * 1024 || length < 0 || total > maxContent) throw new InvalidDataException("read request out of step");
            var name = new byte[nameLength];
            var content = new byte[length];
            Fill(s, name, allowEnd: false);
            Fill(s, content, allowEnd: false);
            files.Add(new UploadFile(Encoding.UTF8.GetString(name), content));
        }
        return new ReadRequest(files, cpu, wall, max, maxTotal, head[28] == 1, wallLeft);
    }

    public static void WriteAnswer(Stream s, ReadAnswer a)
    {
        var text = Encoding.UTF8.GetBytes(a.Text);
        var findings = a.Findings is null ? null : Encoding.UTF8.GetBytes(a.Findings);
        Span<byte> head = stackalloc byte[13];
        BinaryPrimitives.WriteInt32LittleEndian(head, a.Status);
        head[4] = a.Retire ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt32LittleEndian(head[5..], text.Length);
        BinaryPrimitives.WriteInt32LittleEndian(head[9..], findings?.Length ?? -1);
        s.Write(head);
        s.Write(text);
        if (findings is not null) s.Write(findings);
        s.Flush();
    }

    /// <summary>The worker's answer; null when the worker ended before answering (it crashed or was killed).</summary>
    public static async Task<ReadAnswer?> ReadAnswerAsync(Stream s, int maxText)
    {
        var head = new byte[13];
        if (!await FillAsync(s, head)) return null;
        var status = BinaryPrimitives.ReadInt32LittleEndian(head);
        var length = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(5));
        var findingsLength = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(9));
        if (length < 0 || length > maxText) throw new InvalidDataException($"worker answer of {length} bytes");
        if (findingsLength < -1 || findingsLength > maxText - length) throw new InvalidDataException($"worker findings of {findingsLength} bytes");
        var text = new byte[length];
        if (!await FillAsync(s, text)) return null;
        var findings = findingsLength < 0 ? null : new byte[findingsLength];
        if (findings is not null && !await FillAsync(s, findings)) return null;
        return new ReadAnswer(status, Encoding.UTF8.GetString(text), head[4] == 1, findings is null ? null : Encoding.UTF8.GetString(findings));
    }

    private static bool Fill(Stream s, byte[] buffer, bool allowEnd)
    {
        var at = 0;
        while (at < buffer.Length)
        {
            var n = s.Read(buffer, at, buffer.Length - at);
            if (n == 0)
            {
                if (at == 0 && allowEnd) return false;
                throw new EndOfStreamException("read request cut short");
            }
            at += n;
        }
        return true;
    }

    private static async Task<bool> FillAsync(Stream s, byte[] buffer)
    {
        var at = 0;
        while (at < buffer.Length)
        {
            var n = await s.ReadAsync(buffer.AsMemory(at));
            if (n == 0) return false;
            at += n;
        }
        return true;
    }
}
