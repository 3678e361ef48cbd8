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
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"读取 {files.Count} 个文件", maxValue: files.Count);
                Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
                {
                    results.Add(ReadOne(f, dir));
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
        AnsiConsole.MarkupLine($"文件 {all.Count}：读取 {all.Count(r => r.Status == "ok")}，需要OCR {all.Count(r => r.Status == "needs-ocr")}，无法读取 {all.Count(r => r.Status is "unusable" or "failed")}");
        if (csv is not null)
        {
            File.WriteAllText(csv.FullName, Csv(all), new UTF8Encoding(true));
            AnsiConsole.MarkupLine($"summary → [blue]{Markup.Escape(csv.FullName)}[/]");
        }
        return all.All(r => r.Status == "ok") ? 0 : 1;
    }

    public static FileResult ReadOne(FileInfo f, DirectoryInfo root)
    {
        var name = Path.GetRelativePath(root.FullName, f.FullName);
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
            var d = DisclosureReader.ReadFile(f.FullName);
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
