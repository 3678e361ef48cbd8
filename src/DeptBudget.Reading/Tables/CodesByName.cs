using DeptBudget.Model.Catalogues;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// The codes of a table that prints names only and shows the 类 / 款 / 项 by indent (杭州: 科学技术支出,
/// then 技术研究与开发 indented, then 科技成果转化与扩散 indented further). Extraction loses the indent but
/// not the order, and the catalogue places each name: a 项 of the 款 above, else a 款 of the 类 above,
/// else a 类. A name the catalogue does not hold there gets no code (it is never guessed).
/// </summary>
internal sealed class CodesByName(Classification catalogue)
{
    private string? _class, _section;

    /// <summary>The code of the next printed name, in printed order, or null.</summary>
    public string? Next(string name)
    {
        if (name.Length == 0) return null;
        if (_section is not null && Child(_section, name) is { } item) return item;
        if (_class is not null && Child(_class, name) is { } section) return _section = section;
        var cls = catalogue.Classes.FirstOrDefault(e => e.NameMatches(name));
        if (cls is null) return null;
        _section = null;
        return _class = cls.Code.Value;
    }

    private string? Child(string parent, string name) =>
        catalogue.Children(parent).FirstOrDefault(e => e.NameMatches(name))?.Code.Value;
}
