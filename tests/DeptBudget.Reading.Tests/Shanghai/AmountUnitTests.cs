using DeptBudget.Model;
using DeptBudget.Reading.Layouts;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.Shanghai;

/// <summary>
/// 上海 prints tables 1–8 in 元 and table 9 in 万元 (each table's own 单位： line). The tables keep the
/// printed figures; the budget facts are 万元, divided exactly. Figures typed from the printed PDFs.
/// </summary>
public class OfficeBudgetUnitTests(OfficeBudgetFixture f) : IClassFixture<OfficeBudgetFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Each_table_states_its_own_unit()
    {
        Assert.Equal(AmountUnits.Yuan, D.Get(TableIds.ExpenditureSummary).AmountUnit);
        Assert.Equal(AmountUnits.Yuan, D.Get(TableIds.GeneralBudgetBasicExpenditure).AmountUnit);
        Assert.Equal(AmountUnits.TenThousandYuan, D.Get(TableIds.ThreePublicExpenses).AmountUnit);
    }

    [Fact]
    public void Office2025_expenditure_facts_are_ten_thousand_yuan_while_table_03_keeps_yuan()
    {
        var t = D.Get(TableIds.ExpenditureSummary);
        Assert.Equal(12029501.84m, t.Amt(t.RowByCode("2010301"), Total));
        var admin = D.Budget.Expenditure.Single(e => e.Scope == FundingScope.AllSources && e.FunctionCode.Value == "2010301");
        Assert.Equal(1202.950184m, admin.Amounts[Total]);
        Assert.Equal(1191.950184m, admin.Amounts[BasicExpenditure]);
        Assert.Equal(11m, admin.Amounts[ProjectExpenditure]);
        var housing = D.Budget.Expenditure.Single(e => e.Scope == FundingScope.GeneralPublicBudget && e.FunctionCode.Value == "2210203");
        Assert.Equal(186.768m, housing.Amounts[Total]);
    }

    [Fact]
    public void Office2025_revenue_and_basic_economic_facts_in_ten_thousand_yuan()
    {
        Assert.Equal(1202.950184m, D.Budget.Revenue.Single(r => r.FunctionCode == "2010301" && r.Source == FiscalAppropriation).Amount);
        var reception = D.Budget.BasicEconomic.Single(e => e.DepartmentCode?.Value == "30217");
        Assert.Equal(18.5m, reception.Amounts[OperatingCost]);
    }

    [Fact]
    public void Office2025_three_public_table_is_already_ten_thousand_yuan_and_keyed()
    {
        var t = D.Get(TableIds.ThreePublicExpenses);
        var row = Assert.Single(t.Rows);
        Assert.Equal(867.50m, t.Amt(row, Total));
        Assert.Equal(28.50m, t.Amt(row, OfficialReception));
        Assert.Null(t.Amt(row, OfficialVehicles));
        Assert.Equal(213.28m, t.Amt(row, AgencyOperatingCost));
        var facts = D.Budget.ThreePublic!.ThisYear;
        Assert.Equal(867.50m, facts.Total);
        Assert.Equal(839.00m, facts.OfficialOverseasTravel);
        Assert.Equal(28.50m, facts.OfficialReception);
        Assert.Equal(0m, facts.OfficialVehicles);
    }

    [Fact]
    public void Office2025_appropriation_summary_right_side_is_keyed()
    {
        var t = D.Get(TableIds.AppropriationSummary);
        Assert.Equal(
            [ColumnKeys.RevenueItem, Revenue, ColumnKeys.ExpenditureItem, Total, GeneralPublicBudget, GovernmentFundBudget, StateCapitalBudget],
            t.Columns.Select(c => c.Key));
        var row = t.RowByText(ColumnKeys.ExpenditureItem, "二、社会保障和就业支出");
        Assert.Equal(4213779.28m, t.Amt(row, Total));
        Assert.Equal(4213779.28m, t.Amt(row, GeneralPublicBudget));
        Assert.Null(t.Amt(row, GovernmentFundBudget));
        var first = t.RowByText(ColumnKeys.RevenueItem, "一、一般公共预算资金");
        Assert.Equal(91016775.35m, t.Amt(first, Revenue));
    }
}

