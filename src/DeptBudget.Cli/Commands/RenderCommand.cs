using System.CommandLine;
using System.Diagnostics;
using DeptBudget.Checks;
using DeptBudget.Rendering;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// render BUDGET.json|FILE… [--layout L] [--format html|pdf|xlsx|docx] -o OUT: the whole disclosure in its family's
/// layout, or as read where the family has no rendering definition (上海, 北京, 深圳 …: the same choice the web's
/// downloads make, FamilyRenderer); --layout renders in a named layout instead. The budget is checked first; one with
/// errors still renders, as a draft whose banner lists them.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo[]>("budget") { Description = "Canonical budget JSON, or a published disclosure to read (several files: the parts of one, 北京 text + tables)", Arity = ArgumentArity.OneOrMore };
        var layout = new Option<string>("--layout", "-l") { Description = $"版式 layout: {string.Join(", ", Layout.Available)} (or a layout .json file); without it the budget's own family's layout, or as read where that family has none" };
        var format = new Option<string>("--format", "-f") { Description = "html, pdf, xlsx or docx (default: from the output's extension, else html)" };
        format.AcceptOnlyFromAmong("html", "pdf", "xlsx", "docx");
        var output = new Option<FileInfo>("--output", "-o") { Description = "Output file", Required = true };
        var command = new Command("render", "生成公开文件 — produce the complete disclosure from a budget") { file, layout, format, output };
        command.SetAction((parse, _) => Run(parse.GetValue(file)!, parse.GetValue(layout), parse.GetValue(format), parse.GetValue(output)!));
        return command;
    }

    private static async Task<int> Run(FileInfo[] files, string? layoutName, string? format, FileInfo output)
    {
        var started = Stopwatch.StartNew();
        if (!CliInput.TryRead(files, out var source)) return 2;
        Layout? layout = null;
        if (layoutName is not null)
        {
            try
            {
                layout = layoutName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Layout.LoadFile(layoutName) : Layout.Load(layoutName);
            }
            catch (Exception e) when (e is ArgumentException or IOException or System.Text.Json.JsonException or InvalidDataException)
            {
                Console.Error.WriteLine($"deptbudget: layout {layoutName}: {e.Message}");
                return 2;
            }
        }
        format ??= output.Extension.TrimStart('.').ToLowerInvariant() is "pdf" or "xlsx" or "docx" or "html" ? output.Extension.TrimStart('.').ToLowerInvariant() : "html";

        var report = CheckCommand.Checker.Check(source);
        var errors = report.Findings.Where(f => f.Severity == Severity.Error)
            .Select(f => $"[{f.Rule}] {f.Message}").ToList();
        var rendered = layout is null ? FamilyRenderer.Render(source, errors) : DisclosureRenderer.Render(source, layout, errors);
        try
        {
            output.Directory?.Create();
            switch (format)
            {
                case "html": await File.WriteAllTextAsync(output.FullName, HtmlWriter.Write(rendered)); break;
                case "xlsx": await using (var s = output.Create()) XlsxWriter.Write(rendered, s); break;
                case "docx": await using (var s = output.Create()) DocxWriter.Write(rendered, s); break;
                case "pdf":
                    await using (var pdf = await PdfRenderer.StartAsync())
                        await File.WriteAllBytesAsync(output.FullName, await pdf.RenderAsync(HtmlWriter.Write(rendered)));
                    break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Playwright.PlaywrightException or PdfRenderException)
        {
            Console.Error.WriteLine($"deptbudget: {output.Name}: {e.Message}");
            return 3;
        }
        var draft = rendered.IsDraft ? $" — 草稿 draft: {rendered.Errors.Count} check errors, {rendered.MissingFacts.Count} missing facts" : "";
        Console.Error.WriteLine($"{output.FullName}: {format}, {rendered.Disclosure.Tables.Count} tables, {(rendered.AsPrinted ? $"as read ({rendered.Layout.Id})" : $"layout {rendered.Layout.Id}")}{draft} ({started.ElapsedMilliseconds} ms)");
        foreach (var m in rendered.MissingFacts) Console.Error.WriteLine($"  缺少: {m}");
        return 0;
    }
}
