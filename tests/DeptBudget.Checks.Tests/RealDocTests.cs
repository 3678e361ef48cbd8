using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>Findings on the published Shanghai PDFs that were false before their rule was fixed.</summary>
public class RealDocTests
{
    [Fact]
    public void PutuoOffice2025_revenue_total_is_not_counted_as_a_part_of_its_last_item()
    {
        // 部门财务收支预算总表 prints 四、其他收入 (blank) and then 收入总计 91,016,775.35; with no 本年收入合计 line
        // the 总计 line is the side's total, not a child of 四、.
        var d = DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-government-office-2025-department-budget.pdf"));
        var i1 = Checker.Default.Check(d).Findings.Where(f => f.Rule == "I1" && f.Severity == Severity.Error).ToList();
        Assert.DoesNotContain(i1, f => f.Location.Row is "四、其他收入" or "三、国有资本经营预算" or "四、住房保障支出");
    }
}
