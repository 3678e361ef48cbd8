using System.Collections.Concurrent;

namespace DeptBudget.Web.Security;

/// <summary>
/// Failed logins counted per client address and account name together: five failures from one address
/// lock that address out of that account for a while, whether the account exists or not, so a stranger
/// can neither lock the admin out for everyone nor learn which names are real from the answers.
/// </summary>
public sealed class LoginThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockTime = TimeSpan.FromMinutes(5);
    // Bounded: past this many remembered pairs the expired ones are dropped, then the oldest.
    private const int MaxEntries = 100_000;

    private sealed record State(int Failures, DateTimeOffset Since, DateTimeOffset? LockedUntil);

    private readonly ConcurrentDictionary<string, State> _states = new();

    private static string Key(string client, string user) => client + "\n" + user.Trim().ToLowerInvariant();

    public bool IsLocked(string client, string user) =>
        _states.TryGetValue(Key(client, user), out var s) && s.LockedUntil is { } until && until > clock.GetUtcNow();

    public void Failed(string client, string user)
    {
        var now = clock.GetUtcNow();
        if (_states.Count >= MaxEntries) Prune(now);
        _states.AddOrUpdate(Key(client, user), _ => new State(1, now, null), (_, s) =>
        {
            // An expired lock or an old run of failures starts over.
            if (s.LockedUntil is { } until && until <= now || now - s.Since > LockTime) s = new State(0, now, null);
            var failures = s.Failures + 1;
            return new State(failures, s.Since, failures >= MaxFailures ? now + LockTime : s.LockedUntil);
        });
    }

    public void Succeeded(string client, string user) => _states.TryRemove(Key(client, user), out _);

    /// <summary>Whether the account is locked from some client (shown to the admin, who can lift it).</summary>
    public bool IsLockedAnywhere(string user)
    {
        var suffix = "\n" + user.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        return _states.Any(p => p.Key.EndsWith(suffix, StringComparison.Ordinal) && p.Value.LockedUntil is { } until && until > now);
    }

    /// <summary>An admin's unlock: the account's failures from every client are forgotten.</summary>
    public void Unlock(string user)
    {
        var suffix = "\n" + user.Trim().ToLowerInvariant();
        foreach (var k in _states.Keys.Where(k => k.EndsWith(suffix, StringComparison.Ordinal)).ToList()) _states.TryRemove(k, out _);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (k, s) in _states)
            if ((s.LockedUntil ?? s.Since + LockTime) <= now) _states.TryRemove(k, out _);
        foreach (var k in _states.OrderBy(p => p.Value.Since).Take(_states.Count / 2).Select(p => p.Key).ToList())
            _states.TryRemove(k, out _);
    }
}
