using System.Text;
using DeptBudget.Checks;
using DeptBudget.Checks.Batch;
using DeptBudget.Checks.Reports;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Reading;
using Spectre.Console;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// check --batch DIR: reads and checks every document under DIR in parallel with a progress bar, keeping only
/// counts per file, then prints the summary by rule and the worst files, and writes a CSV when asked. One
/// unreadable file is a row of the summary, not a stop; an unreadable sub-folder is skipped.
/// </summary>
internal static class CheckBatch
{
    private static readonly string[] Extensions = [".txt", ".pdf", ".docx", ".xlsx", ".json"];

    public static int Run(DirectoryInfo dir, FileInfo? csv)
    {
        if (!dir.Exists) { Console.Error.WriteLine($"deptbudget: folder not found: {dir.FullName}"); return ExitCodes.Unusable; }
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        var files = dir.EnumerateFiles("*", options)
            .Where(f => Extensions.Contains(f.Extension.ToLowerInvariant())).OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
        if (files.Count == 0) { Console.Error.WriteLine($"deptbudget: no documents under {dir.FullName}"); return ExitCodes.Unusable; }

        var checker = CheckCommand.Checker;
        List<FileResult> results = [];
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var sort = ctx.AddTask($"识别 {files.Count} 个文件", maxValue: files.Count);
                // The files of one disclosure (explanation + tables, targets apart) are checked as one.
                var groups = BatchGroups.Of(files, dir, Environment.ProcessorCount, () => sort.Increment(1)).ToDictionary(g => g.Key);
                var task = ctx.AddTask($"检查 {groups.Count} 份公开", maxValue: groups.Count);
                results = BatchCheck.Run(groups.Values.Select(g => (g.Key, g.Name)).ToList(), key => BatchGroups.Read(groups[key]), checker,
                    IsUnusable, Environment.ProcessorCount, () => task.Increment(1));
            });

        var summary = new BatchSummary(results, checker.Rules);
        Print(summary);
        if (csv is not null)
        {
            try { File.WriteAllText(csv.FullName, summary.Csv(), new UTF8Encoding(true)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"deptbudget: cannot write {csv.FullName}: {e.Message}");
                return ExitCodes.Unusable;
            }
            AnsiConsole.MarkupLine($"summary → [blue]{Markup.Escape(csv.FullName)}[/]");
        }
        return results.Any(r => r.Status != FileStatus.Ok || r.Errors > 0) ? ExitCodes.Errors : ExitCodes.Clean;
    }

    /// <summary>
    /// check --batch DIR --format checklist -o FORM.xlsx: one workbook, a 汇总 sheet and a 检查表 per document, read
    /// one at a time (each form is small; the documents are not kept). An unreadable file is a line of the summary.
    /// </summary>
    public static int RunChecklist(DirectoryInfo dir, FileInfo output)
    {
        if (!dir.Exists) { Console.Error.WriteLine($"deptbudget: folder not found: {dir.FullName}"); return ExitCodes.Unusable; }
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        var files = dir.EnumerateFiles("*", options).Where(f => Extensions.Contains(f.Extension.ToLowerInvariant()))
            .OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
        if (files.Count == 0) { Console.Error.WriteLine($"deptbudget: no documents under {dir.FullName}"); return ExitCodes.Unusable; }
        var forms = new List<ChecklistForm>();
        var errors = false;
        foreach (var f in files)
        {
            var name = Path.GetRelativePath(dir.FullName, f.FullName);
            try
            {
                var report = CheckCommand.Checker.Check(Read(f.FullName)) with { Source = name };
                errors |= report.Errors > 0;
                forms.Add(ChecklistForm.Of(report, Pictures(report, f.FullName)));
            }
            catch (Exception e) when (IsUnusable(e))
            {
                errors = true;
                forms.Add(new ChecklistForm(name, "", 0, [new ChecklistRow("内容规范性", "文件", false, $"无法读取：{e.Message}", "")]));
            }
            Console.Error.WriteLine($"{name}: 检查表完成");
        }
        return WriteChecklist(forms, output) ?? (errors ? ExitCodes.Errors : ExitCodes.Clean);
    }

    /// <summary>
    /// The pictures of a checked PDF's places (pages by pdftoppm, bounded in time); none for other files. Why there are
    /// none where there should be (pdftoppm missing, a page that overran) is said on stderr and in the report.
    /// </summary>
    public static Checks.Pictures.FindingPictures? Pictures(CheckReport report, string path)
    {
        if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || !report.Findings.Any(f => f.Location.Place is not null)) return null;
        var pictures = Checks.Pictures.FindingPictures.Of(report, File.ReadAllBytes(path), Checks.Pictures.PageRenderer.Shared);
        if (pictures.Note is not null) Console.Error.WriteLine($"{Path.GetFileName(path)}: {pictures.Note}");
        return pictures;
    }

    /// <summary>Writes the workbook; null when written, the exit code when it could not be.</summary>
    public static int? WriteChecklist(IReadOnlyList<ChecklistForm> forms, FileInfo output)
    {
        try
        {
            using (var stream = File.Create(output.FullName)) ChecklistXlsx.Write(stream, forms);
            Console.Error.WriteLine($"公开情况检查表：{forms.Count} 个文档 → {output.FullName}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"deptbudget: cannot write {output.FullName}: {e.Message}");
            return ExitCodes.Unusable;
        }
    }

    public static Disclosure Read(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? BudgetJson.Load(path) : DisclosureReader.ReadFile(path);

    /// <summary>The input's fault (empty, binary, malformed, unreadable), as opposed to a failure of the program.</summary>
    public static bool IsUnusable(Exception e) =>
        e is ReadException or BudgetJsonException or IOException or UnauthorizedAccessException or NotImplementedException or InvalidDataException;

    private static void Print(BatchSummary summary)
    {
        var all = summary.Files;
        var ok = all.Count(r => r.Status == FileStatus.Ok);
        AnsiConsole.MarkupLine($"文件 {all.Count}：可读 {ok}，无法读取 {all.Count - ok}；错误 {all.Sum(r => r.Errors)}，警告 {all.Sum(r => r.Warnings)}");
        var byRule = new Spectre.Console.Table().AddColumns("规则", "说明", "错误", "警告", "涉及文件");
        foreach (var t in summary.ByRule().Where(t => t.Errors + t.Warnings > 0))
            byRule.AddRow(t.Rule, Markup.Escape(t.TitleZh), t.Errors.ToString(), t.Warnings.ToString(), t.FilesAffected.ToString());
        AnsiConsole.Write(byRule);
        var worst = new Spectre.Console.Table().AddColumns("文件", "状态", "错误", "警告");
        foreach (var r in summary.Worst().Take(10))
            worst.AddRow(Markup.Escape(r.File), Markup.Escape(r.Status == FileStatus.Ok ? "ok" : $"{BatchSummary.StatusText(r.Status)}: {r.Message}"),
                r.Errors.ToString(), r.Warnings.ToString());
        AnsiConsole.Write(worst);
    }
}