public class OfficeUnitBudgetUnitTests(OfficeUnitBudgetFixture f) : IClassFixture<OfficeUnitBudgetFixture>
{
    [Fact]
    public void Unit_version_of_table_1_splits_basic_into_personnel_and_operating()
    {
        var t = f.Disclosure.Get(TableIds.RevenueExpenditureSummary);
        var row = t.RowByText(ColumnKeys.ExpenditureItem, "一、一般公共服务支出");
        Assert.Equal(82096797.42m, t.Amt(row, Total));
        Assert.Equal(13819399.88m, t.Amt(row, PersonnelCost));
        Assert.Equal(1867397.54m, t.Amt(row, OperatingCost));
        Assert.Equal(66410000.00m, t.Amt(row, ProjectExpenditure));
        Assert.Equal(91016775.35m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "1、一般公共预算资金"), Revenue));
        var social = t.RowByText(ColumnKeys.ExpenditureItem, "二、社会保障和就业支出");
        Assert.Equal(265380.00m, t.Amt(social, OperatingCost));
    }
}

public class WanliUnitTests(Wanli2024Fixture f) : IClassFixture<Wanli2024Fixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Wanli2024_zeros_printed_past_their_header_sit_in_its_column()
    {
        var t = D.Get(TableIds.RevenueSummary);
        var row = t.RowByCode("2010507");
        Assert.Equal(257700m, t.Amt(row, Total));
        Assert.Equal(257700m, t.Amt(row, FiscalAppropriation));
        Assert.Equal(0m, t.Amt(row, InstitutionRevenue));
        Assert.Equal(0m, t.Amt(row, OtherRevenue));
        Assert.DoesNotContain(t.Columns, c => c.Key.StartsWith(ColumnKeys.Text));
        var e = D.Get(TableIds.ExpenditureSummary);
        var census = e.RowByCode("2010507");
        Assert.Equal(0m, e.Amt(census, BasicExpenditure));
        Assert.Equal(257700m, e.Amt(census, ProjectExpenditure));
    }

    [Fact]
    public void Wanli2024_facts_in_ten_thousand_yuan()
    {
        var line = D.Budget.Expenditure.Single(x => x.Scope == FundingScope.AllSources && x.FunctionCode.Value == "2210399");
        Assert.Equal(217.72m, line.Amounts[ProjectExpenditure]);
        var census = D.Budget.Expenditure.Single(x => x.Scope == FundingScope.AllSources && x.FunctionCode.Value == "2010507");
        Assert.Equal(25.77m, census.Amounts[ProjectExpenditure]);
        Assert.Equal(25.77m, D.Budget.Revenue.Single(r => r.FunctionCode == "2010507" && r.Source == FiscalAppropriation).Amount);
        Assert.DoesNotContain(D.Budget.Revenue, r => r.Source.StartsWith(ColumnKeys.Text));
    }

    [Fact]
    public void Wanli2024_three_public_columns_keyed_with_reception_before_vehicles()
    {
        var t = D.Get(TableIds.ThreePublicExpenses);
        var row = Assert.Single(t.Rows);
        Assert.Equal(443.18m, t.Amt(row, AgencyOperatingCost));
        var facts = D.Budget.ThreePublic!.ThisYear;
        Assert.Equal(47.91m, facts.Total);
        Assert.Equal(0m, facts.OfficialOverseasTravel);
        Assert.Equal(1.35m, facts.OfficialReception);
        Assert.Equal(46.56m, facts.OfficialVehicles);
        Assert.Equal(25m, facts.VehiclePurchase);
        Assert.Equal(21.56m, facts.VehicleOperation);
    }

    [Fact]
    public void Wanli2024_appropriation_summary_general_budget_column()
    {
        var t = D.Get(TableIds.AppropriationSummary);
        var row = t.RowByText(ColumnKeys.ExpenditureItem, "二、公共安全支出");
        Assert.Equal(1633000m, t.Amt(row, Total));
        Assert.Equal(1633000m, t.Amt(row, GeneralPublicBudget));
    }
}

public class Wanli2025UnitTests(Wanli2025Fixture f) : IClassFixture<Wanli2025Fixture>
{
    [Fact]
    public void Wanli2025_three_public_facts()
    {
        var facts = f.Disclosure.Budget.ThreePublic!.ThisYear;
        Assert.Equal(37.91m, facts.Total);
        Assert.Equal(1.35m, facts.OfficialReception);
        Assert.Equal(36.56m, facts.OfficialVehicles);
        Assert.Equal(15m, facts.VehiclePurchase);
        Assert.Equal(21.56m, facts.VehicleOperation);
        var t = f.Disclosure.Get(TableIds.ThreePublicExpenses);
        Assert.Equal(464.64m, t.Amt(Assert.Single(t.Rows), AgencyOperatingCost));
    }
}

