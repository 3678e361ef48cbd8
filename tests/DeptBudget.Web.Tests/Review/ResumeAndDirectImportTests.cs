using System.Text;
using Microsoft.EntityFrameworkCore;
using DeptBudget.Storage;
using DeptBudget.Web.Review;
using Microsoft.AspNetCore.TestHost;
using static DeptBudget.Web.Tests.Review.DeskTestFiles;

namespace DeptBudget.Web.Tests.Review;

/// <summary>Jobs outlive the instance that queued them; `deptbudget import DIR` writes into the same store.</summary>
public sealed class ResumeAndDirectImportTests
{
    private static async Task<WebApplication> StartAsync(string dir, bool runJobs)
    {
        var app = WebApp.Build(new WebAppOptions(null, dir), b =>
        {
            b.Configuration["DeptBudget:ImportSamples"] = "false";
            b.Configuration["DeptBudget:Admin:Password"] = TestApp.Password;
            b.Configuration["DeptBudget:Desk:RunJobs"] = runJobs ? "true" : "false";
            b.WebHost.UseTestServer();
            b.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpClient> AdminAsync(WebApplication app)
    {
        var client = new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = app.GetTestServer().CreateHandler() })
            { BaseAddress = new Uri("http://localhost") };
        var answer = await TestApp.PostFormAsync(client, "/account/login", new() { ["username"] = "admin", ["password"] = TestApp.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    [Fact]
    public async Task Files_queued_by_an_instance_that_stopped_are_imported_when_the_next_instance_starts_on_the_same_data()
    {
        var dir = Path.Combine(Path.GetTempPath(), "deptbudget-desk-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            int batchId;
            await using (var first = await StartAsync(dir, runJobs: false))
            {
                var admin = await AdminAsync(first);
                batchId = await ImportAsync(admin, Seed("001"), Seed("004"));
                await Task.Delay(1500);
                var queued = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync($"/api/review/imports/{batchId}")).RootElement;
                Assert.All(queued.GetProperty("items").EnumerateArray(), i => Assert.Equal("queued", i.GetProperty("state").GetString()));
                await first.StopAsync();
            }
            await using var second = await StartAsync(dir, runJobs: true);
            var batch = await WaitAsync(await AdminAsync(second), batchId);
            Assert.All(batch.GetProperty("items").EnumerateArray(), i => Assert.Equal("checked", i.GetProperty("state").GetString()));
            await using var scope = second.Services.CreateAsyncScope();
            Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<BudgetStore>().CountAsync());
            await second.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_batch_whose_grouping_died_with_its_instance_is_grouped_when_the_job_runs_again_on_a_live_one()
    {
        var dir = Path.Combine(Path.GetTempPath(), "deptbudget-desk-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await using var app = await StartAsync(dir, runJobs: false);
            var batchId = await ImportAsync(await AdminAsync(app), Seed("001"), Seed("004"));
            await using var scope = app.Services.CreateAsyncScope();
            var desk = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
            // Every file identified and saved; the grouping that follows was undone by the instance's death.
            var items = await desk.Items.Where(i => i.BatchId == batchId).OrderBy(i => i.Id).ToListAsync();
            foreach (var item in items) ImportJob.Identified(item, Importer.Identify(item.Content!, item.FileName, 50 * 1024 * 1024));
            await desk.SaveChangesAsync();
            Assert.False(await desk.Batches.Where(b => b.Id == batchId).Select(b => b.Grouped).SingleAsync());

            // Hangfire runs the dead server's job again on a live instance.
            await scope.ServiceProvider.GetRequiredService<ImportJob>().RunAsync(items[^1].Id, "admin", null, CancellationToken.None);

            desk.ChangeTracker.Clear();
            Assert.True(await desk.Batches.Where(b => b.Id == batchId).Select(b => b.Grouped).SingleAsync());
            var after = await desk.Items.Where(i => i.BatchId == batchId).ToListAsync();
            Assert.All(after, i => Assert.Equal(ItemState.Queued, i.State));
            Assert.All(after, i => Assert.NotNull(i.LeadItemId));   // two seeds of two departments: each its own lead
            Assert.Equal(2, after.Select(i => i.LeadItemId).Distinct().Count());
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_folder_imported_from_the_command_line_becomes_submitted_budgets_and_a_batch_the_desk_shows()
    {
        await using var app = await TestApp.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "deptbudget-folder-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(folder, "西峡"));
        try
        {
            File.Copy(SeedFiles.PathOf("001"), Path.Combine(folder, "西峡", "001.txt"));
            File.Copy(SeedFiles.PathOf("003"), Path.Combine(folder, "003.txt"));
            File.WriteAllBytes(Path.Combine(folder, "坏.pdf"), Encoding.ASCII.GetBytes("%PDF-1.7\nnot really a pdf"));
            File.WriteAllText(Path.Combine(folder, "忽略.png"), "not a document");
            var (batchId, items) = await DirectImport.RunAsync(app.App.Services, DirectImport.FilesUnder(folder), "cli", 2, null, CancellationToken.None);
            Assert.Equal(3, items.Count);
            var byName = items.ToDictionary(i => i.FileName);
            Assert.Equal(ItemState.Checked, byName[Path.Combine("西峡", "001.txt")].State);
            Assert.Equal(ItemState.Checked, byName["003.txt"].State);
            Assert.Equal(ItemState.Failed, byName["坏.pdf"].State);
            Assert.StartsWith("PDF 已损坏", byName["坏.pdf"].Reason);
            var record = await app.WithStoreAsync(s => s.GetAsync(byName["003.txt"].BudgetId!.Value, new Access("t", true, [])));
            Assert.Equal(BudgetStatus.Submitted, record!.Status);
            Assert.Equal(SeedFiles.Department("003"), record.Department);

            var admin = await app.LoginAsync("admin");
            Assert.Contains("坏.pdf", await admin.GetStringAsync($"/review/import/{batchId}"));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
