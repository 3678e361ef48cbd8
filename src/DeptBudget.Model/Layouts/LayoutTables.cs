using System.Text.Json;

namespace DeptBudget.Model.Layouts;

/// <summary>
/// The tables each layout's disclosure prints, as data (Layouts/*.json, one file per layout family): their
/// numbers, titles and ids, and where a template's header cannot be read word by word, its columns. The one
/// list the reader (tables missing from a reading), the completeness check (C1) and the rendering layouts'
/// test agree on. Layout ids of <see cref="DisclosureMeta.Layout"/> (henan-2024, shanghai-2025,
/// shanghai-final-2024) map to a family by their first word; final accounts are a family of their own.
/// </summary>
public static class LayoutTables
{
    /// <summary>A column a template prints: its meaning, and a word its printed header must hold (optional).</summary>
    public sealed record LayoutColumn(string Key, string? Word);

    /// <param name="ColumnSets">The template's columns in printed order where the layout states them ("columns", and
    /// "unitColumns" for the 单位 version when it differs).</param>
    /// <param name="AmountUnit">The table's own unit where it differs from the family's (上海 三公 in 万元 among tables in 元).</param>
    /// <param name="UnitTitle">The table's title in the 单位 version where it differs.</param>
    public sealed record ExpectedTable(int Number, string Title, string Id, IReadOnlyList<IReadOnlyList<LayoutColumn>>? ColumnSets = null,
        string? AmountUnit = null, string? UnitTitle = null);

    /// <summary>
    /// How a family is told when its printed titles do not name it (FamilyMatcher tries these in
    /// <paramref name="Order"/>): a title holding one of <paramref name="AnyTitle"/>, a table of one of
    /// <paramref name="AnyTable"/>, a year up to <paramref name="MaxYear"/>; <paramref name="Fallback"/> when nothing else holds.
    /// </summary>
    public sealed record MatchRule(int Order, IReadOnlyList<string> AnyTitle, IReadOnlyList<string> AnyTable, int? MaxYear, bool Fallback);

    public sealed record Family(string Id, string Description, string AmountUnit, IReadOnlyList<ExpectedTable> Tables, MatchRule? Match = null)
    {
        /// <summary>The family's name without its year (beijing-2026 → beijing): layout ids are name-year.</summary>
        public string Name => YearSuffix.Replace(Id, "");
    }

    private static readonly System.Text.RegularExpressions.Regex YearSuffix = new(@"-\d{4}$");

    private static readonly Lazy<IReadOnlyList<Family>> All = new(Load);

    public static IReadOnlyList<Family> Families => All.Value;

    /// <summary>The family of a layout id, or null for a layout no file describes.</summary>
    public static Family? For(string? layoutId)
    {
        if (string.IsNullOrEmpty(layoutId)) return null;
        var exact = All.Value.FirstOrDefault(l => l.Id == layoutId);
        if (exact is not null) return exact;
        var family = DisclosureMeta.IsFinalAccountsLayout(layoutId) ? "shanghai-final" : YearSuffix.Replace(layoutId, "");
        return All.Value.Where(l => l.Name == family).MaxBy(l => l.Id, StringComparer.Ordinal);
    }

    /// <summary>The unit a table of this layout prints its amounts in (万元 where nothing says).</summary>
    public static string AmountUnitOf(string? layoutId, string tableId) =>
        For(layoutId) is { } f ? f.Tables.FirstOrDefault(t => t.Id == tableId)?.AmountUnit ?? f.AmountUnit : "万元";

    /// <summary>The tables the layout lists that the disclosure does not have.</summary>
    public static IReadOnlyList<ExpectedTable> Missing(Disclosure d) =>
        For(d.Meta.Layout)?.Tables.Where(t => d.Table(t.Id) is null).ToList() ?? [];

    private static IReadOnlyList<Family> Load()
    {
        var asm = typeof(LayoutTables).Assembly;
        var list = new List<Family>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("layouts/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var doc = JsonDocument.Parse(stream);
            var root = doc.RootElement;
            var tables = root.GetProperty("tables").EnumerateArray()
                .Select(t => new ExpectedTable(t.GetProperty("number").GetInt32(), t.GetProperty("title").GetString()!, t.GetProperty("id").GetString()!,
                    ColumnSets(t), t.TryGetProperty("amountUnit", out var u) ? u.GetString() : null,
                    t.TryGetProperty("unitTitle", out var ut) ? ut.GetString() : null))
                .ToList();
            list.Add(new Family(root.GetProperty("id").GetString()!, root.GetProperty("description").GetString()!,
                root.GetProperty("amountUnit").GetString()!, tables, Match(root)));
        }
        return list;
    }

    // "match": { "order": 1, "anyTitle": ["决算"], "anyTable": […], "maxYear": 2021, "fallback": true }, all optional but order.
    private static MatchRule? Match(JsonElement root)
    {
        if (!root.TryGetProperty("match", out var m)) return null;
        IReadOnlyList<string> Strings(string name) => m.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        return new MatchRule(m.GetProperty("order").GetInt32(), Strings("anyTitle"), Strings("anyTable"),
            m.TryGetProperty("maxYear", out var y) ? y.GetInt32() : null, m.TryGetProperty("fallback", out var f) && f.GetBoolean());
    }

    // "columns": [{ "key": "total", "word": "合计" }, …]; word is optional and must occur in the printed header.
    private static IReadOnlyList<IReadOnlyList<LayoutColumn>>? ColumnSets(JsonElement table)
    {
        var sets = new List<IReadOnlyList<LayoutColumn>>();
        foreach (var name in (string[])["columns", "unitColumns"])
            if (table.TryGetProperty(name, out var columns))
                sets.Add(columns.EnumerateArray().Select(c => new LayoutColumn(c.GetProperty("key").GetString()!,
                    c.TryGetProperty("word", out var w) ? w.GetString() : null)).ToList());
        return sets.Count == 0 ? null : sets;
    }
}
