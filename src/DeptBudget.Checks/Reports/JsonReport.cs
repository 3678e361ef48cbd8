using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace DeptBudget.Checks.Reports;

/// <summary>Findings as a JSON array of {rule, severity, location, expected, actual, message}.</summary>
public static class JsonReport
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Chinese stays readable; the JSON is data and is never pasted into HTML unescaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(IReadOnlyList<Finding> findings) => JsonSerializer.Serialize(findings, Options);

    public static List<Finding> Read(string json) => JsonSerializer.Deserialize<List<Finding>>(json, Options) ?? [];
}
