namespace DeptBudget.Model.Catalogues;

/// <summary>
/// One classification of one year: 支出功能分类, 部门预算支出经济分类 or 政府预算支出经济分类.
/// Immutable once loaded; lookups never throw.
/// </summary>
public sealed class Classification
{
    private readonly Dictionary<string, CatalogueEntry> _byCode;
    private readonly Dictionary<string, IReadOnlyList<CatalogueEntry>> _children;

    internal Classification(ClassificationKind kind, int year, IEnumerable<CatalogueEntry> entries)
    {
        Kind = kind;
        Year = year;
        var list = entries.OrderBy(e => e.Code.Value, StringComparer.Ordinal).ToList();
        Entries = list;
        _byCode = list.ToDictionary(e => e.Code.Value, StringComparer.Ordinal);
        _children = list.Where(e => e.Code.Parent is not null)
            .GroupBy(e => e.Code.Parent!.Value.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CatalogueEntry>)g.ToList(), StringComparer.Ordinal);
    }

    public ClassificationKind Kind { get; }

    /// <summary>The catalogue year the data comes from.</summary>
    public int Year { get; }

    /// <summary>All entries in code order.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    public bool TryGet(AccountCode code, out CatalogueEntry entry) =>
        _byCode.TryGetValue(code.Value ?? "", out entry!);

    public bool TryGet(string? code, out CatalogueEntry entry)
    {
        entry = null!;
        return AccountCode.TryParse(code, out var c) && TryGet(c, out entry);
    }

    /// <summary>The entry, or null when the code is unknown (or malformed).</summary>
    public CatalogueEntry? Find(AccountCode code) => TryGet(code, out var e) ? e : null;

    public CatalogueEntry? Find(string? code) => TryGet(code, out var e) ? e : null;

    public bool Contains(AccountCode code) => _byCode.ContainsKey(code.Value ?? "");

    public bool Contains(string? code) => TryGet(code, out _);

    /// <summary>A lookup that says why a code is not known; use it to report.</summary>
    public CodeLookup Lookup(string? code)
    {
        var text = code?.Trim() ?? "";
        if (!AccountCode.TryParse(text, out var c)) return new(text, Kind, Year, LookupOutcome.Malformed, null);
        return Lookup(c);
    }

    public CodeLookup Lookup(AccountCode code) =>
        TryGet(code, out var e)
            ? new(code.Value, Kind, Year, LookupOutcome.Known, e)
            : new(code.Value ?? "", Kind, Year, LookupOutcome.Unknown, null);

    /// <summary>Direct children: the 款 of a 类, the 项 of a 款 (empty when none are catalogued).</summary>
    public IReadOnlyList<CatalogueEntry> Children(AccountCode code) =>
        _children.TryGetValue(code.Value ?? "", out var list) ? list : [];

    public IReadOnlyList<CatalogueEntry> Children(string? code) =>
        AccountCode.TryParse(code, out var c) ? Children(c) : [];

    /// <summary>The 类 entries (level 1).</summary>
    public IEnumerable<CatalogueEntry> Classes => Entries.Where(e => e.Level == 1);
}
