using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// The narrative states only what the budget holds: 主要职责 is copied from the source document's
/// narrative, and every fact a sentence needs but the budget lacks is named (a 【待补：…】 marker and
/// the draft banner) instead of being invented.
/// </summary>
public class MissingFactsTests
{
    private static readonly Disclosure Luolong = DisclosureReader.ReadText(Seeds.Text(Seeds.Luolong2021), Seeds.Luolong2021);

    [Theory]
    [InlineData("henan-2024")]
    [InlineData("luoyang-2021")]
    [InlineData("shandong-2024")]
    public void A_budget_without_a_source_narrative_names_its_main_duties_as_missing(string layout)
    {
        var r = DisclosureRenderer.Render(Xixia2024.Budget(), Layout.Load(layout));
        Assert.True(r.IsDraft);
        Assert.Contains("主要职责", r.MissingFacts);
        Assert.Contains("【待补：主要职责】", HtmlWriter.Write(r));
    }

    [Fact]
    public void Luolong2021_main_duties_are_copied_from_the_source_narrative()
    {
        var r = DisclosureRenderer.Render(Luolong, Layout.Load("luoyang-2021"));
        var duties = r.Disclosure.Narrative.Sections.First(s => s.Title.Contains("主要职责")).Paragraphs;
        Assert.Equal(7, duties.Count);
        Assert.StartsWith("1、贯彻执行国家和省、市关于医疗保险，生育保险，离休人员医疗保障", duties[0]);
        Assert.StartsWith("7、负责全区医疗保障经办管理，公共服务体系和信息化建设", duties[6]);
        Assert.DoesNotContain("主要职责", r.MissingFacts);
    }

    [Fact]
    public void Luolong2021_budget_without_narrative_facts_names_each_one_it_needs()
    {
        var r = DisclosureRenderer.Render(Luolong with { Budget = Luolong.Budget with { Facts = NarrativeFacts.None } }, Layout.Load("luoyang-2021"));
        Assert.True(r.IsDraft);
        Assert.Contains("收、支总计与上年比较（增减额、原因）", r.MissingFacts);
        Assert.Contains("项目个数", r.MissingFacts);
        Assert.Contains("机关运行经费", r.MissingFacts);
        Assert.Contains("政府采购预算", r.MissingFacts);
        var text = HtmlText.ToText(HtmlWriter.Write(r));
        Assert.Contains("支出项目共【待补：项目个数】个", text);
        // No reason is written where the budget states none.
        Assert.DoesNotContain("主要原因", text.Split("第三部分")[0].Split("第二部分")[^1]);
    }

    [Fact]
    public void Longting2024_misses_only_the_change_its_source_does_not_state()
    {
        // 000 states 收、支总计各减少 and each 收支预算's change, which henan-2024 words as 000 does; its
        // 机构运转经费 sentence (0.00万元 …包含无。) gives no comparison with 2023.
        var source = DisclosureReader.ReadText(Seeds.Text(Seeds.Longting2024), Seeds.Longting2024);
        var r = DisclosureRenderer.Render(source, Layout.Load("henan-2024"));
        Assert.Equal(["机构运转经费与上年比较（增减额、原因）"], r.MissingFacts);
        Assert.Contains("与2023年预算相比，收、支总计各减少276.94万元，下降20.70%", HtmlWriter.Write(r));
    }

    [Fact]
    public void Lanshan2024_without_unit_codes_keeps_the_sources_structure_text()
    {
        var source = DisclosureReader.ReadText(Seeds.Text(Seeds.Lanshan2024), Seeds.Lanshan2024);
        var r = DisclosureRenderer.Render(source, Layout.Load("shandong-2024"));
        Assert.DoesNotContain("预算单位构成", r.MissingFacts);
        Assert.Contains("本单位为兰山区医疗保障局二级预算单位，无下属单位。", HtmlWriter.Write(r));
    }

    [Fact]
    public void A_budget_without_units_names_its_unit_composition_as_missing()
    {
        var r = DisclosureRenderer.Render(Xixia2024.Budget() with { Units = [] }, Layout.Load("luoyang-2021"));
        Assert.Contains("预算单位构成", r.MissingFacts);
    }

    [Fact]
    public void Hua2024_without_tables_02_to_05_and_07_names_its_totals_and_three_public_as_missing_not_zero()
    {
        // Seed 004 prints tables 01, 06, 09, 11, 12 only: no 支出总体情况表 and no “三公” table, though its
        // narrative states 三公 9.20万元. Its rendering must not say 支出合计0万元 or 本表无数据 for 三公.
        var hua = DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Hua2024));
        var r = DisclosureRenderer.Render(hua, Layout.Load("henan-2024"));
        var text = HtmlText.ToText(HtmlWriter.Write(r));
        Assert.True(r.IsDraft);
        Assert.Contains("支出预算（支出总体情况表）", r.MissingFacts);
        Assert.Contains("“三公”经费", r.MissingFacts);
        Assert.DoesNotContain("支出合计0万元", text);
        Assert.Contains("支出合计【待补：支出预算（支出总体情况表）】万元", text);
        // 06 is there: 人员经费 738.55 of 基本支出 797.18 (typed from 004's table 06 合计 row).
        Assert.Contains("人员经费支出738.55万元", text);
        Assert.Null(DisclosureReader.ReadText(text, "004.html").Budget.ThreePublic);
    }
}
