using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using DeptBudget.Reading.Guards;
using DeptBudget.Testing;

/// <summary>
/// Hostile load on a running server (loopback only): the hostile-file suite once with each file's time and
/// the server's peak memory, uploads of the suite in a loop from other loopback addresses while the normal
/// load is measured, and fuzz cases sent through the server.
/// </summary>
internal static class HostileRuns
{
    /// <summary>A client whose connections come from <paramref name="source"/> (127.0.0.x), so the server sees another client.</summary>
    public static HttpClient ClientFrom(Uri url, string source, int seconds = 60) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (ctx, ct) =>
        {
            var s = new Socket(SocketType.Stream, ProtocolType.Tcp);
            s.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
            await s.ConnectAsync(ctx.DnsEndPoint, ct);
            return new NetworkStream(s, ownsSocket: true);
        },
    }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(seconds) };

    public static async Task<(int Status, double Ms)> Upload(HttpClient http, byte[] bytes, string name, CancellationToken ct = default)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", name);
        var sw = Stopwatch.StartNew();
        try
        {
            using var r = await http.PostAsync("/api/check", form, ct);
            await r.Content.ReadAsByteArrayAsync(ct);
            return ((int)r.StatusCode, sw.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return (-2, sw.Elapsed.TotalMilliseconds); }
        catch (Exception) { return (-1, sw.Elapsed.TotalMilliseconds); }
    }

    /// <summary>Each hostile file once: status, time, the server's peak resident memory during it (VmHWM reset before).</summary>
    public static async Task<int> Suite(Uri url, int? pid, string normalFile)
    {
        using var http = ClientFrom(url, "127.0.0.9");
        var bad = 0;
        Console.WriteLine($"{"file",-28} {"bytes",10} {"status",6} {"ms",8} {"peak RSS MB",12}");
        foreach (var h in HostileFiles.All())
        {
            if (pid is { } p) await File.WriteAllTextAsync($"/proc/{p}/clear_refs", "5");
            var (status, ms) = await Upload(http, h.Bytes, h.Name);
            var peak = pid is { } q ? Peak(q) : double.NaN;
            if (status is not (413 or 415 or 422)) bad++;
            Console.WriteLine($"{h.Name,-28} {h.Bytes.Length,10:N0} {status,6} {ms,8:0} {peak,12:0}");
        }
        var normal = await Upload(http, await File.ReadAllBytesAsync(normalFile), Path.GetFileName(normalFile));
        Console.WriteLine($"normal check after the suite: {normal.Status} in {normal.Ms:0} ms; unexpected answers {bad}");
        return bad == 0 && normal.Status == 200 ? 0 : 1;
    }

    /// <summary>Uploads the hostile suite in a loop from <paramref name="clients"/> addresses, <paramref name="perClient"/> at a time each, until cancelled.</summary>
    public static Task Attack(Uri url, IReadOnlyList<HostileFiles.Hostile> files, int clients, int perClient, Dictionary<int, int> statuses, CancellationToken ct)
    {
        return Task.WhenAll(Enumerable.Range(0, clients * perClient).Select(async k =>
        {
            using var http = ClientFrom(url, $"127.0.0.{10 + k % clients}");
            for (var i = k; !ct.IsCancellationRequested; i++)
            {
                var h = files[i % files.Count];
                var (status, _) = await Upload(http, h.Bytes, h.Name, ct);
                lock (statuses) statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status == 429) await Task.Delay(100, CancellationToken.None);
            }
        }));
    }

    /// <summary>
    /// Fuzz cases (mutations of the seeds and small PDF/DOCX/XLSX) sent through the server, <paramref name="parallel"/>
    /// at once, each stream from its own loopback address (the server runs one read per client at a time, so one
    /// address would serialise them): any 5xx, lost connection or time-out is a failure. Case i is made from its
    /// own seed, so a failing case is the same whatever the parallelism. Progress every 500 cases with the rate.
    /// </summary>
    public static async Task<int> Fuzz(Uri url, int cases, int seed, int? pid, int parallel = 4)
    {
        var corpus = FuzzCorpus.Build(null);
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        var slowest = (Ms: 0.0, Case: "");
        var watch = Stopwatch.StartNew();
        var next = -1;
        var done = 0;
        parallel = Math.Clamp(parallel, 1, 64);
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async k =>
        {
            using var http = ClientFrom(url, $"127.0.1.{10 + k}", seconds: 60);
            for (int i; (i = Interlocked.Increment(ref next)) < cases;)
            {
                var random = new Random(HashCode.Combine(seed, i));
                var input = corpus[random.Next(corpus.Count)];
                var (bytes, mutation) = Fuzzer.Mutate(input.Bytes, random);
                if (bytes.Length == 0) bytes = [0x20];
                var (status, ms) = await Upload(http, bytes, $"fuzz-{i}-{input.Name}");
                lock (statuses)
                {
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    if (ms > slowest.Ms) slowest = (ms, $"case {i} ({input.Name}, {mutation})");
                    if (status is < 200 or >= 500) failures.Add($"case {i} ({input.Name}, {mutation}): {status} after {ms:0} ms");
                    if (++done % 500 == 0)
                        Console.WriteLine($"{done,6} cases  {watch.Elapsed.TotalSeconds,6:0} s  {done / watch.Elapsed.TotalSeconds,5:0.0}/s  " +
                            string.Join("  ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")) + $"  failures {failures.Count}" +
                            (pid is { } q && File.Exists($"/proc/{q}/status") ? $"  server RSS {Resident(q):0} MB" : ""));
                    if (failures.Count >= 20) Interlocked.Exchange(ref next, cases);
                }
            }
        }));
        Console.WriteLine($"fuzz through the server: {done} cases in {watch.Elapsed.TotalSeconds:0} s ({done / watch.Elapsed.TotalSeconds:0.0}/s, {parallel} at once from {parallel} addresses), slowest {slowest.Ms:0} ms: {slowest.Case}");
        Console.WriteLine("statuses    " + string.Join("  ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        foreach (var f in failures) Console.WriteLine("FAILURE     " + f);
        var alive = pid is not { } r || File.Exists($"/proc/{r}/status");
        if (pid is { } p) Console.WriteLine(alive ? $"server      alive, VmHWM {Peak(p):0} MB, VmRSS {Resident(p):0} MB" : "server      GONE");
        return failures.Count == 0 && alive ? 0 : 1;
    }

    public static double Resident(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS")).Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();

    public static double Peak(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM")).Select(l => double.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024).FirstOrDefault();
}
