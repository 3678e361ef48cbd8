using System.Security.Cryptography;
using DeptBudget.Model.Json;
using DeptBudget.Reading;
using DeptBudget.Storage;
using Microsoft.AspNetCore.Identity;

namespace DeptBudget.Web.Services;

/// <summary>
/// On start: creates and migrates the database, the roles and the first admin (password from
/// configuration, or generated and printed once), and imports the seed disclosures not imported
/// yet as published demo budgets (a seed the reader cannot read yet is tried again on the next start).
/// </summary>
public sealed class StartupInitializer(IServiceProvider services, DeptBudgetSettings settings, ILogger<StartupInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await sp.GetRequiredService<BudgetDbContext>().MigrateAsync(ct);
        await EnsureRolesAndAdminAsync(sp);
        await sp.GetRequiredService<BudgetStore>().FillMissingRegionsAsync(ct);
        if (settings.ImportSamples) await ImportSamplesAsync(sp, ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private async Task EnsureRolesAndAdminAsync(IServiceProvider sp)
    {
        var roles = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var r in Roles.All)
            if (!await roles.RoleExistsAsync(r)) Check(await roles.CreateAsync(new IdentityRole(r)), "role " + r);
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0) return;
        var name = string.IsNullOrWhiteSpace(settings.Admin.UserName) ? "admin" : settings.Admin.UserName.Trim();
        var generated = string.IsNullOrEmpty(settings.Admin.Password);
        var password = generated ? NewPassword() : settings.Admin.Password!;
        var admin = await users.FindByNameAsync(name);
        if (admin is null)
        {
            admin = new AppUser { UserName = name, DisplayName = "管理员" };
            Check(await users.CreateAsync(admin, password), "admin user");
        }
        Check(await users.AddToRoleAsync(admin, Roles.Admin), "admin role");
        if (generated)
            Console.WriteLine($"deptbudget: 已创建管理员账号 {name}，初始密码 {password}（只显示这一次，请登录后修改）");
        else
            log.LogInformation("Admin account {Name} created from configuration", name);
    }

    private async Task ImportSamplesAsync(IServiceProvider sp, CancellationToken ct)
    {
        var store = sp.GetRequiredService<BudgetStore>();
        var dir = SamplesDirectory(settings);
        if (dir is null) { log.LogWarning("No samples directory found; the database starts empty"); return; }
        var checks = sp.GetRequiredService<CheckService>();
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var note = $"导入示例 {Path.GetFileName(file)}";
            if (await store.HasVersionNoteAsync(note, ct)) continue;
            try
            {
                var disclosure = DisclosureReader.ReadFile(file);
                var (_, summary) = checks.CheckAndSummarise(disclosure);
                var record = await store.CreateAsync(disclosure, summary, "system", note, BudgetStatus.Published, ct);
                // The public page links to the file as published.
                await sp.GetRequiredService<OriginalFiles>().SaveAsync(record.Id, [(Path.GetFileName(file), await File.ReadAllBytesAsync(file, ct))], ct);
            }
            catch (Exception e) when (e is ReadException or NotImplementedException or BudgetJsonException or IOException)
            {
                log.LogWarning("Sample {File} not imported: {Reason}", Path.GetFileName(file), e.Message);
            }
        }
    }

    /// <summary>The seed disclosures: the setting, else samples/ of DEPTBUDGET_ROOT, of the checkout above the program, or of the working directory.</summary>
    internal static string? SamplesDirectory(DeptBudgetSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.SamplesDir)) return Directory.Exists(settings.SamplesDir) ? settings.SamplesDir : null;
        var root = Environment.GetEnvironmentVariable("DEPTBUDGET_ROOT");
        if (!string.IsNullOrEmpty(root) && Directory.Exists(Path.Combine(root, "samples"))) return Path.Combine(root, "samples");
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "samples")) && File.Exists(Path.Combine(d.FullName, "DeptBudget.slnx")))
                return Path.Combine(d.FullName, "samples");
        var cwd = Path.Combine(Directory.GetCurrentDirectory(), "samples");
        return Directory.Exists(cwd) ? cwd : null;
    }

    // 16 random characters with at least one digit, one lower and one upper case letter.
    private static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 13)
        + RandomNumberGenerator.GetString("23456789", 1) + RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz", 1)
        + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 1);

    private static void Check(IdentityResult r, string what)
    {
        if (!r.Succeeded) throw new InvalidOperationException($"cannot create {what}: " + string.Join("; ", r.Errors.Select(e => e.Description)));
    }
}
