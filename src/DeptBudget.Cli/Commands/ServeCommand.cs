using System.CommandLine;
using DeptBudget.Web;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// `deptbudget serve [--urls URL] [--data DIR]`: the web application on SQLite (or PostgreSQL when configured).
/// Uploads are read in `deptbudget read-worker` processes of this same program, killed at their limits.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"listen address (default {WebAppOptions.DefaultUrls})" };
        var data = new Option<string>("--data") { Description = "directory of the SQLite database and keys (default ./data)" };
        var command = new Command("serve", "the web application: budgets, upload, check, edit, review, publish, API") { urls, data };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, ct) => WebApp.RunAsync(new WebAppOptions(
            parse.GetValue(urls), parse.GetValue(data), parse.UnmatchedTokens.ToArray(), ReadWorkerCommand.ThisProgram())));
        return command;
    }
}
