using System.Text.Json.Serialization;

namespace DeptBudget.Checks;

/// <summary>How bad a finding is: an error breaks an identity, a warning is suspicious, info says a check could not run.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    [JsonStringEnumMemberName("error")] Error,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("info")] Info,
}

/// <summary>
/// Where a finding is: the table id, the row and column as printed, or the narrative section and an excerpt.
/// RowIndex/ColumnIndex point into Table.Rows/Columns so the HTML report can mark the cell; they are not
/// part of the JSON contract.
/// </summary>
public sealed record FindingLocation(string? Table, string? Row, string? Column, string? Section, string? Text)
{
    [JsonIgnore] public int? RowIndex { get; init; }
    [JsonIgnore] public int? ColumnIndex { get; init; }

    /// <summary>
    /// The page of the original PDF and the box of the cell or sentence named (PDF points, y down from the page top);
    /// null where the document has no positions (text, Word, Excel) or the place could not be found on a page.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DeptBudget.Model.PageBox? Place { get; init; }

    public static readonly FindingLocation Document = new(null, null, null, null, null);

    public static FindingLocation InSection(string? section, string? text) => new(null, null, null, section, text);
}

/// <summary>One problem: the rule that found it, where, what was expected, what was found, and why in Chinese.</summary>
public sealed record Finding(string Rule, Severity Severity, FindingLocation Location, string? Expected, string? Actual, string Message);
