using System.Text.Json;

namespace DeptBudget.Model.Layouts;

/// <summary>
/// The words that give tables and columns their meaning, as data: the national base
/// (Layouts/Vocabulary/national.json) and each family file's additions (titleWords, columnWords in
/// Layouts/*.json). Tables are found before the family is known, so every family's additions are read for
/// every document; they come after the national words, so an addition never changes how a national
/// wording reads, it only gives a meaning to one the base leaves unknown.
/// </summary>
public static class Vocabulary
{
    /// <summary>A title means table <paramref name="Id"/> when all <paramref name="Words"/> occur and none of <paramref name="Not"/>.</summary>
    public sealed record TitleRule(IReadOnlyList<string> Words, IReadOnlyList<string> Not, string Id, string Source);

    /// <summary>A column header leaf containing <paramref name="Word"/> means amount key <paramref name="Key"/>.</summary>
    public sealed record ColumnWord(string Word, string Key, string Source);

    public sealed record Words(IReadOnlyList<string> TitleDecorations, IReadOnlyList<TitleRule> Titles, IReadOnlyList<ColumnWord> Columns,
        IReadOnlyList<ColumnWord> FormColumns);

    private static readonly Lazy<Words> All = new(Load);

    public static IReadOnlyList<string> TitleDecorations => All.Value.TitleDecorations;
    public static IReadOnlyList<TitleRule> Titles => All.Value.Titles;
    public static IReadOnlyList<ColumnWord> Columns => All.Value.Columns;
    /// <summary>Headings printed inside a self-evaluation form over a column of figures (分值, 得分, 全年执行数 …).</summary>
    public static IReadOnlyList<ColumnWord> FormColumns => All.Value.FormColumns;

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static Words Load()
    {
        var asm = typeof(Vocabulary).Assembly;
        var decorations = new List<string>();
        var titles = new List<TitleRule>();
        var columns = new List<ColumnWord>();
        var formColumns = new List<ColumnWord>();
        // The national base first, then the families in name order (a stable order whatever the build lists).
        var names = asm.GetManifestResourceNames();
        var files = names.Where(n => n == "vocabulary/national.json")
            .Concat(names.Where(n => n.StartsWith("layouts/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var name in files)
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var doc = JsonDocument.Parse(stream, Options);
            var root = doc.RootElement;
            var source = root.GetProperty("id").GetString()!;
            if (root.TryGetProperty("titleDecorations", out var d))
                decorations.AddRange(d.EnumerateArray().Select(e => e.GetString()!));
            if (root.TryGetProperty("titleWords", out var t))
                titles.AddRange(t.EnumerateArray().Select(e => new TitleRule(Strings(e, "words"), Strings(e, "not"), e.GetProperty("id").GetString()!, source)));
            if (root.TryGetProperty("columnWords", out var c))
                columns.AddRange(c.EnumerateArray().Select(e => new ColumnWord(e.GetProperty("word").GetString()!, e.GetProperty("key").GetString()!, source)));
            if (root.TryGetProperty("formColumns", out var f))
                formColumns.AddRange(f.EnumerateArray().Select(e => new ColumnWord(e.GetProperty("word").GetString()!, e.GetProperty("key").GetString()!, source)));
        }
        if (titles.Count == 0 || columns.Count == 0) throw new InvalidOperationException("vocabulary/national.json is missing from DeptBudget.Model");
        return new Words(decorations, titles, columns, formColumns);
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
}
