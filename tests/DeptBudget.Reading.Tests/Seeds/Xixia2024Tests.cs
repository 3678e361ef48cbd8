using DeptBudget.Model;
using DeptBudget.Model.Json;
using static DeptBudget.Reading.Tests.Seeds.TableLookup;
using static DeptBudget.Reading.Tests.Seeds.SeedLookup;

namespace DeptBudget.Reading.Tests.Seeds;

/// <summary>
/// Seed 001 — 西峡县医疗保障局 2024 部门预算 (Henan 2024 layout, twelve tables). Every figure below was
/// typed by hand from the seed text, not from program output.
///
/// Conventions chosen where the brief left a choice (the reader should follow them):
/// - Scope is Department (部门预算, units 044 = 044001 本级 + 044002 医疗保险中心).
/// - Table 01 left side: revenueItem + amount key "revenue"; right side: expenditureItem + "total".
/// - Table 02: 总计 → total, 本年收入/合计 → revenueThisYear, 一般公共预算/小计 → generalPublicBudget,
///   其中：财政拨款 → ownLevelAppropriation.
/// - Table 03: in the extracted text every amount from 资本性支出 on is shifted one column to the left
///   (the blank 资本性支出 cell was dropped; compare table 05, which is aligned). The expectations state
///   the meaning (项目支出小计 10,382.70, 其他运转类 64.50, 特定目标类 10,318.20, 资本性支出 blank); they sit
///   in their own tests so a reader that cannot realign fails only those.
/// - Table 06/07: Code is the department economic code whole ("30107"); the government code is read
///   through TableLookup.GovCode (govCode whole, or govCode.class + govCode.section).
/// - 三公: ThisYear from table 08. LastYear is not asserted: 001 does not print it, it is only implied by
///   the narrative changes (checked through Facts.Changes instead).
/// - Table 12: ProjectTargets has one entry per project row group as printed — 14 here (the second group,
///   044 942.00, repeats 244号 12.00 and 248号 930.00 = 779 + 151); project codes with the printed spaces
///   removed. 12 prints no 二级指标, so Level2 is not asserted for it.
/// - YearOnYear.Change is compared by magnitude with Direction giving the sign; Rate is in percent as printed.
/// </summary>
public sealed class Xixia2024Tests(XixiaFixture f) : IClassFixture<XixiaFixture>
{
    private Disclosure D => f.Disclosure;
    private Budget B => f.Budget;

