using System.CommandLine;

namespace DeptBudget.Cli.Commands;

// Placeholder until the serve command lands; it refuses rather than pretending.
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "(serve: not built yet)");
        command.SetAction(_ => { Console.Error.WriteLine("deptbudget serve: not built yet"); return 2; });
        return command;
    }
}
