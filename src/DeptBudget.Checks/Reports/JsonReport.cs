using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeptBudget.Checks.Reports;

/// <summary>Findings as a JSON array of {rule, severity, location, expected, actual, message}.</summary>
public static class JsonReport
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Chinese and “+0.01” stay readable; the JSON is a file of data and is never pasted into HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(IReadOnlyList<Finding> findings) => JsonSerializer.Serialize(findings, Options);

    public static List<Finding> Read(string json) => JsonSerializer.Deserialize<List<Finding>>(json, Options) ?? [];
}
