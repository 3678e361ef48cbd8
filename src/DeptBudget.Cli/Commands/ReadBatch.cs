using System.Collections.Concurrent;
using System.Text;
using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading;
using Spectre.Console;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// read --batch DIR: every file under DIR, whatever its form (decided by content), read with a progress
/// bar; one status line per file and a CSV summary. A file that cannot be read is a row, never a stop.
/// </summary>
internal static class ReadBatch
{
    public sealed record FileResult(string File, string Status, string Format, string Department, int Year, string Layout,
        int Tables, string Missing, int Unread, long Milliseconds, string Message);

    public static int Run(DirectoryInfo dir, FileInfo? csv)
    {
        if (!dir.Exists) { Console.Error.WriteLine($"deptbudget: folder not found: {dir.FullName}"); return 2; }
        var files = dir.EnumerateFiles("*", SearchOption.AllDirectories).Where(f => !f.Name.StartsWith('.'))
            .OrderBy(f => f.FullName, StringComparer.Ordinal).ToList();
        if (files.Count == 0) { Console.Error.WriteLine($"deptbudget: no files under {dir.FullName}"); return 2; }

        var results = new ConcurrentBag<FileResult>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var groups = new List<BatchGroups.Group>();
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var sort = ctx.AddTask($"识别 {files.Count} 个文件", maxValue: files.Count);
                groups = BatchGroups.Of(files, dir, Environment.ProcessorCount, () => sort.Increment(1));
                var task = ctx.AddTask($"读取 {groups.Count} 份公开", maxValue: groups.Count);
                Parallel.ForEach(groups, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, g =>
                {
                    results.Add(ReadOne(g));
                    task.Increment(1);
                });
            });

        var all = results.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        foreach (var r in all)
        {
            var colour = r.Status switch { "ok" => "green", "needs-ocr" => "yellow", "unusable" => "yellow", _ => "red" };
            var detail = r.Status == "ok"
                ? $"{r.Format} {r.Layout} {r.Department} {r.Year}: {r.Tables} tables{(r.Missing.Length > 0 ? ", missing " + r.Missing : "")}, {r.Unread} unread, {r.Milliseconds} ms"
                : r.Message;
            AnsiConsole.MarkupLine($"[{colour}]{r.Status,-9}[/] {Markup.Escape(r.File)}  {Markup.Escape(detail)}");
        }
        AnsiConsole.MarkupLine($"文件 {files.Count}，公开 {all.Count}：读取 {all.Count(r => r.Status == "ok")}，需要OCR {all.Count(r => r.Status == "needs-ocr")}，无法读取 {all.Count(r => r.Status is "unusable" or "failed")}");
        AnsiConsole.MarkupLine($"用时 {watch.Elapsed.TotalSeconds:0.0} 秒：{files.Count / Math.Max(0.001, watch.Elapsed.TotalSeconds):0.00} 个文件/秒");
        if (csv is not null)
        {
            File.WriteAllText(csv.FullName, Csv(all), new UTF8Encoding(true));
            AnsiConsole.MarkupLine($"summary → [blue]{Markup.Escape(csv.FullName)}[/]");
        }
        return all.All(r => r.Status == "ok") ? 0 : 1;
    }

    /// <summary>One disclosure: its files (several when they were grouped) read as one.</summary>
    public static FileResult ReadOne(BatchGroups.Group g)
    {
        var name = g.Name;
        var f = g.Files[0];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var format = "?";
        try
        {
            using (var s = f.OpenRead())
            {
                var head = new byte[Math.Min(4096, s.Length)];
                s.ReadExactly(head);
                format = head.Length == 0 ? "empty" : DisclosureReader.DocumentFormat(head) is "binary" ? "zip" : DisclosureReader.DocumentFormat(head);
            }
            // Read from the lines kept when the files were identified: each file is parsed once.
            var d = g.Parsed ? BatchGroups.Read(g)
                : g.Files.Count == 1 ? DisclosureReader.ReadFile(f.FullName) : DisclosureReader.ReadFiles(g.Files.Select(x => x.FullName).ToList());
            var missing = string.Join(";", LayoutTables.Missing(d).Select(t => t.Number + "." + t.Id));
            return new FileResult(name, "ok", format, d.Meta.Department, d.Meta.Year, d.Meta.Layout, d.Tables.Count, missing, d.Unread.Count, watch.ElapsedMilliseconds, "");
        }
        catch (ReadException e)
        {
            var status = e.Message.Contains("needs OCR") ? "needs-ocr" : "unusable";
            return new FileResult(name, status, format, "", 0, "", 0, "", 0, watch.ElapsedMilliseconds, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileResult(name, "unusable", format, "", 0, "", 0, "", 0, watch.ElapsedMilliseconds, e.Message);
        }
        catch (Exception e)
        {
            // A reader bug on one file is recorded and the batch goes on.
            return new FileResult(name, "failed", format, "", 0, "", 0, "", 0, watch.ElapsedMilliseconds, $"{e.GetType().Name}: {e.Message}");
        }
    }

    public static string Csv(IEnumerable<FileResult> rows)
    {
        var sb = new StringBuilder("file,status,format,department,year,layout,tables,missing_tables,unread,ms,message\n");
        foreach (var r in rows)
            sb.AppendJoin(',', Field(r.File), r.Status, r.Format, Field(r.Department), r.Year, r.Layout, r.Tables, Field(r.Missing), r.Unread, r.Milliseconds, Field(r.Message))
              .Append('\n');
        return sb.ToString();
    }

    private static string Field(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
