using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.China;

/// <summary>
/// 西安市气象局 2022: its prose prints figures in a font the PDF does not embed, whose glyph boxes are wider than the
/// letters' advance. <c>pdftotext -layout</c> prints the headings <c>九、部门预算绩效目标情况说明</c> and
/// <c>十、机关运行经费安排情况说明</c> each on its own line, and under the second
/// <c>本部门当年机关运行经费预算安排 5.8 万元，较上年减少 4.8 万元</c>. Placing those figures by their advance (right
/// for an amount crossing a cell border, 福州) opened gaps in the prose that split it into table cells.
/// </summary>
public class XianProseTests
{
    [Fact]
    public void Prose_with_figures_in_an_unembedded_font_keeps_its_headings_and_paragraphs()
    {
        var d = DisclosureReader.ReadFile(SeedFiles.RealDoc("china/shaanxi-xian-qxj-2022-budget.pdf"));
        var titles = d.Narrative.Sections.Select(s => s.Title).ToList();
        Assert.Contains("九、部门预算绩效目标情况说明", titles);
        var operating = Assert.Single(d.Narrative.Sections, s => s.Title == "十、机关运行经费安排情况说明");
        Assert.Contains(operating.Paragraphs, p => p.Contains("机关运行经费预算安排5.8万元", StringComparison.Ordinal));
        Assert.DoesNotContain(d.Unread, u => u.Text.Contains("九、部门预算绩效目标情况说明", StringComparison.Ordinal));
    }
}
