using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Identity;

/// <summary>
/// One disclosure published as several files: 北京 prints its explanation (cover, 目录) and its tables
/// (预算01表 … 预算13表, no cover) as two PDFs. Figures typed from <c>pdftotext -layout</c> of the tables PDF.
/// </summary>
public class SeveralFilesTests
{
    private static string China(string name) => SeedFiles.RealDoc("china/" + name);

    [Fact]
    public void Beijing_explanation_and_tables_read_as_one_disclosure()
    {
        var d = DisclosureReader.ReadFiles([China("beijing-beijing-ybj-2026-budget-text.pdf"), China("beijing-beijing-ybj-2026-budget-tables.pdf")]);
        Assert.Equal(2026, d.Meta.Year);
        Assert.Equal("北京市医疗保障局部门", d.Meta.Department);   // its cover: 北京市医疗保障局部门 2026 年度部门预算
        Assert.Contains("budget-text.pdf", d.Meta.SourceFile);
        Assert.Contains("budget-tables.pdf", d.Meta.SourceFile);
        // 预算01表 收支总表: 一、一般公共预算拨款收入 110,387.976749; 九、卫生健康支出 101,857.847222
        var t = d.Get(TableIds.RevenueExpenditureSummary);
        Assert.Contains(t.Rows, r => r.Cells.Contains("110387.976749"));
        Assert.Contains(t.Rows, r => r.Cells.Contains("101857.847222"));
        Assert.NotEmpty(d.Narrative.Sections);
        Assert.DoesNotContain(d.Diagnostics, n => n.Contains("不一致"));
    }

    [Fact]
    public void A_scanned_part_is_reported_and_the_tables_are_still_read()
    {
        var d = DisclosureReader.ReadFiles([China("beijing-beijing-zsj-2026-budget-text-scanned.pdf"), China("beijing-beijing-zsj-2026-budget-tables.pdf")]);
        Assert.Contains(d.Diagnostics, n => n.Contains("需要 OCR"));
        Assert.Equal(2026, d.Meta.Year);
        Assert.NotEmpty(d.Tables);
    }

    [Fact]
    public void Files_of_two_departments_are_reported_as_a_conflict()
    {
        var d = DisclosureReader.ReadFiles([China("beijing-beijing-ybj-2026-budget-text.pdf"), China("beijing-beijing-sjj-2026-budget-text.pdf")]);
        Assert.Contains(d.Diagnostics, n => n.Contains("部门不一致"));
    }

    [Fact]
    public void A_scan_alone_is_refused_as_needing_ocr()
    {
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadFiles([China("beijing-beijing-zsj-2026-budget-text-scanned.pdf")]));
        Assert.Contains("OCR", e.Message);
    }

    [Fact]
    public void Two_names_of_one_department_are_the_same_department()
    {
        Assert.True(DisclosureReader.SameDepartment("北京市医疗保障局部门", "北京市医疗保障局"));
        Assert.False(DisclosureReader.SameDepartment("北京市审计局", "北京市医疗保障局"));
    }
}
