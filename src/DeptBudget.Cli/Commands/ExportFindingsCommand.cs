using System.CommandLine;
using DeptBudget.Web;
using DeptBudget.Web.Review;
using Microsoft.Extensions.DependencyInjection;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// `deptbudget export-findings [--region R] [--format xlsx|csv] -o OUT [--data DIR]`: the region's findings from
/// the store, as the desk's download: an XLSX with a summary sheet and a 公开情况检查表 per unit, or a CSV.
/// </summary>
internal static class ExportFindingsCommand
{
    public static Command Create()
    {
        var region = new Option<string>("--region") { Description = "the region (西峡县 …); default every region" };
        var format = new Option<string>("--format") { Description = "xlsx (default) or csv", DefaultValueFactory = _ => "xlsx" };
        var output = new Option<FileInfo>("-o", "--output") { Description = "file to write", Required = true };
        var data = new Option<string>("--data") { Description = "directory of the SQLite database (default ./data)" };
        var command = new Command("export-findings", "the findings of a region's budgets as XLSX (summary + a sheet per unit) or CSV") { region, format, output, data };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(region), parse.GetValue(format)!, parse.GetValue(output)!, parse.GetValue(data), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? region, string format, FileInfo output, string? data, CancellationToken ct)
    {
        if (format is not ("xlsx" or "csv")) { Console.Error.WriteLine($"deptbudget export-findings: unknown format {format} (xlsx or csv)"); return 2; }
        await using var app = WebApp.Build(new WebAppOptions(null, data, ["--DeptBudget:ImportSamples=false"]));
        await DirectImport.PrepareAsync(app.Services, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var export = scope.ServiceProvider.GetRequiredService<FindingsExport>();
        var user = DirectImport.CliUser("cli");
        var bytes = format == "csv" ? await export.CsvAsync(user, region, ct) : await export.XlsxAsync(user, region, ct);
        try { await File.WriteAllBytesAsync(output.FullName, bytes, ct); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"deptbudget export-findings: cannot write {output.FullName}: {e.Message}");
            return 2;
        }
        Console.WriteLine($"审核发现 → {output.FullName}（{bytes.Length / 1024} KB）");
        return 0;
    }
}
