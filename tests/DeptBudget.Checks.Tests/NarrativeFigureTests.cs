using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>N1 compares a stated figure with the row or total its words name, in each sentence shape of the 上海 编制说明.</summary>
public class NarrativeFigureTests
{
    private static readonly Lazy<Figures> Office2025 = new(() =>
        new Figures(new CheckContext(DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-government-office-2025-department-budget.pdf")))));

    private static readonly Lazy<Figures> Wanli2024 = new(() =>
        new Figures(new CheckContext(DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2024-department-budget.pdf")))));

    [Fact]
    public void Codes_in_the_brackets_name_the_item_not_the_revenue_total()
    {
        // The office's 说明 item 1 (“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1202.95万元) written
        // in the other 上海 shape: 一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）.
        var figures = Office2025.Value.For("1、一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）");
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.Contains("2010301", f.Where));
        Assert.Contains(figures, f => Math.Abs(f.Value - 1202.95m) <= 0.005m);
    }

    [Fact]
    public void A_class_code_in_brackets_and_a_quoted_class_name_name_the_class()
    {
        var byCode = Office2025.Value.For("一般公共服务支出（201类）");
        var byName = Office2025.Value.For("“一般公共服务支出”科目");
        Assert.NotEmpty(byCode);
        Assert.All(byCode.Concat(byName), f => Assert.Contains("201 ", f.Where));
        Assert.Equal(byCode.Select(f => f.Value), byName.Select(f => f.Value));
    }

    [Fact]
    public void Appropriation_revenue_is_compared_with_the_appropriation_not_every_total()
    {
        // 万里 2024: 收入预算15621.11万元，其中：财政拨款收入15621.11万元 — 部门财务收支预算总表 一、财政拨款收入.
        var figures = Wanli2024.Value.For("财政拨款收入");
        Assert.NotEmpty(figures);
        Assert.Contains(figures, f => Math.Abs(f.Value - 15621.11m) <= 0.005m);
        Assert.DoesNotContain(figures, f => f.Where.Contains("总计"));
    }
}
