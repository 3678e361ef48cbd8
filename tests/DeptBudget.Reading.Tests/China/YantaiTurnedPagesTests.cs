using DeptBudget.Model;
using DeptBudget.Reading.Pdf;
using DeptBudget.Reading.Tests.Seeds;
using UglyToad.PdfPig;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

public sealed class YantaiBudgetFixture
{
    public static string PathOf => SeedFiles.RealDoc("china/shandong-yantai-ybj-2026-budget.pdf");
    public Disclosure Disclosure { get; } = DisclosureReader.ReadFile(PathOf);
}

/// <summary>
/// 烟台市医疗保障局 2026: pages 8–26 are landscape tables on <c>/Rotate 90</c> pages. Rows typed from
/// <c>pdftotext -layout -f 12 -l 12</c> (公开表3 支出总体情况表, its second page), cells as printed with
/// the thousands separators dropped: 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 | 结转下年.
/// </summary>
public class YantaiTurnedPagesTests(YantaiBudgetFixture f) : IClassFixture<YantaiBudgetFixture>
{
    private static readonly string[][] Page12 =
    [
        ["", "13", "", "医疗救助", "4285.00", "", "4285.00", ""],
        ["", "", "01", "城乡医疗救助", "4285.00", "", "4285.00", ""],
        ["", "15", "", "医疗保障管理事务", "2443.68", "1623.68", "820.00", ""],
        ["", "", "01", "行政运行", "420.75", "420.75", "", ""],
        ["", "", "02", "一般行政管理事务", "400.00", "", "400.00", ""],
        ["", "", "06", "医疗保障经办事务", "420.00", "", "420.00", ""],
        ["", "", "50", "事业运行", "1202.92", "1202.92", "", ""],
        ["221", "", "", "住房保障支出", "172.12", "172.12", "", ""],
        ["", "02", "", "住房改革支出", "172.12", "172.12", "", ""],
        ["", "", "01", "住房公积金", "172.12", "172.12", "", ""],
        ["223", "", "", "国有资本经营预算支出", "1000.00", "", "1000.00", ""],
        ["", "01", "", "解决历史遗留问题及改革成本支出", "1000.00", "", "1000.00", ""],
        ["", "", "08", "离休干部医药费补助支出", "1000.00", "", "1000.00", ""],
    ];

    [Fact]
    public void A_landscape_page_reads_row_by_row_as_pdftotext_prints_it()
    {
        var t = f.Disclosure.Get(TableIds.ExpenditureSummary);
        Assert.Equal(Page12, t.Rows.TakeLast(Page12.Length).Select(r => r.Cells.ToArray()));
        // The 类 printed on page 11 (210) goes on to the 款 and 项 of page 12.
        Assert.Equal("21013", t.Rows[^Page12.Length].Code);
        Assert.Equal("2101301", t.Rows[^(Page12.Length - 1)].Code);
    }

    [Fact]
    public void The_table_spanning_two_turned_pages_keeps_its_total_row()
    {
        var t = f.Disclosure.Get(TableIds.ExpenditureSummary);
        // pdftotext -f 11 -l 11: 合   计   16,375.67   2,200.67   14,175.00
        Assert.Equal(["", "", "", "合计", "16375.67", "2200.67", "14175.00", ""], t.Rows[0].Cells);
        Assert.Equal(33, t.Rows.Count); // 20 rows on page 11, 13 on page 12
    }

    [Fact]
    public void Every_table_the_contents_lists_is_read_from_the_turned_pages()
    {
        Assert.Equal(12, f.Disclosure.Meta.Contents.Count);
        Assert.All(f.Disclosure.Meta.Contents, c => Assert.Contains(f.Disclosure.Tables, t => t.Id == c.TableId));
        Assert.Equal(13, f.Disclosure.Tables.Count);
    }

    [Fact]
    public void A_rotate_90_page_whose_letters_PdfPig_already_turned_is_not_turned_again_and_keeps_its_rules()
    {
        using var doc = PdfDocument.Open(YantaiBudgetFixture.PathOf);
        var page = doc.GetPage(12);
        Assert.Equal(90, page.Rotation.Value);
        var frame = PageFrame.Of(page);
        Assert.Equal(0, frame.Turn);
        Assert.True(frame.Width > frame.Height, "the page is read landscape");
        var rules = PdfRule.Of(page, frame);
        Assert.Contains(rules, r => r.Vertical);
        Assert.Contains(rules, r => r.Horizontal);
    }
}
