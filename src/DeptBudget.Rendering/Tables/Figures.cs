using System.Text.Json;
using DeptBudget.Model;

namespace DeptBudget.Rendering.Tables;

/// <summary>
/// The sums every table and the narrative print, computed once from a budget. A key a line does not
/// state but whose parts it does (人员经费 = 301 + 303 …) is derived, so a table never shows a kind blank
/// while its parts are filled.
/// </summary>
/// Department totals the source document states win over the re-added sum where they differ by rounding only
/// (<see cref="StatedTotals"/>).
public sealed class Figures(Budget budget, StatedTotals? stated = null)
{
    public Budget Budget { get; } = budget;
    public StatedTotals Stated { get; } = stated ?? StatedTotals.None;

    // Sources printed as 其中 / parts of 一般公共预算: summing them with it would count money twice.
    private static readonly HashSet<string> PartSources =
    [
        AmountKeys.OwnLevelAppropriation, AmountKeys.AdministrativeFees, AmountKeys.SpecialRevenue,
        AmountKeys.AssetIncome, AmountKeys.HousingFundIncome, AmountKeys.AdvanceTransferFromAbove,
        AmountKeys.FiscalAppropriation, AmountKeys.RevenueThisYear, AmountKeys.RevenueTotal,
    ];

    private static readonly HashSet<string> BelowTheLine =
        [AmountKeys.CarryoverIn, AmountKeys.NonAppropriationBalanceUsed, AmountKeys.InstitutionFundUsed, AmountKeys.DepartmentCarryover];

    public static bool IsBelowTheLine(string source) =>
        BelowTheLine.Contains(source) || source.StartsWith(AmountKeys.CarryoverIn + ".", StringComparison.Ordinal);

    /// <summary>Revenue under a key (a source, a carryover source, or a total) for the lines given.</summary>
    public static decimal Revenue(IEnumerable<RevenueLine> lines, string key)
    {
        var list = lines as IReadOnlyCollection<RevenueLine> ?? lines.ToList();
        decimal Sum(Func<RevenueLine, bool> p) => list.Where(p).Sum(l => l.Amount);
        switch (key)
        {
            case AmountKeys.RevenueThisYear:
                return Sum(l => !PartSources.Contains(l.Source) && !IsBelowTheLine(l.Source));
            case AmountKeys.RevenueTotal:
            case AmountKeys.Total:
                return Revenue(list, AmountKeys.RevenueThisYear) + Revenue(list, AmountKeys.CarryoverIn)
                    + Sum(l => l.Source is AmountKeys.NonAppropriationBalanceUsed or AmountKeys.InstitutionFundUsed or AmountKeys.DepartmentCarryover);
            case AmountKeys.FiscalAppropriation:
                return Sum(l => l.Source is AmountKeys.GeneralPublicBudget or AmountKeys.GovernmentFundBudget or AmountKeys.StateCapitalBudget);
            case AmountKeys.CarryoverIn:
                var whole = Sum(l => l.Source == AmountKeys.CarryoverIn);
                return whole != 0 ? whole : Sum(l => l.Source.StartsWith(AmountKeys.CarryoverIn + ".", StringComparison.Ordinal));
            case "carryoverIn.fiscalAppropriation":
                return Sum(l => l.Source is "carryoverIn.generalPublicBudget" or "carryoverIn.governmentFundBudget" or "carryoverIn.stateCapitalBudget");
            default:
                return Sum(l => l.Source == key);
        }
    }

    public decimal Revenue(string key) =>
        StatedTotals.Prefer(Stated.Whole(StatedTotals.Revenue, key), Revenue(Budget.Revenue, key), Budget.Revenue.Count);

    /// <summary>Whether any revenue line states the key (so a blank can be told from a zero).</summary>
    public bool States(string source) => Budget.Revenue.Any(l => l.Source == source);

