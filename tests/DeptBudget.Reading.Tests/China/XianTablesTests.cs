using DeptBudget.Model;
using DeptBudget.Reading.Tests.Seeds;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

public sealed class XianFinalFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/shaanxi-xian-wjw-2022-final.pdf"));
}

public sealed class XianBudgetFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/shaanxi-xian-qxj-2022-budget.pdf"));
}

public sealed class XianHealthInsuranceBudgetFixture
{
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/shaanxi-xian-ybj-2022-budget.pdf"));
}

/// <summary>
/// 西安 政府采购 tables print whole 元 (no decimals), so none of their rows looks like money and every line is
/// taken for header: a figure of one row then seemed to head the columns of the row below (类 220 over 序号 | 款)
/// and was joined to its neighbour. Figures typed from <c>pdftotext -layout</c> (医保局 p. 43, 气象局 p. 29).
/// </summary>
public class XianProcurementTablesTests(XianHealthInsuranceBudgetFixture ybj, XianBudgetFixture qxj)
    : IClassFixture<XianHealthInsuranceBudgetFixture>, IClassFixture<XianBudgetFixture>
{
    private static bool InOrder(TableRow row, params string[] cells)
    {
        var at = 0;
        foreach (var c in row.Cells) if (at < cells.Length && c == cells[at]) at++;
        return at == cells.Length;
    }

    [Fact]
    public void Quantity_and_economic_code_in_narrow_unruled_columns_stay_two_cells()
    {
        // 210 15 05  DRGs国家试点工作经费  C0206运行维护服务  1 302 13 502 09  1990000
        // 210 15 05  综合运行服务工作  A02010104台式计算机  12 310 02 503 06  120000
        var t = ybj.Disclosure.Get(TableIds.GovernmentProcurement);
        Assert.Contains(t.Rows, r => InOrder(r, "1", "302", "13", "502", "09", "1990000"));
        Assert.Contains(t.Rows, r => InOrder(r, "12", "310", "02", "503", "06", "120000"));
        Assert.DoesNotContain(t.Rows, r => r.Cells.Any(c => c is "1302" or "1310" or "12310"));
    }

    [Fact]
    public void Row_number_and_function_class_stay_two_cells()
    {
        // 2  220  05  07  1  全额  1  142500;   12  220  05  09 … C0908其他专业技术服务  1 302 13 502 09  900000
        var t = qxj.Disclosure.Get(TableIds.GovernmentProcurement);
        Assert.Contains(t.Rows, r => InOrder(r, "2", "220", "05", "07", "142500"));
        Assert.Contains(t.Rows, r => InOrder(r, "12", "220", "05", "09", "900000"));
        Assert.DoesNotContain(t.Rows, r => r.Cells.Any(c => c is "2220" or "3220" or "11220"));
    }
}

/// <summary>
/// 西安市卫生健康委员会 2022 决算 (171 pp): its nine 公开NN表 come last, after 87 项目绩效自评表 forms, each title on
/// its own line with the tag 公开01表 … on the next. Figures typed from <c>pdftotext -layout -f 148 -l 171</c>.
/// </summary>
public class XianFinalTablesTests(XianFinalFixture f) : IClassFixture<XianFinalFixture>
{
    private static bool Holds(TableRow row, string amount) => row.Cells.Any(c => c.Replace(",", "") == amount);

    [Fact]
    public void Each_table_the_second_contents_lists_is_read_after_the_self_evaluation_forms()
    {
        string[] listed =
        [
            TableIds.RevenueExpenditureSummary, TableIds.RevenueSummary, TableIds.ExpenditureSummary, TableIds.AppropriationSummary,
            TableIds.GeneralBudgetExpenditure, TableIds.GeneralBudgetBasicExpenditure, TableIds.GovernmentFundExpenditure,
            TableIds.StateCapitalExpenditure, TableIds.ThreePublicExpenses,
        ];
        Assert.All(listed, id => Assert.Contains(f.Disclosure.Tables, t => t.Id == id));
    }

    [Fact]
    public void The_tag_line_under_a_title_opens_its_table_with_the_printed_totals()
    {
        // 公开01表: 总计  30  2,480,372.70  总计  60  2,480,372.70; 本年收入合计 27 2,015,094.22
        var t = f.Disclosure.Get(TableIds.RevenueExpenditureSummary);
        Assert.Contains(t.Rows, r => r.Cells.Count(c => c.Replace(",", "") == "2480372.70") == 2);
        Assert.Contains(t.Rows, r => Holds(r, "2015094.22") && Holds(r, "2074962.01"));
        // 公开02表's first rows: 合计 2,015,094.22 805,251.56 … and 2010405 日常经济运行调节 56.00
        var revenue = f.Disclosure.Get(TableIds.RevenueSummary);
        Assert.Contains(revenue.Rows, r => Holds(r, "2015094.22") && Holds(r, "805251.56") && Holds(r, "1110972.11"));
    }

    [Fact]
    public void The_department_self_evaluation_form_is_a_table_of_its_own()
    {
        // 部门整体支出绩效自评表: 金额合计  2,495,142.55  869,407.93  1625734.62  2074962.01  869329.38  1205632.63
        var t = f.Disclosure.Get(TableIds.DepartmentPerformanceTarget);
        Assert.Contains(t.Rows, r => Holds(r, "2495142.55") && Holds(r, "869407.93") && Holds(r, "1205632.63"));
    }

