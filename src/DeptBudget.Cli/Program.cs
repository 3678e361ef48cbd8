using System.CommandLine;
using System.Text;
using DeptBudget.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("DeptBudget — 部门预算公开: read, check, render and serve departmental budget disclosures");
root.Subcommands.Add(ReadCommand.Create());
root.Subcommands.Add(TablesCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BackupCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(FuzzCommand.Create());
root.Subcommands.Add(ReadWorkerCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(ExportFindingsCommand.Create());
var parsed = root.Parse(args);
var code = await parsed.InvokeAsync();
// check: a command line that cannot be used exits 2 like any other unusable input (parse errors give 1 otherwise).
return DeptBudget.Checks.ExitCodes.For(parsed.CommandResult.Command.Name, parsed.Errors.Count > 0, code);
