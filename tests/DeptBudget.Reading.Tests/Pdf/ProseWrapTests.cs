using DeptBudget.Reading.Pdf;

namespace DeptBudget.Reading.Tests.Pdf;

/// <summary>
/// Prose laid out by hand (reading coordinates, y down, text width 0–200): a paragraph wrapped at the text
/// width reads as one line, as the text form prints it, so a reason after 主要原因： stays with its sentence.
/// </summary>
public class ProseWrapTests
{
    private static PdfWord W(double left, double right, double top, string text) => new(left, right, top, top + 8, 8, text);

    [Fact]
    public void A_paragraph_wrapped_at_the_text_width_is_one_line()
    {
        var words = new List<PdfWord>
        {
            W(22, 200, 10, "西峡县医疗保障局机构运转经费支出预算"),   // first line, indented, to the right edge
            W(0, 200, 22, "比上年增加1.96万元，主要原因："),          // wrapped, to the right edge
            W(0, 120, 34, "管理规范要求增加。"),                    // last line, short
            W(0, 200, 46, "我部门负责管理的专项转移支付项目共有两项"),  // a new paragraph after a short line
            W(0, 150, 58, "豫财社（2023）244号医疗保障服务能力提升"),
            W(0, 80, 70, "八、政府性基金预算支出"),                  // a heading after a line that ends short
        };
        var lines = PdfLayout.Lines(words).ToList();
        Assert.Equal(
        [
            ["西峡县医疗保障局机构运转经费支出预算比上年增加1.96万元，主要原因：管理规范要求增加。"],
            ["我部门负责管理的专项转移支付项目共有两项豫财社（2023）244号医疗保障服务能力提升"],
            ["八、政府性基金预算支出"],
        ], lines);
    }

    [Fact]
    public void A_numbered_heading_under_a_full_line_starts_anew()
    {
        var words = new List<PdfWord>
        {
            W(22, 200, 10, "2024年政府采购预算安排0万元，其中货物"),
            W(0, 200, 22, "工程预算0万元、服务预算0万元，合计零元。"),
            W(0, 120, 34, "（二）政府采购支出情况"),
            W(0, 100, 46, "二、收入预算情况说明"),
        };
        var lines = PdfLayout.Lines(words).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(["（二）政府采购支出情况"], lines[1]);
        Assert.Equal(["二、收入预算情况说明"], lines[2]);
    }
}
