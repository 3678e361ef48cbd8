using DeptBudget.Model;

namespace DeptBudget.Web.Charts;

/// <summary>Chinese names of the amount keys the charts show.</summary>
public static class Labels
{
    private static readonly Dictionary<string, string> Names = new()
    {
        [AmountKeys.GeneralPublicBudget] = "一般公共预算",
        [AmountKeys.GovernmentFundBudget] = "政府性基金预算",
        [AmountKeys.StateCapitalBudget] = "国有资本经营预算",
        [AmountKeys.SpecialAccountFunds] = "财政专户管理资金",
        [AmountKeys.InstitutionRevenue] = "事业收入",
        [AmountKeys.InstitutionBusinessRevenue] = "事业单位经营收入",
        [AmountKeys.SuperiorSubsidyRevenue] = "上级补助收入",
        [AmountKeys.AffiliateRemittanceRevenue] = "附属单位上缴收入",
        [AmountKeys.OtherRevenue] = "其他收入",
        [AmountKeys.UnitFunds] = "单位资金",
        [AmountKeys.CarryoverIn] = "上年结转",
        [AmountKeys.AdministrativeFees] = "行政事业性收费",
        [AmountKeys.SpecialRevenue] = "专项收入",
        [AmountKeys.AssetIncome] = "国有资产资源有偿使用收入",
        [AmountKeys.HousingFundIncome] = "政府住房基金收入",
        [AmountKeys.BasicExpenditure] = "基本支出",
        [AmountKeys.ProjectExpenditure] = "项目支出",
        ["officialOverseasTravel"] = "因公出国（境）费",
        ["vehiclePurchase"] = "公务用车购置费",
        ["vehicleOperation"] = "公务用车运行维护费",
        ["officialReception"] = "公务接待费",
    };

    public static string Of(string key) => Names.TryGetValue(key, out var n) ? n : key;

    /// <summary>The sources that are parts of the revenue total (not sub-items 其中 or sums).</summary>
    public static bool IsRevenueSource(string key) => Names.ContainsKey(key)
        && key is not (AmountKeys.BasicExpenditure or AmountKeys.ProjectExpenditure) && !key.StartsWith("official") && !key.StartsWith("vehicle");
}
