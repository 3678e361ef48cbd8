using System.Net;
using System.Text.RegularExpressions;
using DeptBudget.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace DeptBudget.Web.Tests;

/// <summary>
/// The real application on a fresh database: in memory (TestServer) or on a loopback port (for the
/// browser), on SQLite in a temp directory or on a new PostgreSQL database (DEPTBUDGET_TEST_POSTGRES).
/// </summary>
public sealed partial class TestApp : IAsyncDisposable
{
    public const string PostgresVariable = "DEPTBUDGET_TEST_POSTGRES";
    public const string Password = "Passw0rd-long";

    private readonly string _dir;
    private readonly string? _pgDatabase;
    public WebApplication App { get; }
    public Uri BaseAddress { get; }

    private TestApp(WebApplication app, string dir, string? pgDatabase, Uri baseAddress) =>
        (App, _dir, _pgDatabase, BaseAddress) = (app, dir, pgDatabase, baseAddress);

    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable))) data.Add("postgres");
        return data;
    }

    public static async Task<TestApp> StartAsync(string provider = "sqlite", bool samples = false, bool kestrel = false,
        IDictionary<string, string?>? settings = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "deptbudget-web-" + Guid.NewGuid().ToString("N")[..12]);
        string? pgDatabase = null, pgConnection = null;
        if (provider == "postgres")
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable) ?? throw new InvalidOperationException(PostgresVariable + " not set");
            pgDatabase = "deptbudget_web_" + Guid.NewGuid().ToString("N")[..12];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {pgDatabase}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            pgConnection = new NpgsqlConnectionStringBuilder(admin) { Database = pgDatabase, Pooling = false }.ConnectionString;
        }
        var app = WebApp.Build(new WebAppOptions(kestrel ? "http://127.0.0.1:0" : null, dir), b =>
        {
            b.Configuration["DeptBudget:ImportSamples"] = samples ? "true" : "false";
            b.Configuration["DeptBudget:Admin:Password"] = Password;
            if (pgConnection is not null) b.Configuration["ConnectionStrings:Postgres"] = pgConnection;
            foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) b.Configuration[k] = v;
            if (!kestrel) b.WebHost.UseTestServer();
            b.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var address = kestrel
            ? new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First())
            : new Uri("http://localhost");
        return new TestApp(app, dir, pgDatabase, address);
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client()
    {
        HttpMessageHandler inner = BaseAddress.Host == "localhost" ? App.GetTestServer().CreateHandler() : new SocketsHttpHandler();
        var cookies = new CookieContainerHandler { InnerHandler = inner };
        return new HttpClient(cookies) { BaseAddress = BaseAddress };
    }

    public async Task<AppUser> CreateUserAsync(string name, string role, params string[] departments)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = name, Departments = string.Join('\n', departments) };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>Logs in through the login form (with its anti-forgery token); returns the client.</summary>
    public async Task<HttpClient> LoginAsync(string name, string password = Password)
    {
        var client = Client();
        var answer = await PostFormAsync(client, "/account/login", new() { ["username"] = name, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    /// <summary>GETs the page to take its anti-forgery token, then posts the form to it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl ?? url);
        fields["__RequestVerificationToken"] = Token(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string Token(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no anti-forgery token in page"));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public async Task<T> WithStoreAsync<T>(Func<BudgetStore, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<BudgetStore>());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        if (_pgDatabase is not null)
        {
            await using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
