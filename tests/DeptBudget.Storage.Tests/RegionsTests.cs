using Microsoft.Extensions.DependencyInjection;

namespace DeptBudget.Storage.Tests;

public sealed class RegionsTests
{
    [Theory]
    [InlineData("西峡县医疗保障局", "西峡县")]            // seed 001
    [InlineData("开封市龙亭区医疗保障局", "龙亭区")]      // seed 000: the district, not the city
    [InlineData("洛龙区医疗保障局", "洛龙区")]            // seed 002
    [InlineData("兰山区医疗保障局机关", "兰山区")]        // seed 003
    [InlineData("滑县医疗保障局", "滑县")]                // seed 004: a one-character county
    [InlineData("郑州市市场监督管理局", "郑州市")]        // a city department: 市场 is not a district
    [InlineData("河南省财政厅", null)]
    [InlineData("", null)]
    public void The_region_is_the_place_name_the_department_starts_with(string department, string? region) =>
        Assert.Equal(region, Regions.FromDepartment(department));

    private static readonly Access Xixia = new("rx", true, [], "西峡县");
    private static readonly Access Everywhere = new("ra", true, []);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reviewer_of_a_region_sees_the_drafts_of_that_region_and_the_published_elsewhere(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        var xixia = await store.CreateAsync(Samples.Disclosure("西峡县医疗保障局"), CheckSummary.None, "p", "上传");
        var huaxian = await store.CreateAsync(Samples.Disclosure("滑县医疗保障局"), CheckSummary.None, "p", "上传");
        var published = await store.CreateAsync(Samples.Disclosure("洛龙区医疗保障局"), CheckSummary.None, "seed", "示例", BudgetStatus.Published);

        Assert.Equal(("西峡县", "滑县", "洛龙区"), (xixia.Region, huaxian.Region, published.Region));
        Assert.Equal(new[] { xixia.Id, published.Id }.Order(), (await store.ListAsync(Xixia, new())).Select(b => b.Id).Order());
        Assert.NotNull(await store.GetAsync(xixia.Id, Xixia));
        Assert.Null(await store.GetAsync(huaxian.Id, Xixia));
        Assert.Equal(3, (await store.ListAsync(Everywhere, new())).Count);
        Assert.Equal([huaxian.Id], (await store.ListAsync(Everywhere, new(Region: "滑县"))).Select(b => b.Id));
        Assert.Equal(["洛龙区", "滑县", "西峡县"], await store.RegionsAsync(Everywhere));
        Assert.Equal(["洛龙区", "西峡县"], await store.RegionsAsync(Xixia));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_admin_sets_a_region_by_hand_and_it_is_kept_through_edits(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        var b = await store.CreateAsync(Samples.Disclosure("河南省医疗保障局"), CheckSummary.None, "p", "上传");
        Assert.Null(b.Region);
        Assert.Empty(await store.ListAsync(Xixia, new(Status: BudgetStatus.Draft)));

        b = await store.SetRegionAsync(b.Id, b.Revision, " 西峡县 ", "admin");
        Assert.Equal(("西峡县", 2), (b.Region, b.Revision));
        var audit = (await store.AuditAsync(b.Id)).First();
        Assert.Equal(("admin", "region"), (audit.User, audit.Action));
        Assert.Contains("西峡县", audit.Summary);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SetRegionAsync(b.Id, 1, "滑县", "admin"));

        b = await store.UpdateAsync(b.Id, b.Revision, Samples.Disclosure("河南省医疗保障局", amount: 5m), CheckSummary.None, "p", "改");
        Assert.Equal("西峡县", (await store.GetAsync(b.Id, Xixia))!.Region);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Budgets_saved_before_regions_existed_get_the_region_of_their_department(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        var b = await store.CreateAsync(Samples.Disclosure("滑县医疗保障局"), CheckSummary.None, "p", "上传");
        var ctx = scope.ServiceProvider.GetRequiredService<BudgetDbContext>();
        var row = await ctx.Budgets.FindAsync(b.Id);
        row!.Region = null;
        await ctx.SaveChangesAsync();
        ctx.ChangeTracker.Clear();

        Assert.Equal(1, await store.FillMissingRegionsAsync());
        var after = await store.GetAsync(b.Id, Everywhere);
        Assert.Equal(("滑县", b.Revision), (after!.Region, after.Revision));
    }
}
