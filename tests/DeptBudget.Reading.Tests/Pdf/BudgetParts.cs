using System.Text.Json;
using System.Text.Json.Nodes;
using DeptBudget.Model;
using DeptBudget.Model.Json;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>Parts of a budget as canonical JSON, to compare what a PDF gives back with what the text gives.</summary>
public static class BudgetParts
{
    /// <summary>The parts every PDF of a seed must give back as its text does.</summary>
    public static readonly string[] Compared = ["units", "revenue", "expenditure", "basicEconomic", "economicSummary", "threePublic", "projects"];

    /// <summary>The compared parts as theory data: one case per part.</summary>
    public static TheoryData<string> Each() => new(Compared);

    /// <summary>One part as JSON text, without source line numbers (they locate text in each document), numbers by value.</summary>
    public static string Part(Budget b, string part) => Json(b)[part]?.ToJsonString() ?? "null";

    /// <summary>One part as <see cref="Part"/> gives it, each item without the given key.</summary>
    public static string PartWithout(Budget b, string part, string key)
    {
        var node = Json(b)[part]?.DeepClone();
        if (node is JsonArray items) foreach (var item in items.OfType<JsonObject>()) item.Remove(key);
        return node?.ToJsonString() ?? "null";
    }

    public static JsonObject Json(Budget b) => (JsonObject)Canonical(JsonSerializer.SerializeToNode(b, BudgetJson.Options))!;

    private static JsonNode? Canonical(JsonNode? n) => n switch
    {
        JsonObject o => new JsonObject(o.Where(kv => kv.Key != "line").Select(kv => KeyValuePair.Create(kv.Key, Canonical(kv.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        JsonValue v when v.TryGetValue<decimal>(out var d) && v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(d / 1.000000000000000000000000000000000m),
        _ => n?.DeepClone(),
    };
}
