using DeptBudget.Checks;
using DeptBudget.Model;

namespace DeptBudget.Web.Services;

/// <summary>
/// The checks of DeptBudget.Checks: every rule of that assembly run over the disclosure. A rule that
/// throws becomes one info finding naming it, so one broken rule never hides the others' findings.
/// </summary>
public sealed class RulesChecker(ILogger<RulesChecker> log) : IBudgetChecker
{
    private static readonly IReadOnlyList<IRule> AllRules = typeof(IRule).Assembly.GetTypes()
        .Where(t => typeof(IRule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    public IReadOnlyList<FindingView> Check(Disclosure disclosure)
    {
        var context = new CheckContext(disclosure);
        var result = new List<FindingView>();
        foreach (var rule in AllRules)
        {
            try
            {
                result.AddRange(rule.Check(context).Select(ToView));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogError(e, "Rule {Rule} failed", rule.Id);
                result.Add(new FindingView(rule.Id, "info", new FindingPlace(null, null, null, null, null), null, null,
                    $"{rule.TitleZh}：检查时出错，未能完成（{e.GetType().Name}）"));
            }
        }
        return result;
    }

    private static FindingView ToView(Finding f) => new(
        f.Rule,
        f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" },
        new FindingPlace(f.Location.Table, f.Location.Row, f.Location.Column, f.Location.Section, f.Location.Text,
            f.Location.RowIndex, f.Location.ColumnIndex),
        f.Expected, f.Actual, f.Message);
}
