using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DeptBudget.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Security;

/// <summary>
/// Personal API tokens (Authorization: Bearer dbt_…): a user creates and revokes them on their account page.
/// Kept in Identity's user-token table (no schema change): the token's id is the row's name, and only the
/// SHA-256 of the token is stored, so a copy of the database gives no usable token. A token is high-entropy
/// (32 random bytes), so a fast hash suffices; comparisons are constant-time. A token expires after the days chosen at
/// creation (default 90, at most a year: a leaked token must not work for good); tokens made before expiry existed
/// count from their creation with the default.
/// </summary>
public sealed class ApiTokens(BudgetDbContext db, TimeProvider clock)
{
    public const string Provider = "deptbudget-api";
    public const string Prefix = "dbt_";
    public const int MaxPerUser = 20;
    public const int DefaultDays = 90;
    public const int MaxDays = 365;

    public sealed record Info(string Id, string Label, DateTimeOffset Created, DateTimeOffset Expires);

    /// <summary>Whom a presented token signs in, or that it expired (then the user is not signed in).</summary>
    public sealed record Holder(string UserId, DateTimeOffset Expires, bool Expired);

    private sealed record Stored(string Hash, string Label, DateTimeOffset Created, DateTimeOffset? Expires = null)
    {
        public DateTimeOffset ExpiresAt => Expires ?? Created.AddDays(DefaultDays);
    }

    public async Task<IReadOnlyList<Info>> ListAsync(string userId, CancellationToken ct = default) =>
        (await db.UserTokens.AsNoTracking().Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync(ct))
            .Select(t => (t.Name, Stored: Parse(t.Value)))
            .Where(t => t.Stored is not null)
            .Select(t => new Info(t.Name, t.Stored!.Label, t.Stored.Created, t.Stored.ExpiresAt))
            .OrderByDescending(t => t.Created).ToList();

    /// <summary>Creates a token; the secret is returned once and never stored.</summary>
    public async Task<(Info Info, string Token)> CreateAsync(string userId, string? label, int days = DefaultDays, CancellationToken ct = default)
    {
        label = string.IsNullOrWhiteSpace(label) ? "API 令牌" : label.Trim();
        if (label.Length > 100) throw new ArgumentException("令牌名称不超过 100 字");
        if (days is < 1 or > MaxDays) throw new ArgumentException($"令牌有效期应为 1 至 {MaxDays} 天（填写的是 {days} 天）");
        if (await db.UserTokens.CountAsync(t => t.UserId == userId && t.LoginProvider == Provider, ct) >= MaxPerUser)
            throw new ArgumentException($"每个用户最多 {MaxPerUser} 个令牌，请先撤销不用的");
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var token = Prefix + id + "_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var stored = new Stored(Hash(token), label, now, now.AddDays(days));
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = id, Value = JsonSerializer.Serialize(stored) });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (new Info(id, label, stored.Created, stored.ExpiresAt), token);
    }

    /// <summary>Revokes one of the user's tokens; false when it is not theirs or already gone.</summary>
    public async Task<bool> RevokeAsync(string userId, string id, CancellationToken ct = default) =>
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == id).ExecuteDeleteAsync(ct) > 0;

    /// <summary>The holder of a presented token and whether it expired; null when it is malformed, unknown or revoked.</summary>
    public async Task<Holder?> FindAsync(string token, CancellationToken ct = default)
    {
        var id = IdOf(token);
        if (id is null) return null;
        var rows = await db.UserTokens.AsNoTracking().Where(t => t.LoginProvider == Provider && t.Name == id).ToListAsync(ct);
        var presented = Encoding.ASCII.GetBytes(Hash(token));
        foreach (var r in rows)
            if (Parse(r.Value) is { } s && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s.Hash), presented))
                return new Holder(r.UserId, s.ExpiresAt, clock.GetUtcNow() >= s.ExpiresAt);
        return null;
    }

    /// <summary>The id of the user a presented token signs in: null when it is malformed, unknown, revoked or expired.</summary>
    public async Task<string?> FindUserAsync(string token, CancellationToken ct = default) =>
        await FindAsync(token, ct) is { Expired: false } h ? h.UserId : null;

    // dbt_<12 hex>_<43 base64url>: anything else is refused before the database is asked.
    private static string? IdOf(string token)
    {
        if (token.Length != Prefix.Length + 12 + 1 + 43 || !token.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var id = token.Substring(Prefix.Length, 12);
        return id.All(char.IsAsciiHexDigitLower) && token[Prefix.Length + 12] == '_' ? id : null;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Stored? Parse(string? value)
    {
        try { return value is null ? null : JsonSerializer.Deserialize<Stored>(value); }
        catch (JsonException) { return null; }
    }
}
