using DeptBudget.Model;
using DeptBudget.Rendering.Layouts;

namespace DeptBudget.Rendering;

/// <summary>
/// A disclosure in its own family's form: computed in the family's rendering layout where one exists (河南, 洛阳, 山东),
/// otherwise printed as read (上海, 北京, 深圳 …). The web's downloads and the CLI's `render` without `--layout` decide
/// alike through this one place, so a budget prints the same whichever way it is asked for.
/// </summary>
public static class FamilyRenderer
{
    /// <summary>Whether the disclosure's family has a rendering definition (else it prints as read).</summary>
    public static bool HasLayout(Disclosure d) => Layout.Available.Contains(d.Meta.Layout);

    public static RenderedDisclosure Render(Disclosure d, IReadOnlyList<string>? errors = null) =>
        HasLayout(d) ? DisclosureRenderer.Render(d, Layout.Load(d.Meta.Layout), errors) : AsReadRenderer.Render(d, errors);
}
