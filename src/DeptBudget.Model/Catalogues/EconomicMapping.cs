namespace DeptBudget.Model.Catalogues;

/// <summary>The kind of budget unit, which decides the government economic code a department code maps to.</summary>
public enum UnitKind
{
    /// <summary>机关 (administrative unit, incl. 参公事业单位): 501 / 502 / 503 / 509 …</summary>
    Administrative,

    /// <summary>事业单位 (public institution): 505 / 506, and 509 for 对个人和家庭的补助.</summary>
    PublicInstitution,
}

/// <summary>One row of the 部门预算支出经济分类 → 政府预算支出经济分类 对应关系.</summary>
public sealed record EconomicMappingPair(AccountCode DepartmentCode, UnitKind UnitKind, AccountCode GovernmentCode, EntryStatus Status, string? Note);

/// <summary>
/// 部门预算支出经济分类与政府预算支出经济分类对应关系: which government code (501…, 505…) each
/// department code (301…) maps to, for 机关 and for 事业单位.
/// </summary>
public sealed class EconomicMapping
{
    private readonly Dictionary<string, IReadOnlyList<EconomicMappingPair>> _byDepartment;

    internal EconomicMapping(int year, IEnumerable<EconomicMappingPair> pairs)
    {
        Year = year;
        Pairs = pairs.ToList();
        _byDepartment = Pairs.GroupBy(p => p.DepartmentCode.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<EconomicMappingPair>)g.ToList(), StringComparer.Ordinal);
    }

    public int Year { get; }

    public IReadOnlyList<EconomicMappingPair> Pairs { get; }

    /// <summary>
    /// The pairs for a department code; a 7-digit local sub-item (3010201) without its own rows takes
    /// those of its 款 (30102). Empty when the code is unknown to the mapping.
    /// </summary>
    public IReadOnlyList<EconomicMappingPair> PairsFor(AccountCode departmentCode, UnitKind? kind = null)
    {
        var code = departmentCode.Value ?? "";
        if (!_byDepartment.TryGetValue(code, out var list) && code.Length == 7)
            _byDepartment.TryGetValue(code[..5], out list);
        if (list is null) return [];
        return kind is null ? list : list.Where(p => p.UnitKind == kind).ToList();
    }

    /// <summary>The government codes a department code may map to (for one kind of unit, or for either).</summary>
    public IReadOnlyList<AccountCode> GovernmentCodesFor(AccountCode departmentCode, UnitKind? kind = null) =>
        PairsFor(departmentCode, kind).Select(p => p.GovernmentCode).Distinct().ToList();

    public IReadOnlyList<AccountCode> GovernmentCodesFor(string? departmentCode, UnitKind? kind = null) =>
        AccountCode.TryParse(departmentCode, out var c) ? GovernmentCodesFor(c, kind) : [];

    /// <summary>
    /// True when the pair is in the mapping. A government 类 code (501) matches any of its 款;
    /// a department 类 (301) matches when any of its 款 maps into the government code.
    /// </summary>
    public bool IsMapped(AccountCode departmentCode, AccountCode governmentCode, UnitKind? kind = null)
    {
        IEnumerable<EconomicMappingPair> pairs = departmentCode.Level == 1
            ? Pairs.Where(p => p.DepartmentCode.IsWithin(departmentCode) && (kind is null || p.UnitKind == kind))
            : PairsFor(departmentCode, kind);
        return pairs.Any(p => p.GovernmentCode.IsWithin(governmentCode));
    }

    public bool IsMapped(string? departmentCode, string? governmentCode, UnitKind? kind = null) =>
        AccountCode.TryParse(departmentCode, out var d) && AccountCode.TryParse(governmentCode, out var g) && IsMapped(d, g, kind);

    /// <summary>The kind of unit a government code implies: 505/506 → 事业单位, 501–504 → 机关, otherwise null (509, 510 … serve both).</summary>
    public static UnitKind? UnitKindOf(AccountCode governmentCode) => governmentCode.Class.Value switch
    {
        "501" or "502" or "503" or "504" => UnitKind.Administrative,
        "505" or "506" => UnitKind.PublicInstitution,
        _ => null,
    };
}
