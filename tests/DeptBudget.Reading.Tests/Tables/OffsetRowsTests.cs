using DeptBudget.Reading.Tables;

namespace DeptBudget.Reading.Tests.Tables;

/// <summary>A label set higher than its figures (larger font) is one printed row, not two.</summary>
public class OffsetRowsTests
{
    private static (int, IReadOnlyList<string>) R(int line, params string[] cells) => (line, cells);

    [Fact]
    public void A_label_alone_above_figures_alone_is_one_row()
    {
        // 烟台审计局 2026 政府采购预算表 (pdftotext -bbox p.25): 合计 at y 169.1–178.1 in 9 pt, its 5.80 | 5.80 at 173.3–180.7
        // in 7.4 pt; then 201 一般公共服务支出 5.80 … 5.80 on one line.
        var rows = OffsetRows.Join([
            R(1, "", "", "", "合计", "", "", ""),
            R(2, "", "", "", "", "5.80", "", "5.80"),
            R(3, "201", "", "", "一般公共服务支出", "5.80", "", "5.80"),
        ]);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["", "", "", "合计", "5.80", "", "5.80"], rows[0].Cells);
        Assert.Equal("201", rows[1].Cells[0]);
    }

    [Fact]
    public void Figures_between_two_lines_of_a_wrapped_label_are_left_to_the_wrapped_name_passes()
    {
        var rows = OffsetRows.Join([
            R(1, "市级信访接待中心运行", "", ""),
            R(2, "", "15.00", "15.00"),
            R(3, "经费", "", ""),
        ]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Rows_that_share_a_column_are_not_joined()
    {
        var rows = OffsetRows.Join([R(1, "合计", ""), R(2, "5.80", "5.80")]);
        Assert.Equal(2, rows.Count);
    }
}
