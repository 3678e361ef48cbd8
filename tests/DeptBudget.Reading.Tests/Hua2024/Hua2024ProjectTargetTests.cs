using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.Hua2024;

/// <summary>
/// Seed 004 table 12 (2024 年部门预算项目绩效目标汇总表, lines 992–2614): codes, names, amounts and
/// indicator cells all printed in pieces, one piece a line. Words and figures typed from the seed's raw text.
/// </summary>
public class Hua2024ProjectTargetTests(HuaFixture f) : IClassFixture<HuaFixture>
{
    private IReadOnlyList<ProjectPerformanceTarget> Targets => f.Budget.ProjectTargets;

    private ProjectPerformanceTarget Project(string code) => Targets.Single(t => t.ProjectCode == code);

    private static void Has(ProjectPerformanceTarget p, string level1, string name, string value) =>
        Assert.Contains(p.Indicators, i => i.Level1 == level1 && i.Name == name && i.Value.Text == value);

    [Fact]
    public void Hua2024_twelve_projects_of_unit_099001_adding_up_to_the_department_row()
    {
        Assert.Equal(12, Targets.Count);
        Assert.All(Targets, t => Assert.Equal("099001", t.UnitCode));
        Assert.All(Targets, t => Assert.Equal(21, t.ProjectCode!.Length));
        // The 部门 row prints 22,480.92; the twelve rounded amounts add up to 22,480.93 (one cent of rounding).
        var t12 = f.Disclosure.Get(TableIds.ProjectPerformanceTargets);
        Assert.Contains(t12.Rows, r => r.Cells[0] == "099" && r.Cells[2] == "22480.92" && r.Cells[3] == "22480.92");
        Assert.Equal(22480.93m, Targets.Sum(t => t.Amounts[Total]));
    }

    [Fact]
    public void Hua2024_retired_cadres_code_pieces_name_pieces_and_wrapped_amount()
    {
        // 4105 / 2624 / 0000 / 0000 / 0600 / 4, 2024年离 / 休干部医 / 疗费, 250.00 and 250.0 / 0.
        var p = Project("410526240000000006004");
        Assert.Equal("2024年离休干部医疗费", p.ProjectName);
        Assert.Equal(250.00m, p.Amounts[Total]);
        Assert.Equal(250.00m, p.Amounts[FiscalAppropriation]);
        Has(p, "成本指标", "项目总成本", "≤2500000元");
        Has(p, "产出指标", "离休干部应保尽保", "100%");
        Has(p, "效益指标", "对离休干部医疗待遇持续保障情况", "有效保障");
        Has(p, "满意度指标", "保障对象满意度", "≥90%");
        Has(p, "产出指标", "基金滚存结余可支付月数", "≥2月");
        Assert.Equal(7, p.Indicators.Count);
    }

    [Fact]
    public void Hua2024_civil_servants_amount_and_cost_in_yuan()
    {
        // 6,500.00 and 6,500 / .00; ≤6 / 500 / 000 / 0 元.
        var p = Project("410526240000000006005");
        Assert.Equal("2024年国家公务员医疗补助", p.ProjectName);
        Assert.Equal(6500.00m, p.Amounts[FiscalAppropriation]);
        var cost = Assert.Single(p.Indicators, i => i.Level1 == "成本指标");
        Assert.Equal(("≤", 65000000m, "元"), (cost.Value.Operator, cost.Value.Number, cost.Value.Unit));
        Has(p, "效益指标", "提高公务员医疗保障待遇", "明显提高");
        Has(p, "满意度指标", "服务对象对公务员医疗补助工作的满意度", "≥90%");
        Has(p, "产出指标", "违规报销、截留、挤占、挪用基金发生率", "0%");
    }

    [Fact]
    public void Hua2024_row_split_by_a_page_break_gets_its_code_and_name_ends_back()
    {
        // 4105 / 2624 / 0000 / 0000 before the break, 0600 / 6 and 险参保费 (with the 度 of 满意度) after it.
        var p = Project("410526240000000006006");
        Assert.Equal("2024年资助困难群众城乡居民医疗保险参保费", p.ProjectName);
        Assert.Equal(576.36m, p.Amounts[Total]);
        Has(p, "满意度指标", "资助对象对资助工作的满意度", "≥90%");
        Has(p, "产出指标", "资助参保人次数", "≥30000人次");
        // Second row: 产出 then 效益, each alone in its column.
        Has(p, "产出指标", "救助覆盖面", "100%");
        Has(p, "效益指标", "保障救助对象的基本医疗权益", "有效");
    }

