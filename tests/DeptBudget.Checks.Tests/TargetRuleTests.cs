using DeptBudget.Checks.Rules;
using DeptBudget.Model;
using static DeptBudget.Checks.Tests.Build;

namespace DeptBudget.Checks.Tests;

/// <summary>I9, P1–P3 on projects and targets taken from the seeds.</summary>
public class TargetRuleTests
{
    private static Indicator I(string level1, string name, string text, string? op = null, decimal? n = null, string? unit = null) =>
        new(level1, null, name, new TargetValue(text, op, n, unit), null);

    private static Project P(string name, decimal total, string kind = "特定目标类") =>
        new(name, null, kind, null, null, new Dictionary<string, decimal> { [AmountKeys.Total] = total });

    private static ProjectPerformanceTarget T(string name, decimal total, params Indicator[] indicators) =>
        new(name, null, null, new Dictionary<string, decimal> { [AmountKeys.Total] = total }, null, indicators);

    private static Disclosure With(IReadOnlyList<Project> projects, IReadOnlyList<ProjectPerformanceTarget> targets, int year = 2024) =>
        Disclosure(budget: b => b with { Projects = projects, ProjectTargets = targets }, year: year);

    [Fact]
    public void Xixia2024_monitoring_project_named_differently_in_12_is_a_near_miss()
    {
        var d = With([P("2024年医保基金监督监查运行经费", 12m, "其他运转类")], [T("2024年医保基金监督巡查运行经费", 12m)]);
        var f = Assert.Single(Run(new P1_ProjectsHaveTargets(), d));
        Assert.Equal("2024年医保基金监督监查运行经费", f.Expected);
        Assert.Equal("2024年医保基金监督巡查运行经费", f.Actual);
    }

    [Fact]
    public void Lanshan2024_carryover_projects_without_targets_and_targets_without_projects()
    {
        var d = With([P("城乡医疗救助", 400m), P("离休干部两费", 25m)], [T("城乡医疗救助", 400m), T("医保宣传", 3m)]);
        var found = Run(new P1_ProjectsHaveTargets(), d);
        Assert.Contains(found, f => f.Location.Row == "离休干部两费" && f.Message.Contains("没有对应的绩效目标"));
        Assert.Contains(found, f => f.Location.Row == "医保宣传" && f.Message.Contains("找不到"));
    }

    [Fact]
    public void Target_amount_must_equal_its_project_amount()
    {
        var d = With([P("豫财社（2023）248号提前下达医疗救助补助资金", 779m)], [T("豫财社（2023）248号提前下达医疗救助补助资金", 930m)]);
        var f = Assert.Single(Errors(new I9_ProjectsAgree(), d));
        Assert.Equal("779.00", f.Expected);
        Assert.Equal("930.00", f.Actual);
    }

    [Fact]
    public void Xixia2024_cost_cap_below_the_project_amount_is_an_error()
    {
        var d = With([], [T("2024年医保基金监督巡查运行经费", 12m, I("成本指标", "监督检查成本", "≤5万元", "≤", 5m, "万元"))]);
        var f = Assert.Single(Errors(new P3_CostPlausible(), d));
        Assert.Contains("低于项目金额", f.Message);
        Assert.Equal("≤5万元", f.Actual);
        // ≤10万元 on a 10万元 project is not below it.
        Assert.Empty(Errors(new P3_CostPlausible(), With([], [T("2024年医疗保障政策宣传费", 10m, I("成本指标", "宣传报道总成本", "≤10万元", "≤", 10m, "万元"))])));
    }

    [Fact]
    public void Lanshan2024_unit_standard_times_headcount_is_close_to_the_amount()
    {
        // 67元/人 × 930000人 = 6231万元 against 6209万元.
        var ok = T("城乡居民基本医疗保险补助资金", 6209m, I("成本指标", "指标: 区级财政补助标准", "=67元/人", "=", 67m, "元/人"), I("产出指标", "指标: 参保人数", "≥930000人", "≥", 930000m, "人"));
        Assert.Empty(Run(new P3_CostPlausible(), With([], [ok])));
        // 380元/人 × (67000 + 13000 + 4000 + 2000)人 = 3268万元 exactly: the quantities are summed.
        var sum = T("特殊群体参保缴费财政补助", 3268m, I("成本指标", "区级财政实际补助标准", "=380元/人", "=", 380m, "元/人"),
            I("产出指标", "70周岁以上老人参保人数", "=67000人", "=", 67000m, "人"), I("产出指标", "持证残疾人参保人数", "=13000人", "=", 13000m, "人"),
            I("产出指标", "低保人员参保人数", "=4000人", "=", 4000m, "人"), I("产出指标", "特困人员参保人数", "=2000人", "=", 2000m, "人"));
        Assert.Empty(Run(new P3_CostPlausible(), With([], [sum])));
    }

    [Fact]
    public void Xixia2024_per_person_subsidy_times_insured_far_from_amount_is_shown_with_the_computation()
    {
        var t = T("2024年财政对城乡居民医疗保险基金配套支出", 6271.20m, I("成本指标", "参保人员每个人配套资金", "1050元", null, 1050m, "元"), I("产出指标", "城乡居民缴费人数", "≥37万", "≥", 37m, "万"));
        var f = Assert.Single(Run(new P3_CostPlausible(), With([], [t])));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("370,000 × 0.105 万元 = 38,850 万元", f.Message);
    }

    [Fact]
    public void Cost_cap_written_in_yuan_for_wan_is_suspected()
    {
        var t = T("系统维护", 20m, I("成本指标", "成本控制", "≤20元", "≤", 20m, "元"));
        var f = Assert.Single(Run(new P3_CostPlausible(), With([], [t])));
        Assert.Contains("疑似把“万元”写成“元”", f.Message);
    }

    [Fact]
    public void Indicator_values_and_first_level_categories_are_checked()
    {
        var t = T("2024年城乡医疗救助", 450m,
            I("产出指标", "救助对象政策内救助报销比例不低于", ""),
            I("成本指标", "城乡困难居民医疗救助人均保障标准", "≥2000", "≥", 2000m, null),
            I("效益指标", "减轻负担", "有效缓解"));
        var found = Run(new P2_IndicatorsWellFormed(), With([], [t]));
        Assert.Contains(found, f => f.Severity == Severity.Error && f.Message.Contains("没有填写指标值"));
        Assert.Contains(found, f => f.Message.Contains("缺少计量单位"));
        Assert.Contains(found, f => f.Message.Contains("缺少一级指标：满意度指标"));
    }
}
