using DeptBudget.Model;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

public sealed class ShenzhenCzjFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/guangdong-shenzhen-czj-2026-budget.pdf"));
}

/// <summary>
/// 深圳市财政局 2026, 第七部分 重点项目预算绩效情况说明: a sentence (2026 年，本单位重点项目绩效目标情况如下：), then a
/// grid with its header row and a row per project, run over pages 11 and 12. Figures typed from
/// <c>pdftotext -layout -f 11 -l 12</c>: <c>深圳市财政局（本   预决算管理业务   18,808.16</c> … <c>综合管理      274.16</c>.
/// </summary>
public class ShenzhenProseTableTests(ShenzhenCzjFixture f) : IClassFixture<ShenzhenCzjFixture>
{
    [Fact]
    public void A_grid_under_a_sentence_in_the_prose_is_a_table_of_its_own_over_both_pages()
    {
        var t = Assert.Single(f.Disclosure.Tables, t => t.Id.StartsWith(TableIds.OtherPrefix) && t.Title.Contains("重点项目绩效目标情况"));
        string[] printed = ["18808.16", "2714.03", "2000.00", "1509.83", "416.43", "341.46", "297.50", "274.16"];
        Assert.All(printed, a => Assert.Contains(t.Rows, r => r.Cells.Any(c => c.Replace(",", "") == a)));
        Assert.Equal(printed.Length, t.Rows.Count(r => r.Cells.Any(c => c.StartsWith("深圳市财政局"))));
    }

    [Fact]
    public void The_prose_after_the_grid_stays_prose()
    {
        // 第八部分 其他需要说明情况: 机关运行经费财政拨款预算2,719.55万元 is narrative, not a row of the grid above.
        Assert.DoesNotContain(f.Disclosure.Tables, t => t.Rows.Any(r => r.Cells.Any(c => c.Contains("机关运行经费财政拨款预算"))));
    }
}