    [Fact]
    public void Hua2024_county_insurance_subsidy_many_output_rows()
    {
        var p = Project("410526240000000006010");
        Assert.Equal("2024年滑县城乡居民基本医疗保险县财政补助", p.ProjectName);
        Assert.Equal(8321.40m, p.Amounts[Total]);
        Has(p, "产出指标", "参保人数", "≥1180000人");
        Has(p, "产出指标", "实行按病种（组）、按人头付费等支付方式改革", "是");
        Has(p, "产出指标", "各级财政补助到位时限", "一年内");
        // Alone in its row after an 产出 measure, a narrow name saying 满意 is 满意度.
        Has(p, "满意度指标", "定点医疗机柜满意度", "≥90%");
    }

    [Fact]
    public void Hua2024_name_whose_last_line_follows_its_value_is_joined_back()
    {
        // 住院医疗救助 ≥65% on one line, then (indented) 费用救助比例; 医保业务骨干 / 网络正常运行 / ≥90% / 率.
        Has(Project("410526240000000048403"), "产出指标", "住院医疗救助费用救助比例", "≥65%");
        Has(Project("410526240000000046002"), "产出指标", "医保业务骨干网络正常运行率", "≥90%");
        Has(Project("410526240000000046002"), "效益指标", "医保基金综合监管能力", "有所提升");
        Has(Project("410526240000000046002"), "产出指标", "推进医保支付制度改革", "稳步推进");
    }

    [Fact]
    public void Hua2024_county_medical_aid_first_row_prints_four_pairs_so_the_fourth_is_satisfaction()
    {
        // Row by row, left to right: 项目总成本 | 资助参保人次数 | 困难群众救助覆盖率 | 医疗救助对象政策知晓率, then
        // 住院救助人次数 opens row 2. The fourth narrow cell of row 1 can only be the 满意度 column.
        var p = Project("410526240000000006011");
        Assert.Equal("2024年城乡医疗救助县级补助资金", p.ProjectName);
        Assert.Equal(1800.00m, p.Amounts[Total]);
        Has(p, "效益指标", "困难群众救助覆盖率", "100%");
        Has(p, "满意度指标", "医疗救助对象政策知晓率", "≥85%");
        Has(p, "效益指标", "政策范围内个人负担比例", "较去年降低");
        Has(p, "满意度指标", "医疗救助对象对医疗救助工作满意度", "≥85%");
        Assert.Equal(18, p.Indicators.Count);
    }

    [Fact]
    public void Hua2024_every_project_has_the_four_kinds_of_indicator()
    {
        string[] kinds = ["成本指标", "产出指标", "效益指标", "满意度指标"];
        Assert.All(Targets, t => Assert.True(t.Indicators.Select(i => i.Level1).ToHashSet().SetEquals(kinds), t.ProjectName));
    }

    [Fact]
    public void Hua2024_forms_cut_short_or_with_another_header_fall_back_without_throwing()
    {
        var text = File.ReadAllText(DeptBudget.Testing.Seeds.PathOf(DeptBudget.Testing.Seeds.Hua2024));
        var lines = text.Split('\n');
        // Cut inside a 12 row (after 2024年资 / 助困难群), inside 11's indicators, and a 12 header word changed.
        foreach (var variant in new[]
                 {
                     string.Join('\n', lines.Take(1248)),
                     string.Join('\n', lines.Take(700)),
                     text.Replace("资金总额", "资金合计"),
                     text.Replace("年度主要任务", "主要任务"),
                 })
        {
            var d = DisclosureReader.ReadText(variant);
            Assert.Contains(d.Tables, t => t.Id is TableIds.DepartmentPerformanceTarget);
        }
        var changed = DisclosureReader.ReadText(text.Replace("资金总额", "资金合计"));
        Assert.Empty(changed.Budget.ProjectTargets); // the header is not the 河南 one: 12 read as before
    }
}
