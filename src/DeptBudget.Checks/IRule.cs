namespace DeptBudget.Checks;

/// <summary>
/// One check of DOMAIN.md (I1–I10, N1–N4, P1–P3) or of completeness and catalogues (C1, K1–K3).
/// A rule that lacks the data it needs yields an info finding instead of passing silently.
/// </summary>
public interface IRule
{
    string Id { get; }
    string TitleZh { get; }
    Severity DefaultSeverity { get; }
    IEnumerable<Finding> Check(CheckContext context);
}

/// <summary>Shared plumbing so a rule only states its checks.</summary>
public abstract class Rule : IRule
{
    public abstract string Id { get; }
    public abstract string TitleZh { get; }
    public virtual Severity DefaultSeverity => Severity.Error;
    public abstract IEnumerable<Finding> Check(CheckContext context);

    protected Finding Make(FindingLocation where, string? expected, string? actual, string message, Severity? severity = null) =>
        new(Id, severity ?? DefaultSeverity, where, expected, actual, message);

    /// <summary>The info finding a rule gives when the data it needs is absent.</summary>
    protected Finding CannotRun(string why, string? table = null) =>
        new(Id, Severity.Info, new FindingLocation(table, null, null, null, null), null, null, $"{TitleZh}：无法检查，{why}");
}
