using DeptBudget.Model;
using DeptBudget.Reading.Interpret;
using DeptBudget.Reading.Tables;

namespace DeptBudget.Reading.Tests.Interpret;

/// <summary>“三公” figures from tables that also list 会议费 and 培训费, headed by year or by 上年/当年.</summary>
public class ThreePublicReaderTests
{
    // 西安信访局 2026 表13 (pdftotext): 上年 / 当年 / 增减变化情况, each 合计 | 一般公共预算拨款安排的“三公”经费预算 (小计 |
    // 因公出国（境）费用 | 公务接待费 | 公务用车购置及运行维护费 小计/购置费/运行维护费) | 会议费 | 培训费; row 合计 in 元.
    private static readonly string[] Headers =
    [
        "合计", "一般公共预算拨款安排的“三公”经费预算/小计", "一般公共预算拨款安排的“三公”经费预算/因公出国（境）费用",
        "一般公共预算拨款安排的“三公”经费预算/公务接待费", "一般公共预算拨款安排的“三公”经费预算/公务用车购置及运行维护费/小计",
        "一般公共预算拨款安排的“三公”经费预算/公务用车购置及运行维护费/公务用车购置费",
        "一般公共预算拨款安排的“三公”经费预算/公务用车购置及运行维护费/公务用车运行维护费", "会议费", "培训费",
    ];

    private static Table XianTable(string lastYear, string thisYear)
    {
        var paths = Headers.Select(h => $"{lastYear}/{h}").Concat(Headers.Select(h => $"{thisYear}/{h}")).ToList();
        var columns = new List<Column> { new(ColumnKeys.Code, "单位编码"), new(ColumnKeys.Name, "单位名称") };
        columns.AddRange(paths.Select(p => new Column(ColumnMeanings.Resolve(p, 2026), p)));
        string[] cells = ["", "合计", "242000.00", "120000.00", "", "20000.00", "100000.00", "", "100000.00", "", "122000.00",
                          "320800.00", "101000.00", "", "10000.00", "91000.00", "", "91000.00", "", "219800.00"];
        return new Table(TableIds.ThreePublicExpenses, null, "三公", columns, [new TableRow(RowKind.Total, null, "合计", null, cells, 0)], [], null, 0);
    }

    [Theory]
    [InlineData("上年", "当年")]
    [InlineData("2025年", "2026年")]
    public void The_three_expenses_total_is_their_subtotal_not_the_row_total_with_meetings_and_training(string lastYear, string thisYear)
    {
        var tp = ThreePublicReader.Read(XianTable(lastYear, thisYear))!;
        // 当年 “三公” 小计 101,000 = 公务接待费 10,000 + 公务用车 91,000; 合计 320,800 adds 培训费 219,800.
        Assert.Equal(101000m, tp.ThisYear.Total);
        Assert.Equal(10000m, tp.ThisYear.OfficialReception);
        Assert.Equal(91000m, tp.ThisYear.VehicleOperation);
        Assert.NotNull(tp.LastYear);
        Assert.Equal(120000m, tp.LastYear!.Total);
        Assert.Equal(20000m, tp.LastYear.OfficialReception);
    }

    [Fact]
    public void A_table_without_a_three_expenses_subtotal_keeps_its_total()
    {
        var columns = new[] { new Column(AmountKeys.Total, "合计"), new Column(AmountKeys.OfficialOverseasTravel, "因公出国（境）费"),
                              new Column(AmountKeys.OfficialReception, "公务接待费") };
        var t = new Table(TableIds.ThreePublicExpenses, null, "三公", columns, [new TableRow(RowKind.Total, null, "合计", null, ["3.00", "1.00", "2.00"], 0)], [], null, 0);
        Assert.Equal(3.00m, ThreePublicReader.Read(t)!.ThisYear.Total);
    }

    [Theory]
    [InlineData("上年/合计", true)]
    [InlineData("上年/公务接待费", true)]
    [InlineData("当年/合计", false)]
    [InlineData("上年结转", false)]
    public void Columns_headed_last_year_by_word_are_last_years(string path, bool lastYear) =>
        Assert.Equal(lastYear, ColumnMeanings.Resolve(path, 2026).StartsWith("lastYear.", StringComparison.Ordinal));
}
