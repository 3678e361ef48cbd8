using DeptBudget.Model;
using DeptBudget.Model.Layouts;

namespace DeptBudget.Model.Tests.Layouts;

/// <summary>The tables of each layout, as the seeds' and the Shanghai PDFs' 目录 list them.</summary>
public class LayoutTablesTests
{
    [Theory]
    [InlineData("henan-2024", 12)]     // seeds 000, 001, 004: 十二张表
    [InlineData("luoyang-2021", 13)]   // seed 002: 1–13 (its 目录 numbers 11 twice)
    [InlineData("shandong-2024", 12)]  // seed 003
    [InlineData("shanghai-2025", 9)]   // 普陀 budgets, 部门 and 单位
    [InlineData("shanghai-final-2024", 9)]
    public void Each_layout_lists_the_tables_its_documents_print(string layout, int count) =>
        Assert.Equal(Enumerable.Range(1, count), LayoutTables.For(layout)!.Tables.Select(t => t.Number));

    [Fact]
    public void Luolong2021_ninth_table_is_the_agency_operating_cost() =>
        Assert.Equal((9, "机关运行经费"), LayoutTables.For("luoyang-2021")!.Tables.Where(t => t.Id == TableIds.AgencyOperatingCost).Select(t => (t.Number, t.Title)).Single());

    [Fact]
    public void Shanghai_final_accounts_are_a_family_of_their_own()
    {
        Assert.Equal("shanghai-final", LayoutTables.For("shanghai-final-2024")!.Id);
        Assert.Equal("收入支出决算总表", LayoutTables.For("shanghai-final-2024")!.Tables[0].Title);
        Assert.Equal("shanghai", LayoutTables.For("shanghai-2024")!.Id);
    }

    [Theory]
    [InlineData("guangdong-2024")]
    [InlineData("")]
    [InlineData(null)]
    public void A_layout_no_file_describes_has_no_list(string? layout) => Assert.Null(LayoutTables.For(layout));

    [Fact]
    public void Every_table_id_is_one_the_model_knows() =>
        Assert.All(LayoutTables.Families.SelectMany(f => f.Tables), t => Assert.Contains(t.Id, TableIds.All));
}
