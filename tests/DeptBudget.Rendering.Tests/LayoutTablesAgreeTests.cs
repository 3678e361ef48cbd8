using DeptBudget.Model.Layouts;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// A rendering layout prints, in order, the tables its family lists (<see cref="LayoutTables"/>), which the
/// reader and C1 hold documents to: a rendered package is never incomplete by our own checks.
/// </summary>
public class LayoutTablesAgreeTests
{
    public static TheoryData<string> Layouts => new(Layout.Available);

    // 山东 2024 prints its project targets after the twelve tables, in 说明 六 (003: (二) 单位预算项目绩效目标表), not in its 目录.
    [Theory, MemberData(nameof(Layouts))]
    public void A_rendering_layout_prints_the_tables_of_its_family_in_their_order(string id)
    {
        var family = LayoutTables.For(id)!.Tables.OrderBy(t => t.Number).Select(t => t.Id).ToList();
        var printed = Layout.Load(id).Tables.Select(t => t.Id).ToList();
        Assert.Equal(family, printed.Take(family.Count));
        Assert.All(printed.Skip(family.Count), extra => Assert.Equal(Model.TableIds.ProjectPerformanceTargets, extra));
    }
}
