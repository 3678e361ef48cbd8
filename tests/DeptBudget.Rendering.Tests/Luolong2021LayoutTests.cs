using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// The luoyang-2021 layout rendered from seed 002's budget prints 002's tables as the document does:
/// titles in its order, its column layouts and its rows (amounts in this renderer's format, 5,110.37).
/// </summary>
public class Luolong2021LayoutTests
{
    private static readonly RenderedDisclosure Rendered = DisclosureRenderer.Render(
        DisclosureReader.ReadText(Seeds.Text(Seeds.Luolong2021), Seeds.Luolong2021), Layout.Load("luoyang-2021"));
    private static readonly string Text = HtmlText.ToText(HtmlWriter.Write(Rendered));

    [Fact]
    public void Luolong2021_tables_come_in_the_documents_order_with_its_titles()
    {
        // As printed above each table; 六 is only in the 目录 (the document lacks it).
        string[] printed =
        [
            "2021年部门收支总体情况表", "2021年部门收入总体情况表", "2021年部门支出总体情况表", "2021年财政拨款收支总体情况表",
            "2021年一般公共预算支出情况表", "支出预算分类汇总表(按支出经济分类)", "2021年一般公共预算“三公”经费支出情况表",
            "2021年政府性基金支出情况表", "2021年机关运行经费", "2021年国有资本经营预算支出情况表", "一般公共预算基本支出预算表",
            "洛龙区部门（单位）整体绩效目标申报表", "2021年度部门预算项目绩效目标表",
        ];
        Assert.Equal(printed, Rendered.Disclosure.Tables.Select(t => t.Title).ToArray());
    }

    [Theory]
    // 01: 其中：财政拨款 by kind, sources other than 一般公共预算 in the item column.
    [InlineData("\t财政拨款\t5,110.37\t1、工资福利支出\t47.14\t47.14\t47.14\t")]
    [InlineData("\t政府性基金预算\t\t2、专项资金\t5,057.84\t5,057.84\t5,057.84\t")]
    // 02: the unit row is 本级 312001, as printed.
    [InlineData("\t\t\t312001\t洛龙区医疗保障局\t5,110.37\t5,110.37\t5,110.37\t")]
    // 04: 其中 财政拨款 by 类.
    [InlineData("\t\t十、卫生健康\t5,092.87\t5,092.87\t5,092.87\t")]
    // 11: a 小计 row per government economic code before its lines.
    [InlineData("小计\t\t50101\t工资奖金津补贴\t34.19\t34.19\t")]
    [InlineData("小计\t\t50201\t办公经费\t4.79\t\t4.79")]
    // 12: the 2021 form: 年度总体目标 per row, 预算资金 with 其中：财政资金, 指标解释 and 指标说明 apart.
    [InlineData("年度主要任务\t任务名称\t主要内容\t预算资金\t\t")]
    [InlineData("\t\t\t合计\t其中：财政资金\t备注")]
    [InlineData("\t项目支出\t完成医疗补贴报销、代缴费、核酸检测、医保信息专网建设、系统维护等\t5,058.44\t5,058.44\t")]
    [InlineData("一级指标\t二级指标\t三级指标\t指标值\t指标解释\t指标说明")]
    [InlineData("\t\t工作目标合理性\t合理\t部门设立的工作目标是否明确、具体、清晰和可衡量。\t")]
    // 13: the department row with its name, stated zeros printed, a blank 财政性资金 left blank.
    [InlineData("312001-1\t医保政策宣传培训费\t10.00\t10.00\t0.00\t培训场次\t≥2次\t提高医保政策待遇知识的宣传\t≥90%\t培训持续影响度\t≥90%")]
    [InlineData("312001-10\t医保信息专网\t3.40\t\t0.00\t业务应用系统维护项目数量\t≥1个")]
    public void Luolong2021_tables_print_the_documents_rows(string row) => Assert.Contains(row, Text);

    [Theory]
    // 002 heads these two tables 单位：…, the others 单位名称：….
    [InlineData("2021年一般公共预算“三公”经费支出情况表\n\n单位：洛龙区医疗保障局\n")]
    [InlineData("2021年国有资本经营预算支出情况表\n\n单位：洛龙区医疗保障局\n")]
    [InlineData("2021年部门支出总体情况表\n\n单位名称：洛龙区医疗保障局\n")]
    public void Luolong2021_unit_lines_are_as_printed(string lines) => Assert.Contains(lines, Text);

    [Fact]
    public void Luolong2021_department_target_objectives_are_one_per_row()
    {
        Assert.Contains("年度总体目标\t目标1：落实好全区城乡居民医疗保险参保登记", Text);
        Assert.Contains("\t目标2：让参保人员受益率、住院实际补偿比例高，全区人民参保积极性提高，充分享受政策带来的实惠。", Text);
    }

    [Fact]
    public void Luolong2021_agency_operating_cost_table_prints_its_line_items_under_the_total()
    {
        // 预算09表 as printed: 合计 1.5000, then 30201 办公费 1.5000 twice.
        Assert.Contains("科目编码\t科目名称\t机关运行经费支出\n\t合计\t1.50\n30201\t办公费\t1.50\n30201\t办公费\t1.50\n", Text);
    }

    [Fact]
    public void Luolong2021_agency_operating_cost_sentence_lists_the_items_the_budget_states()
    {
        Assert.Contains("机关运行经费支出预算1.50万元，主要保障机关机构正常运转及正常履职需要的办公费、水电费、物业费、维修费、差旅费等支出，", Text);
        // Without items stated, none are written.
        var bare = DisclosureRenderer.Render(Rendered.Disclosure.Budget with { Facts = Rendered.Disclosure.Budget.Facts with { AgencyOperatingCostItems = [] } },
            Layout.Load("luoyang-2021"));
        var sentence = bare.Disclosure.Narrative.Sections.SelectMany(x => x.Paragraphs).Single(p => p.Contains("机关运行经费支出预算"));
        Assert.Contains("正常履职需要的支出，", sentence);
        Assert.DoesNotContain("水电费", sentence);
    }
}
