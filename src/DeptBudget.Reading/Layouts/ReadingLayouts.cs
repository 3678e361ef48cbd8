using System.Reflection;
using System.Text.Json;
using DeptBudget.Model;

namespace DeptBudget.Reading.Layouts;

/// <summary>
/// The table lists of the layouts the reader knows, as data (Layouts/*.json): which tables a document
/// of that layout must print, so a reading can say which are missing. Layout ids from
/// <see cref="DisclosureMeta.Layout"/> (shanghai-2025, shanghai-final-2024, henan-2024) map to a file by prefix.
/// </summary>
public static class ReadingLayouts
{
    public sealed record ExpectedTable(int Number, string Title, string Id);

    public sealed record LayoutTables(string Id, string Description, string AmountUnit, IReadOnlyList<ExpectedTable> Tables);

    private static readonly Lazy<IReadOnlyList<LayoutTables>> All = new(Load);

    public static LayoutTables? For(string layoutId)
    {
        var family = layoutId.Contains("final") ? "shanghai-final" : layoutId.Split('-')[0];
        return All.Value.FirstOrDefault(l => l.Id == family);
    }

    /// <summary>The tables the layout lists that the disclosure does not have.</summary>
    public static IReadOnlyList<ExpectedTable> Missing(Disclosure d) =>
        For(d.Meta.Layout)?.Tables.Where(t => d.Table(t.Id) is null).ToList() ?? [];

    private static IReadOnlyList<LayoutTables> Load()
    {
        var asm = typeof(ReadingLayouts).Assembly;
        var list = new List<LayoutTables>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("DeptBudget.Reading.Layouts.") && n.EndsWith(".json")))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var doc = JsonDocument.Parse(stream);
            var root = doc.RootElement;
            var tables = root.GetProperty("tables").EnumerateArray()
                .Select(t => new ExpectedTable(t.GetProperty("number").GetInt32(), t.GetProperty("title").GetString()!, t.GetProperty("id").GetString()!))
                .ToList();
            list.Add(new LayoutTables(root.GetProperty("id").GetString()!, root.GetProperty("description").GetString()!,
                root.GetProperty("amountUnit").GetString()!, tables));
        }
        return list;
    }
}
