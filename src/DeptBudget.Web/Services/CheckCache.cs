using System.Security.Cryptography;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using Microsoft.Extensions.Caching.Memory;

namespace DeptBudget.Web.Services;

/// <summary>
/// Answers of the anonymous check by content: reading and checking are deterministic in the bytes, so the
/// same published document, checked again and again by the public, is read and checked once. Keyed by
/// SHA-256 of the upload; bounded by the estimated bytes the answers hold (<see cref="LimitSettings.CheckCacheBytes"/>),
/// not by their number — one answer can be a hundred megabytes. A miss is read and checked through the
/// <see cref="ReadGate"/>.
/// </summary>
public sealed class CheckCache(ReadGate gate, Workers.IUploadReader reader, DeptBudgetSettings settings) : IDisposable
{
    public sealed record Entry(Disclosure Disclosure, IReadOnlyList<FindingView> Findings, int Errors, int Warnings);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, settings.Limits.CheckCacheBytes) });

    public async Task<Entry> ReadAndCheckAsync(byte[] content, string name, string client, CancellationToken ct)
    {
        var key = Convert.ToHexString(SHA256.HashData(content));
        if (_cache.TryGetValue(key, out Entry? hit) && hit is not null) return hit;
        var (entry, size) = await gate.RunAsync(client, () =>
        {
            // Read and checked together: in a read worker both are bounded by its limits.
            var c = reader.ReadAndCheck(content, name, ct);
            var e = new Entry(c.Disclosure, c.Findings, c.Errors, c.Warnings);
            return (e, EstimatedBytes(e));
        }, ct);
        // One answer larger than an eighth of the cache would push out many others; it is answered, not kept.
        if (size <= settings.Limits.CheckCacheBytes / 8)
            _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = TimeSpan.FromHours(1) });
        return entry;
    }

    /// <summary>Bytes an entry holds, estimated from its JSON text: UTF-16 strings plus objects about as large again.</summary>
    public static long EstimatedBytes(Entry e) =>
        4L * (BudgetJson.Serialize(e.Disclosure).Length + System.Text.Json.JsonSerializer.Serialize(e.Findings, CheckService.Json).Length) + 1024;

    public long Count => _cache.Count;

    public void Dispose() => _cache.Dispose();
}
