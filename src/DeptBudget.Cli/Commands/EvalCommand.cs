using System.CommandLine;

namespace DeptBudget.Cli.Commands;

/// <summary>eval reading DIR | eval checks: measure the reader against pdftotext and the checker against labels.</summary>
internal static class EvalCommand
{
    public static Command Create() =>
        new("eval", "评估 — measure the reader on real documents and the checker against labelled documents")
        {
            EvalReadingCommand.Create(),
            EvalChecksCommand.Create(),
        };
}
