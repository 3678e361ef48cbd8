using System.Security.Claims;
using System.Text;
using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Storage;
using DeptBudget.Web.Services;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace DeptBudget.Web.Review;

/// <summary>
/// The region's findings to download (and for `deptbudget export-findings`): one XLSX with a summary sheet and,
/// per unit, a sheet in the form of the 公开情况检查表 (each part — every table by its title, every narrative
/// section — with 符合要求 是/否 and its problems), or one CSV with a line per finding.
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

    public async Task<byte[]> XlsxAsync(ClaimsPrincipal user, string? region, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var sheets = wb.Workbook.AppendChild(new Sheets());
            var summary = wb.AddNewPart<WorksheetPart>();
            sheets.Append(new Sheet { Id = wb.GetIdOfPart(summary), SheetId = 1, Name = "汇总" });
            var summaryRows = new List<IReadOnlyList<object?>>
            {
                new object?[] { "部门", "单位", "地区", "年度", "状态", "错误", "提示" }
                    .Concat(RuleKinds.All.SelectMany(k => new object?[] { k.Label + " 错误", k.Label + " 提示" })).Append("工作表").ToList(),
            };
            var used = new HashSet<string> { "汇总" };
            uint id = 2;
            await foreach (var u in UnitsAsync(user, region, ct))
            {
                var name = SheetName($"{u.Row.UnitName} {u.Row.Year}", used);
                var part = wb.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(InspectionForm(u));
                sheets.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = name });
                summaryRows.Add(new object?[] { u.Row.Department, u.Row.UnitName, u.Row.Region, u.Row.Year, u.Row.StatusLabel, u.Row.Errors, u.Row.Warnings }
                    .Concat(RuleKinds.All.SelectMany(k => new object?[] { u.Row.Kind(k.Kind).Errors, u.Row.Kind(k.Kind).Warnings })).Append(name).ToList());
            }
            summary.Worksheet = Worksheet(summaryRows);
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    /// <summary>The 公开情况检查表 of one unit: head lines, then 检查项目 | 符合要求 | 问题 per part.</summary>
    private static List<IReadOnlyList<object?>> InspectionForm(Unit u)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "公开情况检查表" },
            new object?[] { "部门", u.Row.Department, "单位", u.Row.UnitName },
            new object?[] { "年度", u.Row.Year, "状态", u.Row.StatusLabel },
            new object?[] { "错误", u.Row.Errors, "提示", u.Row.Warnings },
            new object?[] { },
            new object?[] { "检查项目", "符合要求", "问题" },
        };
        var left = u.Findings.Where(f => f.IsError || f.IsWarning).ToList();
        void Part(string title, Func<FindingView, bool> here)
        {
            var mine = left.Where(here).ToList();
            left.RemoveAll(f => mine.Contains(f));
            rows.Add([title, mine.Count == 0 ? "是" : "否", string.Join("\n", mine.Select(Problem))]);
        }
        foreach (var s in u.Disclosure.Narrative.Sections) Part(s.Title, f => f.Location.Section == s.Title && f.Location.Table is null);
        foreach (var t in u.Disclosure.Tables) Part(t.Title, f => f.Location.Table == t.Id);
        if (left.Count > 0) Part("其他（全文、目录或未定位）", _ => true);
        return rows;
    }

    private static string Problem(FindingView f)
    {
        var place = string.Join(" / ", new[] { f.Location.Row, f.Location.Column }.Where(x => !string.IsNullOrWhiteSpace(x)));
        var expected = f.Expected is null && f.Actual is null ? "" : $"（应为 {f.Expected ?? "—"}，实为 {f.Actual ?? "—"}）";
        return $"[{Severity(f.Severity)}] {f.Rule} {(place.Length > 0 ? place + "：" : "")}{f.Message}{expected}";
    }

    private static string Severity(string s) => s switch { "error" => "错误", "warning" => "提示", _ => "信息" };

    private static string TableTitle(Disclosure d, string? tableId) => tableId is null ? "" : d.Table(tableId)?.Title ?? tableId;

    private static Worksheet Worksheet(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var data = new SheetData();
        uint r = 1;
        foreach (var row in rows)
        {
            var x = new Row { RowIndex = r };
            for (var c = 0; c < row.Count; c++)
            {
                var reference = Column(c) + r;
                x.Append(row[c] switch
                {
                    int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
                    null => new Cell { CellReference = reference },
                    var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
                });
            }
            data.Append(x);
            r++;
        }
        return new Worksheet(data);
    }

    private static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : Column(i / 26 - 1) + (char)('A' + i % 26);

    // Excel: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.
    private static string SheetName(string title, HashSet<string> used)
    {
        var clean = new string(title.Where(c => !":\\/?*[]'".Contains(c)).ToArray()).Trim();
        if (clean.Length > 31) clean = clean[..31];
        var name = clean;
        for (var k = 2; !used.Add(name); k++) name = clean[..Math.Min(clean.Length, 26)] + $" ({k})";
        return name;
    }

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
