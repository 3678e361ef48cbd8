using DeptBudget.Model;
using K = DeptBudget.Model.AmountKeys;

namespace DeptBudget.Checks;

/// <summary>
/// Which columns of a table are the sum of which others (合计 = 基本 + 项目, 基本 = 人员 + 公用 …), for the
/// columns this table actually prints. 其中 columns (其中：财政拨款) are never parts.
/// </summary>
public static class ColumnRelations
{
    public sealed record Relation(string Whole, IReadOnlyList<string> Parts);

    private static readonly string[] OtherSources =
    [
        K.SpecialAccountFunds, K.InstitutionRevenue, K.InstitutionBusinessRevenue, K.SuperiorSubsidyRevenue,
        K.AffiliateRemittanceRevenue, K.OtherRevenue, K.AdvanceTransferFromAbove, K.UnitFunds, K.DepartmentCarryover,
    ];

    private static readonly string[] BelowTheLine = [K.NonAppropriationBalanceUsed, K.InstitutionFundUsed];

    public static List<Relation> For(Table t)
    {
        var has = new HashSet<string>(t.Columns.Select(c => c.Key));
        var list = new List<Relation>();
        void Add(string whole, params string[] parts)
        {
            var present = parts.Where(has.Contains).ToList();
            if (has.Contains(whole) && present.Count >= 2 || has.Contains(whole) && present.Count == 1 && parts.Length == 1)
                list.Add(new Relation(whole, present));
        }

        if (Tables.IsTwoSided(t)) return list;

        var expenditure = has.Contains(K.BasicExpenditure) || has.Contains(K.PersonnelCost) || has.Contains(K.ProjectExpenditure);
        if (expenditure)
        {
            Add(K.PersonnelCost, K.WagesAndBenefits, K.HouseholdTransfers);
            Add(K.OperatingCost, K.GoodsAndServices, K.CapitalOutlay);
            if (has.Contains(K.PersonnelCost) || has.Contains(K.OperatingCost)) Add(K.BasicExpenditure, K.PersonnelCost, K.OperatingCost);
            else Add(K.BasicExpenditure, K.WagesAndBenefits, K.HouseholdTransfers, K.GoodsAndServices, K.CapitalOutlay);
            Add(K.ProjectExpenditure, K.OperationalProject, K.SpecificPurposeProject, K.PersonnelProject, K.GeneralProject, K.SpecialFund);
            if (has.Contains(K.BasicExpenditure)) Add(K.Total, K.BasicExpenditure, K.ProjectExpenditure, K.CarryoverOut);
            else Add(K.Total, K.PersonnelCost, K.OperatingCost);
            return list;
        }

        // Revenue and funding layouts (02, 07, 10, Shandong basic-expenditure and procurement).
        var carry = t.Columns.Select(c => c.Key).Where(k => k.StartsWith(K.CarryoverIn + ".", StringComparison.Ordinal)).ToArray();
        if (carry.Length >= 2 && has.Contains(K.CarryoverIn)) list.Add(new Relation(K.CarryoverIn, carry));
        Add(K.GeneralPublicBudget, K.OwnLevelAppropriation, K.AdministrativeFees, K.SpecialRevenue, K.AssetIncome, K.HousingFundIncome);
        if (list.LastOrDefault()?.Whole == K.GeneralPublicBudget && !(has.Contains(K.AdministrativeFees) || has.Contains(K.SpecialRevenue)))
            list.RemoveAt(list.Count - 1);
        Add(K.FiscalAppropriation, K.GeneralPublicBudget, K.GovernmentFundBudget, K.StateCapitalBudget);

        string[] fiscal = has.Contains(K.FiscalAppropriation) ? [K.FiscalAppropriation] : [K.GeneralPublicBudget, K.GovernmentFundBudget, K.StateCapitalBudget];
        string[] carried = has.Contains(K.CarryoverIn) ? [K.CarryoverIn] : carry;
        if (has.Contains(K.RevenueThisYear))
        {
            Add(K.RevenueThisYear, [.. fiscal, .. OtherSources]);
            Add(K.Total, [K.RevenueThisYear, .. carried, .. BelowTheLine]);
        }
        else Add(K.Total, [.. fiscal, .. OtherSources, .. carried, .. BelowTheLine]);
        return list;
    }
}