    /// <summary>An expenditure line's amount under a kind, derived from its parts when not stated.</summary>
    public static decimal Amount(IReadOnlyDictionary<string, decimal> a, string key)
    {
        if (a.TryGetValue(key, out var v)) return v;
        return key switch
        {
            AmountKeys.PersonnelCost => a.Get(AmountKeys.WagesAndBenefits) + a.Get(AmountKeys.HouseholdTransfers),
            AmountKeys.OperatingCost => a.Get(AmountKeys.GoodsAndServices) + a.Get(AmountKeys.CapitalOutlay),
            AmountKeys.BasicExpenditure => Amount(a, AmountKeys.PersonnelCost) + Amount(a, AmountKeys.OperatingCost),
            AmountKeys.ProjectExpenditure => a.Get(AmountKeys.OperationalProject) + a.Get(AmountKeys.SpecificPurposeProject)
                + a.Get(AmountKeys.PersonnelProject) + a.Get(AmountKeys.GeneralProject) + a.Get(AmountKeys.SpecialFund),
            AmountKeys.Total or AmountKeys.ExpenditureTotal => Amount(a, AmountKeys.BasicExpenditure) + Amount(a, AmountKeys.ProjectExpenditure) + a.Get(AmountKeys.CarryoverOut),
            AmountKeys.ExpenditureThisYear => Amount(a, AmountKeys.BasicExpenditure) + Amount(a, AmountKeys.ProjectExpenditure),
            _ => 0m,
        };
    }

    /// <summary>Expenditure lines of one funding scope; a budget that only states all-source lines and
    /// has only general-public-budget money shows them for that scope too (I4: 05 equals 03 then).</summary>
    public IReadOnlyList<ExpenditureLine> Lines(FundingScope scope)
    {
        var lines = Budget.Expenditure.Where(l => l.Scope == scope).ToList();
        if (lines.Count > 0 || scope == FundingScope.AllSources) return lines;
        if (scope == FundingScope.GeneralPublicBudget && OnlyGeneralPublicBudget)
            return Budget.Expenditure.Where(l => l.Scope == FundingScope.AllSources).ToList();
        return lines;
    }

    private bool OnlyGeneralPublicBudget =>
        Budget.Revenue.Count > 0 && Revenue(AmountKeys.RevenueTotal) == Revenue(AmountKeys.GeneralPublicBudget);

    public decimal Expenditure(FundingScope scope, string key, string? classCode = null)
    {
        var lines = Lines(scope).Where(l => classCode is null || l.FunctionCode.Value.StartsWith(classCode, StringComparison.Ordinal)).ToList();
        var sum = lines.Sum(l => Amount(l.Amounts, key));
        if (classCode is not null || lines.Count == 0) return sum;
        var word = JsonNamingPolicy.CamelCase.ConvertName(scope.ToString());
        var stated = Stated.Whole(word, key);
        // The 合计 column of a functional table is this year's expenditure where nothing is carried over.
        if (stated is null && key is AmountKeys.ExpenditureThisYear or AmountKeys.ExpenditureTotal
            && lines.Sum(l => l.Amounts.Get(AmountKeys.CarryoverOut)) == 0)
            stated = Stated.Whole(word, AmountKeys.Total);
        return StatedTotals.Prefer(stated, sum, lines.Count);
    }

    /// <summary>Revenue of one source attributed to a functional 类: as the budget states it by 类 (其中：
    /// 财政拨款 of table 04), from lines that name their function, or — when none do and all money goes
    /// to one 类 — the whole source. Null (a blank cell) when nothing says.</summary>
    public decimal? RevenueByClass(string source, string classCode)
    {
        var stated = Budget.ClassFunding.Where(l => l.Source == source).ToList();
        if (stated.Count > 0)
        {
            var inClass = stated.Where(l => l.FunctionClass.Value.StartsWith(classCode, StringComparison.Ordinal)).ToList();
            return inClass.Count == 0 ? null : inClass.Sum(l => l.Amount);
        }
        var coded = Budget.Revenue.Where(l => l.FunctionCode is not null).ToList();
        if (coded.Count > 0)
            return Revenue(coded.Where(l => l.FunctionCode!.StartsWith(classCode, StringComparison.Ordinal)), source);
        var classes = Lines(FundingScope.AllSources).Select(l => l.FunctionCode.Class.Value).Distinct().ToList();
        return classes.Count == 1 && classes[0] == classCode ? Revenue(source) : null;
    }

