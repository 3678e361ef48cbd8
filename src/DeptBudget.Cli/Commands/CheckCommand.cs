using System.CommandLine;

namespace DeptBudget.Cli.Commands;

// Placeholder until the check command lands; it refuses rather than pretending.
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "(check: not built yet)");
        command.SetAction(_ => { Console.Error.WriteLine("deptbudget check: not built yet"); return 2; });
        return command;
    }
}
