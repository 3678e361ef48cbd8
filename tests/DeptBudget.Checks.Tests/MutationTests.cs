using DeptBudget.Model;
using DeptBudget.Testing;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>One number of a seed changed in memory, as a typo would change it: the specific rule fires at that place.</summary>
public class MutationTests
{
    private static readonly Disclosure Xixia = SeedChecks.Read(Seeds.Xixia2024);

    private static IReadOnlyList<Finding> Check(Disclosure d) => Checker.Default.Check(d).Findings;

    private static Disclosure Cell(string table, Func<TableRow, bool> row, string key, string value) =>
        Replace(Xixia, WithCell(Xixia.Table(table)!, row, key, value));

    [Fact]
    public void Xixia2024_admin_running_cost_in_03_changed_breaks_basic_plus_project_there()
    {
        var d = Cell(TableIds.ExpenditureSummary, r => r.Code == "2100101", AmountKeys.Total, "458.09");
        var found = Check(d);
        var f = Assert.Single(found, f => f.Rule == "I4" && f.Location.Table == TableIds.ExpenditureSummary);
        Assert.Equal("2100101 行政运行", f.Location.Row);
        Assert.Equal("448.09", f.Expected);
        // The same typo also breaks the unit row, 01 by 类, and 05 = 03 (general budget is the only source).
        Assert.Contains(found, f => f.Rule == "I1" && f.Location.Table == TableIds.ExpenditureSummary && f.Expected == "10911.99");
        Assert.Contains(found, f => f.Rule == "I3" && f.Location.Row == "十、卫生健康");
        Assert.Contains(found, f => f.Rule == "I4" && f.Location.Table == TableIds.GeneralBudgetExpenditure && f.Location.Row == "2100101 行政运行");
    }

    [Fact]
    public void Xixia2024_unit_revenue_in_02_changed_breaks_the_department_row()
    {
        var d = Cell(TableIds.RevenueSummary, r => r.UnitCode == "044002", AmountKeys.Total, "10786.79");
        Assert.Contains(Check(d), f => f.Rule == "I1" && f.Location.Table == TableIds.RevenueSummary && f.Location.Row!.StartsWith("044") && f.Expected == "10891.99");
    }

    [Fact]
    public void Xixia2024_reception_in_06_above_three_public_expenses_is_reported()
    {
        // 30217 公务接待费 (50502) 4.00 → 9.00: basic expenditure now pays 10.00 for reception, 08 allows 5.00.
        var d = Cell(TableIds.GeneralBudgetBasicExpenditure, r => r.Code == "30217" && r.Cells.Contains("50502"), AmountKeys.Total, "9.00");
        var f = Assert.Single(Check(d), f => f.Rule == "I8");
        Assert.Equal("≥ 10.00", f.Expected);
    }

    [Fact]
    public void Xixia2024_revenue_total_in_01_changed_breaks_the_balance()
    {
        var t = Xixia.Table(TableIds.RevenueExpenditureSummary)!;
        var d = Replace(Xixia, WithCell(t, r => r.Cells.Contains("收入总计"), "revenue", "10920.00"));
        Assert.Contains(Check(d), f => f.Rule == "I2" && f.Message.Contains("10920.00"));
    }

    [Fact]
    public void Xixia2024_share_in_narrative_changed_is_reported_in_its_section()
    {
        var sections = Xixia.Narrative.Sections.Select(s => s.Title.StartsWith("三、")
            ? s with { Paragraphs = s.Paragraphs.Select(p => p.Replace("占4.76%", "占5.76%")).ToList() } : s).ToList();
        var d = Xixia with { Narrative = new Narrative(sections) };
        var f = Assert.Single(Check(d), f => f.Rule == "N2" && f.Severity == Severity.Error);
        Assert.StartsWith("三、", f.Location.Section);
        Assert.Equal("4.76%", f.Expected);
    }

    [Fact]
    public void Xixia2024_project_amount_changed_in_10_breaks_03_and_12()
    {
        var projects = Xixia.Budget.Projects.Select(p => p.Name == "2024年公务员医疗补助"
            ? p with { Amounts = new Dictionary<string, decimal>(p.Amounts) { [AmountKeys.Total] = 2604m } } : p).ToList();
        var d = Xixia with { Budget = Xixia.Budget with { Projects = projects } };
        var found = Check(d).Where(f => f.Rule == "I9").ToList();
        Assert.Contains(found, f => f.Message.Contains("项目合计 10346.70"));
        Assert.Contains(found, f => f.Location.Row == "2024年公务员医疗补助" && f.Expected == "2604.00" && f.Actual == "2640.00");
    }

    [Fact]
    public void Xixia2024_basic_expenditure_in_06_matches_05()
    {
        Assert.DoesNotContain(Check(Xixia), f => f.Rule == "I6" && f.Severity == Severity.Error);
        var d = Cell(TableIds.GeneralBudgetBasicExpenditure, r => r.Kind == RowKind.Total, AmountKeys.Total, "529.30");
        var f = Assert.Single(Check(d), f => f.Rule == "I6");
        Assert.Equal("519.30", f.Expected);
        Assert.Equal("合计", f.Location.Row);
    }

    [Fact]
    public void Xixia2024_health_class_in_04_changed_differs_from_05()
    {
        var d = Cell(TableIds.AppropriationSummary, r => r.Cells.Any(c => c.Contains("卫生健康")), AmountKeys.GeneralPublicBudget, "10802.00");
        var f = Assert.Single(Check(d), f => f.Rule == "I5");
        Assert.Contains("卫生健康", f.Location.Row);
        // The 9 printed items of 05 sum to 10901.99 (10902.00 within rounding before the change).
        Assert.Equal("10901.99", f.Expected);
    }

    [Fact]
    public void Xixia2024_economic_summary_total_changed_differs_from_01()
    {
        var d = Cell(TableIds.EconomicClassificationSummary, r => r.Kind == RowKind.Total, AmountKeys.Total, "10992.00");
        Assert.Contains(Check(d), f => f.Rule == "I7" && f.Expected == "10902.00" && f.Actual == "10992.00");
    }

    [Fact]
    public void Xixia2024_pair_31302_with_50102_is_not_in_the_mapping()
    {
        Assert.DoesNotContain(Check(Xixia), f => f.Rule == "K3" && f.Severity == Severity.Error);
        var d = Cell(TableIds.EconomicClassificationSummary, r => r.Code == "31302", ColumnKeys.GovCodeClass, "501");
        var f = Assert.Single(Check(d), f => f.Rule == "K3");
        Assert.Equal("31302 对社会保险基金补助", f.Location.Row);
        Assert.Contains("51002", f.Expected);
    }

    [Fact]
    public void Xixia2024_vehicle_count_changed_no_longer_sums_its_kinds()
    {
        Assert.DoesNotContain(Check(Xixia), f => f.Rule == "I10" && f.Severity == Severity.Error);
        var assets = Xixia.Budget.Facts.Assets! with { VehicleTotal = 2 };
        var d = Xixia with { Budget = Xixia.Budget with { Facts = Xixia.Budget.Facts with { Assets = assets } } };
        var f = Assert.Single(Check(d), f => f.Rule == "I10");
        Assert.Equal("1", f.Expected);
        Assert.Equal("2", f.Actual);
    }
}
