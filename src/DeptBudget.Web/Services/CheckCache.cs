using System.Security.Cryptography;
using DeptBudget.Model;
using Microsoft.Extensions.Caching.Memory;

namespace DeptBudget.Web.Services;

/// <summary>
/// Answers of the anonymous check by content: reading and checking are deterministic in the bytes, so the
/// same published document, checked again and again by the public, is read and checked once. Keyed by
/// SHA-256 of the upload; bounded to <see cref="SizeLimit"/> entries, least recently used first out.
/// </summary>
public sealed class CheckCache(CheckService checks, DeptBudgetSettings settings) : IDisposable
{
    public const int SizeLimit = 256;

    public sealed record Entry(Disclosure Disclosure, IReadOnlyList<FindingView> Findings);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    public Entry ReadAndCheck(byte[] content, string name)
    {
        var key = Convert.ToHexString(SHA256.HashData(content));
        if (_cache.TryGetValue(key, out Entry? hit) && hit is not null) return hit;
        var disclosure = Intake.Read(content, name, settings.Limits.MaxUploadBytes);
        var entry = new Entry(disclosure, checks.Check(disclosure));
        _cache.Set(key, entry, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return entry;
    }

    public void Dispose() => _cache.Dispose();
}
