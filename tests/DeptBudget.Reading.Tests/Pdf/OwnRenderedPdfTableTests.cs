using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Reading.Tests.Seeds.TableLookup;
using static DeptBudget.Reading.Tests.Seeds.SeedLookup;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Tables 02, 07, 10, 11 and 12 of seed 001 read back from our own PDF (every cell ruled; header words
/// wrapped over lines, text centred above a row's figures). Figures typed by hand from seed 001.
/// The PDF prints the 02 totals as 10,901.99 / 9,947.99 where the seed has 10,902.00 / 9,948.00 (the
/// renderer sums the units' rounded figures), so the unit rows carry the assertions there.
/// </summary>
[Collection(SeedPdfCollection.Name)]
public class OwnRenderedPdfTableTests(OwnRenderedPdfFixture f) : IClassFixture<OwnRenderedPdfFixture>
{
    private Disclosure D => f.Pdf;
    private Budget B => f.Pdf.Budget;

    [Fact]
    public void Xixia2024_own_pdf_revenue_summary_wrapped_header_words_head_their_own_columns()
    {
        var t = D.Get(TableIds.RevenueSummary);
        // 政府/性基/金 and 其中：财政/拨款 print over three lines in narrow cells: each is one column.
        Assert.Equal(f.Text.Get(TableIds.RevenueSummary).Columns.Select(c => c.Key), t.Columns.Select(c => c.Key));
        var own = t.RowByUnit("044001");
        Assert.Equal("西峡县医疗保障局本级", Squash(own.Name));
        Assert.Equal(105.20m, t.Amt(own, AmountKeys.Total));
        Assert.Equal(105.20m, t.Amt(own, AmountKeys.GeneralPublicBudget));
        Assert.Equal(81.20m, t.Amt(own, AmountKeys.OwnLevelAppropriation));
        Assert.Null(t.Amt(own, AmountKeys.GovernmentFundBudget));
        var centre = t.RowByUnit("044002");
        Assert.Equal("西峡县医疗保险中心", Squash(centre.Name)); // wrapped over two lines in its cell
        Assert.Equal(10796.79m, t.Amt(centre, AmountKeys.Total));
        Assert.Equal(10796.79m, t.Amt(centre, AmountKeys.RevenueThisYear));
        Assert.Equal(9866.79m, t.Amt(centre, AmountKeys.OwnLevelAppropriation));
        Assert.Null(t.Amt(centre, AmountKeys.CarryoverIn));
    }

    [Fact]
    public void Xixia2024_own_pdf_economic_summary_keeps_its_own_level_appropriation_column()
    {
        var t = D.Get(TableIds.EconomicClassificationSummary);
        var total = t.TotalRow();
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.GeneralPublicBudget));
        Assert.Equal(9948.00m, t.Amt(total, AmountKeys.OwnLevelAppropriation));
        var merit = t.RowByCode("30107");
        Assert.Equal("50501", t.GovCode(merit));
        Assert.Equal(21.97m, t.Amt(merit, AmountKeys.Total));
        var travel = t.RowByCode("30211"); // 差旅费 4.00, 其中：财政拨款 blank
        Assert.Equal(4.00m, t.Amt(travel, AmountKeys.GeneralPublicBudget));
        Assert.Null(t.Amt(travel, AmountKeys.OwnLevelAppropriation));
        var printing = t.RowByCode("30202");
        Assert.Equal(14.00m, t.Amt(printing, AmountKeys.Total));
        Assert.Equal(10.00m, t.Amt(printing, AmountKeys.OwnLevelAppropriation));
        // Second page; names wrapped in their cells (对社会保险基金补/助) read whole.
        var fund = t.RowByCode("31302");
        Assert.Equal("对社会保险基金补助", Squash(fund.Name));
        Assert.Equal("51002", t.GovCode(fund));
        Assert.Equal(6271.20m, t.Amt(fund, AmountKeys.Total));
        var relief = t.RowByCode("30399");
        Assert.Equal(930.00m, t.Amt(relief, AmountKeys.GeneralPublicBudget));
        Assert.Null(t.Amt(relief, AmountKeys.OwnLevelAppropriation));
        Assert.Equal(2640.00m, t.Amt(t.RowByCode("30111"), AmountKeys.Total));
        Assert.Equal(2, t.RowsByCode("30299").Count);
    }

    [Fact]
    public void Xixia2024_own_pdf_project_rows_join_kind_and_unit_printed_around_their_figures()
    {
        var t = D.Get(TableIds.ProjectExpenditure);
        Assert.Equal(10382.70m, t.Amt(t.TotalRow(), AmountKeys.Total));
        // 本年拨款 prints over three sub-columns; 政府性基金预算 is one of its own (blank here).
        Assert.Contains(t.Columns, c => c.Key == AmountKeys.GovernmentFundBudget);
        Assert.Equal(12, B.Projects.Count); // 11 on the first page, 1 on the second
        Assert.Equal(10382.70m, B.Projects.Sum(p => p.Total));
        Assert.Equal(64.50m, B.Projects.Where(p => p.Kind == "其他运转类").Sum(p => p.Total));
        Assert.Equal(10318.20m, B.Projects.Where(p => p.Kind == "特定目标类").Sum(p => p.Total));
        var civil = t.RowByText(ColumnKeys.Name, "2024年公务员医疗补助");
        Assert.Equal("特定目标类", t.Cell(civil, ColumnKeys.ProjectKind));
        Assert.Equal("西峡县医疗保险中心", Squash(t.Cell(civil, ColumnKeys.UnitName)));
        Assert.Equal(2640.00m, t.Amt(civil, AmountKeys.Total));
        Assert.Null(t.Amt(civil, AmountKeys.GovernmentFundBudget));
        var p = B.Project("2024年医保基金监督监查运行经费");
        Assert.Equal("其他运转类", p.Kind);
        Assert.Equal("西峡县医疗保障局本级", Squash(p.UnitName));
        Assert.Equal(12.00m, p.Amounts.Get(AmountKeys.GeneralPublicBudget));
        Assert.Equal(15.00m, B.Project("2024年按病种分值付费（DIP）付费改革经费").Total); // second page
        Assert.Equal(6271.20m, B.Project("2024年财政对城乡居民医疗保险基金配套支出").Total);
    }

    [Fact]
    public void Xixia2024_own_pdf_department_target_tasks_budget_and_indicators()
    {
        var dt = B.DepartmentTarget;
        Assert.NotNull(dt);
        Assert.Contains(dt!.Objectives, o => Squash(o).Contains("持续做好全县医疗保障工作"));
        Assert.Equal(5, dt.Tasks.Count);
        Assert.Equal("持续做好打击欺诈骗保工作", Squash(dt.Tasks[0].Name));
        Assert.Contains("举报奖励制度", Squash(dt.Tasks[0].Content));
        Assert.Equal(10902.00m, dt.Budget.Get(AmountKeys.Total));
        Assert.Equal(519.30m, dt.Budget.Get(AmountKeys.BasicExpenditure));
        Assert.Equal(10382.70m, dt.Budget.Get(AmountKeys.ProjectExpenditure));
        var refine = dt.Indicators.Indicator("专项资金细化率");
        Assert.Equal("投入管理指标", Squash(refine.Level1));
        Assert.Equal("预算和财务管理", Squash(refine.Level2));
        refine.Value.AssertValue("≥", 95m, "%");
        var key = dt.Indicators.Indicator("重点任务完成率");
        Assert.Equal("产出指标", Squash(key.Level1));
        key.Value.AssertValue("≥", 90m, "%");
        var sat = dt.Indicators.Indicator("服务对象满意度");
        Assert.Equal("满意度", Squash(sat.Level2));
        sat.Value.AssertValue("≥", 95m, "%");
    }

    [Fact]
    public void Xixia2024_own_pdf_project_targets_and_their_indicators()
    {
        Assert.Equal(14, B.ProjectTargets.Count);
        Assert.Equal(10382.70m + 942.00m, B.ProjectTargets.Sum(p => p.Amounts.Get(AmountKeys.Total)));
        var p = B.Target("2024年医疗保障政策宣传费");
        Assert.Equal("41132324000000000805", p.ProjectCode);
        Assert.Equal("044001", p.UnitCode);
        Assert.Equal(10.00m, p.Amounts.Get(AmountKeys.Total));
        var cost = p.Indicators.Indicator("宣传报道总成本");
        Assert.Equal("成本指标", Squash(cost.Level1));
        cost.Value.AssertValue("≤", 10m, "万元");
        p.Indicators.Indicator("宣传活动开展次数").Value.AssertValue("≥", 30m, "次");
        p.Indicators.Indicator("宣传品印刷量").Value.AssertValue("≥", 50000m, "份");
        p.Indicators.Indicator("管理制度的健全性").Value.AssertQualitative("制度健全");
        var sat = p.Indicators.Indicator("直接服务对象满意度");
        Assert.Equal("满意度指标", Squash(sat.Level1));
        sat.Value.AssertValue("≥", 95m, "%");
        var resident = B.Target("2024年财政对城乡居民医疗保险基金配套支出");
        Assert.Equal("411323240000000024808", resident.ProjectCode);
        Assert.Equal(6271.20m, resident.Amounts.Get(AmountKeys.Total));
        resident.Indicators.Indicator("城乡居民缴费人数").Value.AssertValue("≥", 37m, "万");
    }
}