    public decimal ExpenditureTotal => Expenditure(FundingScope.AllSources, AmountKeys.Total);
    public decimal ExpenditureThisYear => Expenditure(FundingScope.AllSources, AmountKeys.ExpenditureThisYear);
    public decimal CarryoverOut => Expenditure(FundingScope.AllSources, AmountKeys.CarryoverOut);
    public decimal ProjectsTotal => Budget.Projects.Sum(p => p.Total);
}

public static class FiguresExtensions
{
    /// <summary>
    /// An amount of an economic line or a project under a column key; a source column the line does
    /// not state is its total when the budget has no other money than the general public budget.
    /// </summary>
    public static decimal? Amount(this Figures f, IReadOnlyDictionary<string, decimal> a, string key)
    {
        if (a.TryGetValue(key, out var v)) return v;
        // A line that states its sources (洛阳 2021: 医保信息专网 3.40 with 财政性资金 blank, 其他资金 0) is
        // printed as stated; only a line stating no source at all is taken to be general-budget money.
        if (key is AmountKeys.GeneralPublicBudget or AmountKeys.FiscalAppropriation or "governmentBudgetFunds"
            && !a.Keys.Any(IsSource)
            && f.Revenue(AmountKeys.RevenueTotal) == f.Revenue(AmountKeys.GeneralPublicBudget) && f.Budget.Revenue.Count > 0)
            return Figures.Amount(a, AmountKeys.Total);
        // 政府预算资金 alone (滑县 table 12, with no 项目支出预算表 of its own) in a budget that states no 政府性基金
        // or 国有资本经营 money anywhere is printed as 一般公共预算 in a table that splits 本年拨款 by budget.
        if (key is AmountKeys.GeneralPublicBudget && a.TryGetValue(AmountKeys.FiscalAppropriation, out var fiscal)
            && !a.ContainsKey(AmountKeys.GovernmentFundBudget) && !a.ContainsKey(AmountKeys.StateCapitalBudget) && NoOtherGovernmentMoney(f))
            return fiscal;
        var derived = Figures.Amount(a, key);
        return derived == 0 ? null : derived;
    }

    private static bool NoOtherGovernmentMoney(Figures f) =>
        f.Revenue(AmountKeys.GovernmentFundBudget) == 0 && f.Revenue(AmountKeys.StateCapitalBudget) == 0
        && !f.Budget.Expenditure.Any(l => l.Scope is FundingScope.GovernmentFundBudget or FundingScope.StateCapitalBudget)
        && !f.Budget.Projects.Any(p => p.Amounts.ContainsKey(AmountKeys.GovernmentFundBudget) || p.Amounts.ContainsKey(AmountKeys.StateCapitalBudget));

    // Kinds of expenditure and totals; every other key of a line is a source of money.
    private static readonly HashSet<string> NotSources =
    [
        AmountKeys.Total, AmountKeys.BasicExpenditure, AmountKeys.PersonnelCost, AmountKeys.WagesAndBenefits,
        AmountKeys.HouseholdTransfers, AmountKeys.OperatingCost, AmountKeys.GoodsAndServices, AmountKeys.CapitalOutlay,
        AmountKeys.ProjectExpenditure, AmountKeys.OperationalProject, AmountKeys.SpecificPurposeProject,
        AmountKeys.PersonnelProject, AmountKeys.GeneralProject, AmountKeys.SpecialFund, AmountKeys.CarryoverOut,
    ];

    /// <summary>Whether a line states any source of its money (not only totals and kinds).</summary>
    internal static bool StatesSource(IReadOnlyDictionary<string, decimal> a) => a.Keys.Any(IsSource);

    private static bool IsSource(string key) => !NotSources.Contains(key) && !key.StartsWith("lastYear.", StringComparison.Ordinal);
}
