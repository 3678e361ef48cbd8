using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;
using DeptBudget.Testing;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// The shandong-2024 narrative rendered from seed 003's budget states what 003 states in 003's sentences:
/// the changes by source and kind, the reason in a sentence of its own, amounts-only changes without a
/// rate (the seed gives none), and the targeted projects. Expected sentences are typed from the seed.
/// </summary>
public class Lanshan2024NarrativeTests
{
    private static readonly Disclosure Source = DisclosureReader.ReadText(Seeds.Text(Seeds.Lanshan2024), Seeds.Lanshan2024);
    private static readonly string Text = HtmlText.ToText(HtmlWriter.Write(DisclosureRenderer.Render(Source, Layout.Load("shandong-2024"))));

    [Theory]
    [InlineData("2024年通过一般公共预算财政拨款安排的“三公”经费预算共0.00万元，2023年、2024年均未使用一般公共预算拨款安排“三公”经费支出。其中：")]
    [InlineData("（三）增减变化情况：2024年收支预算11,316.59万元，较上年预算增加428.79万元，其中：")]
    [InlineData("1. 收入预算增加428.79万元，其中：一般公共预算收入增加402.79万元，政府性基金预算收入与上年持平，")]
    [InlineData("使用非财政拨款结余与上年持平，上年结转增加26.00万元。")]
    [InlineData("2. 支出预算增加428.79万元，其中：基本支出增加7.79万元，项目支出增加421.00万元，结转下年与上年持平。")]
    [InlineData("3. 收支预算增加的主要原因，一是居民医保区级财政补贴标准提高；二是特殊群体居民医保财政代缴标准提高。")]
    [InlineData("2024年本单位机关运行经费安排36.98万元。较2023年预算增加0.09万元，增长0.24%。主要原因是：入托费增加。")]
    [InlineData("本单位共有车辆0辆，其中机要通信用车0辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，其他按照规定配备的公务用车0辆。")]
    [InlineData("兰山区医疗保障局机关2024年项目支出全面实施绩效目标管理，涉及预算项目支出6个，预算资金10,625.00万元。")]
    public void Lanshan2024_narrative_states_the_seeds_facts_in_its_sentences(string sentence) =>
        Assert.Contains(sentence, Text);

    [Fact]
    public void Lanshan2024_rendering_names_no_fact_missing() =>
        Assert.Empty(DisclosureRenderer.Render(Source, Layout.Load("shandong-2024")).MissingFacts);

    [Fact]
    public void A_budget_without_stated_changes_names_each_change_as_missing_and_gives_no_reason()
    {
        var r = DisclosureRenderer.Render(Source.Budget with { Facts = NarrativeFacts.None }, Layout.Load("shandong-2024"), source: Source.Narrative);
        Assert.Contains("收支预算与上年比较（增减额、原因）", r.MissingFacts);
        Assert.Contains("上年结转与上年比较（增减额、原因）", r.MissingFacts);
        Assert.Contains("绩效目标覆盖的项目数和金额", r.MissingFacts);
        var text = HtmlText.ToText(HtmlWriter.Write(r));
        Assert.Contains("较上年预算【待补：收支预算与上年比较（增减额、原因）】", text);
        Assert.DoesNotContain("主要原因", text);
    }
}
