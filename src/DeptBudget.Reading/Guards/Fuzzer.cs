using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace DeptBudget.Reading.Guards;

/// <summary>
/// Random mutations of real inputs fed to the reader: every case must end, within its time budget,
/// in a disclosure or a <see cref="ReadException"/>. Anything else is a crash; running past the
/// budget is a hang. Zip packages (.docx/.xlsx) are also mutated inside a part and re-zipped, so the
/// XML parsers see damage and not only the zip layer.
/// </summary>
public static class Fuzzer
{
    public sealed record Input(string Name, byte[] Bytes);

    public sealed record Failure(int Case, string Input, string Mutation, string What);

    public sealed record Result(int Cases, int Read, int Refused, IReadOnlyList<Failure> Crashes, IReadOnlyList<Failure> Hangs, TimeSpan Elapsed);

    public static Result Run(IReadOnlyList<Input> corpus, int cases, int seed, TimeSpan perCase, Action<int>? progress = null, CancellationToken cancel = default)
    {
        if (corpus.Count == 0) throw new ArgumentException("empty corpus", nameof(corpus));
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        int read = 0, refused = 0;
        var crashes = new List<Failure>();
        var hangs = new List<Failure>();
        var done = 0;
        for (var i = 0; i < cases && !cancel.IsCancellationRequested; i++)
        {
            var input = corpus[random.Next(corpus.Count)];
            var (bytes, mutation) = Mutate(input.Bytes, random);
            var name = $"fuzz-{i}-{input.Name}";
            var task = Task.Run(() => DisclosureReader.ReadBytes(bytes, name));
            try
            {
                if (!task.Wait(perCase)) { hangs.Add(new Failure(i, input.Name, mutation, $"no answer within {perCase.TotalSeconds:0.#} s")); if (hangs.Count >= 5) break; }
                else read++;
            }
            catch (AggregateException e) when (e.InnerException is ReadException) { refused++; }
            catch (AggregateException e) { crashes.Add(new Failure(i, input.Name, mutation, $"{e.InnerException?.GetType().Name}: {e.InnerException?.Message}")); }
            done = i + 1;
            progress?.Invoke(done);
        }
        return new Result(done, read, refused, crashes, hangs, watch.Elapsed);
    }

    /// <summary>One random mutation of the bytes, and its name.</summary>
    public static (byte[] Bytes, string Mutation) Mutate(byte[] source, Random random)
    {
        if (source.Length > 4 && source[0] == 'P' && source[1] == 'K' && random.Next(2) == 0)
        {
            var inner = MutateZipPart(source, random);
            if (inner is not null) return inner.Value;
        }
        var b = source.ToList();
        var kind = random.Next(9);
        int At() => b.Count == 0 ? 0 : random.Next(b.Count);
        switch (kind)
        {
            case 0: for (var k = 0; k < 1 + random.Next(8) && b.Count > 0; k++) { var p = At(); b[p] ^= (byte)(1 << random.Next(8)); } return (b.ToArray(), "bit flips");
            case 1: { var p = At(); b.InsertRange(p, RandomBytes(random, 1 + random.Next(64))); return (b.ToArray(), "random bytes inserted"); }
            case 2: { var p = At(); var n = Math.Min(b.Count - p, 1 + random.Next(4096)); b.RemoveRange(p, n); return (b.ToArray(), "range deleted"); }
            case 3: { var n = random.Next(Math.Max(1, b.Count)); return (b.Take(n).ToArray(), "truncated"); }
            case 4: { var p = At(); var n = Math.Min(b.Count - p, 1 + random.Next(2048)); var chunk = b.GetRange(p, n); for (var k = 0; k < 1 + random.Next(16); k++) b.InsertRange(At(), chunk); return (b.ToArray(), "chunk duplicated"); }
            case 5: { var p = At(); var token = Tokens[random.Next(Tokens.Length)]; for (var k = 0; k < 1 + random.Next(200); k++) b.InsertRange(p, token); return (b.ToArray(), "syntax tokens repeated"); }
            case 6: { for (var k = 0; k < 1 + random.Next(32) && b.Count > 0; k++) b[At()] = Interesting[random.Next(Interesting.Length)]; return (b.ToArray(), "interesting bytes"); }
            case 7: { var text = Encoding.UTF8.GetString(source); var lines = text.Split('\n').ToList(); if (lines.Count > 2) { var a = random.Next(lines.Count); var c = random.Next(lines.Count); (lines[a], lines[c]) = (lines[c], lines[a]); } return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), "lines swapped"); }
            default: { var p = At(); var digits = Encoding.ASCII.GetBytes(random.Next(2) == 0 ? "99999999999999999999.99" : "-0.000000001"); b.InsertRange(p, digits); return (b.ToArray(), "extreme number"); }
        }
    }

    private static readonly byte[][] Tokens =
        [.. new[] { "<<", "[", "\t", "合计\t", "1 0 obj ", "<w:tbl>", "<row>", "预算01表\n", "（", "\r\n" }.Select(Encoding.UTF8.GetBytes)];

    private static readonly byte[] Interesting = [0, 0xFF, 0x7F, 0x80, 0xC0, 0xE4, (byte)'\t', (byte)'\n', (byte)'<', (byte)'>', (byte)'(', (byte)')', (byte)'/'];

    private static byte[] RandomBytes(Random random, int n) { var a = new byte[n]; random.NextBytes(a); return a; }

    private static (byte[], string)? MutateZipPart(byte[] source, Random random)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(source), ZipArchiveMode.Read);
            var entries = input.Entries.Where(e => e.Length < 4 * 1024 * 1024).ToList();
            if (entries.Count == 0) return null;
            var target = entries[random.Next(entries.Count)];
            var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var e in input.Entries)
                {
                    using var s = e.Open();
                    var ms = new MemoryStream();
                    s.CopyTo(ms);
                    var bytes = e == target ? Mutate(ms.ToArray(), random).Bytes : ms.ToArray();
                    using var w = zip.CreateEntry(e.FullName).Open();
                    w.Write(bytes);
                }
            return (output.ToArray(), $"part {target.FullName} mutated");
        }
        catch (InvalidDataException) { return null; }
    }
}
