using DeptBudget.Model.Catalogues;

namespace DeptBudget.Checks.Rules;

/// <summary>K1: every printed 科目编码 is in that year's catalogue (local sub-items are told, not faulted).</summary>
public sealed class K1_KnownCodes : Rule
{
    public override string Id => "K1";
    public override string TitleZh => "科目编码存在于当年分类目录";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var catalogue = ClassificationCatalogue.For(context.Year);
        var rows = CodedRow.In(context.Disclosure).ToList();
        if (rows.Count == 0) { yield return CannotRun("表中没有读到科目编码"); yield break; }
        var seen = new HashSet<(string, string, string)>();
        foreach (var r in rows)
        {
            foreach (var (kind, code, header) in new[] { (r.Kind, r.Code, "科目编码"), (ClassificationKind.GovernmentEconomic, r.GovCode, "政府预算经济分类科目编码") })
            {
                if (code is null || !seen.Add((r.Table.Id, kind.ToString(), code))) continue;
                var lookup = catalogue[kind].Lookup(code);
                var where = CheckContext.At(r.Table, r.Row, null) with { Column = header };
                var what = Describe(kind);
                if (lookup.Outcome == LookupOutcome.Malformed)
                    yield return Make(where, "3、5 或 7 位数字", code, $"{what}“{code}”不是 3、5 或 7 位数字");
                else if (lookup.Outcome == LookupOutcome.Unknown && Uncovered(catalogue[kind], code) is { } parent)
                    // The catalogue data lists no 项 at all under this 款 (上海 template: 2050205 高等教育 under 20502):
                    // the gap is ours, not the document's.
                    yield return CannotRun($"{catalogue.Year} 年目录数据未收录 {parent.Code} {parent.Name} 下的项，“{code}”无法核对", r.Table.Id) with { Location = where, Actual = code };
                else if (lookup.Outcome == LookupOutcome.Unknown && catalogue.Year != context.Year)
                    // The catalogue is revised every year and we hold only some years: a code missing from another
                    // year's data may be new (2014001 信访事务 in 2026) or retired; the gap is ours, not the document's.
                    yield return CannotRun($"没有 {context.Year} 年目录数据，按 {catalogue.Year} 年目录找不到{what}“{code}”，可能是此后新增或调整的科目，无法核对", r.Table.Id) with { Location = where, Actual = code };
                else if (lookup.Outcome == LookupOutcome.Unknown)
                    yield return Make(where, $"{catalogue.Year} 年{what}中的编码", code, $"{what}“{code}”不在 {catalogue.Year} 年分类目录中");
                else if (lookup.Entry!.IsLocal)
                    yield return Make(where, null, code, $"{what}“{code} {lookup.Entry.Name}”是地方细化科目，不在全国目录中（{lookup.Entry.Note}）", Severity.Info);
            }
        }
    }

    /// <summary>The 款 of a 7-digit code when the catalogue has that 款 but no 项 under it; null otherwise.</summary>
    private static CatalogueEntry? Uncovered(Classification c, string code)
    {
        if (code.Length != 7 || c.Find(code[..5]) is not { } parent) return null;
        return c.Entries.Any(e => e.Code.Value.Length == 7 && e.Code.Value.StartsWith(code[..5], StringComparison.Ordinal)) ? null : parent;
    }

    internal static string Describe(ClassificationKind kind) => kind switch
    {
        ClassificationKind.Functional => "支出功能分类科目",
        ClassificationKind.DepartmentEconomic => "部门预算支出经济分类科目",
        _ => "政府预算支出经济分类科目",
    };
}
