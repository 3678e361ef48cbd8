using System.Text;

namespace DeptBudget.Checks.Reports;

/// <summary>A plain-text report for the terminal, grouped by table and narrative section.</summary>
public static class TextReport
{
    public static string Write(CheckReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{report.Department} {report.Year} {(report.Source is null ? "" : "（" + report.Source + "）")}".Trim());
        sb.AppendLine($"错误 {report.Errors}，警告 {report.Warnings}，提示 {report.Infos}");
        foreach (var g in Grouping.Of(report))
        {
            sb.AppendLine();
            sb.AppendLine($"== {g.Title}{(g.Table is not null ? $" [{g.Table.Id}]" : "")}");
            foreach (var f in g.Findings)
            {
                var where = string.Join(" / ", new[] { f.Location.Row, f.Location.Column }.Where(s => !string.IsNullOrEmpty(s)));
                sb.Append($"  [{Grouping.SeverityZh(f.Severity)}] {f.Rule}");
                if (where.Length > 0) sb.Append($" {where}");
                sb.AppendLine($"：{f.Message}");
                if (!string.IsNullOrEmpty(f.Location.Text)) sb.AppendLine($"      原文：{f.Location.Text}");
                if (f.Expected is not null || f.Actual is not null) sb.AppendLine($"      应为 {f.Expected ?? "—"}，实为 {f.Actual ?? "—"}");
            }
        }
        return sb.ToString();
    }
}
