using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.Shanghai;

/// <summary>上海市普陀区人民政府办公室 2025年预算单位 (单位 version of the same nine tables).</summary>
public class OfficeUnitBudget2025Tests(OfficeUnitBudgetFixture f) : IClassFixture<OfficeUnitBudgetFixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Unit_scope_and_all_nine_tables()
    {
        Assert.Equal(BudgetScope.Unit, D.Meta.Scope);
        Assert.Equal("上海市普陀区人民政府办公室", D.Meta.Department);
        Assert.Equal("shanghai-2025", D.Meta.Layout);
        Assert.Empty(LayoutTables.Missing(D));
    }

    [Fact]
    public void Expenditure_and_basic_tables()
    {
        var t = D.Get(TableIds.ExpenditureSummary);
        Assert.Equal(91016775.35m, t.Amt(t.TotalRow(), Total));
        Assert.Equal(66410000.00m, t.Amt(t.TotalRow(), ProjectExpenditure));
        Assert.Equal(1867680.00m, t.Amt(t.RowByCode("2210203"), Total));
        var b = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(200000.00m, t.Amt(t.TotalRow(), Total) is not null ? b.Amt(b.RowByCode("31002"), Total) : null);
    }

    [Fact]
    public void Three_public_expenses()
    {
        var t = D.Get(TableIds.ThreePublicExpenses);
        var row = Assert.Single(t.Rows);
        Assert.Equal(867.50m, t.Amt(row, Total));
        Assert.Equal(839.00m, t.Amt(row, OfficialOverseasTravel));
    }
}

/// <summary>上海市普陀区人民政府万里街道办事处 2024 and 2025 部门预算 (amounts in whole 元).</summary>
public class Wanli2024Tests(Wanli2024Fixture f) : IClassFixture<Wanli2024Fixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Identity_and_tables()
    {
        Assert.Equal("上海市普陀区人民政府万里街道办事处", D.Meta.Department);
        Assert.Equal(2024, D.Meta.Year);
        Assert.Equal("shanghai-2024", D.Meta.Layout);
        Assert.Empty(LayoutTables.Missing(D));
    }

    [Fact]
    public void Summary_and_expenditure_figures()
    {
        var s = D.Get(TableIds.RevenueExpenditureSummary);
        var first = s.RowByText(ColumnKeys.RevenueItem, "一、财政拨款收入");
        Assert.Equal(156211123m, s.Amt(first, Revenue));
        Assert.Equal(2932700m, s.Amt(first, Total));
        var e = D.Get(TableIds.ExpenditureSummary);
        var total = e.TotalRow();
        Assert.Equal(156211123m, e.Amt(total, Total));
        Assert.Equal(99706020m, e.Amt(total, BasicExpenditure));
        Assert.Equal(56505103m, e.Amt(total, ProjectExpenditure));
        Assert.Equal(2177200m, e.Amt(e.RowByCode("2210399"), ProjectExpenditure));
    }

    [Fact]
    public void Basic_expenditure_totals()
    {
        var b = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(99706020m, b.Amt(b.TotalRow(), Total));
        Assert.Equal(88537451m, b.Amt(b.TotalRow(), PersonnelCost));
        Assert.Equal(11168569m, b.Amt(b.TotalRow(), OperatingCost));
        Assert.Equal(254940m, b.Amt(b.RowByCode("30302"), PersonnelCost));
    }

    [Fact]
    public void Three_public_expenses_first_and_last_cells()
    {
        var row = Assert.Single(D.Get(TableIds.ThreePublicExpenses).Rows);
        var amounts = row.Cells.Where(c => c.Length > 0).ToList();
        Assert.Equal(["47.91", "0", "1.35", "46.56", "25", "21.56", "443.18"], amounts);
    }
}

public class Wanli2025Tests(Wanli2025Fixture f) : IClassFixture<Wanli2025Fixture>
{
    private Disclosure D => f.Disclosure;

