using DeptBudget.Model;
using DeptBudget.Model.Json;
using static DeptBudget.Reading.Tests.Seeds.TableLookup;
using static DeptBudget.Reading.Tests.Seeds.SeedLookup;

namespace DeptBudget.Reading.Tests.Seeds;

/// <summary>
/// Seed 003 — 兰山区医疗保障局机关 2024 单位预算 (Shandong 2024 layout). Every figure below was typed by
/// hand from the seed text, not from program output.
///
/// Conventions chosen where the brief left a choice (the reader should follow them):
/// - Department is the budget entity as printed on every table, "兰山区医疗保障局机关"; Scope Unit
///   (单位预算, "本单位为兰山区医疗保障局二级预算单位"); no unit codes are printed, so no Unit rows.
/// - 类 is printed on its own row and 款/项 below it: codes resolve to "208", "20805", "2080505" with
///   Kind Class / Section / Item.
/// - 01: revenueItem + "revenue" on the left, expenditureItem + "total" on the right; 04: right side
///   total, generalPublicBudget, governmentFundBudget, stateCapitalBudget.
/// - 02: 财政拨款收入/小计 → fiscalAppropriation, then generalPublicBudget …, 上年结转 → carryoverIn.
/// - 03: basicExpenditure, projectExpenditure, carryoverOut (结转下年). 05: 人员支出 → personnelCost,
///   日常公用支出 → operatingCost.
/// - 06 and 基本支出预算情况表 print 类|款 apart for both classifications: Code is the department code
///   resolved whole ("30101"; "301" for the class rows), government code via TableLookup.GovCode.
/// - 10 and 政府采购: 财政拨款/小计 → fiscalAppropriation; 上年结转 → carryoverIn. In 政府采购 the 合 计
///   row is printed one cell to the left (4.00 under 科目名称); its meaning is total = 4.00.
/// - 三公: 2023 and 2024 are both printed (all 0.00): ThisYear and LastYear are zero.
/// - The six 项目支出绩效目标表 are one table id (project-performance-targets), not in the 目录; one
///   ProjectTargets entry per project. Indicator names are expected without the "指标:"/"指标1:" label
///   (the lookup tolerates it). A 指标值 without a unit ("≥21908") has Unit null.
/// </summary>
public sealed class Lanshan2024Tests(LanshanFixture f) : IClassFixture<LanshanFixture>
{
    private Disclosure D => f.Disclosure;
    private Budget B => f.Budget;

