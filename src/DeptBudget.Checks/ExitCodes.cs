namespace DeptBudget.Checks;

/// <summary>
/// What <c>deptbudget check</c> exits with: 0 no error, 1 errors found, 2 the input could not be used. A command
/// line that does not parse (unknown option, a --format value not offered, neither FILE nor --batch) is input
/// that cannot be used too, while System.CommandLine itself exits 1 for it — which a caller would take for
/// "the document has errors".
/// </summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int Errors = 1;
    public const int Unusable = 2;

    /// <summary>The exit code of a run of <paramref name="command"/> whose parse had errors or not.</summary>
    public static int For(string? command, bool commandLineErrors, int handlerCode) =>
        commandLineErrors && command == "check" ? Unusable : handlerCode;
}
