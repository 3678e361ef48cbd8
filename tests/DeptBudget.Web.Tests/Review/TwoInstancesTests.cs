using DeptBudget.Storage;
using DeptBudget.Web.Review;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static DeptBudget.Web.Tests.Review.DeskTestFiles;

namespace DeptBudget.Web.Tests.Review;

/// <summary>Two instances on one PostgreSQL share the desk's jobs, and one is killed mid-batch (runs when DEPTBUDGET_TEST_POSTGRES is set).</summary>
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

    /// <summary>
    /// Another instance as its own process (`dotnet DeptBudget.Web.dll`, as `serve` runs it) on the same PostgreSQL,
    /// so that it can be killed (SIGKILL) rather than stopped: no shutdown code runs.
    /// </summary>
    private static async Task<System.Diagnostics.Process> StartProcessAsync(string connection, string dir)
    {
        var port = FreePort();
        var info = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DeptBudget.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment["ConnectionStrings__Postgres"] = connection;
        info.Environment["DeptBudget__ImportSamples"] = "false";
        info.Environment["DeptBudget__Admin__Password"] = TestApp.Password;
        info.Environment["DeptBudget__DataDir"] = dir;
        info.Environment["DeptBudget__Desk__InvisibilitySeconds"] = "5";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = System.Diagnostics.Process.Start(info)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null && output.Count < 200) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null && output.Count < 200) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        // Minutes, not seconds: the machine may be shared with other builds.
        var until = DateTime.UtcNow.AddMinutes(6);
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            try { if ((await http.GetAsync($"http://127.0.0.1:{port}/account/login")).IsSuccessStatusCode) return process; }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250);
        }
        if (!process.HasExited) process.Kill();
        throw new InvalidOperationException($"the second instance did not start (exit {(process.HasExited ? process.ExitCode : -1)}): "
            + string.Join("\n", output.TakeLast(30)));
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Two_instances_share_a_batch_and_when_one_is_killed_mid_batch_each_file_is_processed_once_and_none_is_lost()
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
        System.Diagnostics.Process? b = null;
        try
        {
            await using var a = await StartAsync(connection, dirs[0]);
            b = await StartProcessAsync(connection, dirs[1]);
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
            // Kill B (SIGKILL: no shutdown runs) as soon as it holds a file.
            var workerB = $"{Environment.MachineName}:{b.Id}";
            int? held = null;
            var until = DateTime.UtcNow.AddMinutes(3);
            while (held is null && DateTime.UtcNow < until)
            {
                await using var scope = a.Services.CreateAsyncScope();
                var desk = scope.ServiceProvider.GetRequiredService<DeskDbContext>();
                held = await desk.Items.Where(i => i.BatchId == batchId && i.Worker == workerB && i.State == ItemState.Reading)
                    .Select(i => (int?)i.Id).FirstOrDefaultAsync();
                if (held is null) await Task.Delay(20);
            }
            b.Kill(entireProcessTree: true);
            await b.WaitForExitAsync();
            Assert.True(held is not null, "the second instance never took a file: nothing was killed mid-batch");

            var batch = await WaitAsync(clientA, batchId, TimeSpan.FromMinutes(4));
            Assert.All(batch.GetProperty("items").EnumerateArray(), i => Assert.Equal("checked", i.GetProperty("state").GetString()));
            await using var s = a.Services.CreateAsyncScope();
            var db = s.ServiceProvider.GetRequiredService<BudgetDbContext>();
            // Exactly once: ten budgets, one per file, each saved once (one version, one creation in the audit).
            Assert.Equal(10, await db.Budgets.CountAsync());
            var budgetIds = batch.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("budgetId").GetInt32()).ToList();
            Assert.Equal(10, budgetIds.Distinct().Count());
            Assert.Equal(10, await db.BudgetVersions.CountAsync());
            Assert.Equal(10, await db.Audit.CountAsync(e => e.Action == "create"));
            // The file the killed instance held was finished by the survivor.
            var deskA = s.ServiceProvider.GetRequiredService<DeskDbContext>();
            var item = await deskA.Items.AsNoTracking().FirstAsync(i => i.Id == held);
            Assert.Equal((ItemState.Checked, ImportJob.Worker), (item.State, item.Worker));
            await a.StopAsync();
        }
        finally
        {
            if (b is { HasExited: false }) b.Kill(entireProcessTree: true);
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", conn).ExecuteNonQueryAsync();
            foreach (var d in dirs) if (Directory.Exists(d)) Directory.Delete(d, recursive: true);
        }
    }
}
