using System.Globalization;
using System.Text;

namespace DeptBudget.Checks.Batch;

/// <summary>
/// The summary of a batch: errors and warnings by rule over all files, and the files worst first (unusable
/// and failed files, then most errors, then most warnings).
/// </summary>
public sealed class BatchSummary(IReadOnlyList<FileResult> files, IReadOnlyList<IRule> rules)
{
    public IReadOnlyList<FileResult> Files { get; } = files;
    public IReadOnlyList<IRule> Rules { get; } = rules;

    public sealed record RuleTotal(string Rule, string TitleZh, int Errors, int Warnings, int FilesAffected);

    public IEnumerable<RuleTotal> ByRule() => Rules.Select(r => new RuleTotal(r.Id, r.TitleZh,
        Files.Sum(f => f.ByRule.TryGetValue(r.Id, out var c) ? c.Errors : 0),
        Files.Sum(f => f.ByRule.TryGetValue(r.Id, out var c) ? c.Warnings : 0),
        Files.Count(f => f.ByRule.TryGetValue(r.Id, out var c) && c.Errors + c.Warnings > 0)));

    public IEnumerable<FileResult> Worst() => Files
        .OrderByDescending(f => f.Status != FileStatus.Ok).ThenByDescending(f => f.Errors).ThenByDescending(f => f.Warnings)
        .ThenBy(f => f.File, StringComparer.Ordinal);

    public static string StatusText(FileStatus s) => s switch { FileStatus.Ok => "ok", FileStatus.Unusable => "unusable", _ => "failed" };

    /// <summary>
    /// One row per file, worst first, after a first row "（全部 N 个文件）" with the totals; a pair of columns
    /// (errors, warnings) per rule, so the by-rule totals and the worst files are in the one sheet.
    /// </summary>
    public string Csv()
    {
        var sb = new StringBuilder("file,status,errors,warnings,infos");
        foreach (var r in Rules) sb.Append(',').Append(r.Id).Append("_errors,").Append(r.Id).Append("_warnings");
        sb.Append(",message\n");
        var totals = ByRule().ToDictionary(t => t.Rule);
        var ok = Files.Count(f => f.Status == FileStatus.Ok);
        Row(sb, $"（全部 {Files.Count} 个文件）", $"ok {ok}/{Files.Count}", Files.Sum(f => f.Errors), Files.Sum(f => f.Warnings), Files.Sum(f => f.Infos),
            id => (totals[id].Errors, totals[id].Warnings), "");
        foreach (var f in Worst())
            Row(sb, f.File, StatusText(f.Status), f.Errors, f.Warnings, f.Infos,
                id => f.ByRule.TryGetValue(id, out var c) ? c : (0, 0), f.Message ?? "");
        return sb.ToString();
    }

    private void Row(StringBuilder sb, string file, string status, int e, int w, int i, Func<string, (int Errors, int Warnings)> rule, string message)
    {
        sb.Append(Field(file)).Append(',').Append(Field(status)).Append(',').Append(N(e)).Append(',').Append(N(w)).Append(',').Append(N(i));
        foreach (var r in Rules)
        {
            var (re, rw) = rule(r.Id);
            sb.Append(',').Append(N(re)).Append(',').Append(N(rw));
        }
        sb.Append(',').Append(Field(message)).Append('\n');
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Field(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
