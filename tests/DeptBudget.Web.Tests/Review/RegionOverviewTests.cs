using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeptBudget.Storage;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static DeptBudget.Web.Tests.Review.DeskTestFiles;

namespace DeptBudget.Web.Tests.Review;

/// <summary>The region overview, its bulk actions and the findings exports, on budgets imported as a batch.</summary>
public sealed class RegionOverviewTests
{
    private static async Task<(TestApp App, HttpClient Admin, Dictionary<string, int> Ids)> ImportedAsync(string provider = "sqlite")
    {
        var app = await TestApp.StartAsync(provider);
        var admin = await app.LoginAsync("admin");
        var batch = await WaitAsync(admin, await ImportAsync(admin, Seed("000"), Seed("001"), Seed("002"), Seed("003"), Seed("004")));
        var ids = batch.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("fileName").GetString()![..3], i => i.GetProperty("budgetId").GetInt32());
        return (app, admin, ids);
    }

    [Theory, MemberData(nameof(TestApp.Providers), MemberType = typeof(TestApp))]
    public async Task The_overview_counts_by_status_lists_units_worst_first_and_queues_the_submitted_ones(string provider)
    {
        var (app, admin, ids) = await ImportedAsync(provider);
        await using var _ = app;
        using var doc = JsonDocument.Parse(await admin.GetStringAsync("/api/review/overview"));
        var root = doc.RootElement;
        Assert.Equal(5, root.GetProperty("counts").GetProperty("待审核").GetInt32());
        Assert.Equal(5, root.GetProperty("queue").GetArrayLength());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        var worst = rows.Select(r => (r.GetProperty("errors").GetInt32(), r.GetProperty("warnings").GetInt32())).ToList();
        Assert.Equal(worst.OrderByDescending(x => x.Item1).ThenByDescending(x => x.Item2).ToList(), worst);
        // The per-kind counts add up to the unit's totals of errors.
        foreach (var r in rows)
            Assert.Equal(r.GetProperty("errors").GetInt32(), r.GetProperty("byKind").EnumerateObject().Sum(k => k.Value.GetProperty("errors").GetInt32()));

        // Sorted by department ascending and filtered by text.
        using var byName = JsonDocument.Parse(await admin.GetStringAsync("/api/review/overview?sort=department&dir=asc"));
        var names = byName.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("department").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).ToList(), names);
        var xixia = SeedFiles.Department("001");
        using var filtered = JsonDocument.Parse(await admin.GetStringAsync("/api/review/overview?q=" + Uri.EscapeDataString(xixia)));
        Assert.Equal(ids["001"], filtered.RootElement.GetProperty("rows").EnumerateArray().Single().GetProperty("id").GetInt32());

        var page = await admin.GetStringAsync("/review");
        Assert.Contains("待我审核（5）", page);
        Assert.Contains($"href=\"/budgets/{ids["001"]}\"", page);
    }

    [Fact]
    public async Task Bulk_send_back_gives_the_findings_as_the_reason_and_bulk_approve_then_publish_moves_each_budget()
    {
        var (app, admin, ids) = await ImportedAsync();
        await using var _ = app;
        var rows = await RowsAsync(admin);
        string Sel(string seed) => $"{ids[seed]}:{rows[ids[seed]].GetProperty("revision").GetInt32()}";

        var back = await admin.PostAsJsonAsync("/api/review/bulk", new { action = "sendback", selected = new[] { Sel("001") } });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.True((await back.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("done").GetBoolean());
        var audit = (await app.WithStoreAsync(s => s.AuditAsync(ids["001"]))).First();
        var record = await app.WithStoreAsync(s => s.GetAsync(ids["001"], new Access("t", true, [])));
        Assert.Equal(BudgetStatus.Draft, record!.Status);
        Assert.Contains($"错误 {record.ErrorCount} 个", audit.Summary);

        // Without a reason the publish gate refuses each budget that still has errors, and moves the clean ones.
        var gated = await admin.PostAsJsonAsync("/api/review/bulk", new { action = "approve", selected = new[] { Sel("002"), Sel("003") } });
        var gatedResults = (await gated.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Contains(gatedResults, r => !r.GetProperty("done").GetBoolean()); // the seeds have errors: the gate is exercised
        foreach (var r in gatedResults)
        {
            var errors = rows[r.GetProperty("id").GetInt32()].GetProperty("errors").GetInt32();
            Assert.Equal(errors == 0, r.GetProperty("done").GetBoolean());
            if (errors > 0) Assert.Contains("填写理由", r.GetProperty("message").GetString());
        }
        rows = await RowsAsync(admin);

        var approve = await admin.PostAsJsonAsync("/api/review/bulk", new { action = "approve", reason = "已与编制单位核对", selected = new[] { Sel("002"), Sel("003"), Sel("001") } });
        var results = (await approve.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt32());
        foreach (var seed in new[] { "002", "003" })
            Assert.Equal(BudgetStatus.Approved, (await app.WithStoreAsync(s => s.GetAsync(ids[seed], new Access("t", true, []))))!.Status);
        // 001 was sent back: its revision moved on, and a draft cannot be approved; the others still go.
        Assert.False(results[ids["001"]].GetProperty("done").GetBoolean());

        rows = await RowsAsync(admin);
        var publish = await admin.PostAsJsonAsync("/api/review/bulk", new { action = "publish", reason = "已与编制单位核对", selected = new[] { Sel("002") } });
        Assert.True((await publish.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("done").GetBoolean());

        using var doc = JsonDocument.Parse(await admin.GetStringAsync("/api/review/overview"));
        var counts = doc.RootElement.GetProperty("counts");
        Assert.Equal((2, 1, 1, 1), (counts.GetProperty("待审核").GetInt32(), counts.GetProperty("已退回").GetInt32(),
            counts.GetProperty("已批准").GetInt32(), counts.GetProperty("已公开").GetInt32()));

        // The page's bulk form does the same with its anti-forgery token.
        rows = await RowsAsync(admin);
        var posted = await TestApp.PostFormAsync(admin, "/review?handler=Bulk", new() { ["action"] = "approve", ["reason"] = "已核对", ["selected"] = Sel("004") }, "/review");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("已批准", await posted.Content.ReadAsStringAsync());
    }

    private static async Task<Dictionary<int, JsonElement>> RowsAsync(HttpClient client)
    {
        var doc = JsonDocument.Parse(await client.GetStringAsync("/api/review/overview"));
        return doc.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task The_findings_export_has_a_summary_sheet_and_an_inspection_form_per_unit_and_a_csv_line_per_finding()
    {
        var (app, admin, ids) = await ImportedAsync();
        await using var _ = app;
        var rows = await RowsAsync(admin);
        var xlsx = await admin.GetByteArrayAsync("/api/review/findings.xlsx");
        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var wb = doc.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("汇总", sheets[0].Name!.Value);
        Assert.Equal(6, sheets.Count);
        string[][] Cells(Sheet s) => ((WorksheetPart)wb.GetPartById(s.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray()).ToArray();
        var summary = Cells(sheets[0]);
        Assert.Equal(["部门", "单位", "地区", "年度", "状态", "错误", "提示"], summary[0][..7]);
        var xixia = summary.Single(r => r[0] == SeedFiles.Department("001"));
        Assert.Equal(rows[ids["001"]].GetProperty("errors").GetInt32().ToString(), xixia[5]);
        var form = Cells(sheets.Single(s => s.Name!.Value == xixia[^1]));
        Assert.Equal("公开情况检查表", form[0][0]);
        // The checks' form (one writer for the desk and `check --format checklist`): 检查方面 | 检查内容 | 符合要求 | 存在问题 | 位置 | 页码.
        var header = Array.FindIndex(form, r => r.Length > 0 && r[0] == "检查方面");
        var parts = form[(header + 1)..].Where(p => p[0] == "内容规范性").ToArray();
        Assert.NotEmpty(parts);
        Assert.All(parts, p => Assert.Contains(p[2], new[] { "是", "否" }));
        // Every error and warning is written under one part.
        var problems = parts.Sum(p => p.Length > 3 && p[3].Length > 0 ? p[3].Split('\n').Length : 0);
        Assert.Equal(rows[ids["001"]].GetProperty("errors").GetInt32() + rows[ids["001"]].GetProperty("warnings").GetInt32(), problems);

        var csv = System.Text.Encoding.UTF8.GetString(await admin.GetByteArrayAsync("/api/review/findings.csv")).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("部门,单位,地区,年度,状态,规则", lines[0]);
        var findingsCount = await app.WithStoreAsync(async s =>
        {
            var n = 0;
            foreach (var id in ids.Values) n += DeptBudget.Web.Services.CheckService.Parse((await s.GetAsync(id, new Access("t", true, [])))!.FindingsJson).Count;
            return n;
        });
        // Quoted fields may hold line breaks; count records by their leading department field instead.
        Assert.Equal(findingsCount, lines.Count(l => ids.Keys.Select(SeedFiles.Department).Any(d => l.StartsWith(d + ",", StringComparison.Ordinal))));
    }
}
