using System.Reflection;
using System.Text.Json;
using DeptBudget.Checks.Text;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// T5: 类 names are those of the document's year: a name a later catalogue replaced (医疗卫生与计划生育支出 →
/// 卫生健康支出) in the text or a table row shows an outdated template. The renamings are data (Data/renamed-classes.json).
/// </summary>
public sealed class T5_OldClassNames : Rule
{
    public override string Id => "T5";
    public override string TitleZh => "科目名称为当年目录名称";
    public override Severity DefaultSeverity => Severity.Warning;

    internal sealed record Renamed(string Code, string Old, string New, int From);

    internal static IReadOnlyList<Renamed> Renamings { get; } = Load();

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Disclosure.Narrative.Sections.Count == 0 && context.Disclosure.Tables.Count == 0) { yield return CannotRun("没有读到情况说明和表格"); yield break; }
        var stale = Renamings.Where(r => context.Year >= r.From).ToList();
        if (stale.Count == 0) yield break;
        foreach (var p in Prose.Paragraphs(context))
            foreach (var r in stale)
                for (var i = p.Text.IndexOf(r.Old, StringComparison.Ordinal); i >= 0; i = p.Text.IndexOf(r.Old, i + r.Old.Length, StringComparison.Ordinal))
                    yield return Make(p.At(i), r.New, r.Old, $"“{r.Old}”是旧科目名称，{r.From} 年起为“{r.New}”（{r.Code}）");
        foreach (var t in context.Disclosure.Tables)
            for (var ri = 0; ri < t.Rows.Count; ri++)
                foreach (var r in stale)
                    if (t.Rows[ri].Name?.Contains(r.Old, StringComparison.Ordinal) == true)
                        yield return Make(CheckContext.At(t, t.Rows[ri], null), r.New, r.Old, $"“{r.Old}”是旧科目名称，{r.From} 年起为“{r.New}”（{r.Code}）");
    }

    private static IReadOnlyList<Renamed> Load()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("DeptBudget.Checks.Data.renamed-classes.json")
            ?? throw new InvalidOperationException("renamed-classes.json is not embedded");
        using var doc = JsonDocument.Parse(s);
        return doc.RootElement.GetProperty("classes").EnumerateArray()
            .Select(e => new Renamed(e.GetProperty("code").GetString()!, e.GetProperty("old").GetString()!, e.GetProperty("new").GetString()!, e.GetProperty("from").GetInt32()))
            .ToList();
    }
}
