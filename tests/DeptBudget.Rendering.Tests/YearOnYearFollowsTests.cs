using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// A year-on-year sentence prints this year's figure and the change beside it; when a preparer edits the
/// figures (a next-year draft starts with every change 持平), the change follows the figure from last year's
/// stated figure, so the two never disagree. Seed 001, 说明一: 收入总计10902万元，收入增加420.65万元，增长4.01%
/// (last year 10,481.35); table 02: 044001 一般公共预算 105.20.
/// </summary>
public class YearOnYearFollowsTests
{
    private static string Narrative(Budget b) => string.Join("\n",
        DisclosureRenderer.Render(b, Layout.Load("henan-2024")).Disclosure.Narrative.Sections.SelectMany(s => s.Paragraphs));

    private static Budget WithOwnLevelRevenueRaisedBy100(Budget b) => b with
    {
        Revenue = b.Revenue.Select(r => r is { UnitCode: "044001", Source: AmountKeys.GeneralPublicBudget } ? r with { Amount = r.Amount + 100m } : r).ToList(),
    };

    [Fact]
    public void Xixia2024_as_stated_prints_its_own_change()
    {
        var text = Narrative(Xixia2024.Budget());
        Assert.Contains("收入增加420.65万元，增长4.01%", text);
        Assert.Contains("支出增加420.65万元，增长4.01%", text);
    }

    [Fact]
    public void Xixia2024_revenue_raised_by_100_changes_the_revenue_statement_only()
    {
        var text = Narrative(WithOwnLevelRevenueRaisedBy100(Xixia2024.Budget()));
        Assert.Contains("收入总计11002万元", text);
        Assert.Contains("收入增加520.65万元，增长4.97%", text);   // 11,002.00 − 10,481.35; ÷ 10,481.35
        Assert.Contains("支出增加420.65万元，增长4.01%", text);   // 支出总计 still 10,902
    }

    [Fact]
    public void Xixia2024_next_year_draft_states_unchanged_until_a_figure_moves()
    {
        var b = Xixia2024.Budget();
        var draft = b with
        {
            Year = 2025,
            Facts = b.Facts with { Changes = b.Facts.Changes.Select(c => c with { Change = 0m, Rate = 0m, Direction = "unchanged", Reason = null }).ToList() },
        };
        Assert.Contains("收入持平", Narrative(draft));
        var raised = Narrative(WithOwnLevelRevenueRaisedBy100(draft));
        Assert.Contains("收入增加100万元，增长0.92%", raised);    // 100 ÷ 10,902
        Assert.DoesNotContain("收入持平", raised);
    }

    [Fact]
    public void Xixia2024_three_public_reception_raised_to_7_turns_its_decrease_into_an_increase()
    {
        var b = Xixia2024.Budget();
        var tp = b.ThreePublic!;
        var edited = b with { ThreePublic = tp with { ThisYear = tp.ThisYear with { OfficialReception = 7m, Total = 10m } } };
        var text = Narrative(edited);
        // Stated: 公务接待费5万元，比上年减少1万元 (last year 6); now 7: one more than last year.
        Assert.Contains("公务接待费 7万元，主要用于按规定开支的各类公务接待（含外宾接待）支出。预算数比2023年增加1万元，增长16.67%", text);
        // 合计 stated 8, 减少2.9 (last year 10.9); now 10: 0.90 less, 0.90 ÷ 10.90 = 8.26%.
        Assert.Contains("“三公”经费支出预算数比2023年减少0.90万元，下降8.26%", text);
    }
}
