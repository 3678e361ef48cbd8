namespace DeptBudget.Web;

/// <summary>
/// The stylesheet and script, embedded in this assembly so that the app is whole wherever it is hosted
/// (the CLI's output has no wwwroot). Served with a long cache lifetime under a versioned path.
/// </summary>
public static class AssetEndpoints
{
    private static readonly Dictionary<string, (byte[] Content, string Type)> Files = Load();

    public static readonly string Version = typeof(AssetEndpoints).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public static void MapAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{version}/{name}", (string name, HttpResponse response) =>
        {
            if (!Files.TryGetValue(name, out var f)) return Results.NotFound();
            response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(f.Content, f.Type);
        }).ExcludeFromDescription();

    public static string Url(string name) => $"/assets/{Version}/{name}";

    private static Dictionary<string, (byte[], string)> Load()
    {
        var asm = typeof(AssetEndpoints).Assembly;
        var result = new Dictionary<string, (byte[], string)>();
        foreach (var res in asm.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(res)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            var name = res["assets/".Length..];
            var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            result[name] = (ms.ToArray(), type);
        }
        return result;
    }
}
