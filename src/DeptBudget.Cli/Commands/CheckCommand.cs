using System.CommandLine;
using System.Text;
using DeptBudget.Checks;
using DeptBudget.Checks.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// check FILE… [--format text|json|html] [-o OUT]: every problem of one disclosure, grouped by table and narrative
/// section; exit 0 no error, 1 errors, 2 input unusable. check --batch DIR [-o summary.csv]: a whole folder.
/// </summary>
internal static class CheckCommand
{
    /// <summary>The checker as AddChecks() registers it, built once per process (the web uses the same registration).</summary>
    public static Checker Checker => Services.Value.GetRequiredService<Checker>();

    private static readonly Lazy<ServiceProvider> Services = new(() => new ServiceCollection().AddChecks().BuildServiceProvider());

    public static Command Create()
    {
        var file = new Argument<FileInfo[]>("file") { Description = "A disclosure (.txt/.pdf/.docx/.xlsx), the files of one, or a budget JSON", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "text, json, html, or checklist (the 公开情况检查表 workbook, with -o FILE.xlsx)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html", "checklist");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report (or, with --batch, the summary CSV) here" };
        var batch = new Option<DirectoryInfo?>("--batch") { Description = "Check every document under this folder, in parallel" };
        var command = new Command("check", "检查公开文件 — report every problem of a disclosure") { file, format, output, batch };
        command.Validators.Add(r =>
        {
            var hasFile = r.GetValue(file) is { Length: > 0 };
            var hasBatch = r.GetValue(batch) is not null;
            if (hasFile == hasBatch) r.AddError("give either a FILE or --batch DIR");
            if (r.GetValue(format) == "checklist" && r.GetValue(output) is null) r.AddError("--format checklist writes a workbook: give -o FORM.xlsx");
        });
        command.SetAction(parse => parse.GetValue(batch) is { } dir
            ? parse.GetValue(format) == "checklist" ? CheckBatch.RunChecklist(dir, parse.GetValue(output)!) : CheckBatch.Run(dir, parse.GetValue(output))
            : Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(FileInfo[] files, string format, FileInfo? output)
    {
        if (files.FirstOrDefault(f => !f.Exists) is { } absent) { Console.Error.WriteLine($"deptbudget: file not found: {absent.FullName}"); return ExitCodes.Unusable; }
        if (!CliInput.TryRead(files, out var disclosure)) return ExitCodes.Unusable;
        var file = files[0];
        var report = Checker.Check(disclosure);
        // The checklist and the HTML report show each PDF finding's place on its page (one PDF file: its pages are the places').
        var pictures = format is "checklist" or "html" && files.Length == 1 ? CheckBatch.Pictures(report, file.FullName) : null;
        if (format == "checklist") return CheckBatch.WriteChecklist([ChecklistForm.Of(report, pictures)], output!) ?? report.ExitCode;
        var text = format switch
        {
            "json" => JsonReport.Write(report.Findings),
            "html" => HtmlReport.Write(report, pictures),
            _ => TextReport.Write(report),
        };
        if (output is null) Console.Out.Write(text);
        else
        {
            try { File.WriteAllText(output.FullName, text, new UTF8Encoding(false)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"deptbudget: cannot write {output.FullName}: {e.Message}");
                return ExitCodes.Unusable;
            }
            Console.Error.WriteLine($"{file.Name}: 错误 {report.Errors}，警告 {report.Warnings}，提示 {report.Infos} → {output.FullName}");
        }
        return report.ExitCode;
    }
}
