using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Tests.Seeds;
using SeedFiles = DeptBudget.Testing.Seeds;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.OpenXml;

/// <summary>
/// Word and Excel forms of a seed read to the same tables as its text form; the two 上海 预算编制系统
/// Excel templates (one table per sheet) read with all nine tables recognised.
/// </summary>
public class OfficeReadingTests
{
    private static readonly Disclosure Text = DisclosureReader.ReadFile(SeedFiles.PathOf(SeedFiles.Xixia2024));

    private static void SameTables(Disclosure other)
    {
        Assert.Equal(Text.Meta.Department, other.Meta.Department);
        Assert.Equal(Text.Meta.Year, other.Meta.Year);
        Assert.Equal(Text.Tables.Select(t => t.Id), other.Tables.Select(t => t.Id));
        foreach (var t in Text.Tables)
        {
            var o = other.Get(t.Id);
            Assert.Equal(t.Columns.Select(c => c.Key), o.Columns.Select(c => c.Key));
            Assert.Equal(t.Rows.Count, o.Rows.Count);
            for (var r = 0; r < t.Rows.Count; r++)
                for (var c = 0; c < t.Columns.Count; c++)
                    Assert.Equal(t.Rows[r].Amount(c), o.Rows[r].Amount(c));
        }
    }

    [Fact]
    public void Docx_with_real_tables_reads_as_the_text()
    {
        var bytes = OfficeFiles.Docx(SeedFiles.Text(SeedFiles.Xixia2024));
        Assert.Equal("docx", DisclosureReader.DocumentFormat(bytes));
        SameTables(DisclosureReader.ReadBytes(bytes, "xixia.docx"));
    }

    [Fact]
    public void Xlsx_on_one_sheet_with_numeric_cells_reads_as_the_text()
    {
        var bytes = OfficeFiles.Xlsx(SeedFiles.Text(SeedFiles.Xixia2024));
        Assert.Equal("xlsx", DisclosureReader.DocumentFormat(bytes));
        SameTables(DisclosureReader.ReadBytes(bytes, "xixia.xlsx"));
    }

    [Fact]
    public void Xlsx_with_one_table_per_sheet_named_by_title_reads_every_table()
    {
        // Each table title becomes a sheet name and leaves the grid: the sheet name must bring the title back.
        var bytes = OfficeFiles.Xlsx(SeedFiles.Text(SeedFiles.Xixia2024), line => TableTitles.Recognise(line) is not null && !line.Contains('、') ? line : null);
        var d = DisclosureReader.ReadBytes(bytes, "xixia-sheets.xlsx");
        Assert.Superset(Text.Tables.Select(t => t.Id).Where(id => id != TableIds.DepartmentPerformanceTarget).ToHashSet(), d.Tables.Select(t => t.Id).ToHashSet());
        var s = d.Get(TableIds.ExpenditureSummary);
        var t = Text.Get(TableIds.ExpenditureSummary);
        Assert.Equal(t.Amt(t.TotalRow(), Total), s.Amt(s.TotalRow(), Total));
    }

    [Theory]
    [InlineData("shanghai-budget-system-department-template.xlsx", "上海市普陀区XX局", BudgetScope.Department)]
    [InlineData("shanghai-budget-system-unit-template.xlsx", "上海市普陀区XX单位", BudgetScope.Unit)]
    public void Budget_system_templates_read_all_nine_tables(string file, string name, BudgetScope scope)
    {
        var d = DisclosureReader.ReadFile(SeedFiles.RealDoc(file));
        Assert.Equal(name, d.Meta.Department);
        Assert.Equal(scope, d.Meta.Scope);
        Assert.StartsWith("shanghai-", d.Meta.Layout);
        Assert.Empty(LayoutTables.Missing(d));
        var e = d.Get(TableIds.ExpenditureSummary);
        Assert.Equal("教育支出", e.RowByCode("205").Name);
        Assert.DoesNotContain(e.Columns, c => c.Header.Contains("编制"));
    }
}
