using System.CommandLine;
using DeptBudget.Reading;

namespace DeptBudget.Cli.Commands;

/// <summary>tables FILE… -o DIR: every recognised table as one CSV file named by its table id; several files are one disclosure.</summary>
internal static class TablesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo[]>("file") { Description = "A published disclosure (or the files of one, e.g. its explanation and its tables) or a budget JSON", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Directory for the CSV files", Required = true };
        var command = new Command("tables", "导出表格 — every recognised table as CSV") { file, output };
        command.SetAction(parse =>
        {
            if (!CliInput.TryRead(parse.GetValue(file)!, out var disclosure)) return 2;
            var dir = parse.GetValue(output)!;
            dir.Create();
            foreach (var (name, csv) in TableCsv.Export(disclosure))
                File.WriteAllText(Path.Combine(dir.FullName, name), csv, new System.Text.UTF8Encoding(true));
            Console.Error.WriteLine($"{disclosure.Tables.Count} tables written to {dir.FullName}");
            return 0;
        });
        return command;
    }
}
