using System.CommandLine;

namespace DeptBudget.Cli.Commands;

// Placeholder until the render command lands; it refuses rather than pretending.
internal static class RenderCommand
{
    public static Command Create()
    {
        var command = new Command("render", "(render: not built yet)");
        command.SetAction(_ => { Console.Error.WriteLine("deptbudget render: not built yet"); return 2; });
        return command;
    }
}
