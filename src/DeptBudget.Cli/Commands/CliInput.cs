using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Reading;

namespace DeptBudget.Cli.Commands;

/// <summary>Opens a document or a canonical JSON; unusable input is one line on stderr, never a stack trace.</summary>
internal static class CliInput
{
    public static bool TryRead(FileInfo file, out Disclosure disclosure) => TryRead([file], out disclosure);

    /// <summary>Several files are the parts of one disclosure (北京 -text.pdf + -tables.pdf), read as one.</summary>
    public static bool TryRead(IReadOnlyList<FileInfo> files, out Disclosure disclosure)
    {
        disclosure = null!;
        var file = files[0];
        try
        {
            disclosure = files.Count == 1 && file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? BudgetJson.Load(file.FullName)
                : DisclosureReader.ReadFiles(files.Select(f => f.FullName).ToList());
            return true;
        }
        catch (ReadException e) { Console.Error.WriteLine($"deptbudget: {e.Message}"); }
        catch (BudgetJsonException e) { Console.Error.WriteLine($"deptbudget: {file.Name}: {e.Message}"); }
        catch (IOException e) { Console.Error.WriteLine($"deptbudget: {file.Name}: {e.Message}"); }
        catch (UnauthorizedAccessException e) { Console.Error.WriteLine($"deptbudget: {file.Name}: {e.Message}"); }
        return false;
    }
}
