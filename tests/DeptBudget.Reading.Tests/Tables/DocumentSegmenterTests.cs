using DeptBudget.Model;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tests.Tables;

/// <summary>Tables found by their titles where real layouts put them, and unknown tables kept apart.</summary>
public sealed class DocumentSegmenterTests
{
    private static SourceLine L(int n, params string[] cells) => new(n, cells);

    [Fact]
    public void A_title_in_a_ruled_grids_top_row_opens_its_table()
    {
        // 北京: the frame's first row spans the table and holds 预算01表 收支总表.
        var s = DocumentSegmenter.Split([
            L(1, "", "预算01表收支总表", "", ""),
            L(2, "收入", "", "支出", ""),
            L(3, "项目", "预算数", "项目", "预算数"),
            L(4, "一、财政拨款", "44,156.640120", "一、一般公共服务支出", "9,038.772380"),
        ]);
        var t = Assert.Single(s.Tables);
        Assert.Equal(TableIds.RevenueExpenditureSummary, t.Id);
        Assert.Equal(3, t.Lines.Count);
    }

    [Fact]
    public void A_table_of_no_known_meaning_is_kept_as_its_own_table_not_merged_into_the_one_before()
    {
        var s = DocumentSegmenter.Split([
            L(1, "预算10表政府采购预算明细表"),
            L(2, "采购类别", "金额"),
            L(3, "服务", "25.000000"),
            L(4, "预算11表财政拨款政府购买服务明细表"),
            L(5, "指导性目录", "预算金额"),
            L(6, "公共公益宣传服务", "25.000000"),
        ]);
        Assert.Equal([TableIds.GovernmentProcurement, TableIds.OtherPrefix + "1"], s.Tables.Select(t => t.Id));
        Assert.Equal(2, s.Tables[0].Lines.Count);
    }
}
