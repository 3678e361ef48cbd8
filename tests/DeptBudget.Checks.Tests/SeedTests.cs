using DeptBudget.Model;
using DeptBudget.Testing;
using static DeptBudget.Checks.Tests.SeedChecks;

namespace DeptBudget.Checks.Tests;

/// <summary>
/// The real problems of each seed, found by reading the document, each asserted to be reported at its place;
/// and figures that agree within rounding asserted not to be errors.
/// </summary>
public class SeedTests
{
    private static Finding Has(string seed, string rule, Func<Finding, bool> where)
    {
        var all = Findings(seed);
        var hit = all.FirstOrDefault(f => f.Rule == rule && where(f));
        Assert.True(hit is not null, $"seed {seed}: no {rule} finding at the expected place. Findings:\n{Describe(all)}");
        return hit!;
    }

    private static void HasNoError(string seed, string rule, Func<Finding, bool>? where = null)
    {
        var bad = Findings(seed).Where(f => f.Rule == rule && f.Severity == Severity.Error && (where?.Invoke(f) ?? true)).ToList();
        Assert.True(bad.Count == 0, $"seed {seed}: unexpected {rule} errors:\n{Describe(bad)}");
    }

    private static void HasNoWarningOrError(string seed, string rule, Func<Finding, bool> where)
    {
        var bad = Findings(seed).Where(f => f.Rule == rule && f.Severity != Severity.Info && where(f)).ToList();
        Assert.True(bad.Count == 0, $"seed {seed}: unexpected {rule} findings:\n{Describe(bad)}");
    }

    // ---- 000 Kaifeng Longting 2024 ----

    [Fact]
    public void Longting2024_06_prints_the_old_name_of_30110()
    {
        var f = Has(Seeds.Longting2024, "K2", f => f.Location.Table == TableIds.GeneralBudgetBasicExpenditure && f.Location.Row!.StartsWith("30110"));
        Assert.Equal("职工基本医疗保险缴费", f.Expected);
    }

    [Fact]
    public void Longting2024_12_splits_the_medical_aid_project_into_targets_that_are_not_projects()
    {
        Has(Seeds.Longting2024, "P1", f => f.Location.Row == "提前下达2024年中央和省级财政医疗救助补助资金-中央资金");
        Has(Seeds.Longting2024, "P1", f => f.Location.Row == "提前下达2024年中央和省级财政医疗救助补助资金-省级资金");
    }

    [Fact]
    public void Longting2024_per_person_subsidy_without_a_headcount_cannot_be_checked_and_says_so()
    {
        var f = Has(Seeds.Longting2024, "P3", f => f.Message.Contains("补助标准 390元"));
        Assert.Equal(Severity.Info, f.Severity);
    }

    [Fact]
    public void Longting2024_narrative_agrees_with_its_tables()
    {
        foreach (var rule in new[] { "N1", "N2", "N3", "N4" }) HasNoError(Seeds.Longting2024, rule);
    }

    [Theory]
    [InlineData("30307", "50599", "50901")]
    [InlineData("31302", "50102", "51002")]
    public void Longting2024_07_pairs_economic_codes_the_2024_catalogue_does_not_have(string code, string printed, string catalogue)
    {
        // 07: 303 07 医疗费补助 → 505 99 (the 78.00 row) and 313 02 对社会保险基金补助 → 501 02 (820.00).
        var f = Has(Seeds.Longting2024, "K3", f => f.Location.Table == TableIds.EconomicClassificationSummary && f.Location.Row!.StartsWith(code) && f.Actual == printed);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.StartsWith(catalogue, f.Expected);
    }

    // ---- 001 Xixia 2024 ----

    [Fact]
    public void Xixia2024_monitoring_project_is_named_监查_in_10_and_巡查_in_12()
    {
        var f = Has(Seeds.Xixia2024, "P1", f => f.Expected == "2024年医保基金监督监查运行经费");
        Assert.Equal("2024年医保基金监督巡查运行经费", f.Actual);
    }