/// <summary>上海 部门决算: 决算数 are the facts, 预算数 (年初预算) are kept under budgeted.* keys.</summary>
public class FinanceFinalKeysTests(FinanceFinalFixture f) : IClassFixture<FinanceFinalFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void FinanceBureau2024_three_public_budget_and_final_columns()
    {
        var t = D.Get(TableIds.ThreePublicExpenses);
        Assert.Equal(AmountUnits.TenThousandYuan, t.AmountUnit);
        var row = Assert.Single(t.Rows);
        Assert.Equal(0.95m, t.Amt(row, Budgeted(Total)));
        Assert.Equal(0.95m, t.Amt(row, Budgeted(OfficialReception)));
        Assert.Null(t.Amt(row, Total));
        Assert.Null(t.Amt(row, OfficialReception));
        // Nothing was spent: the facts are the 决算数, not the 0.95 budgeted.
        var facts = D.Budget.ThreePublic!.ThisYear;
        Assert.Equal(0m, facts.Total);
        Assert.Equal(0m, facts.OfficialReception);
    }

    [Fact]
    public void FinanceBureau2024_revenue_final_accounts_by_source()
    {
        var t = D.Get(TableIds.RevenueSummary);
        var total = t.TotalRow();
        Assert.Equal(2946.25m, t.Amt(total, Total));
        Assert.Equal(2940.05m, t.Amt(total, FiscalAppropriation));
        Assert.Equal(6.20m, t.Amt(total, OtherRevenue));
        Assert.Null(t.Amt(total, SuperiorSubsidyRevenue));
        Assert.Equal(6.19m, D.Budget.Revenue.Single(r => r.FunctionCode == "2010602" && r.Source == OtherRevenue).Amount);
        Assert.Equal(10.00m, D.Budget.Revenue.Single(r => r.FunctionCode == "2010602" && r.Source == FiscalAppropriation).Amount);
    }

    [Fact]
    public void FinanceBureau2024_summary_expenditure_side_keyed()
    {
        var t = D.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(2940.05m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、一般公共预算财政拨款收入"), Revenue));
        Assert.Equal(2106.66m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "一、一般公共服务支出"), Total));
        Assert.Equal(326.71m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "八、社会保障和就业支出"), Total));
        Assert.Equal(60.99m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "九、卫生健康支出"), Total));
        // Rows printing only an expenditure item (十 … 二十六) keep the ruled table open down to its totals.
        var energy = t.RowByText(ColumnKeys.ExpenditureItem, "十、节能环保支出");
        Assert.Null(t.Amt(energy, Total));
        Assert.Equal(445.69m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "十九、住房保障支出"), Total));
        var thisYear = t.RowByText(ColumnKeys.RevenueItem, "本年收入合计");
        Assert.Equal(2946.25m, t.Amt(thisYear, Revenue));
        Assert.Equal(2940.05m, t.Amt(thisYear, Total));
        var carried = t.RowByText(ColumnKeys.RevenueItem, "年初结转和结余");
        Assert.Equal(49.14m, t.Amt(carried, Revenue));
        Assert.Equal(55.34m, t.Amt(carried, Total)); // 年末结转和结余 on the same row
        var grand = t.RowByText(ColumnKeys.RevenueItem, "总计");
        Assert.Equal(2995.39m, t.Amt(grand, Revenue));
        Assert.Equal(2995.39m, t.Amt(grand, Total));
    }

    [Fact]
    public void FinanceBureau2024_general_budget_facts_stay_ten_thousand_yuan()
    {
        var admin = D.Budget.Expenditure.Single(e => e.Scope == FundingScope.GeneralPublicBudget && e.FunctionCode.Value == "2010601");
        Assert.Equal(1511.89m, admin.Amounts[Total]);
        Assert.Equal(1503.52m, admin.Amounts[BasicExpenditure]);
        Assert.Equal(8.37m, admin.Amounts[ProjectExpenditure]);
    }
}

public class AmountUnitParseTests
{
    [Theory]
    [InlineData("单位：元", "元")]
    [InlineData("单位:万元", "万元")]
    [InlineData("金额单位：万元", "万元")]
    [InlineData("（单位：万元）", "万元")]
    [InlineData("单位： 千元", "千元")]
    [InlineData("编制单位：上海市普陀区人民政府办公室", null)]
    [InlineData("单位名称：万里街道", null)]
    [InlineData("", null)]
    public void Unit_is_read_from_a_unit_line_only(string cell, string? unit) =>
        Assert.Equal(unit, AmountUnits.Parse(cell));
}
