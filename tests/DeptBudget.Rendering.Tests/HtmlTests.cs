using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;

namespace DeptBudget.Rendering.Tests;

/// <summary>The Henan layout rendered from seed 001's figures prints the document's own cells.</summary>
public class HtmlTests
{
    private static readonly RenderedDisclosure Xixia = DisclosureRenderer.Render(Xixia2024.Budget(), Layout.Load("henan-2024"));
    private static readonly string Text = HtmlText.ToText(HtmlWriter.Write(Xixia));

    [Theory]
    // Rows of the printed tables of 001, as a person reads them in the document.
    [InlineData("本年收入合计\t10,902.00\t本年支出合计\t10,902.00")]
    [InlineData("九、其他收入\t\t十、卫生健康\t10,902.00")]
    [InlineData("\t合计\t10,902.00\t10,902.00\t10,902.00\t9,948.00\t")]
    [InlineData("\t\t\t\t合计\t10,902.00\t519.30\t486.47\t1.18\t31.66\t\t10,382.70\t64.50\t10,318.20")]
    [InlineData("210\t13\t01\t\t城乡医疗救助\t1,380.00\t\t\t\t\t\t1,380.00\t\t1,380.00")]
    [InlineData("\t\t\t合计\t519.30\t487.64\t31.66")]
    [InlineData("8.00\t\t3.00\t\t3.00\t5.00")]
    [InlineData("\t\t合计\t10,382.70\t10,382.70\t")]
    [InlineData("（十）卫生健康支出\t10,902.00\t10,902.00\t9,948.00\t\t")]
    public void Tables_print_the_cells_of_the_document(string row) => Assert.Contains(row, Text);

    [Theory]
    [InlineData("西峡县医疗保障局2024年支出合计10902万元，其中：基本支出519.30万元，占4.76%；项目支出10382.70万元，占95.24%。")]
    [InlineData("其中：人员经费支出487.64万元，占93.90%；公用经费支出31.66万元，占6.10%。")]
    [InlineData("收入增加420.65万元，增长4.01%，主要原因：一是中央下达医疗救助资金930万元")]
    [InlineData("2024年“三公”经费支出预算数比2023年减少2.90万元，下降26.61%。")]
    [InlineData("预算数与2023年持平，无增减变动。")]
    [InlineData("预算数比2023年减少1万元，下降16.67%，主要原因：厉行节约，压缩开支。")]
    [InlineData("比上年增加1.96万元，增长6.60%，主要原因：管理规范要求增加")]
    [InlineData("我部门负责管理的专项转移支付项目共有两项")]
    [InlineData("我部门2024年无使用政府性基金预算拨款安排的支出。")]
    public void Narrative_says_what_the_document_says(string sentence) => Assert.Contains(sentence, Text);

    [Fact]
    public void Empty_table_keeps_its_total_row_and_says_it_has_no_data()
    {
        var t = Xixia.Disclosure.Table(TableIds.GovernmentFundExpenditure)!;
        Assert.Equal("本部门2024年度没有政府性基金预算支出，故本表无数据。", t.EmptyNote);
        Assert.Single(t.Rows);
        Assert.Equal(RowKind.Total, t.Rows[0].Kind);
    }

    [Fact]
    public void Every_functional_class_of_the_layout_is_listed_blank_or_not()
    {
        var t = Xixia.Disclosure.Table(TableIds.RevenueExpenditureSummary)!;
        var right = t.ColumnIndex(ColumnKeys.ExpenditureItem);
        Assert.Equal(30, t.Rows.Count(r => r.Kind == RowKind.Detail && r.Cells[right].Length > 0));
    }

    [Fact]
    public void Missing_facts_are_named_and_make_a_draft()
    {
        var budget = Xixia2024.Budget();
        var bare = budget with { Facts = NarrativeFacts.None };
        var r = DisclosureRenderer.Render(bare, Layout.Load("henan-2024"));
        Assert.True(r.IsDraft);
        Assert.Contains("机关运行经费", r.MissingFacts);
        Assert.Contains("政府采购预算", r.MissingFacts);
        Assert.Contains("收入总计与上年比较（增减额、原因）", r.MissingFacts);
        var html = HtmlWriter.Write(r);
        Assert.Contains("草稿", html);
        Assert.Contains("【待补：机关运行经费】", html);
        // Nothing invented: no reason appears when the budget states none.
        Assert.DoesNotContain("主要原因", HtmlText.ToText(html).Split("第三部分")[0].Split("第二部分")[^1]);
    }

    [Fact]
    public void Check_errors_show_in_the_banner()
    {
        var r = DisclosureRenderer.Render(Xixia2024.Budget(), Layout.Load("henan-2024"), ["[I1] 合计行不等于各行之和"]);
        Assert.Contains("[I1] 合计行不等于各行之和", HtmlWriter.Write(r));
    }
}