    [Theory]
    [InlineData("2024年医保基金监督巡查运行经费", "≤5万元")]
    [InlineData("2024年IC卡及医疗证制作费", "≤5万元")]
    [InlineData("2024年信息网络建设费", "≤6万元")]
    [InlineData("2024年按病种分值付费（DIP）付费改革经费", "≤5万元")]
    [InlineData("2024年其他行政事业单位医疗支出（含破产企业医疗）", "≤14万元")]
    public void Xixia2024_cost_caps_below_project_amounts(string project, string cap)
    {
        var f = Has(Seeds.Xixia2024, "P3", f => f.Location.Row == project && f.Severity == Severity.Error);
        Assert.Equal(cap, f.Actual);
    }

    [Fact]
    public void Xixia2024_1050_yuan_per_insured_times_370000_is_far_from_6271_20()
    {
        var f = Has(Seeds.Xixia2024, "P3", f => f.Location.Row == "2024年财政对城乡居民医疗保险基金配套支出");
        Assert.Contains("38,850", f.Message);
    }

    [Fact]
    public void Xixia2024_248_transfer_is_930_in_12_but_779_in_10()
    {
        var f = Has(Seeds.Xixia2024, "I9", f => f.Location.Row == "豫财社（2023）248号提前下达医疗救助补助资金");
        Assert.Equal("779.00", f.Expected);
        Assert.Equal("930.00", f.Actual);
    }

    [Fact]
    public void Xixia2024_department_target_has_an_unfinished_value()
    {
        Has(Seeds.Xixia2024, "P2", f => f.Location.Table == TableIds.DepartmentPerformanceTarget && f.Actual!.Contains("不低于"));
    }

    [Fact]
    public void Xixia2024_figures_within_rounding_are_not_errors()
    {
        // 02: 105.20 + 10796.79 = 10901.99 against 10902.00; 06 人员经费 487.64 against 05 486.47 + 1.18 = 487.65;
        // 机构运转经费 31.65 against 公用经费 31.66. All are cents of rounding.
        HasNoError(Seeds.Xixia2024, "I1", f => f.Location.Table is TableIds.RevenueSummary or TableIds.GeneralBudgetBasicExpenditure);
        HasNoError(Seeds.Xixia2024, "I6");
        Assert.DoesNotContain(Findings(Seeds.Xixia2024), f => f.Rule == "N4" && f.Severity != Severity.Info);
        foreach (var rule in new[] { "I2", "I3", "I4", "I5", "I7", "I8", "N1", "N2", "N3" }) HasNoError(Seeds.Xixia2024, rule);
    }

    // ---- 002 Luoyang Luolong 2021 ----

    [Fact]
    public void Luolong2021_01_project_expenditure_lacks_its_0_60_general_project_row()
    {
        var f = Has(Seeds.Luolong2021, "I1", f => f.Location.Table == TableIds.RevenueExpenditureSummary && f.Location.Row == "二、项目支出");
        Assert.Equal("5057.84", f.Expected);
        Assert.Equal("5058.44", f.Actual);
    }

    [Fact]
    public void Luolong2021_agency_operating_cost_table_counts_office_expenses_twice()
    {
        var f = Has(Seeds.Luolong2021, "I1", f => f.Location.Table == TableIds.AgencyOperatingCost);
        Assert.Equal("3.00", f.Expected);
        Assert.Equal("1.50", f.Actual);
    }

    [Fact]
    public void Luolong2021_narrative_gives_personnel_and_operating_cost_as_classes()
    {
        Has(Seeds.Luolong2021, "N1", f => f.Location.Section!.StartsWith("五、") && f.Actual == "47.14" && f.Expected == "5092.87");
        Has(Seeds.Luolong2021, "N1", f => f.Location.Section!.StartsWith("五、") && f.Actual == "4.79" && f.Expected == "10.45");
        Has(Seeds.Luolong2021, "N2", f => f.Actual == "0.08%" && f.Expected == "0.09%");
    }

