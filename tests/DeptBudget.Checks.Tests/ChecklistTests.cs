using DeptBudget.Checks.Reports;
using DeptBudget.Reading;
using DeptBudget.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace DeptBudget.Checks.Tests;

/// <summary>The 公开情况检查表: every part of the form, 是/否 from the findings on it, and the workbook reviewers open.</summary>
public class ChecklistTests
{
    private static CheckReport Wanli2024() =>
        Checker.Default.Check(DisclosureReader.ReadFile(Seeds.RealDoc("shanghai-putuo-wanli-2024-department-budget.pdf")));

    [Fact]
    public void The_form_lists_every_part_and_each_table_by_its_title_and_says_no_where_a_finding_falls()
    {
        var report = Wanli2024();
        var form = ChecklistForm.Of(report);
        var parts = form.Rows.Select(r => r.Part).ToList();
        foreach (var p in new[] { "封面", "目录", "主要职能", "机构设置", "名词解释", "编制说明", "其他相关说明", "项目经费情况说明" })
            Assert.Contains(p, parts);
        Assert.All(report.Disclosure!.Tables, t => Assert.Contains(t.Title, parts));
        // 编制说明 item 31 (350.35 and 352.67) and item 9 (增加100.00% from 0.00) are its problems.
        var explanation = Assert.Single(form.Rows, r => r.Part == "编制说明");
        Assert.False(explanation.Meets);
        Assert.Contains("352.67", explanation.Problems);
        Assert.Contains("100.00%", explanation.Problems);
        Assert.True(form.Rows.Single(r => r.Part == "名词解释").Meets);
        Assert.Null(form.Rows.Single(r => r.Aspect == "及时性").Meets);
    }

    [Fact]
    public void A_missing_required_table_is_a_line_of_the_form()
    {
        // Seed 002 lists 六、支出预算分类汇总表 in its 目录 and prints no such table.
        var form = ChecklistForm.Of(Checker.Default.Check(DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Luolong2021))));
        Assert.Contains(form.Rows, r => r.Part == "支出经济分类汇总表" && r.Meets == false && r.Problems.Contains("C1"));
    }

    [Fact]
    public void The_workbook_has_a_summary_sheet_and_one_sheet_per_document_with_chinese_text()
    {
        var forms = new[] { ChecklistForm.Of(Wanli2024()), ChecklistForm.Of(Checker.Default.Check(DisclosureReader.ReadFile(Seeds.PathOf(Seeds.Xixia2024)))) };
        using var ms = new MemoryStream();
        ChecklistXlsx.Write(ms, forms);
        ms.Position = 0;
        using var doc = SpreadsheetDocument.Open(ms, false);
        var sheets = doc.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(3, sheets.Count);
        Assert.Equal("汇总", sheets[0]);
        var text = string.Join("|", doc.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Select(t => t.Text));
        Assert.Contains("内容规范性", text);
        Assert.Contains("352.67", text);
        Assert.Contains("否", text);
    }
}
