using System.CommandLine;
using DeptBudget.Web;
using DeptBudget.Web.Review;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// `deptbudget import DIR [--data DIR]`: every document under DIR (zips expanded) read, checked and saved as a
/// budget awaiting review (已提交) in the store `serve` uses (SQLite under --data, or PostgreSQL with
/// ConnectionStrings__Postgres). Prints each file's outcome; exit 0 all imported, 1 some failed, 2 nothing to import.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "folder of disclosures as the departments sent them (PDF, DOCX, XLSX, text, JSON, zip)" };
        var data = new Option<string>("--data") { Description = "directory of the SQLite database (default ./data)" };
        var user = new Option<string>("--user") { Description = "name recorded as the importer (default cli)", DefaultValueFactory = _ => "cli" };
        var command = new Command("import", "import a folder of disclosures into the store as budgets awaiting review") { dir, data, user };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(dir)!, parse.GetValue(data), parse.GetValue(user)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo dir, string? data, string user, CancellationToken ct)
    {
        if (!dir.Exists) { Console.Error.WriteLine($"deptbudget import: folder not found: {dir.FullName}"); return 2; }
        var files = DirectImport.FilesUnder(dir.FullName);
        if (files.Count == 0) { Console.Error.WriteLine($"deptbudget import: no documents under {dir.FullName}"); return 2; }
        await using var app = WebApp.Build(new WebAppOptions(null, data, ["--DeptBudget:ImportSamples=false"]));
        await DirectImport.PrepareAsync(app.Services, ct);
        var started = DateTime.UtcNow;
        var gate = new object();
        var (batchId, items) = await DirectImport.RunAsync(app.Services, files, user, Environment.ProcessorCount, item =>
        {
            lock (gate)
                Console.WriteLine(item.State == ItemState.Checked
                    ? $"已审核  {item.FileName} → 第 {item.BudgetId} 号预算（{item.Department} {item.Year}），错误 {item.Errors}，提示 {item.Warnings}"
                    : $"失败    {item.FileName}：{item.Reason}");
        }, ct);
        var ok = items.Count(i => i.State == ItemState.Checked);
        Console.WriteLine($"第 {batchId} 批：{items.Count} 个文件，导入 {ok} 个，失败 {items.Count - ok} 个，用时 {(DateTime.UtcNow - started).TotalSeconds:0.0} 秒");
        return ok == items.Count ? 0 : ok == 0 ? 2 : 1;
    }
}
