using System.Text.RegularExpressions;
using DeptBudget.Storage;

namespace DeptBudget.Web.Tests;

/// <summary>The budgets list and the compare charts on the five imported samples.</summary>
public sealed partial class ListAndChartsTests(SeededApp seeded) : IClassFixture<SeededApp>
{
    private TestApp App => seeded.App;

    private static List<string> Departments(string html) =>
        DepartmentLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<td><a href=\"/budgets/[0-9]+\">([^<]+)</a></td>")]
    private static partial Regex DepartmentLink();

    [Fact]
    public async Task The_list_shows_every_sample_with_unit_region_year_status_and_error_count_and_filters_them()
    {
        var client = App.Client();
        var all = await client.GetStringAsync("/");
        Assert.Equal(5, Departments(all).Count);
        // Column headers with their scope; the sortable ones are links (issue 15).
        foreach (var head in new[] { "部门", "单位", "地区", "年度", "状态", "错误" })
            Assert.Matches($"<th scope=\"col\"[^>]*>(<a [^>]*>)?{head}[ ▲▼]*(</a>)?</th>", all);
        // Seed 001: 西峡县医疗保障局, its unit 本级 named in the unit list, 2024, published.
        var xixia = (await App.WithStoreAsync(s => s.ListAsync(Access.Public, new(Department: "西峡县")))).Single();
        Assert.Matches($"<td><a href=\"/budgets/{xixia.Id}\">西峡县医疗保障局</a></td>\\s*<td>[^<]*</td>\\s*<td>西峡县</td>\\s*<td>2024</td>", all);
        Assert.Contains($"<td class=\"num {(xixia.ErrorCount > 0 ? "count-err" : "count-ok")}\">{xixia.ErrorCount}</td>", all);

        Assert.Equal(["洛龙区医疗保障局"], Departments(await client.GetStringAsync("/?year=2021")));   // seed 002 is the 2021 one
        Assert.Equal(["滑县医疗保障局"], Departments(await client.GetStringAsync("/?region=" + Uri.EscapeDataString("滑县"))));
        Assert.Equal(["开封市龙亭区医疗保障局"], Departments(await client.GetStringAsync("/?department=" + Uri.EscapeDataString("龙亭"))));
        Assert.Empty(Departments(await client.GetStringAsync("/?year=2024&region=" + Uri.EscapeDataString("洛龙区"))));
        var admin = await App.LoginAsync("admin");
        Assert.Equal(5, Departments(await admin.GetStringAsync("/?status=published")).Count);
        Assert.Empty(Departments(await admin.GetStringAsync("/?status=draft")));
    }

    [Fact]
    public async Task Compare_charts_Huaxian_2024_from_the_tables_it_has_and_says_where_the_figures_came_from()
    {
        var html = await App.Client().GetStringAsync("/compare?year=2024");
        Assert.Equal(4, Regex.Matches(html, "<svg class=\"chart\"").Count);
        // Seed 004 prints no 收入/支出总体情况表; its 收支总体情况表 states 一般公共预算 23278.10, and
        // 基本支出 797.18 (基本支出表) with 项目支出 22480.92, as its narrative says (支出合计 23278.10).
        Assert.Contains("<title>一般公共预算：23,278.10 万元</title>", html);
        Assert.Contains("<title>基本支出：797.18 万元</title>", html);
        Assert.Contains("<title>项目支出：22,480.92 万元</title>", html);
        Assert.Contains("基本支出与项目支出：滑县医疗保障局 的数据取自基本支出表", html);
        // No 三公 table in seed 004: no bar (a 0 would claim a figure), and a note. Seed 001's is 8.00 = 3.00 + 5.00.
        Assert.Contains("“三公”经费：滑县医疗保障局 的文件没有可用的数据", html);
        Assert.Contains("<title>公务接待费：5.00 万元</title>", html);
        Assert.Contains("<title>公务用车运行维护费：3.00 万元</title>", html);
        // Largest projects name their unit by region within the label width. Seed 004 has no 项目支出表 but its
        // 项目绩效目标汇总表 lists its projects with their money: 2024年滑县城乡居民基本医疗保险县财政补助 8,321.40.
        Assert.Contains("<title>项目支出：8,321.40 万元</title>", html);
        Assert.Contains("（滑县）", html);
        Assert.DoesNotContain("最大的项目：滑县医疗保障局 的文件没有项目支出表", html);
    }

    [Fact]
    public async Task Compare_a_department_across_years_draws_every_chart_for_each_sample()
    {
        var client = App.Client();
        foreach (var d in new[] { "开封市龙亭区医疗保障局", "西峡县医疗保障局", "洛龙区医疗保障局", "兰山区医疗保障局机关", "滑县医疗保障局" })
        {
            var html = await client.GetStringAsync("/compare?department=" + Uri.EscapeDataString(d));
            Assert.Equal(4, Regex.Matches(html, "<svg class=\"chart\"").Count);
            Assert.Contains($"{d}：1 个年度", html);
        }
    }

    [Fact]
    public async Task Every_sample_downloads_as_html_xlsx_docx_json_and_csv_from_its_budget_page()
    {
        var client = App.Client();
        foreach (var b in await App.WithStoreAsync(s => s.ListAsync(Access.Public, new())))
        {
            var page = await client.GetStringAsync($"/budgets/{b.Id}");
            foreach (var format in new[] { "html", "xlsx", "docx", "json", "csv" })
            {
                Assert.Contains($"href=\"/api/budgets/{b.Id}/export/{format}\"", page);
                var response = await client.GetAsync($"/api/budgets/{b.Id}/export/{format}");
                Assert.True(response.IsSuccessStatusCode, $"{b.Department} {format}: {(int)response.StatusCode}");
                var bytes = await response.Content.ReadAsByteArrayAsync();
                Assert.True(bytes.Length > 100, $"{b.Department} {format}: {bytes.Length} bytes");
                if (format is "xlsx" or "docx" or "csv") Assert.Equal("PK"u8.ToArray(), bytes[..2]);   // zip containers
                else Assert.Contains(b.Department, System.Text.Encoding.UTF8.GetString(bytes));
                Assert.Contains(b.Year.ToString(), response.Content.Headers.ContentDisposition!.FileNameStar);
            }
        }
    }

    [Fact]
    public async Task A_sample_downloads_as_pdf_when_chromium_is_installed()
    {
        if (!File.Exists(DeptBudget.Rendering.Writers.PdfRenderer.ChromiumPath)) return;   // the browser tests need it too; scripts/test.sh installs it
        var b = (await App.WithStoreAsync(s => s.ListAsync(Access.Public, new(Department: "西峡县")))).Single();
        var response = await App.Client().GetAsync($"/api/budgets/{b.Id}/export/pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..4]);
    }
}
