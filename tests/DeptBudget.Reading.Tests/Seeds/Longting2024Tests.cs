using DeptBudget.Model;
using DeptBudget.Model.Json;
using static DeptBudget.Reading.Tests.Seeds.TableLookup;
using static DeptBudget.Reading.Tests.Seeds.SeedLookup;

namespace DeptBudget.Reading.Tests.Seeds;

/// <summary>
/// Seed 000 — 开封市龙亭区医疗保障局 2024 (Henan 2024 layout, twelve tables titled 单位…表). Every figure
/// below was typed by hand from the seed text, not from program output.
///
/// Conventions chosen where the brief left a choice (the reader should follow them):
/// - Scope is Unit: the cover says 部门预算公开 but the 目录, the 情况说明 and every table say 单位预算
///   (单位收支预算表 …), and the budget is the one unit 342001 under 342.
/// - Table 01 left: revenueItem + "revenue"; right: expenditureItem + "total".
/// - Tables 03 and 05: in the extracted text every amount from 资本性支出 on is shifted one column to the
///   left (the blank 资本性支出 cell was dropped), which would put 1,018.00 under 资本性支出 and
///   其他运转类. The expectations state the meaning (项目支出 1,018.00, all 特定目标类, as table 10 and the
///   narrative say); they sit in their own tests so a reader that cannot realign fails only those.
/// - Tables 08 and 09 have only headers and the note "…故本表无数据": EmptyNote holds it; 三公 this year is
///   all zero (the narrative states 0.00). LastYear is not asserted (only "与2023年持平").
/// - Table 12: ProjectTargets has one entry per printed project row: 5 in the first 342 group (820, 15, 78,
///   and the 105 project split into 中央 88 + 省级 17) and the 105 project again whole in a second 342
///   group — 6 in all, summing to 1,123.00 (table 10 has 4 projects, 1,018.00).
/// - A 指标值 without an operator ("390元", "100%") parses with Operator null.
/// </summary>
public sealed class Longting2024Tests(LongtingFixture f) : IClassFixture<LongtingFixture>
{
    private Disclosure D => f.Disclosure;
    private Budget B => f.Budget;

