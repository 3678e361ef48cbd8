using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using DeptBudget.Checks;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Reading;
using Spectre.Console;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// check --batch DIR: reads and checks every document under DIR in parallel with a progress bar, keeping only
/// counts per file (memory stays bounded however many files there are), then prints the summary by rule and
/// the worst files, and writes a CSV when asked. One unreadable file is a row of the summary, not a stop.
/// </summary>
internal static class CheckBatch
{
    private static readonly string[] Extensions = [".txt", ".pdf", ".docx", ".xlsx", ".json"];

    public sealed record FileResult(string File, string Status, int Errors, int Warnings, int Infos, IReadOnlyDictionary<string, (int Errors, int Warnings)> ByRule, string? Message);

    public static int Run(DirectoryInfo dir, FileInfo? csv)
    {
        if (!dir.Exists) { Console.Error.WriteLine($"deptbudget: folder not found: {dir.FullName}"); return 2; }
        var files = dir.EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(f.Extension.ToLowerInvariant())).OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
        if (files.Count == 0) { Console.Error.WriteLine($"deptbudget: no documents under {dir.FullName}"); return 2; }

        var results = new ConcurrentBag<FileResult>();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"检查 {files.Count} 个文件", maxValue: files.Count);
                Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
                {
                    results.Add(CheckOne(f, dir));
                    task.Increment(1);
                });
            });

        var all = results.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        PrintSummary(all);
        if (csv is not null)
        {
            File.WriteAllText(csv.FullName, Csv(all), new UTF8Encoding(true));
            AnsiConsole.MarkupLine($"summary → [blue]{Markup.Escape(csv.FullName)}[/]");
        }
        return all.Any(r => r.Status != "ok" || r.Errors > 0) ? 1 : 0;
    }

    public static FileResult CheckOne(FileInfo f, DirectoryInfo root)
    {
        var name = Path.GetRelativePath(root.FullName, f.FullName);
        try
        {
            Disclosure d = f.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? BudgetJson.Load(f.FullName) : DisclosureReader.ReadFile(f.FullName);
            var report = CheckCommand.Checker.Check(d);
            var byRule = report.Findings.GroupBy(x => x.Rule).ToDictionary(g => g.Key,
                g => (g.Count(x => x.Severity == Severity.Error), g.Count(x => x.Severity == Severity.Warning)));
            return new FileResult(name, "ok", report.Errors, report.Warnings, report.Infos, byRule, null);
        }
        catch (Exception e) when (e is ReadException or BudgetJsonException or IOException or UnauthorizedAccessException or NotImplementedException or InvalidDataException)
        {
            return new FileResult(name, "unusable", 0, 0, 0, new Dictionary<string, (int, int)>(), e.Message);
        }
        catch (Exception e)
        {
            // An unexpected failure on one file is recorded and the batch goes on.
            return new FileResult(name, "failed", 0, 0, 0, new Dictionary<string, (int, int)>(), $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static void PrintSummary(List<FileResult> all)
    {
        var ok = all.Count(r => r.Status == "ok");
        AnsiConsole.MarkupLine($"文件 {all.Count}：可读 {ok}，无法读取 {all.Count - ok}；错误 {all.Sum(r => r.Errors)}，警告 {all.Sum(r => r.Warnings)}");
        var titles = Checker.AllRules.ToDictionary(r => r.Id, r => r.TitleZh);
        var byRule = new Spectre.Console.Table().AddColumns("规则", "说明", "错误", "警告", "涉及文件");
        foreach (var rule in Checker.AllRules)
        {
            var e = all.Sum(r => r.ByRule.TryGetValue(rule.Id, out var c) ? c.Errors : 0);
            var w = all.Sum(r => r.ByRule.TryGetValue(rule.Id, out var c) ? c.Warnings : 0);
            var n = all.Count(r => r.ByRule.TryGetValue(rule.Id, out var c) && c.Errors + c.Warnings > 0);
            if (e + w > 0) byRule.AddRow(rule.Id, Markup.Escape(titles[rule.Id]), e.ToString(), w.ToString(), n.ToString());
        }
        AnsiConsole.Write(byRule);
        var worst = new Spectre.Console.Table().AddColumns("文件", "状态", "错误", "警告");
        foreach (var r in all.OrderByDescending(r => r.Status != "ok").ThenByDescending(r => r.Errors).ThenByDescending(r => r.Warnings).Take(10))
            worst.AddRow(Markup.Escape(r.File), Markup.Escape(r.Status == "ok" ? "ok" : $"{r.Status}: {r.Message}"), r.Errors.ToString(), r.Warnings.ToString());
        AnsiConsole.Write(worst);
    }

    public static string Csv(IEnumerable<FileResult> rows)
    {
        var sb = new StringBuilder("file,status,errors,warnings,infos,rules,message\n");
        foreach (var r in rows)
        {
            var rules = string.Join(";", r.ByRule.Where(k => k.Value.Errors + k.Value.Warnings > 0).OrderBy(k => k.Key, StringComparer.Ordinal)
                .Select(k => $"{k.Key}:{k.Value.Errors}/{k.Value.Warnings}"));
            sb.Append(Field(r.File)).Append(',').Append(r.Status).Append(',').Append(r.Errors.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(r.Warnings.ToString(CultureInfo.InvariantCulture)).Append(',').Append(r.Infos.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Field(rules)).Append(',').Append(Field(r.Message ?? "")).Append('\n');
        }
        return sb.ToString();
    }

    private static string Field(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
