using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeptBudget.Storage;

/// <summary>
/// The values that differ between two JSON documents, by JSON path: what an audit entry records as
/// before and after. Arrays are compared by position; at most <see cref="MaxChanges"/> paths are kept.
/// </summary>
public static class JsonDiff
{
    public const int MaxChanges = 500;

    public sealed record Change(string Path, JsonNode? Before, JsonNode? After);

    public static IReadOnlyList<Change> Compare(string? before, string? after)
    {
        var changes = new List<Change>();
        Walk("$", Parse(before), Parse(after), changes);
        return changes;
    }

    /// <summary>The changes as two JSON objects (path → value), or nulls when nothing changed.</summary>
    public static (string? Before, string? After) AsObjects(IReadOnlyList<Change> changes)
    {
        if (changes.Count == 0) return (null, null);
        var b = new JsonObject();
        var a = new JsonObject();
        foreach (var c in changes)
        {
            b[c.Path] = c.Before?.DeepClone();
            a[c.Path] = c.After?.DeepClone();
        }
        return (b.ToJsonString(Options), a.ToJsonString(Options));
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static JsonNode? Parse(string? json) => string.IsNullOrEmpty(json) ? null : JsonNode.Parse(json);

    private static void Walk(string path, JsonNode? x, JsonNode? y, List<Change> changes)
    {
        if (changes.Count >= MaxChanges) return;
        switch (x, y)
        {
            case (JsonObject ox, JsonObject oy):
                foreach (var (k, v) in ox) Walk($"{path}.{k}", v, oy.TryGetPropertyValue(k, out var w) ? w : null, changes);
                foreach (var (k, v) in oy) if (!ox.ContainsKey(k)) Walk($"{path}.{k}", null, v, changes);
                break;
            case (JsonArray ax, JsonArray ay):
                for (var i = 0; i < Math.Max(ax.Count, ay.Count); i++)
                    Walk($"{path}[{i}]", i < ax.Count ? ax[i] : null, i < ay.Count ? ay[i] : null, changes);
                break;
            default:
                if (!JsonNode.DeepEquals(x, y)) changes.Add(new Change(path, x, y));
                break;
        }
    }
}
