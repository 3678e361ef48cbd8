using DeptBudget.Model;
using DeptBudget.Reading.Layouts;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.Shanghai;

/// <summary>
/// 上海市普陀区财政局 2024年度部门决算 (portrait, ruled, amounts in 万元). Known gaps: the
/// 收入支出决算总表 and the two-column 基本支出决算表 are not rebuilt (their headers wrap character by
/// character); tests below assert what is read.
/// </summary>
public class FinanceBureauFinal2024Tests(FinanceFinalFixture f) : IClassFixture<FinanceFinalFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Identity_layout_and_contents()
    {
        Assert.Equal("上海市普陀区财政局", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal("shanghai-final-2024", D.Meta.Layout);
        Assert.Equal(9, ReadingLayouts.For(D.Meta.Layout)!.Tables.Count);
        Assert.Equal(9, D.Meta.Contents.Count(c => c.Number is not null && c.TableId is not null));
    }

    [Fact]
    public void General_budget_appropriation_expenditure()
    {
        var t = D.Get(TableIds.GeneralBudgetExpenditure);
        var c201 = t.RowByCode("201");
        Assert.Equal(2106.66m, t.Amt(c201, Total));
        Assert.Equal(1503.52m, t.Amt(c201, BasicExpenditure));
        Assert.Equal(603.14m, t.Amt(c201, ProjectExpenditure));
        var admin = t.RowByCode("2010601");
        Assert.Equal(1511.89m, t.Amt(admin, Total));
        Assert.Equal(8.37m, t.Amt(admin, ProjectExpenditure));
    }

    [Fact]
    public void Revenue_final_accounts_total()
    {
        var t = D.Get(TableIds.RevenueSummary);
        Assert.Equal("2946.25", t.TotalRow().Cells.First(c => c.Contains('.')));
    }

    [Fact]
    public void Empty_fund_tables_say_so()
    {
        Assert.Contains("无政府性基金预算财政拨款支出", D.Get(TableIds.GovernmentFundExpenditure).EmptyNote);
        Assert.Contains("无国有资本经营预算财政拨款支出", D.Get(TableIds.StateCapitalExpenditure).EmptyNote);
    }

    [Fact]
    public void Missing_tables_are_reported_by_the_layout()
    {
        var missing = ReadingLayouts.Missing(D).Select(t => t.Id).ToList();
        Assert.DoesNotContain(TableIds.GeneralBudgetExpenditure, missing);
        Assert.True(missing.Count <= 1, "missing: " + string.Join(", ", missing));
    }
}

/// <summary>The blank 部门决算 template (上海市XX局): its layout and table list are recognised.</summary>
public class FinalTemplate2024Tests(FinalTemplateFixture f) : IClassFixture<FinalTemplateFixture>
{
    [Fact]
    public void Template_is_the_final_accounts_layout()
    {
        var d = f.Disclosure;
        Assert.Equal("上海市XX局", d.Meta.Department);
        Assert.Equal("shanghai-final-2024", d.Meta.Layout);
        Assert.NotNull(d.Table(TableIds.RevenueExpenditureSummary));
        Assert.NotNull(d.Table(TableIds.ThreePublicExpenses));
        Assert.Contains("没有政府性基金预算", d.Get(TableIds.GovernmentFundExpenditure).EmptyNote);
    }
}
