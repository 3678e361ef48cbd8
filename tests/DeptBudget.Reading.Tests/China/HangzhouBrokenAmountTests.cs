using DeptBudget.Model;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

/// <summary>
/// 杭州市司法局 2026 表5 一般公共预算支出预算表: the 项目支出 cells are too narrow for their figures, which break over
/// two lines. <c>pdftotext -layout</c> (page of 表5) prints <c>21,118.5</c> above and <c>1</c> under
/// <c>合计                   91,842.80       70,724.29   58,486.35   12,237.94</c>; 表7 prints the same total whole:
/// <c>合计                   28,506.17      21,118.51                           7,387.66</c>.
/// </summary>
public class HangzhouBrokenAmountTests
{
    [Fact]
    public void A_total_broken_over_two_lines_of_its_cell_is_read_whole()
    {
        var d = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/zhejiang-hangzhou-sfj-2026-budget.pdf"));
        var t = Assert.Single(d.Tables, t => t.Title.Contains("一般公共预算支出预算表"));
        var total = Assert.Single(t.Rows, r => r.Cells.Count > 0 && r.Cells[0] == "合计");
        Assert.Equal(["91842.80", "70724.29", "58486.35", "12237.94", "21118.51"], total.Cells.Where(c => c.Length > 0).Skip(1).Select(c => c.Replace(",", "")));
    }
}
