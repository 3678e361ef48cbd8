using DeptBudget.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace DeptBudget.Storage.Tests;

/// <summary>One budget per unit, year and scope, held by the database's unique index on both providers.</summary>
public sealed class OneBudgetPerUnitTests
{
    private static readonly CheckSummary Clean = new("[]", 0, 0);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_budget_of_one_unit_and_year_is_refused_by_the_database_and_another_scope_is_not(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        await store.CreateAsync(Samples.Disclosure(), Clean, "alice", "上传");
        var e = await Assert.ThrowsAsync<DuplicateBudgetException>(() => store.CreateAsync(Samples.Disclosure(amount: 7m), Clean, "bob", "上传"));
        Assert.Contains("已存在", e.Message);
        var department = Samples.Disclosure() with { Meta = Samples.Disclosure().Meta with { Scope = BudgetScope.Department } };
        await store.CreateAsync(department, Clean, "alice", "部门预算");
        await store.CreateAsync(Samples.Disclosure(year: 2025), Clean, "alice", "下一年");
        Assert.Equal(3, await store.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Racing_creates_of_one_unit_and_year_save_exactly_one(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            await using var scope = db.Scope();
            var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
            try { await store.CreateAsync(Samples.Disclosure(amount: i), Clean, $"user{i}", "上传"); return true; }
            catch (DuplicateBudgetException) { return false; }
            // SQLite may also refuse a writer while another holds the lock; that one saved nothing either.
            catch (DbUpdateException) when (provider == "sqlite") { return false; }
        }));
        await using var check = db.Scope();
        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<BudgetStore>().CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_store_made_before_the_index_keeps_its_duplicates_told_apart_by_name(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var ctx = scope.ServiceProvider.GetRequiredService<BudgetDbContext>();
        var migrator = ctx.GetService<IMigrator>();
        var before = ctx.Database.GetMigrations().Last(m => !m.EndsWith("_OneBudgetPerUnitAndYear", StringComparison.Ordinal));
        await migrator.MigrateAsync(before);   // back to the schema without the index
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        var first = await store.CreateAsync(Samples.Disclosure(), Clean, "alice", "上传");
        var second = await store.CreateAsync(Samples.Disclosure(amount: 7m), Clean, "bob", "上传");

        await ctx.MigrateAsync();
        var names = await ctx.Budgets.AsNoTracking().OrderBy(b => b.Id).Select(b => b.UnitName).ToListAsync();
        Assert.Equal(["测试县医疗保障局", $"测试县医疗保障局（重复，第 {second.Id} 号）"], names);
        Assert.Equal(first.Id, await store.FindAsync("测试县医疗保障局", "测试县医疗保障局", 2024));
        await Assert.ThrowsAsync<DuplicateBudgetException>(() => store.CreateAsync(Samples.Disclosure(), Clean, "carol", "上传"));
    }
}
