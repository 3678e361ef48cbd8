using System.Security.Claims;
using System.Text;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Services;
using DeptBudget.Checks.Reports;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>
/// The region's findings to download (and for `deptbudget export-findings`): one XLSX with a summary sheet and,
/// per unit, its 公开情况检查表 (the checks' form: each part — every table by its title — with 符合要求 是/否, its
/// problems and their pages), or one CSV with a line per finding.
/// </summary>
public sealed class FindingsExport(RegionOverview overview, BudgetDbContext db)
{
    private sealed record Unit(UnitRow Row, Disclosure Disclosure, IReadOnlyList<FindingView> Findings);

    private async IAsyncEnumerable<Unit> UnitsAsync(ClaimsPrincipal user, string? region, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var rows = RegionOverview.Sort(await overview.RowsAsync(user, region, ct), new OverviewQuery());
        foreach (var r in rows)
        {
            var b = await db.Budgets.AsNoTracking().Where(x => x.Id == r.Id).Select(x => new { x.Json, x.FindingsJson }).FirstAsync(ct);
            yield return new Unit(r, BudgetJson.Deserialize(b.Json), CheckService.Parse(b.FindingsJson));
        }
    }

    public static readonly string[] CsvHeader = ["部门", "单位", "地区", "年度", "状态", "规则", "规则类别", "严重程度", "表", "行", "列", "段落", "应为", "实为", "说明"];

    public async Task<byte[]> CsvAsync(ClaimsPrincipal user, string? region, CancellationToken ct)
    {
        var sb = new StringBuilder("\uFEFF");
        Line(sb, CsvHeader);
        await foreach (var u in UnitsAsync(user, region, ct))
            foreach (var f in u.Findings)
                Line(sb, [u.Row.Department, u.Row.UnitName, u.Row.Region ?? "", u.Row.Year.ToString(), u.Row.StatusLabel, f.Rule,
                    RuleKinds.Label(RuleKinds.Of(f.Rule)), Severity(f.Severity), TableTitle(u.Disclosure, f.Location.Table), f.Location.Row ?? "",
                    f.Location.Column ?? "", f.Location.Section ?? "", f.Expected ?? "", f.Actual ?? "", f.Message]);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// The workbook: the desk's 汇总 sheet (counts by rule kind) and each unit's 公开情况检查表 written by the one writer of
    /// the form (<see cref="ChecklistForm"/>, <see cref="ChecklistXlsx"/>) from the stored findings, with the page of each
    /// problem. Pictures are left to a single budget's form (/api/budgets/{id}/checklist.xlsx): a region's pages would
    /// take minutes to render.
    /// </summary>
    public async Task<byte[]> XlsxAsync(ClaimsPrincipal user, string? region, CancellationToken ct)
    {
        var units = new List<Unit>();
        await foreach (var u in UnitsAsync(user, region, ct)) units.Add(u);
        var forms = units.Select(u => ChecklistForm.Of(u.Disclosure, u.Findings.Select(RulesChecker.ToFinding).ToList(),
            $"{u.Row.UnitName} {u.Row.Year}", u.Row.Department, u.Row.Year) with
        {
            Heading = [new("单位", u.Row.UnitName), new("状态", u.Row.StatusLabel), new("错误", u.Row.Errors.ToString()), new("提示", u.Row.Warnings.ToString())],
        }).ToList();
        using var ms = new MemoryStream();
        ChecklistXlsx.Write(ms, forms, names => new ChecklistXlsx.Summary(
            new[] { "部门", "单位", "地区", "年度", "状态", "错误", "提示" }
                .Concat(RuleKinds.All.SelectMany(k => new[] { k.Label + " 错误", k.Label + " 提示" })).Append("工作表").ToList(),
            units.Select((u, i) => (IReadOnlyList<object?>)new object?[] { u.Row.Department, u.Row.UnitName, u.Row.Region, u.Row.Year, u.Row.StatusLabel, u.Row.Errors, u.Row.Warnings }
                .Concat(RuleKinds.All.SelectMany(k => new object?[] { u.Row.Kind(k.Kind).Errors, u.Row.Kind(k.Kind).Warnings })).Append(names[i]).ToList()).ToList()));
        return ms.ToArray();
    }

    private static string Severity(string s) => s switch { "error" => "错误", "warning" => "提示", _ => "信息" };

    private static string TableTitle(Disclosure d, string? tableId) => tableId is null ? "" : d.Table(tableId)?.Title ?? tableId;

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.AppendJoin(',', cells.Select(Field));
        sb.Append("\r\n");
    }

    // A leading = + - @ would be a formula in a spreadsheet: such a text field starts with an apostrophe.
    private static string Field(string s)
    {
        if (s.Length > 0 && (s[0] is '=' or '+' or '@' or '\t' or '\r' || (s[0] == '-' && (s.Length == 1 || !char.IsAsciiDigit(s[1])))))
            s = "'" + s;
        return s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
