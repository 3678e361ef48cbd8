using DeptBudget.Model.Catalogues;

namespace DeptBudget.Checks.Rules;

/// <summary>K2: the printed 科目名称 is the catalogue name of that year; both names are shown when they differ.</summary>
public sealed class K2_CatalogueNames : Rule
{
    public override string Id => "K2";
    public override string TitleZh => "科目名称与当年分类目录一致";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var catalogue = ClassificationCatalogue.For(context.Year);
        var rows = CodedRow.In(context.Disclosure).ToList();
        if (rows.Count == 0) { yield return CannotRun("表中没有读到科目编码"); yield break; }
        var seen = new HashSet<(string, string, string)>();
        foreach (var r in rows)
            foreach (var (kind, code, name, header) in new[] { (r.Kind, r.Code, r.Name, "科目名称"), (ClassificationKind.GovernmentEconomic, r.GovCode, r.GovName, "政府预算经济分类科目名称") })
            {
                if (code is null || string.IsNullOrWhiteSpace(name) || catalogue[kind].Find(code) is not { } entry || entry.NameMatches(name)) continue;
                if (!seen.Add((r.Table.Id, code, name))) continue;
                var printed = Compact(name);
                var official = Compact(entry.Name);
                var where = CheckContext.At(r.Table, r.Row, null) with { Column = header };
                var what = K1_KnownCodes.Describe(kind);
                if (printed.Length >= 4 && official.StartsWith(printed, StringComparison.Ordinal))
                    yield return Make(where, entry.Name, name, $"{what} {code} 名称被截断：表中“{name}”，{catalogue.Year} 年目录为“{entry.Name}”", Severity.Info);
                else if (catalogue.Year > context.Year)
                    // The nearest catalogue is a later one: catalogues rename items (20805 行政事业单位离退休 → 行政事业单位养老支出),
                    // so a name that differs may be the official name of the document's own year.
                    yield return Make(where, entry.Name, name,
                        $"{what} {code} 名称与 {catalogue.Year} 年目录不一致：表中“{name}”，目录为“{entry.Name}”；没有 {context.Year} 年目录数据，该名称可能是当年的规范名称，无法确认", Severity.Info);
                else
                    yield return Make(where, entry.Name, name, $"{what} {code} 名称与 {catalogue.Year} 年目录不一致：表中“{name}”，目录为“{entry.Name}”");
            }
    }

    private static string Compact(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '(' => '（', ')' => '）', _ => c }).ToArray());
}
