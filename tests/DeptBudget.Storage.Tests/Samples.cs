using DeptBudget.Model;

namespace DeptBudget.Storage.Tests;

/// <summary>Small hand-made disclosures for storage tests.</summary>
internal static class Samples
{
    public static Disclosure Disclosure(string department = "测试县医疗保障局", int year = 2024, decimal amount = 100m)
    {
        var budget = Budget.Empty(department, year, BudgetScope.Unit) with
        {
            Units = [new BudgetUnit("044001", department, null)],
            Revenue = [new RevenueLine("044001", null, AmountKeys.GeneralPublicBudget, amount)],
        };
        var meta = new DisclosureMeta(department, year, BudgetScope.Unit, "henan-2024", department + year + "年部门预算公开", [], null);
        return new Disclosure(meta, budget, [], Narrative.None, []);
    }
}
