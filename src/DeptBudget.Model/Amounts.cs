namespace DeptBudget.Model;

/// <summary>
/// Keys of the amounts a line or a table column carries: kinds of expenditure and sources of money.
/// One name per concept (GLOSSARY.md), camelCase as in the JSON. Amounts maps key → 万元.
/// </summary>
public static class AmountKeys
{
    public const string Total = "total";                                   // 合计 / 总计

    // Expenditure kinds
    public const string BasicExpenditure = "basicExpenditure";             // 基本支出
    public const string PersonnelCost = "personnelCost";                   // 人员经费 (301 + 303)
    public const string WagesAndBenefits = "wagesAndBenefits";             // 工资福利支出 301
    public const string HouseholdTransfers = "householdTransfers";         // 对个人和家庭的补助 303
    public const string OperatingCost = "operatingCost";                   // 公用经费 (302 + 310)
    public const string GoodsAndServices = "goodsAndServices";             // 商品和服务支出 302
    public const string CapitalOutlay = "capitalOutlay";                   // 资本性支出 310
    public const string ProjectExpenditure = "projectExpenditure";         // 项目支出
    public const string OperationalProject = "operationalProject";         // 其他运转类
    public const string SpecificPurposeProject = "specificPurposeProject"; // 特定目标类
    public const string PersonnelProject = "personnelProject";             // 人员类项目
    public const string GeneralProject = "generalProject";                 // 一般性项目 (2021)
    public const string SpecialFund = "specialFund";                       // 专项资金 (2021)
    public const string CarryoverOut = "carryoverOut";                     // 年终结转结余 / 结转下年

    // Sources of money
    public const string FiscalAppropriation = "fiscalAppropriation";       // 财政拨款（小计）
    public const string GeneralPublicBudget = "generalPublicBudget";       // 一般公共预算
    public const string OwnLevelAppropriation = "ownLevelAppropriation";   // 其中：财政拨款
    public const string AdministrativeFees = "administrativeFees";         // 行政事业性收费 (2021)
    public const string SpecialRevenue = "specialRevenue";                 // 专项收入 (2021)
    public const string AssetIncome = "assetIncome";                       // 国有资产资源有偿使用收入 (2021)
    public const string HousingFundIncome = "housingFundIncome";           // 政府住房基金收入 (2021)
    public const string AdvanceTransferFromAbove = "advanceTransferFromAbove"; // 上级提前告知转移支付
    public const string GovernmentFundBudget = "governmentFundBudget";     // 政府性基金预算
    public const string StateCapitalBudget = "stateCapitalBudget";         // 国有资本经营预算
    public const string SpecialAccountFunds = "specialAccountFunds";       // 财政专户管理资金
    public const string InstitutionRevenue = "institutionRevenue";         // 事业收入
    public const string InstitutionBusinessRevenue = "institutionBusinessRevenue"; // 事业单位经营收入
    public const string SuperiorSubsidyRevenue = "superiorSubsidyRevenue"; // 上级补助收入
    public const string AffiliateRemittanceRevenue = "affiliateRemittanceRevenue"; // 附属单位上缴收入
    public const string OtherRevenue = "otherRevenue";                     // 其他收入
    public const string UnitFunds = "unitFunds";                           // 单位资金
    public const string CarryoverIn = "carryoverIn";                       // 上年结转（结余）
    public const string DepartmentCarryover = "departmentCarryover";       // 部门财政性资金结转 (2021)
    public const string NonAppropriationBalanceUsed = "nonAppropriationBalanceUsed"; // 使用非财政拨款结余
    public const string InstitutionFundUsed = "institutionFundUsed";       // 用事业基金弥补收支差额
    public const string Revenue = "revenue";                               // 收入 金额 (left side of tables 01/04)
    public const string RevenueThisYear = "revenueThisYear";               // 本年收入合计
    public const string RevenueTotal = "revenueTotal";                     // 收入总计
    public const string ExpenditureThisYear = "expenditureThisYear";       // 本年支出合计
    public const string ExpenditureTotal = "expenditureTotal";             // 支出总计

    // “三公”经费 items (table 08)
    public const string OfficialOverseasTravel = "officialOverseasTravel"; // 因公出国（境）费
    public const string OfficialVehicles = "officialVehicles";             // 公务用车购置及运行费
    public const string VehiclePurchase = "vehiclePurchase";               // 公务用车购置费
    public const string VehicleOperation = "vehicleOperation";             // 公务用车运行维护费
    public const string OfficialReception = "officialReception";           // 公务接待费
    public const string AgencyOperatingCost = "agencyOperatingCost";       // 机关运行经费 (上海 table 9 beside 三公)

    // 决算 expenditure kinds besides 基本/项目支出 (上海 支出决算表)
    public const string RemittanceToSuperior = "remittanceToSuperior";     // 上缴上级支出
    public const string BusinessExpenditure = "businessExpenditure";       // 经营支出
    public const string SubsidyToAffiliates = "subsidyToAffiliates";       // 对附属单位补助支出

    /// <summary>The same key for the previous year, where a table shows both years (2023年预算数 …).</summary>
    public static string LastYear(string key) => "lastYear." + key;

    /// <summary>
    /// The 年初预算 (预算数) figure a 决算 table prints beside its 决算数: the plain key is the final
    /// account, this one the budget it is compared with.
    /// </summary>
    public static string Budgeted(string key) => "budgeted." + key;

    /// <summary>A source within carryover: carryoverIn.generalPublicBudget and so on.</summary>
    public static string Carryover(string source) => CarryoverIn + "." + source;

    /// <summary>Every kind of basic expenditure that is a part of 人员经费.</summary>
    public static readonly IReadOnlyList<string> PersonnelParts = [WagesAndBenefits, HouseholdTransfers];

    /// <summary>Every kind of basic expenditure that is a part of 公用经费.</summary>
    public static readonly IReadOnlyList<string> OperatingParts = [GoodsAndServices, CapitalOutlay];
}

/// <summary>Read helpers over an amounts map; a missing key is a blank cell, which counts as zero.</summary>
public static class AmountsExtensions
{
    public static decimal Get(this IReadOnlyDictionary<string, decimal> amounts, string key) =>
        amounts.TryGetValue(key, out var v) ? v : 0m;

    public static decimal? Find(this IReadOnlyDictionary<string, decimal> amounts, string key) =>
        amounts.TryGetValue(key, out var v) ? v : null;
}