    [Fact]
    public void Luolong2021_template_residue_and_agency_cost_below_operating_cost()
    {
        Has(Seeds.Luolong2021, "N3", f => f.Actual == "增加（减少）" && f.Location.Section!.StartsWith("七、"));
        Has(Seeds.Luolong2021, "N3", f => f.Actual == "下降（增长）");
        var n4 = Has(Seeds.Luolong2021, "N4", f => f.Actual == "1.50");
        Assert.Equal("4.79", n4.Expected);
    }

    [Fact]
    public void Luolong2021_economic_summary_listed_in_contents_is_missing_and_numbering_repeats()
    {
        Has(Seeds.Luolong2021, "C1", f => f.Location.Table == TableIds.EconomicClassificationSummary && f.Severity == Severity.Error);
        Has(Seeds.Luolong2021, "C1", f => f.Message.Contains("编号重复"));
    }

    [Fact]
    public void Luolong2021_nucleic_acid_test_cost_cap_is_below_its_amount()
    {
        var f = Has(Seeds.Luolong2021, "P3", f => f.Location.Row == "核酸检测");
        Assert.Equal("≤19.1万元", f.Actual);
    }

    [Fact]
    public void Luolong2021_garbled_names_in_05_are_shown_with_the_catalogue_name()
    {
        var f = Has(Seeds.Luolong2021, "K2", f => f.Location.Table == TableIds.GeneralBudgetExpenditure && f.Location.Row!.StartsWith("2101501"));
        Assert.Equal("行政运行", f.Expected);
        Assert.Equal("行行政运行", f.Actual);
    }

    [Fact]
    public void Luolong2021_local_economic_sub_items_are_told_not_faulted()
    {
        var f = Has(Seeds.Luolong2021, "K1", f => f.Actual == "30104");
        Assert.Equal(Severity.Info, f.Severity);
        HasNoError(Seeds.Luolong2021, "K1");
    }

    [Fact]
    public void Luolong2021_narrative_calls_project_expenditure_a_health_class()
    {
        // 五、: 卫生健康(类)支出5058.44万元 — that is 项目支出; 210 in table 05 is 5092.87.
        Has(Seeds.Luolong2021, "N1", f => f.Location.Section!.StartsWith("五、") && f.Actual == "5058.44" && f.Expected == "5092.87");
    }

    [Fact]
    public void Luolong2021_06_subtotal_50199_prints_小计_where_its_personnel_cost_belongs()
    {
        // 06 row "  50199 其他工资福利支出 0.85 小计": 人员经费 holds 小计 instead of 0.80 + 0.05 = 0.85. The 总计
        // 47.14 = 34.19 + 6.59 + 3.11 + 0.85 + 2.40 is right and is not an error of its own.
        var f = Has(Seeds.Luolong2021, "I1", f => f.Location.Table == TableIds.GeneralBudgetBasicExpenditure && f.Location.Row == "50199"
                                                 && f.Location.Column!.EndsWith("人员经费"));
        Assert.Equal("0.85", f.Expected);
        HasNoError(Seeds.Luolong2021, "I1", f => f.Location.Table == TableIds.GeneralBudgetBasicExpenditure && f.Location.Row == "总计");
    }

    [Fact]
    public void Luolong2021_12_network_project_prints_3_40_without_its_fiscal_amount()
    {
        // 12 row 312001-10 医保信息专网: 资金总额 3.4, 财政性资金 blank, 其他资金 0; the unit's 财政性资金 5058.44
        // is then 3.40 more than its printed projects.
        var f = Has(Seeds.Luolong2021, "I1", f => f.Location.Table == TableIds.ProjectPerformanceTargets && f.Location.Row!.Contains("医保信息专网"));
        Assert.Equal("3.40", f.Actual);
        Has(Seeds.Luolong2021, "I1", f => f.Location.Table == TableIds.ProjectPerformanceTargets && f.Location.Row!.StartsWith("312001 ")
                                          && f.Expected == "5055.04" && f.Actual == "5058.44");
    }

    // ---- 003 Linyi Lanshan 2024 ----

