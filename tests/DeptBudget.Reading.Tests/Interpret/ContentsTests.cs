using DeptBudget.Model;
using DeptBudget.Reading.Interpret;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tests.Interpret;

/// <summary>
/// 目录 entries read whatever the 目录's shape, from real 目录 text (pdftotext -layout of the documents named): prose
/// lines with leaders and page numbers, a grid with 是否空表 and 空表理由 columns, and a bare list of tagged titles.
/// </summary>
public sealed class ContentsTests
{
    private static SourceLine L(int n, params string[] cells) => new(n, cells);

    private static IReadOnlyList<ContentsEntry> Read(params SourceLine[] lines) =>
        MetaExtractor.Contents(DocumentSegmenter.Split(lines).Contents);

    [Fact]
    public void Prose_entries_with_dotted_leaders_and_page_numbers_name_their_tables()
    {
        // 福州市医疗保障局 2026, page 2.
        var c = Read(
            L(1, "目录"),
            L(2, "第一部分部门概况......................................................................................................1"),
            L(3, "一、部门主要职责........................................................................................................2"),
            L(4, "第二部分2026年度部门预算表.................................................................................7"),
            L(5, "一、收支预算总表........................................................................................................8"),
            L(6, "十、一般公共预算“三公”经费支出预算表..........................................................19"),
            L(7, "第三部分2026年度部门预算情况说明...................................................................20"),
            L(8, "第一部分"),
            L(9, "部门概况"));
        Assert.Equal([(1, "收支预算总表", (string?)TableIds.RevenueExpenditureSummary), (10, "一般公共预算“三公”经费支出预算表", TableIds.ThreePublicExpenses)],
            c.Select(e => (e.Number ?? 0, e.Title, e.TableId)));
        Assert.All(c, e => Assert.Null(e.EmptyNote));
    }

    [Fact]
    public void A_second_contents_printed_as_a_grid_lists_the_tables_and_says_which_are_empty()
    {
        // 西安市医疗保障局 2022, page 28: the narrative's 目录 first, then the tables' own as a grid.
        var s = DocumentSegmenter.Split([
            L(1, "目录"),
            L(2, "第一部分 部门概况"),
            L(3, "第一部分 部门概况"),
            L(4, "2022年部门综合预算公开报表"),
            L(5, "目录"),
            L(6, "报表", "报表名称", "是否空表", "公开空表理由"),
            L(7, "表1", "2022年部门综合预算收支总表", "", ""),
            L(8, "表9", "2022年部门综合预算政府性基金收支表", "是", "不涉及"),
            L(9, "表11", "2022年部门综合预算财政拨款上年结转资金支出表", "是", "不涉及"),
            L(10, "表1"),
            L(11, "2022年部门综合预算收支总表"),
            L(12, "单位：元"),
            L(13, "项目", "预算数", "项目", "预算数"),
            L(14, "一、部门预算", "480544221.62", "一、部门预算", "480544221.62"),
        ]);
        var c = MetaExtractor.Contents(s.Contents);
        Assert.Equal([1, 9, 11], c.Select(e => e.Number ?? 0));
        Assert.Equal([null, "不涉及", "不涉及"], c.Select(e => e.EmptyNote));
        Assert.Equal([TableIds.RevenueExpenditureSummary, TableIds.GovernmentFundExpenditure], c.Take(2).Select(e => e.TableId));
        // The 目录 grid is no table; the table after it is.
        Assert.Equal([TableIds.RevenueExpenditureSummary], s.Tables.Select(t => t.Id));
        Assert.DoesNotContain(s.Tables.SelectMany(t => t.Lines), l => l.Cells.Contains("是否空表"));
    }

