using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

/// <summary>The list names what each document is: 部门预算 / 单位预算, or 部门决算 for final accounts.</summary>
public sealed class BudgetKindTests
{
    [Fact]
    public async Task PutuoFinance2024_final_accounts_are_listed_as_a_department_final_account_beside_a_department_budget()
    {
        await using var app = await TestApp.StartAsync();
        var final = DeptBudget.Reading.DisclosureReader.ReadFile(DeptBudget.Testing.Seeds.RealDoc("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf"));
        var budget = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf("001"));
        var stored = await app.WithStoreAsync(s => s.CreateAsync(final, CheckSummary.None, "seed", "导入", BudgetStatus.Published));
        await app.WithStoreAsync(s => s.CreateAsync(budget, CheckSummary.None, "seed", "导入", BudgetStatus.Published));

        var list = await app.Client().GetStringAsync("/");
        Assert.Matches("上海市普陀区财政局</a></td>(\\s*<td>[^<]*</td>){3}\\s*<td>部门决算</td>", list);
        Assert.Matches("西峡县医疗保障局</a></td>(\\s*<td>[^<]*</td>){3}\\s*<td>部门预算</td>", list);
        // Its cover: 上海市普陀区财政局 / 2024年度部门决算.
        Assert.Contains("<h1>上海市普陀区财政局 2024年度部门决算</h1>", await app.Client().GetStringAsync($"/budgets/{stored.Id}"));
    }
}