    [Fact]
    public void Longting2024_meta_names_department_year_scope_layout()
    {
        Assert.Equal("开封市龙亭区医疗保障局", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal(BudgetScope.Unit, D.Meta.Scope);
        Assert.Equal("henan-2024", D.Meta.Layout);
        Assert.Equal("开封市龙亭区医疗保障局", B.Department);
        Assert.Equal(2024, B.Year);
    }

    [Fact]
    public void Longting2024_contents_lists_the_twelve_unit_tables()
    {
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
        Assert.Contains("单位收支预算表", Squash(tables[0].Title));
        Assert.Contains("区级单位预算项目绩效目标汇总表", Squash(tables[11].Title));
    }

    [Fact]
    public void Longting2024_reads_every_listed_table_and_no_other()
    {
        var expected = new HashSet<string>
        {
            TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ExpenditureSummary,
            TableIds.AppropriationSummary, TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure,
            TableIds.EconomicClassificationSummary, TableIds.ThreePublicExpenses, TableIds.GovernmentFundExpenditure,
            TableIds.ProjectExpenditure, TableIds.DepartmentPerformanceTarget, TableIds.ProjectPerformanceTargets,
        };
        Assert.Equal(expected, D.TableIdSet());
        Assert.Equal("单位收支预算表", Squash(D.Get(TableIds.RevenueExpenditureSummary).Title));
        Assert.Equal(10, D.Get(TableIds.ProjectExpenditure).Number);
    }

    [Fact]
    public void Longting2024_unit_342001_under_342()
    {
        var u = Assert.Single(B.Units, x => x.Code == "342001");
        Assert.Equal("开封市龙亭区医疗保障局", Squash(u.Name));
        Assert.Equal("342", u.ParentCode);
    }

    // ---- 01 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_revenue_expenditure_summary_totals_and_rows()
    {
        var t = D.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(1060.79m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、一般公共预算"), "revenue"));
        Assert.Equal(955.79m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "其中：财政拨款"), "revenue"));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.RevenueItem, "二、政府性基金预算拨款收入"), "revenue"));
        Assert.Equal(1060.79m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "本年收入合计"), "revenue"));
        Assert.Equal(1060.79m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "收入总计"), "revenue"));

        Assert.Equal(19.36m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "八、社会保障和就业"), AmountKeys.Total));
        Assert.Equal(1038.84m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "十、卫生健康"), AmountKeys.Total));
        Assert.Equal(2.59m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "二十一、住房保障支出"), AmountKeys.Total));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "一、一般公共服务"), AmountKeys.Total));
        Assert.Equal(1060.79m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "本年支出合计"), AmountKeys.Total));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "年终结转结余"), AmountKeys.Total));
        Assert.Equal(1060.79m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "支出总计"), AmountKeys.Total));
    }

    // ---- 02 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_revenue_summary_total_and_unit_rows()
    {
        var t = D.Get(TableIds.RevenueSummary);
        var total = t.TotalRow();
        Assert.Equal(1060.79m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(1060.79m, t.Amt(total, AmountKeys.RevenueThisYear));
        Assert.Equal(1060.79m, t.Amt(total, AmountKeys.GeneralPublicBudget));
        Assert.Equal(955.79m, t.Amt(total, AmountKeys.OwnLevelAppropriation));
        Assert.Null(t.Amt(total, AmountKeys.GovernmentFundBudget));

        var dept = t.RowByUnit("342");
        Assert.Equal(1060.79m, t.Amt(dept, AmountKeys.Total));
        var unit = t.RowByUnit("342001");
        Assert.Equal("开封市龙亭区医疗保障局", Squash(unit.Name)); // printed "开封市龙亭区 医疗保障局"
        Assert.Equal(1060.79m, t.Amt(unit, AmountKeys.GeneralPublicBudget));
        Assert.Equal(955.79m, t.Amt(unit, AmountKeys.OwnLevelAppropriation));
    }

    // ---- 03 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_expenditure_summary_basic_columns_and_code_rows()
    {
        var t = D.Get(TableIds.ExpenditureSummary);
        var total = t.TotalRow();
        Assert.Equal(1060.79m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(42.79m, t.Amt(total, AmountKeys.BasicExpenditure));
        Assert.Equal(42.79m, t.Amt(total, AmountKeys.WagesAndBenefits));
        Assert.Null(t.Amt(total, AmountKeys.HouseholdTransfers));
        Assert.Null(t.Amt(total, AmountKeys.GoodsAndServices));

        var unit = t.RowByUnit("342");
        Assert.Equal("开封市龙亭区医疗保障局", Squash(unit.Name));
        Assert.Equal(1060.79m, t.Amt(unit, AmountKeys.Total));

        var pension = t.RowByCode("2080505");
        Assert.Equal(RowKind.Item, pension.Kind);
        Assert.Equal("机关事业单位基本养老保险缴费支出", Squash(pension.Name));
        Assert.Equal(4.31m, t.Amt(pension, AmountKeys.Total));
        Assert.Equal(4.31m, t.Amt(pension, AmountKeys.WagesAndBenefits));

        var medical = t.RowByCode("2101101");
        Assert.Equal(80.91m, t.Amt(medical, AmountKeys.Total));
        Assert.Equal(2.91m, t.Amt(medical, AmountKeys.BasicExpenditure));

        var fund = t.RowByCode("2101202");
        Assert.Equal("财政对城乡居民基本医疗保险基金的补助", Squash(fund.Name)); // printed "…的补 助"
        Assert.Equal(820.00m, t.Amt(fund, AmountKeys.Total));
        Assert.Equal(32.93m, t.Amt(t.RowByCode("2101501"), AmountKeys.BasicExpenditure));
        Assert.Equal(2.59m, t.Amt(t.RowByCode("2210201"), AmountKeys.Total));
        Assert.Equal(8, t.Rows.Count(r => r.Kind == RowKind.Item));
    }

    [Fact]
    public void Longting2024_expenditure_summary_project_columns_realigned()
    {
        var t = D.Get(TableIds.ExpenditureSummary);
        var total = t.TotalRow();
        Assert.Null(t.Amt(total, AmountKeys.CapitalOutlay));
        Assert.Equal(1018.00m, t.Amt(total, AmountKeys.ProjectExpenditure));
        Assert.Null(t.Amt(total, AmountKeys.OperationalProject));
        Assert.Equal(1018.00m, t.Amt(total, AmountKeys.SpecificPurposeProject));

        var medical = t.RowByCode("2101101"); // 78.00 离休干部医疗保险费
        Assert.Equal(78.00m, t.Amt(medical, AmountKeys.ProjectExpenditure));
        Assert.Equal(78.00m, t.Amt(medical, AmountKeys.SpecificPurposeProject));
        Assert.Equal(105.00m, t.Amt(t.RowByCode("2101301"), AmountKeys.SpecificPurposeProject));
    }

    [Fact]
    public void Longting2024_expenditure_lines_cover_every_item_of_table_03()
    {
        var all = B.Expenditure.Where(e => e.Scope == FundingScope.AllSources && e.FunctionCode.Level == 3).ToList();
        Assert.Equal(8, all.Count);
        Assert.Equal(1060.79m, all.Sum(e => e.Amounts.Get(AmountKeys.Total)));
        var fund = Assert.Single(all, e => e.FunctionCode.Value == "2101202");
        Assert.Equal(820.00m, fund.Amounts.Get(AmountKeys.Total));
        var social = Assert.Single(all, e => e.FunctionCode.Value == "2083099");
        Assert.Equal(15.00m, social.Amounts.Get(AmountKeys.Total));
    }

    // ---- 04 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_appropriation_summary_two_sides()
    {
        var t = D.Get(TableIds.AppropriationSummary);
        Assert.Equal(1060.79m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "一、本年收入"), "revenue"));
        Assert.Equal(955.79m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "其中：财政拨款"), "revenue"));
        Assert.Equal(1060.79m, t.Amt(t.RowByText(ColumnKeys.RevenueItem, "收入合计"), "revenue"));

        var thisYear = t.RowByText(ColumnKeys.ExpenditureItem, "一、本年支出");
        Assert.Equal(1060.79m, t.Amt(thisYear, AmountKeys.Total));
        Assert.Equal(955.79m, t.Amt(thisYear, AmountKeys.OwnLevelAppropriation));

        var health = t.RowByText(ColumnKeys.ExpenditureItem, "（十）卫生健康支出");
        Assert.Equal(1038.84m, t.Amt(health, AmountKeys.Total));
        Assert.Equal(1038.84m, t.Amt(health, AmountKeys.GeneralPublicBudget));
        Assert.Equal(933.84m, t.Amt(health, AmountKeys.OwnLevelAppropriation));
        var social = t.RowByText(ColumnKeys.ExpenditureItem, "（八）社会保障和就业支出");
        Assert.Equal(19.36m, t.Amt(social, AmountKeys.OwnLevelAppropriation));
        Assert.Null(t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "（九）医疗卫生与计划生育支出"), AmountKeys.Total));
        Assert.Single(t.RowsByText(ColumnKeys.ExpenditureItem, "(二十三)灾害防治及应急管理")); // second page
        Assert.Equal(1060.79m, t.Amt(t.RowByText(ColumnKeys.ExpenditureItem, "支出合计"), AmountKeys.GeneralPublicBudget));
    }

    // ---- 05 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_general_budget_expenditure_rows()
    {
        var t = D.Get(TableIds.GeneralBudgetExpenditure);
        var total = t.TotalRow();
        Assert.Equal(1060.79m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(42.79m, t.Amt(total, AmountKeys.BasicExpenditure));
        Assert.Equal(1060.79m, t.Amt(t.RowByUnit("342"), AmountKeys.Total));
        var relief = t.RowByCode("2101301");
        Assert.Equal("城乡医疗救助", Squash(relief.Name));
        Assert.Equal(105.00m, t.Amt(relief, AmountKeys.Total));
        Assert.Equal(0.05m, t.Amt(t.RowByCode("2089999"), AmountKeys.WagesAndBenefits));
        Assert.Contains(t.Notes, n => Squash(n).Contains("本表仅含当年财政拨款安排的支出"));
    }

    [Fact]
    public void Longting2024_general_budget_expenditure_project_columns_realigned()
    {
        var t = D.Get(TableIds.GeneralBudgetExpenditure);
        Assert.Equal(1018.00m, t.Amt(t.TotalRow(), AmountKeys.ProjectExpenditure));
        Assert.Equal(1018.00m, t.Amt(t.TotalRow(), AmountKeys.SpecificPurposeProject));
        Assert.Null(t.Amt(t.TotalRow(), AmountKeys.CapitalOutlay));
        Assert.Equal(15.00m, t.Amt(t.RowByCode("2083099"), AmountKeys.SpecificPurposeProject));
    }

    // ---- 06 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_general_budget_basic_expenditure_by_economic_code()
    {
        var t = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        var total = t.TotalRow();
        Assert.Equal(42.79m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(42.79m, t.Amt(total, AmountKeys.PersonnelCost));
        Assert.Null(t.Amt(total, AmountKeys.OperatingCost));

        var wage = t.RowByCode("30101");
        Assert.Equal("基本工资", Squash(wage.Name));
        Assert.Equal("50101", t.GovCode(wage));
        Assert.Equal(16.78m, t.Amt(wage, AmountKeys.Total));
        Assert.Equal(16.78m, t.Amt(wage, AmountKeys.PersonnelCost));

        var pension = t.RowByCode("30108");
        Assert.Equal("50102", t.GovCode(pension));
        Assert.Equal(4.31m, t.Amt(pension, AmountKeys.Total));
        Assert.Equal(2.59m, t.Amt(t.RowByCode("30113"), AmountKeys.PersonnelCost));
        Assert.Equal(9, t.Rows.Count(r => r.Code is not null));
        Assert.Equal(9, B.BasicEconomic.Count);
    }

    // ---- 07 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_economic_classification_summary_rows_over_two_pages()
    {
        var t = D.Get(TableIds.EconomicClassificationSummary);
        var total = t.TotalRow();
        Assert.Equal(1060.79m, t.Amt(total, AmountKeys.Total));
        Assert.Equal(1060.79m, t.Amt(total, AmountKeys.GeneralPublicBudget));
        Assert.Equal(955.79m, t.Amt(total, AmountKeys.OwnLevelAppropriation));
        Assert.Equal(955.79m, t.Amt(t.RowByUnit("342"), AmountKeys.OwnLevelAppropriation));

        // 30307 医疗费补助 twice: under 50901 (120.00, 其中财政拨款 15.00) and 50599 (78.00).
        var care = t.RowsByCode("30307");
        Assert.Equal(2, care.Count);
        var c1 = Assert.Single(care, r => t.GovCode(r) == "50901");
        Assert.Equal(120.00m, t.Amt(c1, AmountKeys.Total));
        Assert.Equal(15.00m, t.Amt(c1, AmountKeys.OwnLevelAppropriation));
        var c2 = Assert.Single(care, r => t.GovCode(r) == "50599");
        Assert.Equal(78.00m, t.Amt(c2, AmountKeys.GeneralPublicBudget));

        var fund = t.RowByCode("31302");
        Assert.Equal("对社会保险基金补助", Squash(fund.Name));
        Assert.Equal("50102", t.GovCode(fund));
        Assert.Equal(820.00m, t.Amt(fund, AmountKeys.Total));

        // Second page (its header adds a 科目名称 column for the government code).
        var housing = t.RowByCode("30113");
        Assert.Equal("50103", t.GovCode(housing));
        Assert.Equal(2.59m, t.Amt(housing, AmountKeys.Total));
        Assert.Equal(1.40m, t.Amt(t.RowByCode("30103"), AmountKeys.OwnLevelAppropriation));
        Assert.Equal(12, t.Rows.Count(r => r.Code is not null && r.Kind != RowKind.Unit));
    }

    // ---- 08 / 09 -----------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_three_public_table_is_empty_and_this_year_zero()
    {
        var t = D.Get(TableIds.ThreePublicExpenses);
        Assert.NotNull(t.EmptyNote);
        Assert.Contains("本表无数据", Squash(t.EmptyNote));
        Assert.NotNull(B.ThreePublic);
        var y = B.ThreePublic!.ThisYear;
        Assert.Equal(0m, y.Total);
        Assert.Equal(0m, y.OfficialOverseasTravel);
        Assert.Equal(0m, y.OfficialVehicles);
        Assert.Equal(0m, y.OfficialReception);
    }

    [Fact]
    public void Longting2024_government_fund_table_is_empty_with_note()
    {
        var t = D.Get(TableIds.GovernmentFundExpenditure);
        Assert.NotNull(t.EmptyNote);
        Assert.Contains("没有政府性基金预算支出", Squash(t.EmptyNote));
    }

    // ---- 10 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_project_total_matches_table_10()
    {
        var t = D.Get(TableIds.ProjectExpenditure);
        Assert.Equal(1018.00m, t.Amt(t.TotalRow(), AmountKeys.Total));
        Assert.Equal(1018.00m, t.Amt(t.TotalRow(), AmountKeys.GeneralPublicBudget));
        Assert.Equal(4, B.Projects.Count);
        Assert.Equal(1018.00m, B.Projects.Sum(p => p.Total));
        Assert.All(B.Projects, p => Assert.Equal("特定目标类", p.Kind));
    }

    [Fact]
    public void Longting2024_project_rows_carry_kind_unit_and_amounts()
    {
        var t = D.Get(TableIds.ProjectExpenditure);
        var retired = t.RowByText(ColumnKeys.Name, "龙亭区离休干部医疗保险费");
        Assert.Equal("特定目标类", t.Cell(retired, ColumnKeys.ProjectKind));
        Assert.Equal("开封市龙亭区医疗保障局", Squash(t.Cell(retired, ColumnKeys.UnitName)));
        Assert.Equal(78.00m, t.Amt(retired, AmountKeys.Total));
        Assert.Null(t.Amt(retired, AmountKeys.Carryover(AmountKeys.GeneralPublicBudget)));

        var p = B.Project("城乡居民基本医疗保险区级财政配套资金");
        Assert.Equal(820.00m, p.Total);
        Assert.Equal(820.00m, p.Amounts.Get(AmountKeys.GeneralPublicBudget));
        Assert.Equal("开封市龙亭区医疗保障局", Squash(p.UnitName));
        Assert.Equal(105.00m, B.Project("提前下达2024年中央和省级财政医疗救助补助资金").Total);
        Assert.Equal(15.00m, B.Project("辖区困难群众参加城乡居民医疗保险兜底资金").Total);
    }

    // ---- 11 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_department_target_budget_and_task()
    {
        var dt = B.DepartmentTarget;
        Assert.NotNull(dt);
        Assert.NotEmpty(dt!.Objectives);
        Assert.Contains(dt.Objectives, o => Squash(o).Contains("完成区委、区政府及开封市医疗保障局交办的其他任务"));
        var task = Assert.Single(dt.Tasks);
        Assert.StartsWith("贯彻执行市医疗保障局制定的全市医疗救助", Squash(task.Name));
        Assert.Equal("做好辖区群众医疗保障待遇享受", Squash(task.Content));
        Assert.Equal(1060.79m, dt.Budget.Get(AmountKeys.Total));
        Assert.Equal(42.79m, dt.Budget.Get(AmountKeys.BasicExpenditure));
        Assert.Equal(1018.00m, dt.Budget.Get(AmountKeys.ProjectExpenditure));

    }

    [Fact]
    public void Longting2024_department_target_indicators_parsed()
    {
        var dt = B.DepartmentTarget;
        Assert.NotNull(dt);
        var refine = dt.Indicators.Indicator("专项资金细化率");
        Assert.Equal("投入管理指标", Squash(refine.Level1));
        Assert.Equal("预算和财务管理", Squash(refine.Level2));
        refine.Value.AssertValue("≥", 90m, "%");

        var related = dt.Indicators.Indicator("年度履职目标相关性");
        Assert.Equal("工作目标管理", Squash(related.Level2));
        related.Value.AssertQualitative("相关");

        dt.Indicators.Indicator("结转结余率").Value.AssertValue("≤", 20m, "%");
        dt.Indicators.Indicator("绩效目标编制完成率").Value.AssertValue(null, 100m, "%");

        var insured = dt.Indicators.Indicator("辖区困难群众参保率");
        Assert.Equal("产出指标", Squash(insured.Level1));
        Assert.Equal("重点工作任务完成", Squash(insured.Level2));
        insured.Value.AssertValue("≥", 90m, "%");

        var sat = dt.Indicators.Indicator("群众对医保政策满意度");
        Assert.Equal("效益指标", Squash(sat.Level1));
        Assert.Equal("满意度", Squash(sat.Level2));
        sat.Value.AssertValue("≥", 85m, "%");
        dt.Indicators.Indicator("群众幸福感").Value.AssertQualitative("较高");
    }

    // ---- 12 ----------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_project_targets_one_per_printed_project_row()
    {
        Assert.Equal(6, B.ProjectTargets.Count);
        Assert.Equal(820m + 15m + 78m + 88m + 17m + 105m, B.ProjectTargets.Sum(p => p.Amounts.Get(AmountKeys.Total)));
        var central = B.Target("提前下达2024年中央和省级财政医疗救助补助资金-中央资金");
        Assert.Equal("4102022400000000039202", central.ProjectCode);
        Assert.Equal(88.00m, central.Amounts.Get(AmountKeys.Total));
        Assert.Equal(17.00m, B.Target("提前下达2024年中央和省级财政医疗救助补助资金-省级资金").Amounts.Get(AmountKeys.Total));
        var whole = B.Target("提前下达2024年中央和省级财政医疗救助补助资金");
        Assert.Equal("4102022400000000039201", whole.ProjectCode);
        Assert.Equal(105.00m, whole.Amounts.Get(AmountKeys.Total));
    }

    [Fact]
    public void Longting2024_resident_insurance_target_indicators_parsed()
    {
        var p = B.Target("城乡居民基本医疗保险区级财政配套资金");
        Assert.Equal("410202240000000007617", p.ProjectCode);
        Assert.Equal("342001", p.UnitCode);
        Assert.Equal(820.00m, p.Amounts.Get(AmountKeys.Total));

        var cost = p.Indicators.Indicator("补助标准");
        Assert.Equal("成本指标", Squash(cost.Level1));
        cost.Value.AssertValue(null, 390m, "元");

        var scale = p.Indicators.Indicator("救助对象人次规模");
        Assert.Equal("产出指标", Squash(scale.Level1));
        scale.Value.AssertQualitative("符合救助条件的对象按规定纳入救助范围");
        p.Indicators.Indicator("补助发放及时率").Value.AssertValue("≥", 80m, "%");
        p.Indicators.Indicator("补助发放准确率").Value.AssertValue("≥", 85m, "%");

        var policy = p.Indicators.Indicator("补助政策落实情况");
        Assert.Equal("效益指标", Squash(policy.Level1));
        policy.Value.AssertQualitative("较好落实");
        p.Indicators.Indicator("受益人群幸福感和获得感").Value.AssertQualitative("提升");

        var sat = p.Indicators.Indicator("受益人群满意度");
        Assert.Equal("满意度指标", Squash(sat.Level1));
        sat.Value.AssertValue("≥", 85m, "%");
        Assert.Equal(7, p.Indicators.Count);
    }

    [Fact]
    public void Longting2024_retired_cadre_target_indicators_parsed()
    {
        var p = B.Target("龙亭区离休干部医疗保险费");
        Assert.Equal("410202240000000007621", p.ProjectCode);
        p.Indicators.Indicator("辖区医疗保障能力改善程度").Value.AssertQualitative("提高");
        p.Indicators.Indicator("补助发放准确率").Value.AssertValue("≥", 90m, "%");
        p.Indicators.Indicator("发放补助人次").Value.AssertQualitative("符合辖区离休条件的单位干部");
    }

    // The 中央资金 and 省级资金 rows print no 成本指标 pair: their first name sits under 产出指标 as printed,
    // not shifted, and the last pair is 满意度指标 (table 12, rows 4102022400000000039202/-203).
    [Theory]
    [InlineData("提前下达2024年中央和省级财政医疗救助补助资金-中央资金")]
    [InlineData("提前下达2024年中央和省级财政医疗救助补助资金-省级资金")]
    public void Longting2024_targets_without_cost_cells_keep_indicators_under_their_printed_columns(string project)
    {
        var p = B.Target(project);
        string[] level1 = ["产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"];
        string[] names =
        [
            "医疗救助对象人次规模", "补助发放及时率", "补助发放准确率",
            "补助政策落实情况", "受益人群幸福感和获得感", "受益人群满意度",
        ];
        Assert.Equal(names, p.Indicators.Select(i => Squash(i.Name)).OrderBy(n => Array.IndexOf(names, n)));
        foreach (var i in p.Indicators)
        {
            Assert.Equal(level1[Array.IndexOf(names, Squash(i.Name))], Squash(i.Level1));
            Assert.Null(i.Level2); // the summary table prints no 二级指标
        }
        Assert.DoesNotContain(p.Indicators, i => Squash(i.Level1) == "成本指标");

        p.Indicators.Indicator("医疗救助对象人次规模").Value.AssertQualitative("符合救助条件的对象按规定纳入救助范围");
        p.Indicators.Indicator("补助发放及时率").Value.AssertValue("≥", 90m, "%");
        p.Indicators.Indicator("补助发放准确率").Value.AssertValue("≥", 85m, "%");
        p.Indicators.Indicator("补助政策落实情况").Value.AssertQualitative("较好落实");
        p.Indicators.Indicator("受益人群幸福感和获得感").Value.AssertQualitative("提升");
        p.Indicators.Indicator("受益人群满意度").Value.AssertValue("≥", 85m, "%");
    }

    // ---- narrative ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("1060.79", "万元", "收入总计", null)]
    [InlineData("1060.79", "万元", "支出总计", null)]
    [InlineData("276.94", "万元", "总计", "减少")]
    [InlineData("42.79", "万元", "基本支出", null)]
    [InlineData("1018.00", "万元", "项目支出", null)]
    [InlineData("95.97", "%", "项目支出", "占")]
    [InlineData("19.36", "万元", "社会保障和就业", null)]
    [InlineData("1038.84", "万元", "卫生健康", null)]
    [InlineData("97.93", "%", "卫生健康", "占")]
    [InlineData("2.59", "万元", "住房保障", null)]
    [InlineData("42.79", "万元", "人员经费", null)]
    public void Longting2024_narrative_states_totals_and_shares(string value, string unit, string subject, string? relation) =>
        D.Narrative.AssertStates(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, subject, relation);

    [Fact]
    public void Longting2024_narrative_facts()
    {
        var facts = B.Facts;
        Assert.Equal(0.00m, facts.AgencyOperatingCost);
        Assert.Equal(6, facts.TargetedProjectCount);
        Assert.Equal(1018m, facts.TargetedAmount);
        Assert.NotNull(facts.Assets);
        Assert.Equal(0, facts.Assets!.VehicleTotal);
        Assert.Equal(0, facts.Assets.GeneralEquipmentOver50);
        Assert.Equal(0, facts.Assets.SpecialEquipmentOver100);
        Assert.Empty(facts.SpecialTransfers);
    }

    [Fact]
    public void Longting2024_year_on_year_changes()
    {
        var facts = B.Facts;
        var total = facts.Change("总计", 276.94m);
        Assert.Equal("decrease", total.Direction);
        Assert.Equal(20.70m, Abs(total.Rate));
        var general = facts.Change("一般公共预算", 268.94m);
        Assert.Equal("decrease", general.Direction);
        Assert.Equal(20.23m, Abs(general.Rate));
        var fund = facts.Change("政府性基金", 8.00m);
        Assert.Equal(100.00m, Abs(fund.Rate));
    }

    // ---- JSON --------------------------------------------------------------------------------------

    [Fact]
    public void Longting2024_json_round_trip_is_identical()
    {
        var json = BudgetJson.Serialize(D);
        var back = BudgetJson.Deserialize(json);
        Assert.Equal(json, BudgetJson.Serialize(back));
    }
}