    [Theory]
    [InlineData(TableIds.RevenueSummary)]
    [InlineData(TableIds.ExpenditureSummary)]
    [InlineData(TableIds.GeneralBudgetExpenditure)]
    public void Lanshan2024_21015_is_printed_11_above_its_items(string table)
    {
        var f = Has(Seeds.Lanshan2024, "I1", f => f.Location.Table == table && f.Location.Row!.StartsWith("21015") && f.Location.Column!.Contains("合计"));
        Assert.Equal("708.50", f.Expected);
        Assert.Equal("719.50", f.Actual);
    }

    [Fact]
    public void Lanshan2024_carryover_projects_have_no_targets()
    {
        Has(Seeds.Lanshan2024, "P1", f => f.Location.Row == "离休干部两费");
        Has(Seeds.Lanshan2024, "P1", f => f.Location.Row == "中央能力提升补助资金");
    }

    [Fact]
    public void Lanshan2024_unit_standards_agree_with_amounts_and_values_without_unit_are_flagged()
    {
        Assert.DoesNotContain(Findings(Seeds.Lanshan2024), f => f.Rule == "P3" && f.Severity != Severity.Info);
        Has(Seeds.Lanshan2024, "P2", f => f.Location.Row == "城乡医疗救助" && f.Actual == "≥2000");
        Has(Seeds.Lanshan2024, "K2", f => f.Location.Row!.StartsWith("303") && f.Expected == "对个人和家庭的补助");
    }

    [Fact]
    public void Lanshan2024_narrative_agrees_with_its_tables()
    {
        foreach (var rule in new[] { "N1", "N2", "N3", "N4", "I2", "I3", "I9" }) HasNoError(Seeds.Lanshan2024, rule);
    }

    [Theory]
    [InlineData(TableIds.RevenueSummary)]
    [InlineData(TableIds.ExpenditureSummary)]
    [InlineData(TableIds.GeneralBudgetExpenditure)]
    public void Lanshan2024_class_210_agrees_with_the_items_of_21015_and_is_not_an_error(string table)
    {
        // 210 = 25.82 + 10059.00 + 400.00 + 708.50 = 11193.32 as printed; only 21015's 719.50 is wrong.
        HasNoError(Seeds.Lanshan2024, "I1", f => f.Location.Table == table && f.Location.Row!.StartsWith("210 "));
    }

    [Theory]
    [InlineData("城乡医疗救助", "补助资金到位率")]
    [InlineData("医疗保障工作经费", "受益企业满意度")]
    public void Lanshan2024_indicators_printed_without_a_value(string project, string indicator)
    {
        var f = Has(Seeds.Lanshan2024, "P2", f => f.Location.Row == project && f.Location.Column == indicator);
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void Lanshan2024_upper_bound_of_the_aid_standard_has_no_unit()
    {
        Has(Seeds.Lanshan2024, "P2", f => f.Location.Row == "城乡医疗救助" && f.Actual == "≤10000");
    }

    // ---- 004 Hua county 2024 ----

    [Fact]
    public void Hua2024_06_rebuilt_from_broken_text_adds_up_within_rounding()
    {
        // 06's columns are rebuilt from the broken text: its 人员经费 rows add up to the printed 738.55, its
        // 公用经费 rows to 58.64 against a printed 58.63 (by hand) — one cent, within the tolerance of rounded cells.
        HasNoError(Seeds.Hua2024, "I1");
        HasNoWarningOrError(Seeds.Hua2024, "I1", f => f.Location.Table == TableIds.GeneralBudgetBasicExpenditure);
    }

    [Theory]
    [InlineData(TableIds.RevenueSummary)]
    [InlineData(TableIds.ExpenditureSummary)]
    [InlineData(TableIds.AppropriationSummary)]
    [InlineData(TableIds.GeneralBudgetExpenditure)]
    [InlineData(TableIds.EconomicClassificationSummary)]
    [InlineData(TableIds.ThreePublicExpenses)]
    [InlineData(TableIds.ProjectExpenditure)]
    public void Hua2024_prints_only_tables_01_06_09_11_12(string missing)
    {
        // 附件 lists 预算01表, 06表, 09表, 11表, 12表 and nothing else.
        var f = Has(Seeds.Hua2024, "C1", f => f.Location.Table == missing);
        Assert.Equal(Severity.Error, f.Severity);
    }
}
