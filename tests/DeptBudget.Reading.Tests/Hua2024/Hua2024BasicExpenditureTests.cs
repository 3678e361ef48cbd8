using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Tests.Hua2024;

/// <summary>
/// Seed 004 table 06 (2024 年一般公共预算基本支出表), printed with every header word wrapped and every
/// row missing its empty 人员经费 or 公用经费 cell. Figures typed from the seed's raw text.
/// </summary>
public class Hua2024BasicExpenditureTests(HuaFixture f) : IClassFixture<HuaFixture>
{
    private Table T => f.Disclosure.Get(TableIds.GeneralBudgetBasicExpenditure);

    [Fact]
    public void Hua2024_basic_expenditure_header_is_rebuilt_into_seven_columns()
    {
        Assert.Equal(
            [ColumnKeys.Code, ColumnKeys.Name, ColumnKeys.GovCode, ColumnKeys.GovName, Total, PersonnelCost, OperatingCost],
            T.Columns.Select(c => c.Key));
    }

    [Fact]
    public void Hua2024_basic_expenditure_total_splits_into_personnel_and_operating()
    {
        var total = T.TotalRow();
        Assert.Equal(797.18m, T.Amt(total, Total));
        Assert.Equal(738.55m, T.Amt(total, PersonnelCost));
        Assert.Equal(58.63m, T.Amt(total, OperatingCost));
    }

    [Theory]
    [InlineData("30101", "基本工资", 344.72)]
    [InlineData("30107", "绩效工资", 124.25)]
    [InlineData("30302", "退休费", 3.10)]
    public void Hua2024_classes_301_and_303_rows_put_their_amount_under_personnel(string code, string name, decimal amount)
    {
        var row = T.RowByCode(code);
        Assert.Equal(name, T.Cell(row, ColumnKeys.Name));
        Assert.Equal(amount, T.Amt(row, Total));
        Assert.Equal(amount, T.Amt(row, PersonnelCost));
        Assert.Null(T.Amt(row, OperatingCost));
    }

    [Theory]
    [InlineData("30211", "差旅费", 3.00)]
    [InlineData("30217", "公务接待费", 2.00)]
    [InlineData("30228", "工会经费", 9.78)]
    public void Hua2024_class_302_rows_put_their_amount_under_operating(string code, string name, decimal amount)
    {
        var row = T.RowByCode(code);
        Assert.Equal(name, T.Cell(row, ColumnKeys.Name));
        Assert.Equal(amount, T.Amt(row, Total));
        Assert.Equal(amount, T.Amt(row, OperatingCost));
        Assert.Null(T.Amt(row, PersonnelCost));
    }

    [Theory]
    [InlineData("30231", "公务用车运行维护费", "50208", 7.20)]
    [InlineData("30108", "机关事业单位基本养老保险缴费", "50102", 78.20)]
    [InlineData("30112", "其他社会保障缴费", "50102", 4.00)]
    [InlineData("30110", "职工基本医疗保险缴费", "50102", 35.68)]
    public void Hua2024_wrapped_department_code_and_name_are_joined_to_their_row(string code, string name, string govCode, decimal amount)
    {
        var row = T.RowByCode(code);
        Assert.Equal(name, T.Cell(row, ColumnKeys.Name));
        Assert.Equal(govCode, T.Cell(row, ColumnKeys.GovCode));
        Assert.Equal(amount, T.Amt(row, Total));
        Assert.Equal(amount, T.Amt(row, code.StartsWith("302") ? OperatingCost : PersonnelCost));
    }

    [Fact]
    public void Hua2024_every_row_has_its_department_code_and_columns_add_up()
    {
        var details = T.Rows.Where(r => r.Kind != RowKind.Total).ToList();
        Assert.Equal(22, details.Count); // 22 rows printed under 合计
        Assert.All(details, r => Assert.Matches(@"^3\d{4}$", T.Cell(r, ColumnKeys.Code)));
        Assert.Equal(738.55m, details.Sum(r => T.Amt(r, PersonnelCost) ?? 0));
        // The printed 公用经费 合计 58.63 is 0.01 below its rows' sum 58.64 (rounding in the source).
        Assert.Equal(58.64m, details.Sum(r => T.Amt(r, OperatingCost) ?? 0));
        Assert.Equal(797.19m, details.Sum(r => T.Amt(r, Total) ?? 0));
    }
}
