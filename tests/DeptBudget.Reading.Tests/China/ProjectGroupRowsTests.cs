using DeptBudget.Model;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

/// <summary>
/// A project table prints each unit above its projects, the unit's row the sum of theirs. Figures typed from
/// <c>pdftotext -layout</c> of 深圳市统计局 2026 表5 项目支出总表: 深圳市统计局（本级） 1,313.80 over 统计管理 352.27,
/// 政务信息化项目（运行维护服务） 7.50, 专项普查活动 110.00, 专项统计业务 844.03 (= 1,313.80); its text: 4 个项目.
/// </summary>
public class ProjectGroupRowsTests
{
    [Fact]
    public void A_unit_row_that_sums_the_projects_under_it_is_no_project()
    {
        var d = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/guangdong-shenzhen-tjj-2026-budget.pdf"));
        var names = d.Budget.Projects.Select(p => p.Name).ToList();
        Assert.Equal(["统计管理", "政务信息化项目（运行维护服务）", "专项普查活动", "专项统计业务"], names);
        Assert.Equal(1313.80m, d.Budget.Projects.Sum(p => p.Total));
    }

    [Fact]
    public void Projects_with_no_unit_rows_are_all_kept()
    {
        // 广州市信访局 2026 表12: 合计 739.30 = 广州市信访局 739.30 over ten projects — the unit row goes, the ten stay.
        var d = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/guangdong-guangzhou-xfj-2026-budget.pdf"));
        Assert.DoesNotContain(d.Budget.Projects, p => p.Name == "广州市信访局");
        Assert.Equal(739.30m, d.Budget.Projects.Sum(p => p.Total));
    }
}
