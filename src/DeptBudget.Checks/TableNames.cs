using DeptBudget.Model;

namespace DeptBudget.Checks;

/// <summary>The Chinese name of each table id, for messages and reports.</summary>
public static class TableNames
{
    public static string Zh(string? id) => id switch
    {
        TableIds.RevenueExpenditureSummary => "收支总体情况表",
        TableIds.RevenueSummary => "收入总体情况表",
        TableIds.ExpenditureSummary => "支出总体情况表",
        TableIds.AppropriationSummary => "财政拨款收支总体情况表",
        TableIds.GeneralBudgetExpenditure => "一般公共预算支出情况表",
        TableIds.GeneralBudgetBasicExpenditure => "一般公共预算基本支出情况表",
        TableIds.EconomicClassificationSummary => "支出经济分类汇总表",
        TableIds.ThreePublicExpenses => "一般公共预算“三公”经费支出情况表",
        TableIds.GovernmentFundExpenditure => "政府性基金预算支出情况表",
        TableIds.StateCapitalExpenditure => "国有资本经营预算支出情况表",
        TableIds.BasicExpenditure => "基本支出预算情况表",
        TableIds.ProjectExpenditure => "项目支出预算表",
        TableIds.GovernmentProcurement => "政府采购预算表",
        TableIds.GovernmentPurchasedServices => "政府购买服务预算表",
        TableIds.AgencyOperatingCost => "机关运行经费表",
        TableIds.DepartmentPerformanceTarget => "部门（单位）整体绩效目标表",
        TableIds.ProjectPerformanceTargets => "项目绩效目标表",
        null => "",
        _ => id,
    };
}
