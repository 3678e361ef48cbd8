using System.Collections.Concurrent;

namespace DeptBudget.Model.Catalogues;

/// <summary>
/// 政府收支分类科目 of one year: the 支出功能分类 (<see cref="Functional"/>), the 部门预算支出经济分类
/// (<see cref="DepartmentEconomic"/>), the 政府预算支出经济分类 (<see cref="GovernmentEconomic"/>) and the
/// mapping between the two economic classifications (<see cref="EconomicMapping"/>).
/// Loaded lazily from embedded TSV files, once per year, thread-safe.
/// </summary>
public sealed class ClassificationCatalogue
{
    private static readonly ConcurrentDictionary<int, Lazy<ClassificationCatalogue>> Cache = new();

    private ClassificationCatalogue(int year)
    {
        Year = year;
        Functional = new Classification(ClassificationKind.Functional, year, CatalogueData.Entries(year, "functional.tsv"));
        DepartmentEconomic = new Classification(ClassificationKind.DepartmentEconomic, year, CatalogueData.Entries(year, "department-economic.tsv"));
        GovernmentEconomic = new Classification(ClassificationKind.GovernmentEconomic, year, CatalogueData.Entries(year, "government-economic.tsv"));
        EconomicMapping = new EconomicMapping(year, CatalogueData.Mapping(year));
    }

    /// <summary>The years for which catalogue data is shipped, ascending.</summary>
    public static IReadOnlyList<int> AvailableYears => CatalogueData.Years;

    /// <summary>
    /// The catalogue for a budget year: that year's if shipped, else the nearest year below it, else
    /// (for a year before all shipped ones) the earliest. <see cref="Year"/> says which year was used.
    /// </summary>
    public static ClassificationCatalogue For(int year)
    {
        var used = YearFor(year);
        return Cache.GetOrAdd(used, y => new Lazy<ClassificationCatalogue>(() => new ClassificationCatalogue(y))).Value;
    }

    /// <summary>The catalogue year <see cref="For"/> uses for a budget year.</summary>
    public static int YearFor(int year)
    {
        var years = AvailableYears;
        if (years.Count == 0) throw new InvalidOperationException("no classification catalogue is embedded in DeptBudget.Model");
        var below = years.Where(y => y <= year).ToList();
        return below.Count > 0 ? below[^1] : years[0];
    }

    /// <summary>The catalogue year the data comes from (may differ from the year asked for).</summary>
    public int Year { get; }

    /// <summary>支出功能分类: 类 / 款 / 项.</summary>
    public Classification Functional { get; }

    /// <summary>部门预算支出经济分类 (301…, with local 7-digit sub-items flagged <see cref="EntryStatus.Local"/>).</summary>
    public Classification DepartmentEconomic { get; }

    /// <summary>政府预算支出经济分类 (501…).</summary>
    public Classification GovernmentEconomic { get; }

    /// <summary>部门预算支出经济分类 → 政府预算支出经济分类.</summary>
    public EconomicMapping EconomicMapping { get; }

    /// <summary>The classification of a kind.</summary>
    public Classification this[ClassificationKind kind] => kind switch
    {
        ClassificationKind.Functional => Functional,
        ClassificationKind.DepartmentEconomic => DepartmentEconomic,
        _ => GovernmentEconomic,
    };

    /// <summary>Shorthand for <see cref="EconomicMapping"/>.IsMapped.</summary>
    public bool IsMapped(string? departmentCode, string? governmentCode, UnitKind? kind = null) =>
        EconomicMapping.IsMapped(departmentCode, governmentCode, kind);

    /// <summary>Shorthand for <see cref="EconomicMapping"/>.GovernmentCodesFor.</summary>
    public IReadOnlyList<AccountCode> GovernmentCodesFor(string? departmentCode, UnitKind? kind = null) =>
        EconomicMapping.GovernmentCodesFor(departmentCode, kind);
}
