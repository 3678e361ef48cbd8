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
            L(4, "表11 2022部门综合预算财政拨款结转资金支出表"),
            L(5, "单位名称", "合计"),
            L(6, "西安市气象局", "0.00"),
        ]);
        Assert.Equal([TableIds.GovernmentProcurement, TableIds.OtherPrefix + "1"], s.Tables.Select(t => t.Id));
        Assert.Equal(2, s.Tables[0].Lines.Count);
    }
    [Fact]
    public void A_table_tag_on_the_line_under_a_title_does_not_keep_the_title_from_opening_its_table()
    {
        // 西安 决算: 收入支出决算总表 / 公开01表 / 编制部门：… / the grid.
        var s = DocumentSegmenter.Split([
            L(1, "第三部分2022年度部门决算表"),
            L(2, "收入支出决算总表"),
            L(3, "公开01表"),
            L(4, "编制部门：西安市卫生健康委员会（汇总）金额单位：万元"),
            L(5, "项目", "行次", "决算数", "项目", "行次", "决算数"),
            L(6, "一、一般公共预算财政拨款收入", "1", "296,030.91", "一、一般公共服务支出", "31", "56.00"),
        ]);
        var t = Assert.Single(s.Tables);
        Assert.Equal(TableIds.RevenueExpenditureSummary, t.Id);
    }

    [Fact]
    public void An_untagged_title_of_no_known_meaning_right_over_a_grid_opens_a_table_of_its_own()
    {
        // 西安 决算: …专项资金绩效自评表 / （2022年度） / its form, after a 项目绩效自评表.
        var s = DocumentSegmenter.Split([
            L(1, "西安市级第一医院迁建项目（设备购置）项目绩效自评表"),
            L(2, "项目名称", "", "第一医院迁建项目"),
            L(3, "", "年度资金总额", "207.38", "186.55"),
            L(4, "西安市级卫生健康事业发展专项资金绩效自评表"),
            L(5, "（2022年度）"),
            L(6, "项目名称", "", "卫生健康事业发展专项资金"),
            L(7, "", "年度资金总额", "52110", "51,552.90"),
        ]);
        Assert.Equal([TableIds.ProjectPerformanceTargets, TableIds.OtherPrefix + "1"], s.Tables.Select(t => t.Id));
        Assert.Equal(2, s.Tables[0].Lines.Count);
    }

    [Fact]
    public void A_prose_line_ending_in_a_table_word_is_no_title_without_a_grid_under_it()
    {
        var s = DocumentSegmenter.Split([
            L(1, "具体情况详见部门预算公开表"),
            L(2, "本部门2022年收支总预算18999011.66元。"),
        ]);
        Assert.Empty(s.Tables);
    }
}
