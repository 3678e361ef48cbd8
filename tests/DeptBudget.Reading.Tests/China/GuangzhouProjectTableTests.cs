using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tests.Seeds;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

public sealed class GuangzhouZsjFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/guangdong-guangzhou-zsj-2026-budget.pdf"));
}

/// <summary>
/// 广州市政务服务和数据管理局 2026 项目支出表: the narrow 其他资金 column's 0.00 is set flush right against the
/// border of the wide 绩效目标 column, whose text starts flush left 0.76 pt further on; only the ruled border
/// separates them. Figures typed from <c>pdftotext -layout -f 42 -l 42</c>:
/// <c>线受理中心2025年热线智能   463.32   463.32     463.32      0.00         0.00    0.00   0.00 水平，对系统现有功能…</c>.
/// </summary>
public class GuangzhouProjectTableTests(GuangzhouZsjFixture f) : IClassFixture<GuangzhouZsjFixture>
{
    [Fact]
    public void An_amount_flush_against_a_cell_border_stays_in_its_own_column_not_the_text_beside_it()
    {
        var t = f.Disclosure.Get(TableIds.ProjectExpenditure);
        var row = Assert.Single(t.Rows, r => r.Cells.Count > 0 && r.Cells[0].Contains("热线智能平台建设项目"));
        var text = row.Cells[^1];
        Assert.StartsWith("根据《广州市政务服务和数据管理局", text);
        Assert.Contains("水平，对系统现有功能进行升级优化", text);
        Assert.DoesNotContain("0.00", text);
        // 总计 463.32, 财政拨款 合计 463.32, 一般公共预算 463.32, then 0.00 in each of the four narrow columns.
        Assert.Equal(["463.32", "463.32", "463.32", "0.00", "0.00", "0.00", "0.00"], row.Cells.Skip(1).Take(7));
    }

    [Fact]
    public void No_text_cell_of_the_project_table_starts_with_an_amount_of_the_column_before()
    {
        var t = f.Disclosure.Get(TableIds.ProjectExpenditure);
        var last = t.Columns.Count - 1;
        Assert.DoesNotContain(t.Rows, r => r.Cells.Count > last && System.Text.RegularExpressions.Regex.IsMatch(r.Cells[last], @"^\d+\.\d{2}\D"));
    }
}

/// <summary>
/// 广州 2026 prints 表1 收支总体情况表 … 表12 部门预算项目支出及其他支出预算表, as the 目录 of its 第二部分 lists
/// them (<c>pdftotext -layout</c>: 一、收支总体情况表 … 十二、部门预算项目支出及其他支出预算表), and no 政府采购 table:
/// 政府采购 is stated in the text (四、政府采购情况). It prints 基本支出 and 项目支出 tables as 山东 does, so the
/// family must be told by its own titles, not by the tables it shares.
/// </summary>
public class GuangzhouFamilyTests(GuangzhouZsjFixture f) : IClassFixture<GuangzhouZsjFixture>
{
    [Fact]
    public void The_guangzhou_family_is_told_by_its_own_titles_and_misses_no_table()
    {
        var d = f.Disclosure;
        Assert.Equal("guangzhou-2026", d.Meta.Layout);
        Assert.Empty(LayoutTables.Missing(d));
        var listed = d.Meta.Contents.Where(c => c.Number is not null).ToList();
        Assert.Equal(12, listed.Count);
    }
}
