using DeptBudget.Model;
using DeptBudget.Reading.Narratives;
using DeptBudget.Reading.Text;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Narratives;

/// <summary>
/// Fully justified prose whose wide gaps cut a line into cells. Lines typed from <c>pdftotext -layout</c> of
/// 深圳市信访局 2026 (pages 7 and 9): <c>大厅律师服务支出 120 万元（含结转 2025 年采购经费 6.9 万</c> /
/// <c>元），用于市信访大厅法律服务室聘请专业律师…</c>, and <c>截至 2025 年 10 月，深圳市信访局共有车辆 1 辆，其中：</c> /
/// <c>机要通信用车 0 辆、应急保障用车 1 辆、执法执勤用车 0 辆、</c> / <c>特种专业技术用车 0 辆、其他用车 0 辆；…</c>.
/// </summary>
public class JustifiedProseTests
{
    private static Narrative Read(params string[][] rows)
    {
        var lines = rows.Select((cells, i) => new SourceLine(i + 1, cells)).ToList();
        return NarrativeReader.Read(lines, "深圳市信访局", new List<UnreadFragment>());
    }

    [Fact]
    public void A_line_cut_before_a_figure_and_its_unit_is_prose_and_its_bracket_closes_on_the_next_line()
    {
        var n = Read(["大厅律师服务支出", "120", "万元（含结转", "2025", "年采购经费", "6.9", "万"],
            ["元），用于市信访大厅法律服务室聘请专业律师，为上访群众提供法律咨询。"]);
        var p = Assert.Single(n.Sections.SelectMany(s => s.Paragraphs));
        Assert.StartsWith("大厅律师服务支出120万元（含结转2025年采购经费6.9万元），用于", p);
    }

    [Fact]
    public void A_line_cut_after_an_enumeration_comma_is_prose_and_every_vehicle_kind_stays_in_its_sentence()
    {
        var n = Read(["截至2025年10月，深圳市信访局共有车辆1辆，其中："],
            ["机要通信用车0辆、应急保障用车1辆、执法执勤用车", "0辆、"],
            ["特种专业技术用车0辆、其他用车0辆；单价100万元以上设备0台（套）。"]);
        // 其中： ends the first paragraph; the list is the next one, whole.
        var p = n.Sections.SelectMany(s => s.Paragraphs).ToList();
        Assert.Equal(2, p.Count);
        Assert.StartsWith("机要通信用车0辆、应急保障用车1辆、执法执勤用车0辆、特种专业技术用车0辆、其他用车0辆；", p[1]);
    }

    [Theory]
    [InlineData("一、一般公共服务支出", "1,234.56")]   // a 类 row of a table outside any recognised table
    [InlineData("1", "上海市XX局（本级）")]            // a row of a list
    public void A_table_row_without_running_text_stays_unread(string a, string b)
    {
        var unread = new List<UnreadFragment>();
        var n = NarrativeReader.Read([new SourceLine(1, [a, b])], "", unread);
        Assert.Empty(n.Sections.SelectMany(s => s.Paragraphs));
        Assert.Single(unread);
    }

    [Fact]
    public void The_vehicles_of_a_justified_holdings_sentence_are_all_read_from_the_pdf()
    {
        var d = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/guangdong-shenzhen-xfj-2026-budget.pdf"));
        var assets = d.Budget.Facts.Assets;
        Assert.NotNull(assets);
        Assert.Equal(1, assets!.VehicleTotal);
        Assert.Equal(1, assets.VehiclesByKind["应急保障用车"]);
        Assert.Equal(5, assets.VehiclesByKind.Count);
        Assert.DoesNotContain(d.Unread, u => u.Text.Contains("大厅律师服务支出", StringComparison.Ordinal));
    }
}
