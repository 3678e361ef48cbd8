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
    /// <param name="ColumnSets">The template's columns in printed order where the layout states them ("columns", and
    /// "unitColumns" for the 单位 version when it differs); see <see cref="LayoutColumns"/>.</param>
    public sealed record ExpectedTable(int Number, string Title, string Id, IReadOnlyList<IReadOnlyList<LayoutColumns.LayoutColumn>>? ColumnSets = null);

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
                .Select(t => new ExpectedTable(t.GetProperty("number").GetInt32(), t.GetProperty("title").GetString()!, t.GetProperty("id").GetString()!,
                    ColumnSets(t)))
                .ToList();
            list.Add(new LayoutTables(root.GetProperty("id").GetString()!, root.GetProperty("description").GetString()!,
                root.GetProperty("amountUnit").GetString()!, tables));
        }
        return list;
    }

    // "columns": [{ "key": "total", "word": "合计" }, …]; word is optional and must occur in the printed header.
    private static IReadOnlyList<IReadOnlyList<LayoutColumns.LayoutColumn>>? ColumnSets(JsonElement table)
    {
        var sets = new List<IReadOnlyList<LayoutColumns.LayoutColumn>>();
        foreach (var name in (string[])["columns", "unitColumns"])
            if (table.TryGetProperty(name, out var columns))
                sets.Add(columns.EnumerateArray().Select(c => new LayoutColumns.LayoutColumn(c.GetProperty("key").GetString()!,
                    c.TryGetProperty("word", out var w) ? w.GetString() : null)).ToList());
        return sets.Count == 0 ? null : sets;
    }
}
