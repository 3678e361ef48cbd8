using DeptBudget.Model;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.Hua2024;

/// <summary>
/// Seed 004 table 11 (部门（单位）整体绩效目标表, lines 554–991), every cell broken over lines. Words and
/// figures typed from the seed's raw text.
/// </summary>
public class Hua2024DepartmentTargetTests(HuaFixture f) : IClassFixture<HuaFixture>
{
    private DepartmentPerformanceTarget T => f.Budget.DepartmentTarget!;

    private Indicator Measure(string name) => T.Indicators.Single(i => i.Name == name);

    [Fact]
    public void Hua2024_objective_is_the_whole_wrapped_paragraph()
    {
        var objective = Assert.Single(T.Objectives);
        Assert.StartsWith("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神", objective);
        // The paragraph's wrapped lines are joined without the breaks (关于 / 医疗保障工作).
        Assert.Contains("习近平总书记关于医疗保障工作重要指示批示精神", objective);
        Assert.EndsWith("切实推动全市医保事业高质量发展。", objective);
    }

    [Fact]
    public void Hua2024_six_tasks_in_printed_order_with_a_name_wrapped_before_its_content()
    {
        Assert.Equal(
            ["（一）持续加强医保法治、信息化建设和规划落实工作", "（二）规范完善医疗保障待遇制度措施", "（三）加强和完善医药服务管理",
             "（四）深入推进医药价格改革", "（五）健全完善基金监管安全体系", "（六）提升医保经办管理服务水平"],
            T.Tasks.Select(t => t.Name));
        Assert.Equal("持续做好全民医保参保工作、持续深化医保领域“放管服”改革、持续做好医保基金运行分析、加强医保基金预算绩效管理、高效推进省医保信息平台深化应用",
            T.Tasks[0].Content);
        // Name and content printed on one line, split at the space.
        Assert.Equal("落实落细医疗保障待遇政策、完善多层次医疗保障体系", T.Tasks[1].Content);
        Assert.Equal("持续完善优化医保目录管理、深化医保支付方式改革、完善生育支持政策", T.Tasks[2].Content);
        Assert.All(T.Tasks, t => Assert.Null(t.Amount));
    }

    [Fact]
    public void Hua2024_budget_total_sources_and_structure()
    {
        Assert.Equal(23278.10m, T.Budget[Total]);
        // 1、资金来源：（1）政府预算资金 23,278.10 is one printed row; it is keyed as seed 000's same row is.
        Assert.Equal(23278.10m, T.Budget[FiscalAppropriation + ".sources"]);
        Assert.Equal(797.18m, T.Budget[BasicExpenditure]);
        Assert.Equal(22480.92m, T.Budget[ProjectExpenditure]);
        Assert.Equal(4, T.Budget.Count); // 财政专户管理资金 and 单位资金 print no amount
    }

    [Theory]
    [InlineData("年度履职目标相关性", "投入管理指标", "工作目标管理", "相关", "1.年度履职目标是否符合国家、省委省政府战略部署和发展规划")]
    [InlineData("预算调整率", "投入管理指标", "预算和财务管理", "≤10%", "预算调整率=（预算调整数-年初预算数）/年初预算数×100%。")]
    [InlineData("“三公经费”控制率", "投入管理指标", "预算和财务管理", "≤100%", "“三公经费”控制率=本年度“三公经费”实际支出数/“三公经费”预算数*100%")]
    [InlineData("绩效自评完成率", "投入管理指标", "绩效管理", "100%", "部门（单位）按要求实施绩效自评的项目数量占应实施绩效自评项目总数的比重。")]
    public void Hua2024_input_measures_carry_value_and_joined_explanation(string name, string level1, string level2, string value, string explanationStart)
    {
        var m = Measure(name);
        Assert.Equal(level1, m.Level1);
        Assert.Equal(level2, m.Level2);
        Assert.Equal(value, m.Value.Text);
        Assert.StartsWith(explanationStart, m.Explanation);
    }

    [Fact]
    public void Hua2024_explanation_ends_where_the_next_measure_begins()
    {
        Assert.Equal("部门（单位）的资产配置、使用是否合规，处置是否规范，收入是否及时足额上缴，用以反映和考核部门（单位）资产管理的规范程度。"
            + "1.资产是否及时规范入账，资产报表数据与会计账簿数据是否相符，资产实物与财务账、资产账是否相符；2.新增资产是否符合规定程序和规定标准，"
            + "新增资产是否考虑闲置存量资产；3.资产对外有偿使用（出租出借等）、对外投资、担保、资产处置等事项是否按规定报批；4.资产收益是否及时足额上交财政。",
            Measure("资产管理规范性").Explanation);
        Assert.Equal(20, T.Indicators.Count(i => i.Level1 == "投入管理指标"));
    }

    [Theory]
    [InlineData("规范完善医疗保障待遇制度措施", "产出指标", "重点工作任务完成", "按要求完成目标任务")]
    [InlineData("提升医保经办管理服务水平", "产出指标", "重点工作任务完成", "增强优质服务、岗位练兵全员参与，成绩优异")]
    [InlineData("深入推进医药价格改革", "产出指标", "重点工作任务完成", "推进所有中选药品耗材落地使用、做好医药价格检测")]
    [InlineData("持续加强医保法治、信息化建设和规划落实工作", "产出指标", "重点工作任务完成", "深入推进，稳步落实")]
    [InlineData("全面深化医保信息化标准化建设、深入推进支付方式改革、推进集采改革提速扩面、织密织实医保基金监管网、", "产出指标", "履职目标实现", "按要求完成目标任务")]
    [InlineData("基金实现结余、参保群众满意", "效益指标", "履职效益", "按要求完成目标任务")]
    [InlineData("参保群众满意度", "效益指标", "满意度", "≥95%")]
    [InlineData("服务对象满意度", "效益指标", "满意度", "≥95%")]
    public void Hua2024_output_and_outcome_measures_wrapped_name_and_value(string name, string level1, string level2, string value)
    {
        var m = Measure(name);
        Assert.Equal(level1, m.Level1);
        Assert.Equal(level2, m.Level2);
        Assert.Equal(value, m.Value.Text);
        Assert.Null(m.Explanation);
    }

    [Fact]
    public void Hua2024_indicator_counts_per_first_level()
    {
        Assert.Equal(7, T.Indicators.Count(i => i.Level1 == "产出指标"));
        Assert.Equal(3, T.Indicators.Count(i => i.Level1 == "效益指标"));
        Assert.Equal(30, T.Indicators.Count);
    }
}