    [Fact]
    public void A_reason_printed_without_its_mark_still_says_the_table_is_empty()
    {
        // 西安市气象局 2022, page 17: 表16's 是 sits on the line under its row.
        var c = Read(
            L(1, "", "", "目", "录", "", ""),
            L(2, "报表", "报表名称是否空表", "", "", "", "公开空表理由"),
            L(3, "表15", "2022年部门整体支出绩效目标表", "", "", "", ""),
            L(4, "表16", "2022年专项资金总体绩效目标表", "", "", "", "不涉及"),
            L(5, "是"),
            L(6, "表1"),
            L(7, "2022年部门综合预算收支总表"));
        Assert.Equal([15, 16], c.Select(e => e.Number ?? 0));
        Assert.Equal([null, "不涉及"], c.Select(e => e.EmptyNote));
        Assert.Equal(TableIds.DepartmentPerformanceTarget, c[0].TableId);
    }

    [Fact]
    public void A_bare_list_of_tagged_titles_with_no_grid_under_them_is_a_contents()
    {
        // 杭州市气象局 2026, page 13: the 目录 names only 四、2026年杭州市气象局预算公开表; the list follows in the text.
        var s = DocumentSegmenter.Split([
            L(1, "目录"),
            L(2, "一、部门概况"),
            L(3, "四、2026年杭州市气象局预算公开表"),
            L(4, "一、部门概况"),
            L(5, "四、2026年预算公开表"),
            L(6, "表1.2026年市级部门收支预算总表"),
            L(7, "表2.2026年市级部门收入预算总表"),
            L(8, "表10.2026年市级部门项目支出预算表"),
            L(9, "12"),
            L(10, "表11.2026年市级部门项目支出绩效表"),
            L(11, "13"),
            L(12, "表1：2026年市级部门收支预算总表"),
            L(13, "部门名称：杭州市气象局单位：万元"),
            L(14, "项目", "预算数", "项目", "预算数"),
            L(15, "一、财政拨款", "5,753.07", "科学技术支出", "28.00"),
        ]);
        var c = MetaExtractor.Contents(s.Contents);
        Assert.Equal([1, 2, 10, 11], c.Select(e => e.Number ?? 0));
        Assert.Equal([TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ProjectExpenditure, TableIds.ProjectPerformanceTargets],
            c.Select(e => e.TableId));
        var t = Assert.Single(s.Tables);
        Assert.Equal("表1：2026年市级部门收支预算总表", t.Title);
    }

    [Fact]
    public void A_title_broken_over_grid_cells_under_its_tag_opens_its_table()
    {
        // 西安市气象局 2022, page 31: 表 | 14 then 2022 | 年部门预算专项业务经费绩效目标表, after the 三公 table.
        var s = DocumentSegmenter.Split([
            L(1, "表13"),
            L(2, "2022年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表（不含上年结转）"),
            L(3, "序号", "单位名称", "合计"),
            L(4, "1", "合计", "12240"),
            L(5, "表", "14", "", ""),
            L(6, "", "2022", "年部门预算专项业务经费绩效目标表", ""),
            L(7, "专项（项目）名称", "", "其他履职经费", ""),
            L(8, "主管部门", "", "西安市气象局", ""),
        ]);
        Assert.Equal([TableIds.ThreePublicExpenses, TableIds.ProjectPerformanceTargets], s.Tables.Select(t => t.Id));
        Assert.DoesNotContain(s.Tables[0].Lines, l => l.Cells.Contains("14"));
    }
}

/// <summary>A contents entry's verdict against the tables read.</summary>
public sealed class ContentsVerdictsTests
{
    private static Disclosure With(IReadOnlyList<ContentsEntry> contents, params Table[] tables) =>
        new(new DisclosureMeta("某部门", 2022, BudgetScope.Department, "xian-2022", null, contents, null),
            Budget.Empty("某部门", 2022, BudgetScope.Department), tables, new Narrative([]), []);

    [Fact]
    public void A_listed_table_marked_empty_and_not_printed_is_truly_absent_and_one_not_marked_is_missing()
    {
        var d = With([
            new ContentsEntry(9, "部门综合预算政府性基金收支表", TableIds.GovernmentFundExpenditure) { EmptyNote = "不涉及" },
            new ContentsEntry(10, "部门综合预算专项业务经费支出表", TableIds.ProjectExpenditure),
        ]);
        Assert.Equal([ContentsState.Absent, ContentsState.Missing], ContentsVerdicts.All(d).Select(v => v.State));
    }
}
