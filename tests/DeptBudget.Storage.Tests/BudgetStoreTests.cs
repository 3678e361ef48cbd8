using DeptBudget.Model.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeptBudget.Storage.Tests;

public sealed class BudgetStoreTests
{
    private static readonly Access Reviewer = new("reviewer", true, []);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_saves_version_one_and_an_audit_entry(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        var created = await store.CreateAsync(Samples.Disclosure(), new CheckSummary("[{\"rule\":\"I1\"}]", 1, 0), "alice", "上传");

        var got = await store.GetAsync(created.Id, Reviewer);
        Assert.NotNull(got);
        Assert.Equal(("测试县医疗保障局", 2024, BudgetStatus.Draft, 1, 1, 1), (got.Department, got.Year, got.Status, got.ErrorCount, got.CurrentVersion, got.Revision));
        Assert.Equal(100m, BudgetJson.Deserialize(got.Json).Budget.Revenue[0].Amount);
        var versions = await store.VersionsAsync(created.Id);
        Assert.Equal(1, Assert.Single(versions).Number);
        var audit = Assert.Single(await store.AuditAsync(created.Id));
        Assert.Equal(("alice", "create"), (audit.User, audit.Action));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Update_keeps_every_version_and_records_before_and_after(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        var created = await store.CreateAsync(Samples.Disclosure(amount: 100m), CheckSummary.None, "alice", "上传");

        var updated = await store.UpdateAsync(created.Id, created.Revision, Samples.Disclosure(amount: 123.45m), CheckSummary.None, "bob", "修改收入");

        Assert.Equal((2, 2), (updated.CurrentVersion, updated.Revision));
        var versions = await store.VersionsAsync(created.Id);
        Assert.Equal([2, 1], versions.Select(v => v.Number));
        Assert.Equal(100m, BudgetJson.Deserialize(versions[1].Json).Budget.Revenue[0].Amount);
        Assert.Equal(123.45m, BudgetJson.Deserialize(versions[0].Json).Budget.Revenue[0].Amount);
        var edit = (await store.AuditAsync(created.Id)).First();
        Assert.Equal(("bob", "edit"), (edit.User, edit.Action));
        Assert.Contains("$.disclosure.budget.revenue[0].amount", edit.Before);
        Assert.Contains("100", edit.Before);
        Assert.Contains("123.45", edit.After);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Second_writer_with_a_stale_revision_is_refused_and_nothing_is_lost(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        int id, revision;
        await using (var s = db.Scope())
        {
            var created = await s.ServiceProvider.GetRequiredService<BudgetStore>().CreateAsync(Samples.Disclosure(), CheckSummary.None, "alice", "上传");
            (id, revision) = (created.Id, created.Revision);
        }
        // Two writers opened the same revision; the first saves, the second is told.
        await using (var first = db.Scope())
            await first.ServiceProvider.GetRequiredService<BudgetStore>().UpdateAsync(id, revision, Samples.Disclosure(amount: 1m), CheckSummary.None, "first", "改");
        await using (var second = db.Scope())
        {
            var e = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
                second.ServiceProvider.GetRequiredService<BudgetStore>().UpdateAsync(id, revision, Samples.Disclosure(amount: 2m), CheckSummary.None, "second", "改"));
            Assert.Contains("first", e.Message);
        }
        await using var check = db.Scope();
        var store = check.ServiceProvider.GetRequiredService<BudgetStore>();
        Assert.Equal(1m, BudgetJson.Deserialize((await store.GetAsync(id, Reviewer))!.Json).Budget.Revenue[0].Amount);
        Assert.Equal(2, (await store.VersionsAsync(id)).Count);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Racing_writers_that_passed_the_revision_check_are_stopped_by_the_concurrency_token(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var a = db.Scope();
        await using var b = db.Scope();
        var created = await a.ServiceProvider.GetRequiredService<BudgetStore>().CreateAsync(Samples.Disclosure(), CheckSummary.None, "alice", "上传");
        var ctxA = a.ServiceProvider.GetRequiredService<BudgetDbContext>();
        var ctxB = b.ServiceProvider.GetRequiredService<BudgetDbContext>();
        var rowA = await ctxA.Budgets.SingleAsync(x => x.Id == created.Id);
        var rowB = await ctxB.Budgets.SingleAsync(x => x.Id == created.Id);
        rowA.UnitName = "A"; rowA.Revision++;
        rowB.UnitName = "B"; rowB.Revision++;
        await ctxA.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => ctxB.SaveChangesAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Workflow_goes_draft_submitted_approved_published_and_refuses_shortcuts(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        var b = await store.CreateAsync(Samples.Disclosure(), CheckSummary.None, "alice", "上传");

        await Assert.ThrowsAsync<WorkflowException>(() => store.MoveAsync(b.Id, b.Revision, BudgetStatus.Published, "alice", null));
        b = await store.MoveAsync(b.Id, b.Revision, BudgetStatus.Submitted, "alice", "请审核");
        await Assert.ThrowsAsync<WorkflowException>(() => store.UpdateAsync(b.Id, b.Revision, Samples.Disclosure(amount: 5m), CheckSummary.None, "alice", "改"));
        b = await store.MoveAsync(b.Id, b.Revision, BudgetStatus.Approved, "rita", null);
        b = await store.MoveAsync(b.Id, b.Revision, BudgetStatus.Published, "rita", null);

        Assert.Equal(BudgetStatus.Published, (await store.GetAsync(b.Id, Access.Public))!.Status);
        var moves = (await store.AuditAsync(b.Id)).Where(x => x.Action == "status").Select(x => x.Summary).Reverse().ToList();
        Assert.Equal(["草稿 → 已提交：请审核", "已提交 → 已审核", "已审核 → 已公开"], moves);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Drafts_are_seen_by_their_preparers_and_reviewers_only(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var store = scope.ServiceProvider.GetRequiredService<BudgetStore>();
        var draft = await store.CreateAsync(Samples.Disclosure("甲县医疗保障局"), CheckSummary.None, "alice", "上传");
        await store.CreateAsync(Samples.Disclosure("乙县医疗保障局"), CheckSummary.None, "seed", "示例", BudgetStatus.Published);
        var preparer = new Access("alice", false, ["甲县医疗保障局"]);
        var other = new Access("bob", false, ["丙县医疗保障局"]);

        Assert.Equal(["乙县医疗保障局"], (await store.ListAsync(Access.Public, new())).Select(x => x.Department));
        Assert.Equal(["乙县医疗保障局"], (await store.ListAsync(other, new())).Select(x => x.Department));
        Assert.Equal(2, (await store.ListAsync(preparer, new())).Count);
        Assert.Equal(2, (await store.ListAsync(Reviewer, new())).Count);
        Assert.Single(await store.ListAsync(Reviewer, new(Status: BudgetStatus.Draft)));
        Assert.Null(await store.GetAsync(draft.Id, Access.Public));
        Assert.Null(await store.GetAsync(draft.Id, other));
        Assert.NotNull(await store.GetAsync(draft.Id, preparer));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_model_has_no_changes_that_a_migration_does_not_cover(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var ctx = scope.ServiceProvider.GetRequiredService<BudgetDbContext>();
        Assert.False(ctx.Database.HasPendingModelChanges());
        Assert.Empty(await ctx.Database.GetPendingMigrationsAsync());
        Assert.True(ctx.Model.FindEntityType(typeof(BudgetRecord))!.FindProperty(nameof(BudgetRecord.Revision))!.IsConcurrencyToken);
    }
}