    [Fact]
    public void A_self_evaluation_forms_figures_are_read_under_the_columns_its_own_headings_name()
    {
        // p. 139, 西安市级医用激光仪器及设备项目绩效自评表 (pdftotext -layout -f 139 -l 139):
        //   年度资金总额  3681.5  423  423  1000%  6        (年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 得分)
        //   其他资金      3258.5  3258.5  0  —  —
        //   数量指标  购置设备数量  3台  3台  12.5  12.5  完成   (分值 | 得分)
        //   社会效益指标 项目实施社会效益 方便术中检查… 10  9  完成
        var t = f.Disclosure.Get(TableIds.ProjectPerformanceTargets);
        var start = t.Rows.ToList().FindIndex(r => r.Cells.Contains("医用激光仪器及设备"));
        Assert.True(start >= 0);
        var form = t.Rows.Skip(start + 1).TakeWhile(r => !r.Cells.Contains("项目名称")).ToList();
        string At(TableRow r, string key) => r.Cells[t.Columns.ToList().FindIndex(c => c.Key == key)];
        var funds = Assert.Single(form, r => r.Cells.Contains("年度资金总额"));
        Assert.Equal(("3681.5", "423", "423", "", "6"),
            (At(funds, "selfEval.initialBudget"), At(funds, "selfEval.budget"), At(funds, "selfEval.executed"), At(funds, "selfEval.weight"), At(funds, "selfEval.score")));
        Assert.Contains("1000%", funds.Cells); // a rate is no amount: it keeps its place
        var other = Assert.Single(form, r => r.Cells.Contains("其他资金"));
        Assert.Equal(("3258.5", "0"), (At(other, "selfEval.initialBudget"), At(other, "selfEval.executed")));
        var count = Assert.Single(form, r => r.Cells.Contains("购置设备数量"));
        Assert.Equal(("12.5", "12.5"), (At(count, "selfEval.weight"), At(count, "selfEval.score")));
        Assert.Contains("3台", count.Cells);
        var social = Assert.Single(form, r => r.Cells.Contains("项目实施社会效益"));
        Assert.Equal(("10", "9"), (At(social, "selfEval.weight"), At(social, "selfEval.score")));
    }

    [Fact]
    public void A_form_of_no_known_meaning_is_kept_apart_not_run_into_the_table_before()
    {
        // 西安市级卫生健康事业发展专项资金绩效自评表: 年度资金总额  52110  52110  51,552.90  10  98.93%  9.00
        var other = Assert.Single(f.Disclosure.Tables, t => t.Title.Contains("专项资金绩效自评表"));
        Assert.StartsWith(TableIds.OtherPrefix, other.Id);
        Assert.Contains(other.Rows, r => Holds(r, "51552.90"));
    }
}

/// <summary>
/// 西安市气象局 2022 部门综合预算, 表1 收支总表 (p. 18): each item and its 预算数 share one ruled cell, and the long label
/// 其中：专项资金列入部门预算的项目 runs under the 预算数 of the rows above. Typed from <c>pdftotext -layout -f 18 -l 18</c>.
/// </summary>
public class XianBudgetTablesTests(XianBudgetFixture f) : IClassFixture<XianBudgetFixture>
{
    [Fact]
    public void Labels_and_amounts_of_the_summary_are_columns_apart_though_one_label_runs_long()
    {
        var t = f.Disclosure.Get(TableIds.RevenueExpenditureSummary);
        // 1 一、部门预算  18999011.66  一、部门预算  18999011.66  一、部门预算  18999011.66  一、部门预算  18999011.66
        Assert.Contains(t.Rows, r => r.Cells.Count(c => c == "一、部门预算") == 4 && r.Cells.Count(c => c == "18999011.66") == 4);
        // 11 5、附属单位上缴收入 0.00  10、卫生健康支出 55279.20 …
        Assert.Contains(t.Rows, r => r.Cells.Contains("10、卫生健康支出") && r.Cells.Contains("55279.20"));
        // 3 (1)一般公共预算拨款 18999011.66 … and 7 … 2、专项业务经费支出 17159700.00: the rows above and below the long label
        Assert.Contains(t.Rows, r => r.Cells.Contains("(1)一般公共预算拨款") && r.Cells.Contains("18999011.66"));
        Assert.Contains(t.Rows, r => r.Cells.Contains("2、专项业务经费支出") && r.Cells.Contains("17159700.00"));
    }

    [Fact]
    public void A_label_printed_touching_its_amount_is_split_into_label_and_amount()
    {
        // 2  1、财政拨款  18999011.66  1、一般公共服务支出  0.00  1、人员经费和公用经费支出1839311.66  1、机关工资福利支出  3055700.00
        // 6  (3)国有资本经营预算收入  0.00  5、教育支出  0.00  (4)资本性支出  0.00  5、对事业单位经常性补助1839311.66
        var t = f.Disclosure.Get(TableIds.RevenueExpenditureSummary);
        foreach (var label in (string[])["1、人员经费和公用经费支出", "5、对事业单位经常性补助"])
        {
            var row = Assert.Single(t.Rows, r => r.Cells.Contains(label));
            var at = row.Cells.ToList().IndexOf(label);
            Assert.Equal("1839311.66", row.Cells[at + 1]);
        }
    }
}
