using System.CommandLine;
using DeptBudget.Web.Services.Workers;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// `deptbudget read-worker` (hidden): the process `serve` starts to read uploads in, so that a read
/// which overruns its time or memory, or crashes, can be killed without the server. Framed requests on
/// stdin, answers on stdout (<see cref="ReadFrames"/>); ends when stdin closes.
/// </summary>
internal static class ReadWorkerCommand
{
    public static Command Create()
    {
        var command = new Command("read-worker", "internal: reads uploads for `serve` (framed on stdin/stdout)") { Hidden = true };
        command.SetAction(_ => ReadWorker.Serve(Console.OpenStandardInput(), Console.OpenStandardOutput()));
        return command;
    }

    /// <summary>This program as `serve` should start it again: the executable, or the .dll when run by `dotnet`.</summary>
    public static string? ThisProgram()
    {
        var path = Environment.ProcessPath;
        if (path is null) return null;
        return Path.GetFileNameWithoutExtension(path) == "dotnet" ? typeof(ReadWorkerCommand).Assembly.Location : path;
    }
}
