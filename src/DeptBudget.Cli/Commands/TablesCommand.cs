using System.CommandLine;

namespace DeptBudget.Cli.Commands;

// Placeholder until the tables command lands; it refuses rather than pretending.
internal static class TablesCommand
{
    public static Command Create()
    {
        var command = new Command("tables", "(tables: not built yet)");
        command.SetAction(_ => { Console.Error.WriteLine("deptbudget tables: not built yet"); return 2; });
        return command;
    }
}
