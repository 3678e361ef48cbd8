namespace DeptBudget.Checks;

/// <summary>
/// Matches project names between 10 and 12: exact after normalising spacing and brackets, or a near miss
/// (监督监查 vs 监督巡查) by edit distance, which is reported rather than silently accepted.
/// </summary>
public static class ProjectNames
{
    public enum Match { None, Exact, Near }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Normalized = new();

    public static string Normalize(string? name) =>
        string.IsNullOrEmpty(name) ? "" : Normalized.Count < 100_000 ? Normalized.GetOrAdd(name, Compute) : Compute(name);

    private static string Compute(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '、' or '，' or ',' or '。') continue;
            sb.Append(c switch { '（' => '(', '）' => ')', '〔' => '(', '〕' => ')', '［' => '(', '］' => ')', '－' or '—' => '-', _ => c });
        }
        return sb.ToString();
    }

    public static double Similarity(string a, string b)
    {
        a = Normalize(a); b = Normalize(b);
        if (a.Length == 0 && b.Length == 0) return 1;
        return 1.0 - (double)Distance(a, b) / Math.Max(a.Length, b.Length);
    }

    public static Match Compare(string a, string b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (x == y) return Match.Exact;
        if (x.Length == 0 || y.Length == 0) return Match.None;
        // Lengths further apart than a quarter cannot reach 0.75 similarity: skip the edit distance.
        if (Math.Abs(x.Length - y.Length) > Math.Max(x.Length, y.Length) / 4) return Match.None;
        return Similarity(x, y) >= 0.75 ? Match.Near : Match.None;
    }

    /// <summary>The best candidate for a name, with how well it matches; exact matches win over near ones.</summary>
    public static (T? Item, Match How, double Score) Best<T>(string name, IEnumerable<T> candidates, Func<T, string> nameOf) where T : class
    {
        T? best = null; var how = Match.None; var score = 0.0;
        var x = Normalize(name);
        foreach (var c in candidates)
        {
            var y = Normalize(nameOf(c));
            if (x == y) return (c, Match.Exact, 1.0);
            if (x.Length == 0 || y.Length == 0 || Math.Abs(x.Length - y.Length) > Math.Max(x.Length, y.Length) / 4) continue;
            var s = 1.0 - (double)Distance(x, y) / Math.Max(x.Length, y.Length);
            if (s < 0.75 || (best is not null && s <= score)) continue;
            best = c; how = Match.Near; score = s;
        }
        return (best, how, score);
    }

    private static int Distance(string a, string b)
    {
        // Names are short: rows of the edit-distance table live on the stack.
        Span<int> prev = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            var tmp = prev; prev = cur; cur = tmp;
        }
        return prev[b.Length];
    }
}