    [Fact]
    public void Lanshan2024_meta_names_unit_year_scope_layout()
    {
        Assert.Equal("兰山区医疗保障局机关", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal(BudgetScope.Unit, D.Meta.Scope);
        Assert.Equal("shandong-2024", D.Meta.Layout);
        Assert.Equal(BudgetScope.Unit, B.Scope);
    }

    [Fact]
    public void Lanshan2024_contents_lists_twelve_tables()
    {
        string[] expected =
        [
            TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ExpenditureSummary,
            TableIds.AppropriationSummary, TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure,
            TableIds.ThreePublicExpenses, TableIds.GovernmentFundExpenditure, TableIds.StateCapitalExpenditure,
            TableIds.BasicExpenditure, TableIds.ProjectExpenditure, TableIds.GovernmentProcurement,
        ];
        var tables = D.Meta.Contents.Where(c => c.TableId is not null).ToList();
        Assert.Equal(expected, tables.Select(c => c.TableId));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (int?)i), tables.Select(c => c.Number));
        Assert.Contains("项目支出预算情况表", Squash(tables[10].Title));
    }

    [Fact]
    public void Lanshan2024_reads_the_twelve_tables_and_the_project_target_tables()
    {
        var expected = new HashSet<string>
        {
            TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ExpenditureSummary,
            TableIds.AppropriationSummary, TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure,
            TableIds.ThreePublicExpenses, TableIds.GovernmentFundExpenditure, TableIds.StateCapitalExpenditure,
            TableIds.BasicExpenditure, TableIds.ProjectExpenditure, TableIds.GovernmentProcurement,
            TableIds.ProjectPerformanceTargets,
        };
        Assert.Equal(expected, D.TableIdSet());
        Assert.Null(D.Table(TableIds.DepartmentPerformanceTarget));
        Assert.Null(B.DepartmentTarget);
    }

    // ---- 01 ----------------------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_revenue_expenditure_summary_totals_and_rows()
    {
        var t = D.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(11290.59m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、财政拨款"), "revenue"));
        Assert.Equal(11290.59m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一般公共预算拨款收入"), "revenue"));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.RevenueItem, "政府性基金预算拨款收入"), "revenue"));
        Assert.Equal(11290.59m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "本年收入合计"), "revenue"));
        Assert.Equal(26.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "上年结转"), "revenue"));
        Assert.Equal(11316.59m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "收入总计"), "revenue"));

        Assert.Equal(78.36m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "七、社会保障和就业支出"), AmountKeys.Total));
        Assert.Equal(11193.32m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "八、卫生健康支出"), AmountKeys.Total));
        Assert.Equal(44.91m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "十七、住房保障支出"), AmountKeys.Total));
        Assert.Equal(11316.59m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "本年支出合计"), AmountKeys.Total));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "结转下年"), AmountKeys.Total));
        Assert.Equal(11316.59m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "支出总计"), AmountKeys.Total));
    }

    // ---- 02 ----------------------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_revenue_summary_resolves_class_section_item_codes()
    {
        var t = D.Get(TableIds.RevenueSummary);
        var total = t.TotalRow();
        Assert.Equal(11316.59m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(11290.59m, t.Amt(total, AmountKeys.FiscalAppropriation));
        Assert.Equal(11290.59m, t.Amt(total, AmountKeys.GeneralPublicBudget));
        Assert.Equal(26.00m, t.Amt(total, AmountKeys.CarryoverIn));

        var social = t.RowByCode("208");
        Assert.Equal(RowKind.Class, social.Kind);
        Assert.Equal("社会保障和就业支出", Squash(social.Name));
        Assert.Equal(78.36m, t.Amt(social, AmountKeys.Total));
        Assert.Equal(25.00m, t.Amt(social, AmountKeys.CarryoverIn));

        var pensionSection = t.RowByCode("20805");
        Assert.Equal(RowKind.Section, pensionSection.Kind);
        Assert.Equal(50.37m, t.Amt(pensionSection, AmountKeys.Total));
        var pension = t.RowByCode("2080505");
        Assert.Equal(RowKind.Item, pension.Kind);
        Assert.Equal("机关事业单位基本养老保险缴费支出", Squash(pension.Name));
        Assert.Equal(50.37m, t.Amt(pension, AmountKeys.GeneralPublicBudget));

        var other = t.RowByCode("2101599");
        Assert.Equal(1.00m, t.Amt(other, AmountKeys.Total));
        Assert.Null(t.Amt(other, AmountKeys.GeneralPublicBudget));
        Assert.Equal(1.00m, t.Amt(other, AmountKeys.CarryoverIn));

        Assert.Equal(9477.00m, t.Amt(t.RowByCode("2101202"), AmountKeys.Total));
        Assert.Equal(582.00m, t.Amt(t.RowByCode("2101299"), AmountKeys.Total));
        Assert.Equal(44.91m, t.Amt(t.RowByCode("2210201"), AmountKeys.Total));
        Assert.DoesNotContain(t.Rows, r => r.Kind == RowKind.Unit);
    }

    // ---- 03 ----------------------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_expenditure_summary_basic_project_and_carryover_out()
    {
        var t = D.Get(TableIds.ExpenditureSummary);
        var total = t.TotalRow();
        Assert.Equal(11316.59m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(665.59m, t.Amt(total, AmountKeys.BasicExpenditure));
        Assert.Equal(10651.00m, t.Amt(total, AmountKeys.ProjectExpenditure));
        Assert.Null(t.Amt(total, AmountKeys.CarryoverOut));

        var health = t.RowByCode("210");
        Assert.Equal(567.32m, t.Amt(health, AmountKeys.BasicExpenditure));
        Assert.Equal(10626.00m, t.Amt(health, AmountKeys.ProjectExpenditure));
        var admin = t.RowByCode("21015");
        Assert.Equal(RowKind.Section, admin.Kind);
        Assert.Equal(719.50m, t.Amt(admin, AmountKeys.Total));
        Assert.Equal(178.00m, t.Amt(admin, AmountKeys.ProjectExpenditure));
        var handling = t.RowByCode("2101506");
        Assert.Equal("医疗保障经办事务", Squash(handling.Name));
        Assert.Equal(166.00m, t.Amt(handling, AmountKeys.ProjectExpenditure));
        Assert.Null(t.Amt(handling, AmountKeys.BasicExpenditure));
        Assert.Equal(25.00m, t.Amt(t.RowByCode("2089999"), AmountKeys.ProjectExpenditure));
        Assert.Equal(10, t.Rows.Count(r => r.Kind == RowKind.Item));
    }

    [Fact]
    public void Lanshan2024_expenditure_lines_cover_every_item_of_table_03()
    {
        var all = B.Expenditure.Where(e => e.Scope == FundingScope.AllSources && e.FunctionCode.Level == 3).ToList();
        Assert.Equal(10, all.Count);
        Assert.Equal(11316.59m, all.Sum(e => e.Amounts.Get(AmountKeys.Total)));
        Assert.Equal(665.59m, all.Sum(e => e.Amounts.Get(AmountKeys.BasicExpenditure)));
        var relief = Assert.Single(all, e => e.FunctionCode.Value == "2101301");
        Assert.Equal(400.00m, relief.Amounts.Get(AmountKeys.ProjectExpenditure));
    }

    // ---- 04 ----------------------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_appropriation_summary_two_sides_over_two_pages()
    {
        var t = D.Get(TableIds.AppropriationSummary);
        Assert.Equal(11290.59m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、一般公共预算收入"), "revenue"));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.RevenueItem, "二、政府性基金预算收入"), "revenue"));
        Assert.Equal(11290.59m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "本年收入合计"), "revenue"));
        Assert.Equal(26.00m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "上年结转"), "revenue"));
        Assert.Equal(11316.59m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "收入总计"), "revenue"));

        var health = t.RowByText(ColumnKeys.ExpenditureItem, "八、卫生健康支出");
        Assert.Equal(11193.32m, t.Amt(health, AmountKeys.Total));
        Assert.Equal(11193.32m, t.Amt(health, AmountKeys.GeneralPublicBudget));
        Assert.Null(t.Amt(health, AmountKeys.GovernmentFundBudget));
        Assert.Equal(78.36m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "七、社会保障和就业支出"), AmountKeys.GeneralPublicBudget));
        var sum = t.RowByText(ColumnKeys.ExpenditureItem, "本年支出合计"); // second page
        Assert.Equal(11316.59m, t.Amt(sum, AmountKeys.Total));
        Assert.Equal(11316.59m, t.Amt(sum, AmountKeys.GeneralPublicBudget));
        Assert.Equal(11316.59m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "支出总计"), AmountKeys.Total));
    }

    // ---- 05 ----------------------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_general_budget_expenditure_personnel_and_operating()
    {
        var t = D.Get(TableIds.GeneralBudgetExpenditure);
        var total = t.TotalRow();
        Assert.Equal(11316.59m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(665.59m, t.Amt(total, AmountKeys.BasicExpenditure));
        Assert.Equal(628.61m, t.Amt(total, AmountKeys.PersonnelCost));
        Assert.Equal(36.98m, t.Amt(total, AmountKeys.OperatingCost));
        Assert.Equal(10651.00m, t.Amt(total, AmountKeys.ProjectExpenditure));

        var admin = t.RowByCode("2101501");
        Assert.Equal("行政运行", Squash(admin.Name));
        Assert.Equal(541.50m, t.Amt(admin, AmountKeys.BasicExpenditure));
        Assert.Equal(504.52m, t.Amt(admin, AmountKeys.PersonnelCost));
        Assert.Equal(36.98m, t.Amt(admin, AmountKeys.OperatingCost));
        Assert.Null(t.Amt(admin, AmountKeys.ProjectExpenditure));

        var fund = t.RowByCode("21012");
        Assert.Equal(RowKind.Section, fund.Kind);
        Assert.Equal(10059.00m, t.Amt(fund, AmountKeys.ProjectExpenditure));
        Assert.Equal(530.34m, t.Amt(t.RowByCode("210"), AmountKeys.PersonnelCost));
    }

    // ---- 06 ----------------------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_general_budget_basic_expenditure_by_economic_code()
    {
        var t = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        var total = t.TotalRow();
        Assert.Equal(665.59m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(628.61m, t.Amt(total, AmountKeys.PersonnelCost));
        Assert.Equal(36.98m, t.Amt(total, AmountKeys.OperatingCost));

        var wages = t.RowByCode("301");
        Assert.Equal(RowKind.Class, wages.Kind);
        Assert.Equal("501", t.GovCode(wages));
        Assert.Equal(625.87m, t.Amt(wages, AmountKeys.PersonnelCost));

        var basic = t.RowByCode("30101");
        Assert.Equal("基本工资", Squash(basic.Name));
        Assert.Equal("50101", t.GovCode(basic));
        Assert.Equal(172.45m, t.Amt(basic, AmountKeys.Total));

        var office = t.RowByCode("30201");
        Assert.Equal("50201", t.GovCode(office));
        Assert.Equal(18.30m, t.Amt(office, AmountKeys.OperatingCost));
        Assert.Null(t.Amt(office, AmountKeys.PersonnelCost));

        var household = t.RowByCode("30399");
        Assert.Equal("50999", t.GovCode(household));
        Assert.Equal(2.74m, t.Amt(household, AmountKeys.PersonnelCost));
        Assert.Equal(44.91m, t.Amt(t.RowByCode("30113"), AmountKeys.Total));
    }

    // ---- 基本支出预算情况表 ------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_basic_expenditure_table_by_source()
    {
        var t = D.Get(TableIds.BasicExpenditure);
        var total = t.TotalRow();
        Assert.Equal(665.59m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(665.59m, t.Amt(total, AmountKeys.FiscalAppropriation));
        Assert.Equal(665.59m, t.Amt(total, AmountKeys.GeneralPublicBudget));
        Assert.Null(t.Amt(total, AmountKeys.CarryoverIn));

        var pension = t.RowByCode("30108");
        Assert.Equal("机关事业单位基本养老保险缴费", Squash(pension.Name)); // printed "…基本养老 保险缴费"
        Assert.Equal(50.37m, t.Amt(pension, AmountKeys.GeneralPublicBudget));
        var goods = t.RowByCode("302");
        Assert.Equal(RowKind.Class, goods.Kind);
        Assert.Equal(36.98m, t.Amt(goods, AmountKeys.Total));
        Assert.Equal(11.00m, t.Amt(t.RowByCode("30228"), AmountKeys.Total));
    }

    // ---- 三公 / 基金 / 国有资本 -----------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_three_public_both_years_zero()
    {
        Assert.NotNull(B.ThreePublic);
        var y = B.ThreePublic!.ThisYear;
        Assert.Equal(0m, y.Total);
        Assert.Equal(0m, y.OfficialVehicles);
        Assert.Equal(0m, y.OfficialReception);
        Assert.NotNull(B.ThreePublic.LastYear);
        Assert.Equal(0m, B.ThreePublic.LastYear!.Total);
        Assert.Equal(0m, B.ThreePublic.LastYear.OfficialOverseasTravel);
    }

    [Fact]
    public void Lanshan2024_three_public_table_prints_zeros_and_a_note()
    {
        var t = D.Get(TableIds.ThreePublicExpenses);
        Assert.Null(t.EmptyNote); // the zeros are printed
        Assert.Contains(t.Notes, n => Squash(n).Contains("均未使用一般公共预算安排“三公”经费支出"));
    }

    [Fact]
    public void Lanshan2024_fund_and_state_capital_tables_are_empty_with_notes()
    {
        Assert.Contains("没有使用政府性基金预算拨款安排的支出", Squash(D.Get(TableIds.GovernmentFundExpenditure).EmptyNote));
        Assert.Contains("没有使用国有资本经营预算拨款安排的支出", Squash(D.Get(TableIds.StateCapitalExpenditure).EmptyNote));
    }

    // ---- 项目支出预算情况表 ----------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_project_total_matches_project_table()
    {
        var t = D.Get(TableIds.ProjectExpenditure);
        var total = t.TotalRow();
        Assert.Equal(10651.00m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(10625.00m, t.Amt(total, AmountKeys.FiscalAppropriation));
        Assert.Equal(10625.00m, t.Amt(total, AmountKeys.GeneralPublicBudget));
        Assert.Equal(26.00m, t.Amt(total, AmountKeys.CarryoverIn));
        Assert.Equal(8, B.Projects.Count);
        Assert.Equal(10651.00m, B.Projects.Sum(p => p.Total));
        Assert.All(B.Projects, p => Assert.Equal("特定目标类", p.Kind));
    }

    [Fact]
    public void Lanshan2024_project_rows_with_carryover_and_appropriation()
    {
        var t = D.Get(TableIds.ProjectExpenditure);
        var retired = t.RowByText(ColumnKeys.Name, "离休干部两费");
        Assert.Equal("特定目标类", t.Cell(retired, ColumnKeys.ProjectKind));
        Assert.Equal(25.00m, t.Amt(retired, AmountKeys.Total));
        Assert.Null(t.Amt(retired, AmountKeys.GeneralPublicBudget));
        Assert.Equal(25.00m, t.Amt(retired, AmountKeys.CarryoverIn));

        var p = B.Project("城乡居民基本医疗保险补助资金");
        Assert.Equal(6209.00m, p.Total);
        Assert.Equal(6209.00m, p.Amounts.Get(AmountKeys.GeneralPublicBudget));
        Assert.Equal(1.00m, B.Project("中央能力提升补助资金").Amounts.Get(AmountKeys.CarryoverIn));
        Assert.Equal(3268.00m, B.Project("特殊群体参保缴费财政补助").Total);
        Assert.Equal(166.00m, B.Project("医疗保障工作经费").Total);
    }

    // ---- 政府采购预算表 ------------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_procurement_table_total_and_item()
    {
        var t = D.Get(TableIds.GovernmentProcurement);
        Assert.Equal(4.00m, t.Amt(t.TotalRow(), AmountKeys.Total));
        Assert.Equal(4.00m, t.Amt(t.TotalRow(), AmountKeys.GeneralPublicBudget));
        var admin = t.RowByCode("2101501");
        Assert.Equal("行政运行", Squash(admin.Name));
        Assert.Equal(4.00m, t.Amt(admin, AmountKeys.Total));
        Assert.Equal(4.00m, t.Amt(admin, AmountKeys.FiscalAppropriation));
        Assert.Equal(RowKind.Class, t.RowByCode("210").Kind);
    }

    // ---- 项目支出绩效目标表 ------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_project_targets_one_per_project_table()
    {
        Assert.Equal(6, B.ProjectTargets.Count);
        Assert.Equal(10625m, B.ProjectTargets.Sum(p => p.Amounts.Get(AmountKeys.Total)));
        Assert.Equal(
            ["城乡居民基本医疗保险补助资金", "特殊群体参保缴费财政补助", "城乡医疗救助", "职工长期护理保险财政补助",
             "离休人员医疗费参保缴费补助", "医疗保障工作经费"],
            B.ProjectTargets.Select(p => Squash(p.ProjectName)));
        Assert.All(D.Tables.Where(t => t.Id == TableIds.ProjectPerformanceTargets), t => Assert.Null(t.Number));
    }

    [Fact]
    public void Lanshan2024_resident_insurance_target_tree_and_values()
    {
        var p = B.Target("城乡居民基本医疗保险补助资金");
        Assert.Equal(6209m, p.Amounts.Get(AmountKeys.Total));
        Assert.Contains("减轻参保群众经济负担", Squash(p.Objective));

        var standard = p.Indicators.Indicator("区级财政补助标准");
        Assert.Equal("成本指标", Squash(standard.Level1));
        Assert.Equal("经济成本指标", Squash(standard.Level2));
        standard.Value.AssertValue("=", 67m, "元/人");

        var insured = p.Indicators.Indicator("参保人数");
        Assert.Equal("产出指标", Squash(insured.Level1));
        Assert.Equal("数量指标", Squash(insured.Level2));
        insured.Value.AssertValue("≥", 930000m, "人");

        var rate = p.Indicators.Indicator("居民参保率");
        Assert.Equal("质量指标", Squash(rate.Level2));
        rate.Value.AssertValue("≥", 95m, "%");
        p.Indicators.Indicator("重复参保人数").Value.AssertValue("=", 0m, "人");
        p.Indicators.Indicator("中央及各级财政补助资金到位时间").Value.AssertQualitative("7月底之前");

        var known = p.Indicators.Indicator("政策知晓率");
        Assert.Equal("效益指标", Squash(known.Level1));
        Assert.Equal("社会效益指标", Squash(known.Level2));
        known.Value.AssertValue("≥", 90m, "%");
        p.Indicators.Indicator("减轻参保人员就医经济负担").Value.AssertQualitative("全年持续实施");

        var sat = p.Indicators.Indicator("参保对象满意度");
        Assert.Equal("满意度指标", Squash(sat.Level1));
        sat.Value.AssertValue("≥", 90m, "%");
    }

    [Fact]
    public void Lanshan2024_other_targets_values_parsed()
    {
        var special = B.Target("特殊群体参保缴费财政补助");
        Assert.Equal(3268m, special.Amounts.Get(AmountKeys.Total));
        special.Indicators.Indicator("区级财政实际补助标准").Value.AssertValue("=", 380m, "元/人");
        var elderly = special.Indicators.Indicator("70周岁以上老人参保人数");
        Assert.Equal("产出指标", Squash(elderly.Level1));
        elderly.Value.AssertValue("=", 67000m, "人");

        var relief = B.Target("城乡医疗救助");
        relief.Indicators.Indicator("一站式医疗救助人次").Value.AssertValue("≥", 21908m, null);

        var care = B.Target("职工长期护理保险财政补助");
        Assert.Equal(360m, care.Amounts.Get(AmountKeys.Total));
        care.Indicators.Indicator("财政补助金额").Value.AssertValue("=", 15m, "元/人");
        care.Indicators.Indicator("参保人数").Value.AssertValue("≥", 240000m, "人");

        var retired = B.Target("离休人员医疗费参保缴费补助");
        retired.Indicators.Indicator("2023年人均医疗费支出").Value.AssertValue("≥", 2.32m, "万元/人/年");
        Assert.Equal("=69人(据实确定)", Squash(retired.Indicators.Indicator("财政代缴机关事业单位离休人员人数").Value.Text));

        var work = B.Target("医疗保障工作经费");
        Assert.Equal(166m, work.Amounts.Get(AmountKeys.Total));
        work.Indicators.Indicator("劳务派遣工作人员费用").Value.AssertValue("=", 102.71m, "万元");
        work.Indicators.Indicator("印刷宣传资料单价").Value.AssertValue("=", 0.15m, "元/份");
        work.Indicators.Indicator("办公设备购置费用、医保系统维护费").Value.AssertValue("≤", 15m, "万元");
        work.Indicators.Indicator("印刷宣传资料份数").Value.AssertValue("≥", 200000m, null);
    }

    // ---- narrative ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("11316.59", "万元", "收入预算", null)]
    [InlineData("11290.59", "万元", "一般公共预算收入", null)]
    [InlineData("26.00", "万元", "上年结转", null)]
    [InlineData("665.59", "万元", "基本支出", null)]
    [InlineData("10651.00", "万元", "项目支出", null)]
    [InlineData("428.79", "万元", "收支预算", "增加")]
    [InlineData("402.79", "万元", "一般公共预算收入", "增加")]
    [InlineData("36.98", "万元", "机关运行经费", null)]
    [InlineData("4.00", "万元", "政府采购", null)]
    [InlineData("10625.00", "万元", "预算资金", null)]
    public void Lanshan2024_narrative_states_totals_and_changes(string value, string unit, string subject, string? relation) =>
        D.Narrative.AssertStates(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, subject, relation);

    [Fact]
    public void Lanshan2024_agency_operating_cost_and_procurement()
    {
        var facts = B.Facts;
        Assert.Equal(36.98m, facts.AgencyOperatingCost);
        Assert.Equal(new GovernmentProcurement(4.00m, 4.00m, 0.00m, 0.00m), facts.Procurement);
    }

    [Fact]
    public void Lanshan2024_narrative_assets_and_targeted_projects()
    {
        var facts = B.Facts;
        Assert.NotNull(facts.Assets);
        Assert.Equal(0, facts.Assets!.VehicleTotal);
        Assert.Equal(6, facts.TargetedProjectCount);
        Assert.Equal(10625.00m, facts.TargetedAmount);
    }

    [Fact]
    public void Lanshan2024_year_on_year_changes()
    {
        var facts = B.Facts;
        var aoc = facts.Change("机关运行经费", 0.09m);
        Assert.Equal("increase", aoc.Direction);
        Assert.Equal(0.24m, aoc.Rate);
        Assert.Equal(36.98m, aoc.ThisYear);
        var basic = facts.Change("基本支出", 7.79m);
        Assert.Equal("increase", basic.Direction);
        Assert.Equal("increase", facts.Change("项目支出", 421.00m).Direction);
    }

    [Fact]
    public void Lanshan2024_total_change_is_about_the_budget_stated_before_it_with_its_reason_stated_apart()
    {
        // （三）…2024 年收支预算 11,316.59 万元，较上年预算增加 428.79 万元，其中： … 3. 收支预算增加的主要原因，一是…；二是…。
        var total = B.Facts.Changes.Single(c => c.Subject == "收支预算");
        Assert.Equal(428.79m, total.Change);
        Assert.Equal(11316.59m, total.ThisYear);
        Assert.Null(total.Rate); // the seed states no rate for it
        Assert.Equal("一是居民医保区级财政补贴标准提高；二是特殊群体居民医保财政代缴标准提高", total.Reason);
    }

    [Fact]
    public void Lanshan2024_changes_by_source_and_kind_name_their_item()
    {
        var changed = B.Facts.Changes.Where(c => c.Direction == "increase").ToDictionary(c => c.Subject, c => c.Change);
        Assert.Equal(428.79m, changed["收入预算"]);
        Assert.Equal(402.79m, changed["一般公共预算收入"]); // “其中：” is not part of the name
        Assert.Equal(26.00m, changed["上年结转"]);
        Assert.Equal(428.79m, changed["支出预算"]);
        Assert.Equal(7.79m, changed["基本支出"]);
        Assert.Equal(421.00m, changed["项目支出"]);
        var unchanged = B.Facts.Changes.Where(c => c.Direction == "unchanged").Select(c => c.Subject).ToList();
        Assert.Equal(["政府性基金预算收入", "国有资本经营预算收入", "财政专户管理资金收入", "事业收入", "事业单位经营收入",
            "上级补助收入", "附属单位上缴收入", "其他收入", "使用非财政拨款结余", "结转下年",
            "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"], unchanged);
    }

    [Fact]
    public void Lanshan2024_agency_cost_change_is_about_the_cost_not_its_definition()
    {
        // 机关运行经费指…以及其他费用。2024 年本单位机关运行经费安排 36.98 万元。较 2023 年预算增加 0.09 万元，增长 0.24%。
        var aoc = B.Facts.Changes.Single(c => c.Change == 0.09m);
        Assert.Equal("机关运行经费", aoc.Subject);
        Assert.Equal("入托费增加", aoc.Reason);
    }

    [Fact]
    public void Lanshan2024_vehicle_kinds_as_listed()
    {
        // 共有车辆 0 辆，其中机要通信用车 0 辆、应急保障用车 0 辆、执法执勤用车 0 辆、特种专业技术用车 0 辆，其他按照规定配备的公务用车 0 辆。
        Assert.Equal(["机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "其他按照规定配备的公务用车"],
            B.Facts.Assets!.VehiclesByKind.Keys);
        Assert.All(B.Facts.Assets.VehiclesByKind.Values, n => Assert.Equal(0, n));
    }

    [Fact]
    public void Lanshan2024_glossary_entries_are_paragraphs_of_its_glossary_not_sections()
    {
        // 名词解释 lists 一、财政拨款收入：指… to 十六、“三公”经费：指…; the short ones (十二、上缴上级支出：指下级单位上缴上级的支出。)
        // were taken for section headings.
        Assert.DoesNotContain(D.Narrative.Sections, x => x.Title.Contains("：指", StringComparison.Ordinal));
        var glossary = D.Narrative.Sections.Single(x => x.Paragraphs.Contains("十二、上缴上级支出：指下级单位上缴上级的支出。"));
        Assert.Contains("九、上年结转：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。", glossary.Paragraphs);
        Assert.Contains("十四、对下级单位补助支出：指对下级单位补助发生的支出。", glossary.Paragraphs);
    }

    // ---- JSON --------------------------------------------------------------------------------------

    [Fact]
    public void Lanshan2024_json_round_trip_is_identical()
    {
        var json = BudgetJson.Serialize(D);
        var back = BudgetJson.Deserialize(json);
        Assert.Equal(json, BudgetJson.Serialize(back));
    }
}