    [Fact]
    public void Identity_and_figures()
    {
        Assert.Equal(2025, D.Meta.Year);
        Assert.Empty(LayoutTables.Missing(D));
        var s = D.Get(TableIds.RevenueExpenditureSummary);
        Assert.Equal(189767551m, s.Amt(s.RowByText(ColumnKeys.RevenueItem, "一、财政拨款收入"), Revenue));
        Assert.Equal(2878025m, s.Amt(s.RowByText(ColumnKeys.ExpenditureItem, "二、公共安全支出"), Total));
        var e = D.Get(TableIds.ExpenditureSummary);
        Assert.Equal(101341746m, e.Amt(e.TotalRow(), BasicExpenditure));
        Assert.Equal(88425805m, e.Amt(e.TotalRow(), ProjectExpenditure));
        var b = D.Get(TableIds.GeneralBudgetBasicExpenditure);
        Assert.Equal(90514044m, b.Amt(b.TotalRow(), PersonnelCost));
        Assert.Equal(275460m, b.Amt(b.RowByCode("30302"), Total));
        var row = Assert.Single(D.Get(TableIds.ThreePublicExpenses).Rows);
        Assert.Equal(["37.91", "0", "1.35", "36.56", "15", "21.56", "464.64"], row.Cells.Where(c => c.Length > 0));
    }

    [Fact]
    public void Narrative_sections_follow_its_unnumbered_headings_and_its_listed_duties_stay_paragraphs()
    {
        // The PDF heads 主要职能, 机构设置, 名词解释 and 2025年部门预算编制说明 without a number; its duties are a list
        // 一、加强党的建设。… 九、承办区委、区政府交办的其他事项。 under 主要职能, not headings of their own.
        var titles = D.Narrative.Sections.Select(x => x.Title).ToList();
        var duties = Assert.Single(D.Narrative.Sections, x => x.Title == "上海市普陀区人民政府万里街道办事处（部门）主要职能");
        Assert.Contains("九、承办区委、区政府交办的其他事项。", duties.Paragraphs);
        Assert.Contains(duties.Paragraphs, p => p.StartsWith("五、监督专业管理。", StringComparison.Ordinal));
        Assert.Contains("上海市普陀区人民政府万里街道办事处（部门）机构设置", titles);
        Assert.Contains("名词解释", titles);
        Assert.Contains("2025年部门预算编制说明", titles);
        Assert.DoesNotContain(titles, t => t.StartsWith("九、承办", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_the_pdf_sets_in_pieces_is_read_as_prose()
    {
        // 机构设置: “…部门预算是包括万里街道本部以及下属5家预算单位的综合收支计划。” — the 5 sits apart on the page.
        var units = Assert.Single(D.Narrative.Sections, x => x.Title == "上海市普陀区人民政府万里街道办事处（部门）机构设置");
        Assert.Equal("上海市普陀区人民政府万里街道办事处部门预算是包括万里街道本部以及下属5家预算单位的综合收支计划。", units.Paragraphs[0]);
        Assert.Equal("本部门中，行政单位1家，参公单位1家，事业单位4家，具体包括：", units.Paragraphs[1]);
        Assert.Equal(8, units.Paragraphs.Count);   // and 1.…（本部）。 to 6.…综合行政执法队。
        Assert.DoesNotContain(D.Unread, u => u.Reason.Contains("outside any recognised table"));
    }

    [Fact]
    public void Contents_list_the_nine_tables_not_the_heading_over_them()
    {
        // 目录: 一、部门主要职能 … 五、部门预算表, then 1. 2025年部门财务收支预算总表 … 9. 2025年部门“三公”经费和机关运行经费预算表.
        Assert.Equal(Enumerable.Range(1, 9), D.Meta.Contents.Select(c => c.Number ?? 0));
        Assert.All(D.Meta.Contents, c => Assert.NotNull(c.TableId));
    }
}
