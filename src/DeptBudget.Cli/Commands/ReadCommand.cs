using System.CommandLine;

namespace DeptBudget.Cli.Commands;

// Placeholder until the read command lands; it refuses rather than pretending.
internal static class ReadCommand
{
    public static Command Create()
    {
        var command = new Command("read", "(read: not built yet)");
        command.SetAction(_ => { Console.Error.WriteLine("deptbudget read: not built yet"); return 2; });
        return command;
    }
}
