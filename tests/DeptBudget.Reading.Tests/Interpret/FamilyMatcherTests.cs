using DeptBudget.Model;
using DeptBudget.Reading.Interpret;

namespace DeptBudget.Reading.Tests.Interpret;

/// <summary>The family is told from the document's own table titles (as pdftotext prints them), scored against every family file.</summary>
public sealed class FamilyMatcherTests
{
    private static IReadOnlyList<Table> Titled(params string[] titles) =>
        titles.Select((t, i) => new Table("x" + i, null, t, [], [], [], null, i)).ToList();

    [Fact]
    public void Hangzhou_titles_name_the_hangzhou_family_not_shanghai_whose_word_收支预算总表_they_share() =>
        Assert.Equal("hangzhou-2026", FamilyMatcher.Layout(2026, Titled(
            "表1：2026年市级部门收支预算总表", "表2：2026年市级部门收入预算总表", "表3：2026年市级部门支出预算总表",
            "表4：2026年市级部门财政拨款收支预算总表", "表5：2026年市级部门一般公共预算支出预算表", "表6：2026年市级部门一般公共预算基本支出预算表")));

    [Fact]
    public void Beijing_and_shenzhen_share_generic_titles_but_each_prints_its_own_list_best()
    {
        Assert.Equal("beijing-2026", FamilyMatcher.Layout(2026, Titled(
            "预算01表收支总表", "预算02表收入总表", "预算03表支出总表", "预算04表财政拨款收支总表", "预算05表一般公共预算支出表",
            "预算06表一般公共预算基本支出表", "预算10表政府采购预算明细表", "预算12表项目支出绩效目标表", "预算13表部门整体支出绩效目标表")));
        Assert.Equal("shenzhen-2026", FamilyMatcher.Layout(2026, Titled(
            "收支总表", "收入总表", "支出总表", "基本支出总表", "项目支出总表", "财政拨款收支总表",
            "一般公共预算支出表（按功能分类）", "一般公共预算支出表（按经济分类）")));
    }

    [Fact]
    public void Xian_titles_with_their_qualifiers_name_the_xian_family_for_any_year() =>
        Assert.Equal("xian-2026", FamilyMatcher.Layout(2026, Titled(
            "2026年部门综合预算收支总表", "2026年部门综合预算收入总表", "2026年部门综合预算支出总表", "2026年部门综合预算财政拨款收支总表",
            "2026年部门综合预算一般公共预算支出明细表（按支出功能分类科目-不含上年结转）",
            "2026年部门综合预算一般公共预算支出明细表（按支出经济分类科目-不含上年结转）", "2026年部门综合预算专项业务经费支出表（不含上年结转）")));

    [Fact]
    public void Without_a_family_printed_the_families_match_rules_decide_as_data()
    {
        // 单位 titles (seed 000) print no family's list; the henan file is the fallback, 决算 titles go to shanghai-final.
        Assert.Equal("henan-2024", FamilyMatcher.Layout(2024, Titled("单位收支预算表", "单位收入预算表")));
        Assert.Equal("shanghai-final-2024", FamilyMatcher.Layout(2024, Titled("某某决算表")));
    }

    [Fact]
    public void Generic_titles_alone_name_no_family_even_when_they_are_half_of_one()
    {
        // 收支总表 … 政府性基金预算支出表 are listed by 北京, 深圳 and 苏州 alike: printed alone they tell none of them.
        var layout = FamilyMatcher.Layout(2026, Titled("收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表",
            "一般公共预算基本支出表", "政府性基金预算支出表"));
        Assert.DoesNotContain(layout, new[] { "beijing-2026", "shenzhen-2026", "suzhou-2026" });
    }

    [Fact]
    public void Suzhou_prints_the_generic_titles_and_its_own_and_is_suzhou() =>
        Assert.Equal("suzhou-2026", FamilyMatcher.Layout(2026, Titled(
            "收支总表", "收入总表", "支出总表", "财政拨款收支总表", "财政拨款支出表（功能科目）", "财政拨款基本支出表（经济科目）",
            "一般公共预算支出表", "一般公共预算基本支出表", "一般公共预算“三公”经费、会议费、培训费支出表", "政府性基金预算支出表")));

    [Fact]
    public void A_document_without_tables_follows_no_family_not_even_the_fallback() =>
        Assert.Equal("national-2026", FamilyMatcher.Layout(2026, []));
}
