using DeptBudget.Model;
using DeptBudget.Reading.Interpret;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tests.Identity;

/// <summary>
/// A document says which disclosure it is in more ways than one title line: a cover title wrapped over
/// lines, a table title, its 目录, or only its file name. Whatever it lacks is said, in Chinese, instead of
/// refusing it; a document with neither tables nor budget prose is still refused.
/// </summary>
public class SoftIdentityTests
{
    private static List<SourceLine> Lines(params string[] texts) => texts.Select((t, i) => new SourceLine(i + 1, t.Split('\t'))).ToList();

    [Fact]
    public void A_cover_title_wrapped_inside_the_department_word_gives_year_and_name()
    {
        // 深圳: the name sits between 年 and 部门预算, and the line breaks inside 部门.
        var (name, year, scope) = DocumentIdentity.Cover(Lines("2026 年深圳市医疗保障局（本级）部", "门预算", "目 录", "第一部分 部门概况"));
        Assert.Equal(("深圳市医疗保障局（本级）", 2026, BudgetScope.Department), (name, year, scope));
    }

    [Fact]
    public void A_department_name_wrapped_over_two_cover_lines_is_read_whole()
    {
        // 上海 决算: the name above the year line, broken after 自然.
        var (name, year, _) = DocumentIdentity.Cover(Lines("上海市普陀区规划和自然", "资源局", "2024年度部门决算", "目 录"));
        Assert.Equal(("上海市普陀区规划和自然资源局", 2024), (name, year));
    }

    [Fact]
    public void A_note_above_the_cover_is_not_part_of_the_name()
    {
        var (name, year, _) = DocumentIdentity.Cover(Lines("说明：本文为示例，数字不实", "开封市某局2024年部门预算"));
        Assert.Equal(("", 2024), (name, year));
    }

    [Fact]
    public void A_year_no_title_states_is_taken_from_the_file_name_and_said_so()
    {
        var notes = new List<string>();
        Assert.Equal(2026, DocumentIdentity.Year(["收支总表", "收入总表"], [], "beijing-x-2026-budget-tables.pdf", notes));
        Assert.Contains(notes, n => n.Contains("取自文件名"));
    }

    [Fact]
    public void A_year_in_a_table_title_comes_before_the_file_name()
    {
        var notes = new List<string>();
        Assert.Equal(2026, DocumentIdentity.Year(["表1：2026年市级部门收支预算总表"], [], "x-2019.pdf", notes));
        Assert.Contains(notes, n => n.Contains("取自表名"));
    }

    private const string ExplanationOnly =
        "上海市普陀区规划和自然\n资源局\n2024年度部门决算\n" +
        "第一部分 部门概况\n一、主要职能\n负责本区规划和自然资源管理。\n" +
        "第二部分 部门决算情况说明\n一、收入支出决算总体情况说明\n" +
        "2024年度收入总计1,234.56万元，比2023年度决算增加10.00万元。\n" +
        "二、财政拨款支出决算情况说明\n2024年度财政拨款支出决算为1,000.00万元，主要用于行政运行。\n";

    [Fact]
    public void An_explanation_without_tables_reads_its_narrative_and_says_it_holds_no_tables()
    {
        var d = DisclosureReader.ReadText(ExplanationOnly, "explanation.txt");
        Assert.Empty(d.Tables);
        Assert.Equal("上海市普陀区规划和自然资源局", d.Meta.Department);
        Assert.Equal(2024, d.Meta.Year);
        Assert.NotEmpty(d.Narrative.Sections);
        Assert.Contains(d.Diagnostics, n => n.Contains("没有表格"));
    }

    [Fact]
    public void Prose_about_no_budget_is_still_refused()
    {
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadText("2024年工作总结\n今年我们做了很多工作。\n明年继续努力。\n", "letter.txt"));
        Assert.Contains("不是预算公开文件", e.Message);
    }
}

/// <summary>上海 决算: a 目录 whose entries wrap (七、财政拨款“三公”经费支出决算 / 表) is read entry by entry.</summary>
public class WrappedContentsTests
{
    [Fact]
    public void Wrapped_contents_entries_are_read_whole()
    {
        var lines = new[]
        {
            "上海市普陀区某局", "2024年度部门决算", "目 录",
            "一、收入支出决算总表", "二、收入决算表", "三、财政拨款“三公”经费支出决算", "表", "四、政府性基金预算财政拨款收入支出决", "算表",
            "上海市普陀区某局主要负责本区有关工作。",
        }.Select((t, i) => new SourceLine(i + 1, [t])).ToList();
        var segments = DocumentSegmenter.Split(lines);
        var contents = MetaExtractor.Contents(segments.Contents);
        Assert.Equal(["收入支出决算总表", "收入决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表"], contents.Select(c => c.Title));
        Assert.Equal([1, 2, 3, 4], contents.Select(c => c.Number ?? 0));
        // The body after the 目录 is prose, not an entry.
        Assert.Contains(segments.Prose, l => l.Cells[0].StartsWith("上海市普陀区某局主要"));
    }
}
