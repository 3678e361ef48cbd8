using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;
using DeptBudget.Rendering.Writers;

namespace DeptBudget.Rendering.Tests;

public class HtmlTests
{
    [Fact]
    public void Dump()
    {
        var r = DisclosureRenderer.Render(Xixia2024.Budget(), Layout.Load("henan-2024"));
        var html = HtmlWriter.Write(r);
        File.WriteAllText("/tmp/xixia.html", html);
        File.WriteAllText("/tmp/xixia.txt", HtmlText.ToText(html));
    }
}
