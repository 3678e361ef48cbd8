using System.Reflection;

namespace DeptBudget.Model.Catalogues;

/// <summary>Reads the embedded TSV files catalogues/{year}/{file}.tsv (header row, UTF-8, '#' comments).</summary>
internal static class CatalogueData
{
    private static readonly Assembly Assembly = typeof(CatalogueData).Assembly;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> ResourceNames = new(() =>
        Assembly.GetManifestResourceNames()
            .Select(n => (Normal: n.Replace('\\', '/'), Name: n))
            .Where(n => n.Normal.StartsWith("catalogues/", StringComparison.Ordinal))
            .ToDictionary(n => n.Normal, n => n.Name, StringComparer.Ordinal));

    /// <summary>The years with a functional.tsv, ascending.</summary>
    public static IReadOnlyList<int> Years { get; } = ResourceNames.Value.Keys
        .Select(k => k.Split('/'))
        .Where(p => p.Length == 3 && p[2] == "functional.tsv" && int.TryParse(p[1], out _))
        .Select(p => int.Parse(p[1]))
        .Order()
        .ToList();

    /// <summary>Data rows (header skipped) as fields; empty when the file is absent.</summary>
    public static IEnumerable<string[]> Rows(int year, string file)
    {
        if (!ResourceNames.Value.TryGetValue($"catalogues/{year}/{file}", out var name)) yield break;
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header) { header = false; continue; }
            yield return line.Split('\t');
        }
    }

    public static IEnumerable<CatalogueEntry> Entries(int year, string file)
    {
        foreach (var f in Rows(year, file))
        {
            if (f.Length < 2 || !AccountCode.TryParse(f[0], out var code))
                throw new InvalidDataException($"catalogues/{year}/{file}: bad row '{string.Join('\t', f)}'");
            yield return new CatalogueEntry(code, f[1].Trim(), ParseStatus(Field(f, 2)), NullIfEmpty(Field(f, 3)));
        }
    }

    public static IEnumerable<EconomicMappingPair> Mapping(int year)
    {
        foreach (var f in Rows(year, "economic-mapping.tsv"))
        {
            if (f.Length < 3 || !AccountCode.TryParse(f[0], out var dept) || !AccountCode.TryParse(f[2], out var gov))
                throw new InvalidDataException($"catalogues/{year}/economic-mapping.tsv: bad row '{string.Join('\t', f)}'");
            var kind = f[1].Trim() switch
            {
                "机关" => UnitKind.Administrative,
                "事业单位" => UnitKind.PublicInstitution,
                var k => throw new InvalidDataException($"catalogues/{year}/economic-mapping.tsv: unit kind '{k}'"),
            };
            yield return new EconomicMappingPair(dept, kind, gov, ParseStatus(Field(f, 3)), NullIfEmpty(Field(f, 4)));
        }
    }

    private static string Field(string[] f, int i) => i < f.Length ? f[i].Trim() : "";

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static EntryStatus ParseStatus(string s) => s switch
    {
        "" or "official" => EntryStatus.Official,
        "local" => EntryStatus.Local,
        "uncertain" => EntryStatus.Uncertain,
        _ => throw new InvalidDataException($"unknown status '{s}'"),
    };
}
