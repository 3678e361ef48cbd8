using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

public sealed class SuzhouGhzyFixture
{
    public Disclosure Department { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/jiangsu-suzhou-ghzy-2026-budget.pdf"));
    public Disclosure Unit { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/jiangsu-suzhou-ghzy-unit-2026-budget.pdf"));
}

/// <summary>
/// 苏州市自然资源和规划局 2026 prints `苏州市自然资源和规划局 2026 年度部门预算公开` atop every page. A table that runs
/// over a page break goes on under that line with no header of its own; the running header is page furniture, so
/// the rows under it keep the columns of the page before. Figures typed from <c>pdftotext -layout</c>:
/// 支出总表 (p. 14) <c>2200150 事业运行 2,670.77 2,670.77</c> (合计, 基本支出), <c>2200199 其他自然资源事务支出
/// 6,613.62 … 6,613.62</c> (合计, 项目支出), <c>2210203 购房补贴 1,227.73 1,227.73</c>; the unit document's
/// 一般公共预算基本支出表 (p. 19) <c>30399 其他对个人和家庭的补助 6.00 6.00</c> (合计, 人员经费).
/// </summary>
public class SuzhouRunningHeaderTests(SuzhouGhzyFixture f) : IClassFixture<SuzhouGhzyFixture>
{
    [Theory]
    [InlineData("2200150", "2670.77", "2670.77", null)]
    [InlineData("2200199", "6613.62", null, "6613.62")]
    [InlineData("2210203", "1227.73", "1227.73", null)]
    public void Rows_continued_under_a_running_header_keep_the_columns_of_the_page_before(string code, string total, string? basic, string? project)
    {
        var t = f.Department.Get(TableIds.ExpenditureSummary);
        var row = Assert.Single(t.Rows, r => r.Code == code);
        Assert.Equal(decimal.Parse(total), t.Amount(row, AmountKeys.Total));
        Assert.Equal(basic is null ? null : decimal.Parse(basic), t.Amount(row, AmountKeys.BasicExpenditure));
        Assert.Equal(project is null ? null : decimal.Parse(project), t.Amount(row, AmountKeys.ProjectExpenditure));
    }

    [Fact]
    public void The_running_header_is_no_row_of_a_table()
    {
        var rows = f.Department.Tables.Concat(f.Unit.Tables).SelectMany(t => t.Rows);
        Assert.DoesNotContain(rows, r => r.Cells.Any(c => c.Contains("年度部门预算公开") || c.Contains("年度单位预算公开")));
    }

    [Fact]
    public void A_row_continued_on_the_next_page_counts_in_its_class()
    {
        // 303 对个人和家庭的补助 510.41 = 481.47 + 22.76 + 0.18 + 6.00, the 6.00 of 30399 under the running header.
        var t = f.Unit.Get(TableIds.GeneralBudgetBasicExpenditure);
        var row = Assert.Single(t.Rows, r => r.Code == "30399");
        Assert.Equal(6.00m, t.Amount(row, AmountKeys.Total));
        Assert.Equal(6.00m, t.Amount(row, AmountKeys.PersonnelCost));
    }
}