    // ---- meta and contents ------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_meta_names_department_year_scope_layout()
    {
        Assert.Equal("西峡县医疗保障局", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal(BudgetScope.Department, D.Meta.Scope);
        Assert.Equal("henan-2024", D.Meta.Layout);
        Assert.Equal("西峡县医疗保障局", B.Department);
        Assert.Equal(2024, B.Year);
        Assert.Equal(BudgetScope.Department, B.Scope);
    }

    [Fact]
    public void Xixia2024_contents_lists_the_twelve_tables_in_order()
    {
        // 一 … 七 are "- " list items, 八 … 十二 plain paragraphs: all twelve are 目录 entries.
        string[] expected =
        [
            TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ExpenditureSummary,
            TableIds.AppropriationSummary, TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure,
            TableIds.EconomicClassificationSummary, TableIds.ThreePublicExpenses, TableIds.GovernmentFundExpenditure,
            TableIds.ProjectExpenditure, TableIds.DepartmentPerformanceTarget, TableIds.ProjectPerformanceTargets,
        ];
        var tables = D.Meta.Contents.Where(c => c.TableId is not null).ToList();
        Assert.Equal(expected, tables.Select(c => c.TableId));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (int?)i), tables.Select(c => c.Number));
        Assert.Equal("部门收支总体情况表", Squash(tables[0].Title).Replace("一、", ""));
        Assert.Contains("项目绩效目标汇总表", Squash(tables[11].Title));
    }

    [Fact]
    public void Xixia2024_reads_every_listed_table_and_no_other()
    {
        var expected = new HashSet<string>
        {
            TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ExpenditureSummary,
            TableIds.AppropriationSummary, TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure,
            TableIds.EconomicClassificationSummary, TableIds.ThreePublicExpenses, TableIds.GovernmentFundExpenditure,
            TableIds.ProjectExpenditure, TableIds.DepartmentPerformanceTarget, TableIds.ProjectPerformanceTargets,
        };
        Assert.Equal(expected, D.TableIdSet());
    }

    [Fact]
    public void Xixia2024_units_are_044_with_own_office_and_insurance_centre()
    {
        var u1 = Assert.Single(B.Units, u => u.Code == "044001");
        Assert.Equal("西峡县医疗保障局本级", Squash(u1.Name));
        var u2 = Assert.Single(B.Units, u => u.Code == "044002");
        Assert.Equal("西峡县医疗保险中心", Squash(u2.Name));
        Assert.Equal("044", u2.ParentCode);
    }

    // ---- 01 部门收支总体情况表 ------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_revenue_expenditure_summary_totals_and_rows()
    {
        var t = D.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(1, t.Number);
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、一般公共预算"), "revenue"));
        Assert.Equal(9948.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "其中：财政拨款"), "revenue"));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.RevenueItem, "五、事业收入"), "revenue"));
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "本年收入合计"), "revenue"));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.RevenueItem, "上年结转结余"), "revenue"));
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "收入总计"), "revenue"));

        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "十、卫生健康"), AmountKeys.Total));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "八、社会保障和就业"), AmountKeys.Total));
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "本年支出合计"), AmountKeys.Total));
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "支出总计"), AmountKeys.Total));
    }

    // ---- 02 部门收入总体情况表 ------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_revenue_summary_total_and_unit_rows()
    {
        var t = D.Get(TableIds.RevenueSummary);
        var total = t.TotalRow();
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.RevenueThisYear));
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.GeneralPublicBudget));
        Assert.Equal(9948.00m, t.Amt(total, AmountKeys.OwnLevelAppropriation));
        Assert.Null(t.Amt(total, AmountKeys.CarryoverIn));

        // The department row 044 is printed with the name of the own office (seed oddity).
        var dept = t.RowByUnit("044");
        Assert.Equal(10902.00m, t.Amt(dept, AmountKeys.Total));

        var own = t.RowByUnit("044001");
        Assert.Equal("西峡县医疗保障局本级", Squash(own.Name));
        Assert.Equal(105.20m, t.Amt(own, AmountKeys.Total));
        Assert.Equal(105.20m, t.Amt(own, AmountKeys.GeneralPublicBudget));
        Assert.Equal(81.20m, t.Amt(own, AmountKeys.OwnLevelAppropriation));

        var centre = t.RowByUnit("044002");
        Assert.Equal("西峡县医疗保险中心", Squash(centre.Name));
        Assert.Equal(10796.79m, t.Amt(centre, AmountKeys.Total));
        Assert.Equal(9866.79m, t.Amt(centre, AmountKeys.OwnLevelAppropriation));
    }

    [Fact]
    public void Xixia2024_revenue_lines_by_unit_and_source()
    {
        Assert.Contains(B.Revenue, r => r.UnitCode == "044002" && r.Source == AmountKeys.GeneralPublicBudget && r.Amount == 10796.79m);
        Assert.Contains(B.Revenue, r => r.UnitCode == "044001" && r.Source == AmountKeys.OwnLevelAppropriation && r.Amount == 81.20m);
    }

    // ---- 03 部门支出总体情况表 ------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_expenditure_summary_basic_columns_and_code_rows()
    {
        var t = D.Get(TableIds.ExpenditureSummary);
        var total = t.TotalRow();
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(519.30m, t.Amt(total, AmountKeys.BasicExpenditure));
        Assert.Equal(486.47m, t.Amt(total, AmountKeys.WagesAndBenefits));
        Assert.Equal(1.18m, t.Amt(total, AmountKeys.HouseholdTransfers));
        Assert.Equal(31.66m, t.Amt(total, AmountKeys.GoodsAndServices));

        var unit = t.RowByUnit("044");
        Assert.Equal(10902.00m, t.Amt(unit, AmountKeys.Total));

        // 2100101 行政运行 and 2101501 行政运行: same name, different codes.
        var admin = t.RowByCode("2100101");
        Assert.Equal(RowKind.Item, admin.Kind);
        Assert.Equal("行政运行", Squash(admin.Name));
        Assert.Equal(448.09m, t.Amt(admin, AmountKeys.Total));
        Assert.Equal(448.09m, t.Amt(admin, AmountKeys.BasicExpenditure));
        Assert.Equal(422.68m, t.Amt(admin, AmountKeys.WagesAndBenefits));
        Assert.Equal(1.18m, t.Amt(admin, AmountKeys.HouseholdTransfers));
        Assert.Equal(24.23m, t.Amt(admin, AmountKeys.GoodsAndServices));

        var service = t.RowByCode("2100103");
        Assert.Equal("机关服务", Squash(service.Name));
        Assert.Equal(71.20m, t.Amt(service, AmountKeys.Total));
        Assert.Equal(63.78m, t.Amt(service, AmountKeys.WagesAndBenefits));
        Assert.Equal(7.42m, t.Amt(service, AmountKeys.GoodsAndServices));

        Assert.Equal(6271.20m, t.Amt(t.RowByCode("2101202"), AmountKeys.Total));
        Assert.Equal(1380.00m, t.Amt(t.RowByCode("2101301"), AmountKeys.Total));
        Assert.Equal(9, t.Rows.Count(r => r.Kind == RowKind.Item));
    }

    [Fact]
    public void Xixia2024_expenditure_summary_project_columns_realigned()
    {
        var t = D.Get(TableIds.ExpenditureSummary);
        var total = t.TotalRow();
        Assert.Null(t.Amt(total, AmountKeys.CapitalOutlay));
        Assert.Equal(10382.70m, t.Amt(total, AmountKeys.ProjectExpenditure));
        Assert.Equal(64.50m, t.Amt(total, AmountKeys.OperationalProject));
        Assert.Equal(10318.20m, t.Amt(total, AmountKeys.SpecificPurposeProject));

        var row = t.RowByCode("2101502"); // 一般行政管理事务 42.50, 其他运转类
        Assert.Equal(42.50m, t.Amt(row, AmountKeys.ProjectExpenditure));
        Assert.Equal(42.50m, t.Amt(row, AmountKeys.OperationalProject));
        Assert.Null(t.Amt(row, AmountKeys.SpecificPurposeProject));

        var fund = t.RowByCode("2101202");
        Assert.Equal(6271.20m, t.Amt(fund, AmountKeys.ProjectExpenditure));
        Assert.Equal(6271.20m, t.Amt(fund, AmountKeys.SpecificPurposeProject));
    }

    [Fact]
    public void Xixia2024_expenditure_lines_cover_every_item_of_table_03()
    {
        var all = B.Expenditure.Where(e => e.Scope == FundingScope.AllSources && e.FunctionCode.Level == 3).ToList();
        // The nine items of table 03 as printed add up to 10,901.99; its 合计 row says 10,902.00 (cells rounded one by one).
        Assert.Equal(10901.99m, all.Sum(e => e.Amounts.Get(AmountKeys.Total)));
        var relief = Assert.Single(all, e => e.FunctionCode.Value == "2101301");
        Assert.Equal(1380.00m, relief.Amounts.Get(AmountKeys.Total));
        var gp = B.Expenditure.Where(e => e.Scope == FundingScope.GeneralPublicBudget && e.FunctionCode.Level == 3);
        Assert.Equal(10901.99m, gp.Sum(e => e.Amounts.Get(AmountKeys.Total)));
    }

    [Fact]
    public void Xixia2024_expenditure_lines_carry_project_kinds_realigned()
    {
        var all = B.Expenditure.Where(e => e.Scope == FundingScope.AllSources && e.FunctionCode.Level == 3).ToList();
        var relief = Assert.Single(all, e => e.FunctionCode.Value == "2101301");
        Assert.Equal(1380.00m, relief.Amounts.Get(AmountKeys.SpecificPurposeProject));
        Assert.Equal(64.50m, all.Sum(e => e.Amounts.Get(AmountKeys.OperationalProject)));
        Assert.Equal(0m, all.Sum(e => e.Amounts.Get(AmountKeys.CapitalOutlay)));
    }

    // ---- 04 财政拨款收支总体情况表 --------------------------------------------------------------------

    [Fact]
    public void Xixia2024_appropriation_summary_two_sides()
    {
        var t = D.Get(TableIds.AppropriationSummary);
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、本年收入"), "revenue"));
        // （一）一般公共预算拨款 is printed twice: under 一、本年收入 (10,902.00) and under 二、上年结转 (blank).
        Assert.Equal(10902.00m, t.Amt(t.RowsByText(ColumnKeys.RevenueItem, "（一）一般公共预算拨款")[0], "revenue"));
        Assert.Equal(9948.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "其中：财政拨款"), "revenue"));
        Assert.Equal(10902.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "收入合计"), "revenue"));

        var health = t.RowByText(ColumnKeys.ExpenditureItem, "（十）卫生健康支出");
        Assert.Equal(10902.00m, t.Amt(health, AmountKeys.Total));
        Assert.Equal(10902.00m, t.Amt(health, AmountKeys.GeneralPublicBudget));
        Assert.Equal(9948.00m, t.Amt(health, AmountKeys.OwnLevelAppropriation));
        Assert.Null(t.Amt(health, AmountKeys.GovernmentFundBudget));
        Assert.Null(t.Amt(health, AmountKeys.StateCapitalBudget));

        var sum = t.RowByText(ColumnKeys.ExpenditureItem, "支出合计");
        Assert.Equal(10902.00m, t.Amt(sum, AmountKeys.Total));
        Assert.Equal(9948.00m, t.Amt(sum, AmountKeys.OwnLevelAppropriation));
        // The table is printed over two pages; the second page's rows belong to the same table.
        Assert.Single(t.RowsByText(ColumnKeys.ExpenditureItem, "(三十四)抗疫特别国债安排的支出"));
    }

    // ---- 05 一般公共预算支出情况表 --------------------------------------------------------------------

    [Fact]
    public void Xixia2024_general_budget_expenditure_totals_and_rows()
    {
        var t = D.Get(TableIds.GeneralBudgetExpenditure);
        var total = t.TotalRow();
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(519.30m, t.Amt(total, AmountKeys.BasicExpenditure));
        Assert.Null(t.Amt(total, AmountKeys.CapitalOutlay));
        Assert.Equal(10382.70m, t.Amt(total, AmountKeys.ProjectExpenditure));
        Assert.Equal(64.50m, t.Amt(total, AmountKeys.OperationalProject));
        Assert.Equal(10318.20m, t.Amt(total, AmountKeys.SpecificPurposeProject));

        Assert.Equal(10902.00m, t.Amt(t.RowByUnit("044"), AmountKeys.Total));
        var op = t.RowByCode("2101501");
        Assert.Equal(22.00m, t.Amt(op, AmountKeys.ProjectExpenditure));
        Assert.Equal(22.00m, t.Amt(op, AmountKeys.OperationalProject));
        var civil = t.RowByCode("2101103");
        Assert.Equal("公务员医疗补助", Squash(civil.Name));
        Assert.Equal(2640.00m, t.Amt(civil, AmountKeys.SpecificPurposeProject));
        Assert.Contains(t.Notes, n => Squash(n).Contains("本表仅含当年财政拨款安排的支出"));
    }

    [Fact]
    public void Xixia2024_general_budget_expenditure_headers_join_header_rows_with_slash()
    {
        var t = D.Get(TableIds.GeneralBudgetExpenditure);
        string Header(string key) => Squash(t.Columns.FirstOrDefault(c => c.Key == key)?.Header);
        Assert.Equal("合计", Header(AmountKeys.Total));
        Assert.Equal("基本支出/小计", Header(AmountKeys.BasicExpenditure));
        Assert.Equal("基本支出/人员经费/工资福利支出", Header(AmountKeys.WagesAndBenefits)); // printed "工资福利支 出"
        Assert.Equal("基本支出/公用经费/资本性支出", Header(AmountKeys.CapitalOutlay));
        Assert.Equal("项目支出/其他运转类", Header(AmountKeys.OperationalProject));
        Assert.Equal("科目编码/类", Header(ColumnKeys.CodeClass));
    }

    // ---- 06 一般公共预算基本支出情况表 ----------------------------------------------------------------

    [Fact]
    public void Xixia2024_general_budget_basic_expenditure_by_economic_code()
    {
        var t = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        var total = t.TotalRow();
        Assert.Equal(519.30m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(487.64m, t.Amt(total, AmountKeys.PersonnelCost));
        Assert.Equal(31.66m, t.Amt(total, AmountKeys.OperatingCost));

        var basic = t.RowByCode("30101");
        Assert.Equal("基本工资", Squash(basic.Name));
        Assert.Equal("50501", t.GovCode(basic));
        Assert.Equal(247.44m, t.Amt(basic, AmountKeys.PersonnelCost));
        Assert.Null(t.Amt(basic, AmountKeys.OperatingCost));

        // 30107 绩效工资 is printed twice (5.79 and 16.18); 30217 公务接待费 twice under 50206 and 50502.
        Assert.Equal([5.79m, 16.18m], t.RowsByCode("30107").Select(r => t.Amt(r, AmountKeys.Total)!.Value).Order());
        var reception = t.RowsByCode("30217");
        Assert.Equal(2, reception.Count);
        Assert.Contains(reception, r => t.GovCode(r) == "50206" && t.Amt(r, AmountKeys.OperatingCost) == 1.00m);
        Assert.Contains(reception, r => t.GovCode(r) == "50502" && t.Amt(r, AmountKeys.OperatingCost) == 4.00m);

        var retire = t.RowByCode("30302");
        Assert.Equal("50905", t.GovCode(retire));
        Assert.Equal(1.18m, t.Amt(retire, AmountKeys.PersonnelCost));
        Assert.Equal(3.00m, t.Amt(t.RowByCode("30231"), AmountKeys.OperatingCost));
        Assert.Equal(23, t.Rows.Count(r => r.Code is not null));
    }

    [Fact]
    public void Xixia2024_basic_economic_lines_follow_table_06()
    {
        Assert.Equal(23, B.BasicEconomic.Count);
        Assert.Equal(31.65m, B.BasicEconomic.Sum(e => e.Amounts.Get(AmountKeys.OperatingCost))); // rows sum to 31.65, total prints 31.66
        Assert.Contains(B.BasicEconomic, e => e.DepartmentCode?.Value == "30231" && e.GovernmentCode?.Value == "50502"
                                              && e.Amounts.Get(AmountKeys.Total) == 3.00m);
    }

    // ---- 07 支出经济分类汇总表 ------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_economic_classification_summary_rows_over_two_pages()
    {
        var t = D.Get(TableIds.EconomicClassificationSummary);
        var total = t.TotalRow();
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(10902.00m, t.Amt(total, AmountKeys.GeneralPublicBudget));
        Assert.Equal(9948.00m, t.Amt(total, AmountKeys.OwnLevelAppropriation));
        Assert.Equal(10902.00m, t.Amt(t.RowByUnit("044"), AmountKeys.Total));

        var merit = t.RowByCode("30107");
        Assert.Equal("50501", t.GovCode(merit));
        Assert.Equal(21.97m, t.Amt(merit, AmountKeys.Total));

        var travel = t.RowByCode("30211"); // 差旅费 4.00, 其中财政拨款 blank
        Assert.Equal("差旅费", Squash(travel.Name));
        Assert.Equal(4.00m, t.Amt(travel, AmountKeys.GeneralPublicBudget));
        Assert.Null(t.Amt(travel, AmountKeys.OwnLevelAppropriation));

        var printing = t.RowByCode("30202");
        Assert.Equal(14.00m, t.Amt(printing, AmountKeys.Total));
        Assert.Equal(10.00m, t.Amt(printing, AmountKeys.OwnLevelAppropriation));

        // Second page.
        var fund = t.RowByCode("31302");
        Assert.Equal("51002", t.GovCode(fund));
        Assert.Equal(6271.20m, t.Amt(fund, AmountKeys.Total));
        var relief = t.RowByCode("30399");
        Assert.Equal(930.00m, t.Amt(relief, AmountKeys.GeneralPublicBudget));
        Assert.Null(t.Amt(relief, AmountKeys.OwnLevelAppropriation));
        Assert.Equal(2640.00m, t.Amt(t.RowByCode("30111"), AmountKeys.Total));
        Assert.Equal(2, t.RowsByCode("30299").Count);
    }

    // ---- 08 “三公”经费 --------------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_three_public_this_year_from_table_08()
    {
        Assert.NotNull(B.ThreePublic);
        var y = B.ThreePublic!.ThisYear;
        Assert.Equal(8.00m, y.Total);
        Assert.Equal(0m, y.OfficialOverseasTravel);
        Assert.Equal(3.00m, y.OfficialVehicles);
        Assert.Equal(0m, y.VehiclePurchase);
        Assert.Equal(3.00m, y.VehicleOperation);
        Assert.Equal(5.00m, y.OfficialReception);
        Assert.Null(D.Get(TableIds.ThreePublicExpenses).EmptyNote);
    }

    [Fact]
    public void Xixia2024_three_public_changes_stated_in_narrative()
    {
        var total = B.Facts.Change("三公", 2.90m);
        Assert.Equal("decrease", total.Direction);
        Assert.Equal(26.61m, Abs(total.Rate));
        var reception = B.Facts.Change("公务接待费", 1m);
        Assert.Equal("decrease", reception.Direction);
        Assert.Equal(16.67m, Abs(reception.Rate));
        var vehicle = B.Facts.Change("公务用车", 1.90m);
        Assert.Equal(38.78m, Abs(vehicle.Rate));
    }

    // ---- 09 政府性基金 --------------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_government_fund_table_is_empty_with_note()
    {
        var t = D.Get(TableIds.GovernmentFundExpenditure);
        Assert.NotNull(t.EmptyNote);
        Assert.Contains("本表无数据", Squash(t.EmptyNote));
        Assert.DoesNotContain(B.Expenditure, e => e.Scope == FundingScope.GovernmentFundBudget && e.Amounts.Get(AmountKeys.Total) != 0m);
    }

    // ---- 10 项目支出预算表 ----------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_project_total_matches_table_10()
    {
        var t = D.Get(TableIds.ProjectExpenditure);
        Assert.Equal(10382.70m, t.Amt(t.TotalRow(), AmountKeys.Total));
        Assert.Equal(10382.70m, t.Amt(t.TotalRow(), AmountKeys.GeneralPublicBudget));
        Assert.Equal(12, B.Projects.Count); // 10 on the first page, 2 on the second
        Assert.Equal(10382.70m, B.Projects.Sum(p => p.Total));
        Assert.Equal(64.50m, B.Projects.Where(p => p.Kind == "其他运转类").Sum(p => p.Total));
        Assert.Equal(10318.20m, B.Projects.Where(p => p.Kind == "特定目标类").Sum(p => p.Total));
    }

    [Fact]
    public void Xixia2024_project_rows_carry_kind_unit_and_amounts()
    {
        var t = D.Get(TableIds.ProjectExpenditure);
        var civil = t.RowByText(ColumnKeys.Name, "2024年公务员医疗补助");
        Assert.Equal("特定目标类", t.Cell(civil, ColumnKeys.ProjectKind));
        Assert.Equal("西峡县医疗保险中心", Squash(t.Cell(civil, ColumnKeys.UnitName)));
        Assert.Equal(2640.00m, t.Amt(civil, AmountKeys.Total));

        var p = B.Project("2024年医保基金监督监查运行经费"); // 12 calls it 监督巡查
        Assert.Equal("其他运转类", p.Kind);
        Assert.Equal("西峡县医疗保障局本级", Squash(p.UnitName));
        Assert.Equal(12.00m, p.Total);
        Assert.Equal(12.00m, p.Amounts.Get(AmountKeys.GeneralPublicBudget));

        Assert.Equal(15.00m, B.Project("2024年按病种分值付费（DIP）付费改革经费").Total); // second page
        Assert.Equal(779.00m, B.Project("豫财社（2023）248号提前下达医疗救助补助资金").Total);
        Assert.Equal(151.00m, B.Project("豫财社（2023）248医疗救助补助资金").Total);
    }

    // ---- 11 整体绩效目标 ------------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_department_target_budget_and_tasks()
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

    }

    [Fact]
    public void Xixia2024_department_target_indicators_parsed()
    {
        var dt = B.DepartmentTarget;
        Assert.NotNull(dt);
        var refine = dt.Indicators.Indicator("专项资金细化率");
        Assert.Equal("投入管理指标", Squash(refine.Level1));
        Assert.Equal("预算和财务管理", Squash(refine.Level2));
        refine.Value.AssertValue("≥", 95m, "%");
        Assert.StartsWith("专项资金细化率=", Squash(refine.Explanation));

        dt.Indicators.Indicator("预算调整率").Value.AssertValue("≤", 30m, "%");
        dt.Indicators.Indicator("年度履职目标相关性").Value.AssertQualitative("相关");

        var key = dt.Indicators.Indicator("重点任务完成率");
        Assert.Equal("产出指标", Squash(key.Level1));
        Assert.Equal("重点工作任务完成", Squash(key.Level2));
        key.Value.AssertValue("≥", 90m, "%");

        var image = dt.Indicators.Indicator("提升单位整体形象");
        Assert.Equal("效益指标", Squash(image.Level1));
        image.Value.AssertQualitative("有效促进");

        var sat = dt.Indicators.Indicator("服务对象满意度");
        Assert.Equal("效益指标", Squash(sat.Level1));
        Assert.Equal("满意度", Squash(sat.Level2));
        sat.Value.AssertValue("≥", 95m, "%");
    }

    // ---- 12 项目绩效目标汇总表 ------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_project_targets_one_per_printed_project_group()
    {
        Assert.Equal(14, B.ProjectTargets.Count);
        Assert.Single(D.Tables, t => t.Id == TableIds.ProjectPerformanceTargets);
        Assert.Equal(10382.70m + 942.00m, B.ProjectTargets.Sum(p => p.Amounts.Get(AmountKeys.Total)));
    }

    [Fact]
    public void Xixia2024_publicity_target_indicators_parsed()
    {
        var p = B.Target("2024年医疗保障政策宣传费");
        Assert.Equal("41132324000000000805", p.ProjectCode);
        Assert.Equal("044001", p.UnitCode);
        Assert.Equal(10.00m, p.Amounts.Get(AmountKeys.Total));

        var cost = p.Indicators.Indicator("宣传报道总成本");
        Assert.Equal("成本指标", Squash(cost.Level1));
        cost.Value.AssertValue("≤", 10m, "万元");

        var times = p.Indicators.Indicator("宣传活动开展次数");
        Assert.Equal("产出指标", Squash(times.Level1));
        times.Value.AssertValue("≥", 30m, "次");
        p.Indicators.Indicator("宣传品印刷量").Value.AssertValue("≥", 50000m, "份");

        var known = p.Indicators.Indicator("公众知晓率");
        Assert.Equal("效益指标", Squash(known.Level1));
        known.Value.AssertValue("≥", 95m, "%");
        p.Indicators.Indicator("管理制度的健全性").Value.AssertQualitative("制度健全");

        var sat = p.Indicators.Indicator("直接服务对象满意度");
        Assert.Equal("满意度指标", Squash(sat.Level1));
        sat.Value.AssertValue("≥", 95m, "%");
    }

    [Fact]
    public void Xixia2024_resident_insurance_target_code_without_printed_spaces()
    {
        // Printed "4113232400 0000002480 8" across a line break.
        var p = B.Target("2024年财政对城乡居民医疗保险基金配套支出");
        Assert.Equal("411323240000000024808", p.ProjectCode);
        Assert.Equal("044002", p.UnitCode);
        Assert.Equal(6271.20m, p.Amounts.Get(AmountKeys.Total));
        p.Indicators.Indicator("参保人员每个人配套资金").Value.AssertValue(null, 1050m, "元");
        p.Indicators.Indicator("城乡居民缴费人数").Value.AssertValue("≥", 37m, "万");
        p.Indicators.Indicator("城乡居民参保合格率").Value.AssertValue(null, 100m, "%");
        p.Indicators.Indicator("缓解困难户医疗压力").Value.AssertQualitative("有效缓解");
    }

    [Fact]
    public void Xixia2024_target_names_may_differ_from_table_10()
    {
        var p = B.Target("2024年医保基金监督巡查运行经费");
        Assert.Equal(12.00m, p.Amounts.Get(AmountKeys.Total));
        p.Indicators.Indicator("监督检查成本").Value.AssertValue("≤", 5m, "万元");
        p.Indicators.Indicator("对提高行政运行效果的影响程度").Value.AssertQualitative("明显");

        var bankrupt = B.Target("2024年其他行政事业单位医疗支出（含破产企业医疗）");
        bankrupt.Indicators.Indicator("破产企业医保待遇总成本").Value.AssertValue("≤", 14m, "万元");
        bankrupt.Indicators.Indicator("破产企业职工待遇享受总人数").Value.AssertValue("≤", 265m, "人");
    }

    // ---- narrative ----------------------------------------------------------------------------------

    [Theory]
    [InlineData("10902", "万元", "收入总计", null)]
    [InlineData("10902", "万元", "支出总计", null)]
    [InlineData("519.30", "万元", "基本支出", null)]
    [InlineData("10382.70", "万元", "项目支出", null)]
    [InlineData("4.76", "%", "基本支出", "占")]
    [InlineData("487.64", "万元", "人员经费", null)]
    [InlineData("31.66", "万元", "公用经费", null)]
    [InlineData("31.65", "万元", "机构运转经费", null)]
    [InlineData("5", "万元", "公务接待费", null)]
    [InlineData("420.65", "万元", "收入", "增加")]
    public void Xixia2024_narrative_states_totals_and_shares(string value, string unit, string subject, string? relation) =>
        D.Narrative.AssertStates(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, subject, relation);

    [Fact]
    public void Xixia2024_agency_operating_cost_is_the_narrative_31_65()
    {
        Assert.Equal(31.65m, B.Facts.AgencyOperatingCost); // table 06 公用经费 prints 31.66
    }

    [Fact]
    public void Xixia2024_procurement_is_zero()
    {
        Assert.Equal(new GovernmentProcurement(0m, 0m, 0m, 0m), B.Facts.Procurement);
    }

    [Fact]
    public void Xixia2024_assets_projects_and_special_transfers()
    {
        var facts = B.Facts;
        Assert.NotNull(facts.Assets);
        Assert.Equal(1, facts.Assets!.VehicleTotal);
        Assert.Equal(1, facts.Assets.VehiclesByKind.Get("一般公务用车"));
        Assert.Equal(0, facts.Assets.GeneralEquipmentOver50);
        Assert.Equal(0, facts.Assets.SpecialEquipmentOver100);
        Assert.Equal(12, facts.ProjectCount);
        Assert.Equal(2, facts.SpecialTransfers.Count);
        Assert.Contains(facts.SpecialTransfers, s => Squash(s.Name).Contains("244号") && s.Amount == 12m);
        Assert.Contains(facts.SpecialTransfers, s => Squash(s.Name).Contains("248号") && s.Amount == 930m);
    }

    [Fact]
    public void Xixia2024_year_on_year_changes()
    {
        var facts = B.Facts;
        var income = facts.Change("收入", 420.65m);
        Assert.Equal("increase", income.Direction);
        Assert.Equal(4.01m, income.Rate);
        var aoc = facts.Change("机构运转经费", 1.96m);
        Assert.Equal("increase", aoc.Direction);
        Assert.Equal(6.60m, aoc.Rate);
    }

    // ---- JSON ---------------------------------------------------------------------------------------

    [Fact]
    public void Xixia2024_json_round_trip_is_identical()
    {
        var json = BudgetJson.Serialize(D);
        var back = BudgetJson.Deserialize(json);
        Assert.Equal(json, BudgetJson.Serialize(back));
    }
}

internal static class IntDictionaryExtensions
{
    public static int? Get(this IReadOnlyDictionary<string, int> d, string key) => d.TryGetValue(key, out var v) ? v : null;
}
