using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using DeptBudget.Testing;

// Load test of the anonymous check endpoint on loopback, bounded in time and count.
//   dotnet run -c Release --project bench/DeptBudget.LoadTest -- --url http://127.0.0.1:5099 --file samples/000_….txt
//        [--seconds 30] [--concurrency 16] [--max-requests 20000] [--warmup 1500] [--pid SERVER_PID] [--vary]
//        [--hostile 4 [--hostile-clients 1]]   the hostile suite uploaded in a loop meanwhile
//   … --suite                                  each hostile file once: status, time, server peak memory
//   … --fuzz 10000 [--seed 1] [--parallel 4]   fuzz cases sent through the server, from as many loopback addresses
// Prints requests/s, latency percentiles, errors, and the server's peak resident memory (VmHWM) when --pid is given.
var opts = Args.Parse(args);
var url = new Uri(opts.Get("url", "http://127.0.0.1:5099"));
if (!System.Net.IPAddress.TryParse(url.Host, out var ip) ? url.Host != "localhost" : !System.Net.IPAddress.IsLoopback(ip))
{
    Console.Error.WriteLine("loadtest: only loopback addresses are allowed");
    return 2;
}
var file = opts.Get("file", "");
if (!File.Exists(file)) { Console.Error.WriteLine($"loadtest: file not found: {file}"); return 2; }
int? serverPid = opts.Has("pid") ? int.Parse(opts.Get("pid", ""), CultureInfo.InvariantCulture) : null;
// --suite: each hostile file once (status, time, server peak memory), then a normal check.
if (opts.Has("suite")) return await HostileRuns.Suite(url, serverPid, file);
// --fuzz N: N fuzz cases sent through the server.
if (opts.Has("fuzz")) return await HostileRuns.Fuzz(url, int.Parse(opts.Get("fuzz", "10000"), CultureInfo.InvariantCulture), int.Parse(opts.Get("seed", "1"), CultureInfo.InvariantCulture), serverPid,
    int.Parse(opts.Get("parallel", "4"), CultureInfo.InvariantCulture));
// --hostile N [--hostile-clients C]: N hostile uploads running at once (from C other loopback addresses) during the measurement.
var hostile = int.Parse(opts.Get("hostile", "0"), CultureInfo.InvariantCulture);
var hostileClients = int.Parse(opts.Get("hostile-clients", "1"), CultureInfo.InvariantCulture);
var seconds = int.Parse(opts.Get("seconds", "30"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(opts.Get("concurrency", "16"), CultureInfo.InvariantCulture);
var maxRequests = int.Parse(opts.Get("max-requests", "50000"), CultureInfo.InvariantCulture);
// Warm-up requests are not counted: the server's JIT needs a thousand or so before its code is at full tier.
var warmup = int.Parse(opts.Get("warmup", "1500"), CultureInfo.InvariantCulture);
int? pid = opts.Has("pid") ? int.Parse(opts.Get("pid", ""), CultureInfo.InvariantCulture) : null;
var content = await File.ReadAllBytesAsync(file);
// --vary appends a unique blank-ish line to each upload so that no answer comes from the server's cache.
var vary = opts.Has("vary");
var counter = 0;
// Unique per run too: a second run against the same server would otherwise send the first run's bodies and get cached answers.
var run = Guid.NewGuid().ToString("N");
var name = Path.GetFileName(file);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{ BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };

async Task<(bool Ok, double Ms)> One()
{
    using var form = new MultipartFormDataContent();
    var body = vary ? [.. content, .. System.Text.Encoding.UTF8.GetBytes($"\n\n{run} {Interlocked.Increment(ref counter)}\n")] : content;
    var part = new ByteArrayContent(body);
    part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
    form.Add(part, "file", name);
    var sw = Stopwatch.StartNew();
    try
    {
        using var r = await http.PostAsync("/api/check", form);
        await r.Content.ReadAsByteArrayAsync();
        return (r.IsSuccessStatusCode, sw.Elapsed.TotalMilliseconds);
    }
    catch (Exception) { return (false, sw.Elapsed.TotalMilliseconds); }
}

// The hostile files are made before the warm-up, not while measuring: making them (a 40 MB content stream, 15 MB page
// trees) took seconds of this process's processor, beside the server, past the 2 s head start of the attack.
var hostileFiles = hostile > 0 ? HostileFiles.All().ToList() : [];
for (var i = 0; i < warmup; i += concurrency) await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => One()));

using var stopAttack = new CancellationTokenSource();
var hostileStatuses = new Dictionary<int, int>();
var attack = hostile > 0 ? HostileRuns.Attack(url, hostileFiles, hostileClients, Math.Max(1, hostile / hostileClients), hostileStatuses, stopAttack.Token) : Task.CompletedTask;
if (hostile > 0) await Task.Delay(2000);   // let the attack get going first

var latencies = new List<double>[concurrency];
var errors = 0;
var issued = 0;
var deadline = Stopwatch.StartNew();
var limit = TimeSpan.FromSeconds(seconds);
var workers = Enumerable.Range(0, concurrency).Select(async w =>
{
    latencies[w] = [];
    while (deadline.Elapsed < limit && Interlocked.Increment(ref issued) <= maxRequests)
    {
        var (ok, ms) = await One();
        latencies[w].Add(ms);
        if (!ok) Interlocked.Increment(ref errors);
    }
}).ToArray();
await Task.WhenAll(workers);
var elapsed = deadline.Elapsed.TotalSeconds;
stopAttack.Cancel();
await attack;
if (hostile > 0) Console.WriteLine($"hostile     {hostile} at once from {hostileClients} address(es): " + string.Join("  ", hostileStatuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
var all = latencies.SelectMany(l => l).Order().ToArray();
double P(double q) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
Console.WriteLine($"requests    {all.Length} in {elapsed:0.0} s, concurrency {concurrency}");
Console.WriteLine($"throughput  {all.Length / elapsed:0.0} requests/s");
Console.WriteLine($"latency ms  p50 {P(0.50):0.0}  p90 {P(0.90):0.0}  p99 {P(0.99):0.0}  max {all.LastOrDefault():0.0}");
Console.WriteLine($"errors      {errors}");
if (pid is { } p && File.Exists($"/proc/{p}/status"))
    foreach (var line in File.ReadLines($"/proc/{p}/status").Where(l => l.StartsWith("VmHWM") || l.StartsWith("VmRSS")))
        Console.WriteLine($"server      {line}");
return errors == 0 ? 0 : 1;

internal sealed class Args(Dictionary<string, string> values)
{
    public static Args Parse(string[] a)
    {
        var d = new Dictionary<string, string>();
        for (var i = 0; i < a.Length; i++)
            if (a[i].StartsWith("--")) d[a[i][2..]] = i + 1 < a.Length && !a[i + 1].StartsWith("--") ? a[++i] : "true";
        return new Args(d);
    }

    public string Get(string key, string fallback) => values.TryGetValue(key, out var v) ? v : fallback;
    public bool Has(string key) => values.ContainsKey(key);
}
