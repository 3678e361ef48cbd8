using DeptBudget.Checks;
using DeptBudget.Reading;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Testing;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// A rendered package passes the checks with no error other than those already in the source data:
/// every error found in the rendering is one the source document already has (same rule, same table) —
/// the seeds' real problems that Checks.Tests/SeedTests.cs lists (002's 医保信息专网 3.40 with no
/// 财政性资金, 核酸检测's cost cap, unfilled indicator values …) stay, nothing new appears.
/// </summary>
public class ChecksTests
{
    // 000 prints 其中：财政拨款 by 类 in table 04 (19.36 / 933.84 / 2.59); the budget carries them as
    // ClassFunding, so the rendered 04 fills those cells under its total of 955.79 (I1).
    [Fact]
    public void Longting2024_rendering_adds_no_check_errors() => Rendering_adds_no_check_errors(Seeds.Longting2024, "henan-2024");

    [Theory]
    [InlineData(Seeds.Xixia2024, "henan-2024")]
    [InlineData(Seeds.Lanshan2024, "shandong-2024")]
    [InlineData(Seeds.Luolong2021, "luoyang-2021")]
    [InlineData(Seeds.Hua2024, "henan-2024")]
    public void Rendering_adds_no_check_errors(string seed, string layout)
    {
        var source = DisclosureReader.ReadText(Seeds.Text(seed), seed);
        var before = Errors(source);
        var rendered = DisclosureRenderer.Render(source, Layout.Load(layout)).Disclosure;
        var added = Errors(rendered).Where(e => !before.Any(b => b.Rule == e.Rule && b.Location.Table == e.Location.Table)).ToList();
        Assert.True(added.Count == 0, string.Join("\n", added.Select(e => $"{e.Rule} {e.Location} {e.Message}")));
    }

    [Fact]
    public void A_budget_made_consistent_renders_without_check_errors()
    {
        var rendered = DisclosureRenderer.Render(Xixia2024.Budget(), Layout.Load("henan-2024")).Disclosure;
        var errors = Errors(rendered);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Rule} {e.Location} {e.Message}")));
    }

    private static List<Finding> Errors(DeptBudget.Model.Disclosure d) =>
        Checker.Default.Check(d).Findings.Where(f => f.Severity == Severity.Error).ToList();
}
