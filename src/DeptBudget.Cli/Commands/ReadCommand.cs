using System.CommandLine;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// read FILE… [-o budget.json]: the disclosure as canonical JSON, and a summary on the terminal; several
/// files are the parts of one disclosure (北京's explanation and tables).
/// read --batch DIR [-o summary.csv]: every file under DIR, a status per file and a CSV summary.
/// </summary>
internal static class ReadCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo[]>("file") { Description = "A published disclosure: text, PDF, Word or Excel (form decided by content); several files are read as the parts of one", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the canonical JSON here (default: standard output); with --batch, the CSV summary" };
        var batch = new Option<DirectoryInfo?>("--batch") { Description = "Read every file under this folder" };
        var command = new Command("read", "读取公开文件 — read a disclosure into the canonical budget JSON") { file, output, batch };
        command.SetAction(parse =>
        {
            if (parse.GetValue(batch) is { } dir) return ReadBatch.Run(dir, parse.GetValue(output));
            if (parse.GetValue(file) is not { Length: > 0 } f) { Console.Error.WriteLine("deptbudget: read needs a FILE or --batch DIR"); return 2; }
            return Run(f, parse.GetValue(output));
        });
        return command;
    }

    private static int Run(FileInfo[] files, FileInfo? output)
    {
        if (!CliInput.TryRead(files, out var disclosure)) return 2;
        if (output is null)
        {
            Console.Out.Write(BudgetJson.Serialize(disclosure));
            return 0;
        }
        using (var stream = output.Create()) BudgetJson.Save(disclosure, stream);
        Summary.Print(disclosure, Console.Error);
        return 0;
    }
}

/// <summary>What a user sees after reading: what was recognised, what is missing, what was not read.</summary>
internal static class Summary
{
    public static void Print(Disclosure d, TextWriter w)
    {
        var m = d.Meta;
        var kind = m.IsFinalAccounts() ? "决算" : "预算";
        w.WriteLine($"{m.Department} {m.Year}年{(m.Scope == BudgetScope.Unit ? "单位" : "部门")}{kind} — layout {m.Layout}");
        foreach (var note in d.Diagnostics) w.WriteLine($"  注意：{note}");
        w.WriteLine($"tables found: {d.Tables.Count}");
        foreach (var t in d.Tables)
            w.WriteLine($"  {t.Id,-34} {t.Rows.Count,4} rows  {t.Title}{(t.EmptyNote is null ? "" : "  (empty: " + t.EmptyNote + ")")}");
        var verdicts = ContentsVerdicts.All(d);
        var missing = verdicts.Where(v => v.State == ContentsState.Missing).Select(v => v.Entry).ToList();
        // An empty 目录 lists nothing: it says nothing about what was found.
        if (m.Contents.Count == 0) w.WriteLine("no 目录 of tables was read");
        else
        {
            int Count(ContentsState s) => verdicts.Count(v => v.State == s);
            w.WriteLine($"目录 lists {m.Contents.Count} tables: {Count(ContentsState.Found)} found, {Count(ContentsState.Empty)} printed empty, {Count(ContentsState.Absent)} truly absent (空表), {missing.Count} missing");
            w.WriteLine(missing.Count == 0 ? "every table the 目录 lists was found or is truly absent" : $"listed in 目录 but not found: {missing.Count}");
        }
        foreach (var c in missing) w.WriteLine($"  {c.Number}. {c.Title}");
        var notInLayout = LayoutTables.Missing(d);
        if (notInLayout.Count > 0)
        {
            w.WriteLine($"tables of the {m.Layout} layout not found: {notInLayout.Count}");
            foreach (var t in notInLayout) w.WriteLine($"  {t.Number}. {t.Title}");
        }
        w.WriteLine($"narrative sections: {d.Narrative.Sections.Count}; projects: {d.Budget.Projects.Count}; fragments not read: {d.Unread.Count}");
        foreach (var u in d.Unread.Take(20)) w.WriteLine($"  line {u.Line}: {u.Reason}: {Short(u.Text)}");
        if (d.Unread.Count > 20) w.WriteLine($"  … and {d.Unread.Count - 20} more (all are in the JSON under unread)");
    }

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
