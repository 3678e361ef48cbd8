using DeptBudget.Model;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

/// <summary>
/// Tables over several pages whose later pages are gridded without the first page's leftmost (unheaded) column:
/// 北京 预算03表 支出总表 (zsj: the header printed again on each page; xcb: printed once). Figures typed from
/// <c>pdftotext -layout</c> of the tables PDFs.
/// </summary>
public class ContinuationPagesTests
{
    private static Disclosure Beijing(string unit, string text) => DisclosureReader.ReadFiles([
        SeedFiles.RealDoc($"china/beijing-beijing-{unit}-2026-budget-{text}.pdf"), SeedFiles.RealDoc($"china/beijing-beijing-{unit}-2026-budget-tables.pdf")]);

    private static TableRow Row(Table t, string functionCode, string departmentEconomic) =>
        t.Rows.Single(r => r.Cells.Any(c => c.StartsWith(functionCode + "-", StringComparison.Ordinal)) && r.Cells.Any(c => c.StartsWith(departmentEconomic + "-", StringComparison.Ordinal)));

    [Fact]
    public void Rows_of_a_page_whose_repeated_header_sits_one_column_left_are_read_under_their_columns()
    {
        var t = Beijing("zsj", "text-scanned").Get(TableIds.ExpenditureSummary);
        // Page 2: 2010350-事业运行 50501-工资福利支出 30107-绩效工资 767.317749 767.317749 (合计, 基本支出).
        var wage = Row(t, "2010350", "30107");
        Assert.Equal(767.317749m, t.Amt(wage, Total));
        Assert.Equal(767.317749m, t.Amt(wage, BasicExpenditure));
        // Page 2: 2010399-其他政府办公厅（室）及相关机构事务支出 … 30213-维修（护）费 9,603.630033 (合计, 项目支出).
        var repair = Row(t, "2010399", "30213");
        Assert.Equal(9603.630033m, t.Amt(repair, Total));
        Assert.Equal(9603.630033m, t.Amt(repair, ProjectExpenditure));
        Assert.Null(t.Amt(repair, BasicExpenditure));
        // The printed rows sum to 79,094.952189 (pdftotext), under a 合计 of 101,605.173803.
        Assert.Equal(79094.952189m, t.Rows.Where(r => r.Kind != RowKind.Total).Sum(r => t.Amt(r, Total) ?? 0m));
    }

    [Fact]
    public void Rows_of_a_page_gridded_without_the_first_pages_left_column_and_no_header_are_moved_back()
    {
        var t = Beijing("xcb", "text").Get(TableIds.ExpenditureSummary);
        // Page 2, no header: 2070103-机关服务 50501-工资福利支出 30102-津贴补贴 124.246800 124.246800.
        var row = Row(t, "2070103", "30102");
        Assert.Equal(124.2468m, t.Amt(row, Total));
        Assert.Equal(124.2468m, t.Amt(row, BasicExpenditure));
        // 2070108-文化活动 50299-其他商品和服务支出 30299-其他商品和服务支出 19,434.613631 under 合计 and 项目支出.
        Assert.Contains(t.Rows.Where(r => r.Cells.Any(c => c.StartsWith("2070108-")) && r.Cells.Any(c => c.StartsWith("50299-"))), r => t.Amt(r, ProjectExpenditure) == 19434.613631m);
        Assert.All(t.Rows, r => Assert.False(r.Cells.Count > 3 && TextLooksLikeAmount(r.Cells[3]), $"an amount under 部门支出经济分类科目: {string.Join('|', r.Cells)}"));
    }

    private static bool TextLooksLikeAmount(string s) => s.Contains('.') && decimal.TryParse(s, out _);

    [Fact]
    public void The_offset_of_a_repeated_header_is_the_one_every_header_word_agrees_on()
    {
        string[] first = ["", "支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "合计", "基本支出", "项目支出"];
        string[] again = ["支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目", "合计", "基本支出", "项目支出", ""];
        Assert.Equal(1, PageHeaderOffset.Of([first], [again]));
        Assert.Equal(0, PageHeaderOffset.Of([first], [first]));
        // Words that disagree (a header that is not the same one) move nothing.
        string[] mixed = ["支出功能分类科目", "", "政府支出经济分类科目", "部门支出经济分类科目", "合计", "基本支出", "项目支出"];
        Assert.Equal(0, PageHeaderOffset.Of([first], [mixed]));
        Assert.Equal(["", "2010350-事业运行", "50501-工资福利支出", "767.317749", ""],
            PageHeaderOffset.Shift(["2010350-事业运行", "50501-工资福利支出", "767.317749", "", ""], 1, 5));
        // A row whose last cell is filled is not pushed off the grid.
        Assert.Equal(["a", "1.00"], PageHeaderOffset.Shift(["a", "1.00"], 1, 2));
    }
}

/// <summary>
/// 江苏省高级人民法院 2019 (公开01–12表): the family, 公开05表 of its own, the 三公 total of a table that adds
/// 会议费 and 培训费. Figures typed from <c>pdftotext -layout</c>.
/// </summary>
public class JiangsuProvince2019Tests
{
    private static readonly Lazy<Disclosure> Court = new(() => DisclosureReader.ReadFile(SeedFiles.RealDoc("china/jiangsu-prov-gaoyuan-2019-budget.pdf")));

    [Fact]
    public void The_family_is_told_by_its_own_titles_and_lists_every_table_the_contents_name()
    {
        var d = Court.Value;
        Assert.Equal("jiangsu-2019", d.Meta.Layout);
        Assert.Empty(DeptBudget.Model.Layouts.LayoutTables.Missing(d));
    }

    [Fact]
    public void The_appropriation_expenditure_table_is_not_read_into_the_expenditure_summary()
    {
        var d = Court.Value;
        // 公开03表 支出预算总表: 合计 37,188.34 | 基本支出 21,968.00 | 项目支出 10,208.94 | 单位预留机动经费 5,011.40 — one row.
        var t03 = d.Get(TableIds.ExpenditureSummary);
        Assert.DoesNotContain(t03.Rows, r => r.Code is not null);
        Assert.Contains(t03.Rows, r => t03.Amt(r, ProjectExpenditure) == 10208.94m && t03.Amt(r, Total) == 37188.34m);
        // 公开05表 财政拨款支出预算表（功能科目）: 合计 37,188.34; 204 公共安全支出 27,488.23.
        var t05 = d.Get(TableIds.AppropriationExpenditure);
        Assert.Contains(t05.Rows, r => r.Code == "204" && r.Cells.Contains("27488.23"));
    }

    [Fact]
    public void The_three_public_total_is_the_subtotal_under_三公_not_the_合计_that_adds_meetings_and_training()
    {
        // 公开09表: 合计 2,382.02 | “三公”经费 小计 513.75 | 因公出国（境）费 160.00 | 公务用车 266.80 | 公务接待费 86.95 | 会议费 271.02 | 培训费 1,597.25.
        var tp = Court.Value.Budget.ThreePublic!.ThisYear;
        Assert.Equal(513.75m, tp.Total);
        Assert.Equal(160.00m, tp.OfficialOverseasTravel);
        Assert.Equal(86.95m, tp.OfficialReception);
    }
}
