using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace DeptBudget.Model.Json;

/// <summary>
/// The canonical JSON of a disclosure: {"schemaVersion": N, "disclosure": {...}}. The schema in
/// schema/budget.schema.json is exported from these types (a test keeps the two equal); loading is
/// strict, so a JSON that breaks the schema fails with the JSON path and the reason.
/// </summary>
public static class BudgetJson
{
    public const int SchemaVersion = 1;

    /// <summary>Larger documents are not budgets; refuse them before parsing.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = true,
            // Chinese stays readable in the file; the JSON is data, never embedded in HTML as is.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = 64,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.MakeReadOnly();
        return o;
    }

    private sealed record Envelope(int SchemaVersion, Disclosure Disclosure);

    public static string Serialize(Disclosure disclosure) =>
        JsonSerializer.Serialize(new Envelope(SchemaVersion, disclosure), Options);

    public static void Save(Disclosure disclosure, Stream stream) =>
        JsonSerializer.Serialize(stream, new Envelope(SchemaVersion, disclosure), Options);

    /// <summary>Loads a disclosure; throws <see cref="BudgetJsonException"/> naming the path and reason.</summary>
    public static Disclosure Deserialize(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new BudgetJsonException(e.Path ?? "$", $"not valid JSON: {Clean(e.Message)}");
        }
        if (root is not JsonObject obj)
            throw new BudgetJsonException("$", "the document must be a JSON object with schemaVersion and disclosure");
        if (obj["schemaVersion"] is not JsonValue v || !v.TryGetValue<int>(out var version))
            throw new BudgetJsonException("$.schemaVersion", "missing or not a whole number");
        if (version != SchemaVersion)
            throw new BudgetJsonException("$.schemaVersion", $"version {version} is not supported (this program reads {SchemaVersion})");
        try
        {
            var env = obj.Deserialize<Envelope>(Options)
                ?? throw new BudgetJsonException("$", "empty document");
            return env.Disclosure ?? throw new BudgetJsonException("$.disclosure", "missing");
        }
        catch (JsonException e)
        {
            throw new BudgetJsonException(e.Path ?? "$", Clean(e.Message));
        }
    }

    public static Disclosure Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new BudgetJsonException("$", $"file not found: {path}");
        if (info.Length > MaxBytes) throw new BudgetJsonException("$", $"file is larger than {MaxBytes / (1024 * 1024)} MB");
        return Deserialize(File.ReadAllText(path));
    }

    /// <summary>The JSON Schema (draft 2020-12) of the canonical format, exported from the types.</summary>
    public static string ExportSchema()
    {
        var node = JsonSchemaExporter.GetJsonSchemaAsNode(Options, typeof(Envelope),
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://deptbudget.example/schema/budget.v{SchemaVersion}.json",
            ["title"] = "DeptBudget disclosure (部门预算公开)",
        };
        foreach (var (k, val) in node.AsObject()) schema[k] = val?.DeepClone();
        return schema.ToJsonString(Options) + "\n";
    }

    // STJ messages end with "Path: $.x | LineNumber: …"; the path is reported separately.
    private static string Clean(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }
}

/// <summary>A canonical JSON that cannot be loaded: where (a JSON path) and why.</summary>
public sealed class BudgetJsonException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string JsonPath { get; } = path;
    public string Reason { get; } = reason;
}
