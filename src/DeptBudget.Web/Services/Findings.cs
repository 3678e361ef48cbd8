using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using DeptBudget.Model;
using DeptBudget.Storage;

namespace DeptBudget.Web.Services;

/// <summary>
/// Where a finding is; RowIndex/ColumnIndex point into the table so pages can mark the cell; Place is the page and
/// box on the original PDF (kept with the stored findings, so pictures of the place need no re-reading).
/// </summary>
public sealed record FindingPlace(string? Table, string? Row, string? Column, string? Section, string? Text, int? RowIndex = null, int? ColumnIndex = null,
    PageBox? Place = null);

/// <summary>A finding as the web shows and stores it (the checks' findings JSON plus the cell indexes).</summary>
public sealed record FindingView(string Rule, string Severity, FindingPlace Location, string? Expected, string? Actual, string Message)
{
    public bool IsError => Severity == "error";
    public bool IsWarning => Severity == "warning";

    /// <summary>A check that could not run (DeptBudget.Checks' Rule.CannotRun says “…：无法检查，…”; a rule that broke says
    /// “检查时出错”): no error found is then no proof of none, so these count against publication too.</summary>
    [JsonIgnore]
    public bool IsNotRun => Severity != "error" && (Message.Contains("：无法检查，", StringComparison.Ordinal) || Message.Contains("检查时出错", StringComparison.Ordinal));
}

/// <summary>Runs every check over a disclosure.</summary>
public interface IBudgetChecker
{
    IReadOnlyList<FindingView> Check(Disclosure disclosure);
}

/// <summary>Checks a disclosure and turns the findings into what storage keeps beside a version.</summary>
public sealed class CheckService(IBudgetChecker checker)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Findings listed per rule in one answer or stored version; the rest are counted in one line.</summary>
    public const int MaxFindingsPerRule = 100;

    public IReadOnlyList<FindingView> Check(Disclosure disclosure) => checker.Check(disclosure);

    /// <summary>
    /// At most <see cref="MaxFindingsPerRule"/> findings of each rule, then one info finding of that rule
    /// saying how many more there are: a crafted budget can make one rule fire sixty thousand times, and
    /// every answer, page and stored version would carry them all.
    /// </summary>
    public static IReadOnlyList<FindingView> Capped(IReadOnlyList<FindingView> findings)
    {
        var kept = new List<FindingView>();
        foreach (var rule in findings.GroupBy(f => f.Rule))
        {
            kept.AddRange(rule.Take(MaxFindingsPerRule));
            var rest = rule.Count() - MaxFindingsPerRule;
            if (rest > 0)
                kept.Add(new FindingView(rule.Key, "info", new FindingPlace(null, null, null, null, null), null, rest.ToString(),
                    $"另有 {rest} 条 {rule.Key} 问题未列出（每条规则最多列出 {MaxFindingsPerRule} 条）"));
        }
        return kept;
    }

    /// <summary>What storage keeps: the capped list, and the counts of all findings.</summary>
    public static CheckSummary Summarise(IReadOnlyList<FindingView> findings) => new(
        JsonSerializer.Serialize(Capped(findings), Json), findings.Count(f => f.IsError), findings.Count(f => f.IsWarning));

    public (IReadOnlyList<FindingView> Findings, CheckSummary Summary) CheckAndSummarise(Disclosure disclosure)
    {
        var findings = Check(disclosure);
        return (Capped(findings), Summarise(findings));
    }

    public static IReadOnlyList<FindingView> Parse(string findingsJson) =>
        JsonSerializer.Deserialize<List<FindingView>>(findingsJson, Json) ?? [];
}
