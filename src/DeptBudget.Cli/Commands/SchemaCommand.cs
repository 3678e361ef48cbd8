using System.CommandLine;
using DeptBudget.Model.Json;

namespace DeptBudget.Cli.Commands;

/// <summary>schema: prints the JSON Schema of the canonical budget JSON (schema/budget.schema.json is this output).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "输出 JSON Schema — the JSON Schema of the canonical budget JSON");
        command.SetAction(_ => { Console.Out.Write(BudgetJson.ExportSchema()); return 0; });
        return command;
    }
}
