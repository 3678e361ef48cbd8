using DeptBudget.Storage;
using DeptBudget.Web.Api;
using DeptBudget.Web.Review;
using DeptBudget.Web.Security;
using DeptBudget.Web.Services;
using DeptBudget.Web.Services.Workers;

namespace DeptBudget.Web;

/// <summary>The web application: pages, REST API and workflow. `deptbudget serve` calls <see cref="RunAsync"/>.</summary>
public static class WebApp
{
    public static async Task<int> RunAsync(WebAppOptions options)
    {
        WebApplication app;
        try
        {
            app = Build(options);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException)
        {
            Console.Error.WriteLine($"deptbudget serve: {e.Message}");
            return 2;
        }
        // Read before the start: a host that failed to start is disposed, and asking it for its addresses then threw
        // instead of saying which address was taken.
        var urls = app.Configuration["urls"] ?? options.Urls ?? WebAppOptions.DefaultUrls;
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e)
        {
            var why = e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
                ? "地址已被占用（该端口上已有程序在监听；停止它，或用 --urls 换一个端口）"
                : e.Message;
            Console.Error.WriteLine($"deptbudget serve: 无法在 {urls} 上监听：{why}");
            return 1;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"deptbudget serve: cannot start: {e.Message}");
            return 1;
        }
    }

    /// <summary>Builds the application; <paramref name="configure"/> lets tests adjust configuration and services.</summary>
    public static WebApplication Build(WebAppOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = options.Args ?? [],
            // Razor pages and assets live in this assembly even when the CLI is the entry point.
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        if (options.DataDir is not null) builder.Configuration[$"{DeptBudgetSettings.Section}:DataDir"] = options.DataDir;
        builder.WebHost.UseUrls(options.Urls ?? builder.Configuration["urls"] ?? WebAppOptions.DefaultUrls);
        var worker = $"{DeptBudgetSettings.Section}:Limits:ReadWorker";
        if (options.ReadWorker is not null && string.IsNullOrEmpty(builder.Configuration[worker])) builder.Configuration[worker] = options.ReadWorker;
        configure?.Invoke(builder);
        ConfigureServices(builder);
        var app = builder.Build();
        // The warm read workers start with the server, not with its first upload.
        _ = app.Services.GetRequiredService<IUploadReader>();
        ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(DeptBudgetSettings.Section).Get<DeptBudgetSettings>() ?? new();
        var dataDir = Path.GetFullPath(settings.DataDir, builder.Environment.ContentRootPath);
        settings.DataDir = dataDir;
        builder.Services.AddSingleton(settings);
        var postgres = builder.Configuration.GetConnectionString("Postgres");
        var storage = string.IsNullOrWhiteSpace(postgres)
            ? StorageOptions.Sqlite(Path.Combine(dataDir, "deptbudget.db"))
            : StorageOptions.Postgres(postgres);
        builder.Services.AddStorage(storage);
        builder.Services.AddDeptBudgetSecurity(settings, dataDir);
        builder.Services.AddDeptBudgetServices();
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AuthorizePage("/Upload");
            o.Conventions.AuthorizePage("/Budgets/Edit");
            o.Conventions.AuthorizePage("/Budgets/History");
        });
        // Per-request framework logs cost a console write each; a server under load logs warnings only.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Migrations", LogLevel.Warning);
        // Chinese text is written as is; <, >, &, quotes are still encoded everywhere.
        builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "DeptBudget API — 部门预算公开";
                doc.Info.Description = "Read, check and render disclosures; budgets with workflow. Errors are RFC 7807 problem details. 交互式文档：/api-docs";
                return Task.CompletedTask;
            });
            OpenApiSecurity.Describe(o);
        });
        builder.Services.AddHostedService<StartupInitializer>();
        // The reviewer's desk (issue 16): batch import jobs, region overview, findings exports. After the initializer: its tables need the migrated database.
        builder.Services.AddDesk(builder.Configuration, storage, dataDir);
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler();
        // Pages get a Chinese error page; the API answers problem details.
        static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/openapi");
        app.UseWhen(c => !IsApi(c), b => b.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(IsApi, b => b.UseStatusCodePages());
        app.UseUploadLimit(app.Services.GetRequiredService<DeptBudgetSettings>());
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseRefuseBadCredentials();
        app.UseApiGuards(app.Services.GetRequiredService<DeptBudgetSettings>());
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAssets();
        app.MapOpenApi("/openapi/v1.json");
        app.MapToolsApi();
        app.MapBudgetsApi();
        app.MapPlacesApi();
        app.MapReviewApi();
        app.MapOriginalFiles();
        app.MapRazorPages();
    }
}
