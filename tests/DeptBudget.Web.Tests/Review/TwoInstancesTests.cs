using DeptBudget.Storage;
using DeptBudget.Web.Review;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static DeptBudget.Web.Tests.Review.DeskTestFiles;

namespace DeptBudget.Web.Tests.Review;

/// <summary>Two instances on one PostgreSQL share the desk's jobs (runs when DEPTBUDGET_TEST_POSTGRES is set).</summary>
public sealed class TwoInstancesTests
{
    private static async Task<WebApplication> StartAsync(string connection, string dir)
    {
        var app = WebApp.Build(new WebAppOptions(null, dir), b =>
        {
            b.Configuration["DeptBudget:ImportSamples"] = "false";
            b.Configuration["DeptBudget:Admin:Password"] = TestApp.Password;
            b.Configuration["ConnectionStrings:Postgres"] = connection;
            // A stopped instance's file is taken over after 5 s rather than 30.
            b.Configuration["DeptBudget:Desk:InvisibilitySeconds"] = "5";
            b.WebHost.UseTestServer();
            b.Logging.SetMinimumLevel(LogLevel.Error);
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<HttpClient> AdminAsync(WebApplication app)
    {
        var client = new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = app.GetTestServer().CreateHandler() })
            { BaseAddress = new Uri("http://localhost") };
        await TestApp.PostFormAsync(client, "/account/login", new() { ["username"] = "admin", ["password"] = TestApp.Password });
        return client;
    }

    [Fact]
    public async Task Two_instances_share_a_batch_each_file_becomes_one_budget_and_none_is_lost_when_one_stops_mid_batch()
    {
        var admin = Environment.GetEnvironmentVariable(TestApp.PostgresVariable);
        if (string.IsNullOrEmpty(admin)) return;   // SQLite is one instance by nature; the PostgreSQL run covers this
        var database = "deptbudget_two_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", conn).ExecuteNonQueryAsync();
        }
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        var dirs = new[] { Path.Combine(Path.GetTempPath(), database + "-a"), Path.Combine(Path.GetTempPath(), database + "-b") };
        try
        {
            await using var a = await StartAsync(connection, dirs[0]);
            var b = await StartAsync(connection, dirs[1]);
            var clientA = await AdminAsync(a);
            // Ten files of ten different units: the five seeds, and each again as JSON of another department.
            var files = new List<(string, byte[])>();
            foreach (var n in new[] { "000", "001", "002", "003", "004" })
            {
                files.Add(Seed(n));
                var d = DeptBudget.Reading.DisclosureReader.ReadFile(SeedFiles.PathOf(n));
                var other = d with { Meta = d.Meta with { Department = d.Meta.Department + "（副本）" },
                    Budget = d.Budget with { Units = [.. d.Budget.Units.Select(u => u.ParentCode is null ? u with { Name = u.Name + "（副本）" } : u)] } };
                files.Add(($"{n}-副本.json", System.Text.Encoding.UTF8.GetBytes(DeptBudget.Model.Json.BudgetJson.Serialize(other))));
            }
            var batchId = await ImportAsync(clientA, [.. files]);
            // Every instance's pages show the same batch.
            var seenByB = System.Text.Json.JsonDocument.Parse(await (await AdminAsync(b)).GetStringAsync($"/api/review/imports/{batchId}")).RootElement;
            Assert.Equal(10, seenByB.GetProperty("total").GetInt32());
            // Stop B as soon as it holds a file (or after a few seconds): its jobs must be finished by A.
            var until = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < until)
            {
                await using var scope = a.Services.CreateAsyncScope();
                var desk = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
                if (await desk.Items.AnyAsync(i => i.BatchId == batchId && i.Worker != null && i.State == ItemState.Reading)) break;
                await Task.Delay(100);
            }
            await b.StopAsync();
            await b.DisposeAsync();

            var batch = await WaitAsync(clientA, batchId, TimeSpan.FromMinutes(4));
            Assert.All(batch.GetProperty("items").EnumerateArray(), i => Assert.Equal("checked", i.GetProperty("state").GetString()));
            await using var s = a.Services.CreateAsyncScope();
            var db = s.ServiceProvider.GetRequiredService<BudgetDbContext>();
            Assert.Equal(10, await db.Budgets.CountAsync());
            var budgetIds = batch.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("budgetId").GetInt32()).ToList();
            Assert.Equal(10, budgetIds.Distinct().Count());
            await a.StopAsync();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", conn).ExecuteNonQueryAsync();
            foreach (var d in dirs) if (Directory.Exists(d)) Directory.Delete(d, recursive: true);
        }
    }
}
