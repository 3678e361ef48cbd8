using DeptBudget.Model;
using DeptBudget.Model.Catalogues;

namespace DeptBudget.Checks.Rules;

/// <summary>K3: each department economic code is paired with a government economic code the catalogue maps it to.</summary>
public sealed class K3_EconomicPairs : Rule
{
    public override string Id => "K3";
    public override string TitleZh => "部门经济分类与政府经济分类对应正确";

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var catalogue = ClassificationCatalogue.For(context.Year);
        var pairs = CodedRow.In(context.Disclosure).Where(r => r.Kind == ClassificationKind.DepartmentEconomic && r.GovCode is not null).ToList();
        if (pairs.Count == 0) { yield return CannotRun("没有读到部门经济分类与政府经济分类成对的行"); yield break; }
        var seen = new HashSet<(string, string, string)>();
        foreach (var r in pairs)
        {
            if (!AccountCode.TryParse(r.GovCode, out var gov) || !catalogue.DepartmentEconomic.Contains(r.Code)) continue;
            if (catalogue.IsMapped(r.Code, r.GovCode) || !seen.Add((r.Table.Id, r.Code, r.GovCode!))) continue;
            var kind = EconomicMapping.UnitKindOf(gov);
            var allowed = catalogue.GovernmentCodesFor(r.Code, kind);
            if (allowed.Count == 0) allowed = catalogue.GovernmentCodesFor(r.Code);
            var names = string.Join("、", allowed.Select(a => $"{a} {catalogue.GovernmentEconomic.Find(a)?.Name}"));
            yield return Make(CheckContext.At(r.Table, r.Row, null) with { Column = "政府预算经济分类科目编码" }, names, $"{r.GovCode} {r.GovName}".Trim(),
                $"部门经济分类 {r.Code} {r.Name} 不应对应政府经济分类 {r.GovCode}{(kind is null ? "" : kind == UnitKind.Administrative ? "（机关）" : "（事业单位）")}；{catalogue.Year} 年对应关系为 {names}");
        }
    }
}
