using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using DeptBudget.Model;
using DeptBudget.Storage;

namespace DeptBudget.Web.Services;

/// <summary>Where a finding is; RowIndex/ColumnIndex point into the table so pages can mark the cell.</summary>
public sealed record FindingPlace(string? Table, string? Row, string? Column, string? Section, string? Text, int? RowIndex = null, int? ColumnIndex = null);

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

    public IReadOnlyList<FindingView> Check(Disclosure disclosure) => checker.Check(disclosure);

    public static CheckSummary Summarise(IReadOnlyList<FindingView> findings) => new(
        JsonSerializer.Serialize(findings, Json), findings.Count(f => f.IsError), findings.Count(f => f.IsWarning));

    public (IReadOnlyList<FindingView> Findings, CheckSummary Summary) CheckAndSummarise(Disclosure disclosure)
    {
        var findings = Check(disclosure);
        return (findings, Summarise(findings));
    }

    public static IReadOnlyList<FindingView> Parse(string findingsJson) =>
        JsonSerializer.Deserialize<List<FindingView>>(findingsJson, Json) ?? [];
}
