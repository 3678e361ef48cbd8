using System.Globalization;
using DeptBudget.Model;
using DeptBudget.Reading.Interpret;
using DeptBudget.Rendering;
using DeptBudget.Rendering.Layouts;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Web.Services;

/// <summary>
/// The budget-data form: units, revenue by source, expenditure lines (all sources) by functional item
/// with basic and project amounts, projects with their indicators, and the reasons of year-on-year
/// changes. Reading it validates every field; the disclosure is then rendered again from the budget in
/// its layout, so every table and the narrative follow from the figures entered.
/// </summary>
public static class BudgetForm
{
    public static readonly IReadOnlyList<string> Sources =
        [GeneralPublicBudget, GovernmentFundBudget, StateCapitalBudget, SpecialAccountFunds, InstitutionRevenue,
         InstitutionBusinessRevenue, SuperiorSubsidyRevenue, AffiliateRemittanceRevenue, OtherRevenue, CarryoverIn];

    public static readonly IReadOnlyList<string> ProjectKinds = ["其他运转类", "特定目标类", "人员类项目", "一般性项目", "专项资金"];

    /// <summary>Expenditure amount fields: key, label. Basic parts then project parts.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> ExpenditureFields =
        [(WagesAndBenefits, "工资福利"), (HouseholdTransfers, "对个人和家庭补助"), (GoodsAndServices, "商品和服务"),
         (CapitalOutlay, "资本性支出"), (OperationalProject, "其他运转类项目"), (SpecificPurposeProject, "特定目标类项目")];

    /// <summary>Project kinds of other layouts (人员类项目; 2021: 一般性项目, 专项资金), shown only for a budget that has them.</summary>
    private static readonly IReadOnlyList<(string Key, string Label)> OtherProjectFields =
        [(PersonnelProject, "人员类项目"), (GeneralProject, "一般性项目"), (SpecialFund, "专项资金")];

    private static readonly HashSet<string> ProjectParts = [OperationalProject, SpecificPurposeProject, PersonnelProject, GeneralProject, SpecialFund];

    // Basic or project amounts a document states without their parts (seed 003 prints 基本支出 by item unsplit).
    public const string BasicRest = "basicRest", ProjectRest = "projectRest";

    private static readonly string[] BasicParts = [WagesAndBenefits, HouseholdTransfers, GoodsAndServices, CapitalOutlay];

    /// <summary>
    /// The amount fields of this budget's form: the usual six, the other project kinds its lines state, and
    /// 基本支出/项目支出 not split into parts where a line has such amounts — so saving the form loses none.
    /// </summary>
    public static IReadOnlyList<(string Key, string Label)> FieldsFor(Budget b)
    {
        var lines = b.Expenditure.Where(l => l.Scope == FundingScope.AllSources).ToList();
        var fields = new List<(string Key, string Label)>(ExpenditureFields);
        fields.AddRange(OtherProjectFields.Where(f => lines.Any(l => l.Amounts.Get(f.Key) != 0)));
        if (lines.Any(l => FieldValue(l, BasicRest) != 0)) fields.Insert(4, (BasicRest, "基本支出（未分类）"));
        if (lines.Any(l => FieldValue(l, ProjectRest) != 0)) fields.Add((ProjectRest, "项目支出（未分类）"));
        return fields;
    }

    /// <summary>The value a form field shows for a stored line: an amount, or the part of 基本/项目支出 no part states.</summary>
    public static decimal? FieldValue(ExpenditureLine? l, string key) => l is null ? null : key switch
    {
        BasicRest => l.Amounts.Get(BasicExpenditure) - BasicParts.Sum(k => l.Amounts.Get(k)),
        ProjectRest => l.Amounts.Get(ProjectExpenditure) - ProjectParts.Sum(k => l.Amounts.Get(k)),
        _ => l.Amounts.Find(key),
    };

    public static Disclosure Apply(Disclosure d, IReadOnlyDictionary<string, string> form, List<string> errors)
    {
        var b = d.Budget;
        var units = Rows(form, "unit").Select(r => Unit(r, errors)).OfType<BudgetUnit>().ToList();
        var revenue = Rows(form, "rev").Select(r => Revenue(r, errors)).OfType<RevenueLine>().ToList();
        var fields = FieldsFor(b);
        var lines = Rows(form, "exp").Select(r => Expenditure(r, fields, errors)).OfType<ExpenditureLine>().ToList();
        var projects = Rows(form, "prj").Select(r => Project(r, b.Projects, errors)).OfType<Project>().ToList();
        // An indicator belongs to a project of the form, or to a target the document states for a project its
        // project table names otherwise (seed 001: 监督巡查 beside 监督监查) — the check reports that, the form keeps it.
        var targetNames = projects.Select(p => p.Name).Concat(b.ProjectTargets.Select(t => t.ProjectName)).ToHashSet();
        var indicators = Rows(form, "ind").Select(r => Indicator(r, targetNames, b.ProjectTargets, errors)).OfType<(string Project, Indicator Indicator)>().ToList();
        var facts = b.Facts with
        {
            Changes = b.Facts.Changes.Select((c, i) => form.TryGetValue($"reason.{i}", out var r) ? c with { Reason = Blank(r) } : c).ToList(),
        };
        if (errors.Count > 0) return d;
        var targets = Targets(b, projects, indicators);
        var budget = b with
        {
            Units = units,
            Revenue = revenue,
            Expenditure = [.. lines, .. b.Expenditure.Where(l => l.Scope != FundingScope.AllSources)],
            Projects = projects,
            ProjectTargets = targets,
            Facts = facts,
        };
        var layoutId = Layout.Available.Contains(d.Meta.Layout) ? d.Meta.Layout : Layout.Available[0];
        var rendered = DisclosureRenderer.Render(budget, Layout.Load(layoutId), null, d.Narrative).Disclosure;
        return rendered with { Meta = rendered.Meta with { SourceFile = d.Meta.SourceFile } };
    }

    /// <summary>
    /// The stored targets in their order with the form's indicators (their code, unit, amounts and objective
    /// kept, amounts following the project when they were its amounts), then one for each other project the
    /// form gives indicators to.
    /// </summary>
    private static List<ProjectPerformanceTarget> Targets(Budget b, List<Project> projects, List<(string Project, Indicator Indicator)> indicators)
    {
        List<Indicator> Of(string name) => indicators.Where(x => x.Project == name).Select(x => x.Indicator).ToList();
        var targets = new List<ProjectPerformanceTarget>();
        var given = new HashSet<string>();   // a name the document repeats gets the form's indicators once, at its first target
        foreach (var t in b.ProjectTargets)
        {
            var now = projects.FirstOrDefault(p => p.Name == t.ProjectName);
            var before = b.Projects.FirstOrDefault(p => p.Name == t.ProjectName);
            var followsProject = now is not null && before is not null && Same(t.Amounts, before.Amounts);
            targets.Add(t with { Amounts = followsProject ? now!.Amounts : t.Amounts, Indicators = given.Add(t.ProjectName) ? Of(t.ProjectName) : [] });
        }
        var stated = b.ProjectTargets.Select(t => t.ProjectName).ToHashSet();
        targets.AddRange(projects.Where(p => !stated.Contains(p.Name) && indicators.Any(x => x.Project == p.Name))
            .Select(p => new ProjectPerformanceTarget(p.Name, p.Code, p.UnitCode, p.Amounts, null, Of(p.Name))));
        return targets;
    }

    private static bool Same(IReadOnlyDictionary<string, decimal> a, IReadOnlyDictionary<string, decimal> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <summary>The indexed rows of a form section: prefix.{i}.{field}, i from 0 while any field is present.</summary>
    public static List<(int Index, Dictionary<string, string> Fields)> Rows(IReadOnlyDictionary<string, string> form, string prefix)
    {
        var byIndex = new SortedDictionary<int, Dictionary<string, string>>();
        foreach (var (k, v) in form)
        {
            var parts = k.Split('.');
            if (parts.Length != 3 || parts[0] != prefix || !int.TryParse(parts[1], out var i) || i is < 0 or > 10_000) continue;
            if (!byIndex.TryGetValue(i, out var row)) byIndex[i] = row = [];
            row[parts[2]] = v.Trim();
        }
        // A row is there when the user filled a visible field; the hidden carried ones (revenue's function code) do not count.
        return byIndex.Where(r => r.Value.Any(f => f.Key != "function" && f.Value.Length > 0)).Select(r => (r.Key + 1, r.Value)).ToList();
    }

    private static BudgetUnit? Unit((int Index, Dictionary<string, string> F) r, List<string> errors)
    {
        var code = r.F.GetValueOrDefault("code", "");
        var name = r.F.GetValueOrDefault("name", "");
        if (code.Length == 0 || !code.All(char.IsAsciiDigit)) return Error<BudgetUnit>(errors, $"单位第 {r.Index} 行：代码“{code}”应为数字");
        if (name.Length == 0) return Error<BudgetUnit>(errors, $"单位第 {r.Index} 行：请填写名称");
        return new BudgetUnit(code, name, Blank(r.F.GetValueOrDefault("parent")));
    }

    private static RevenueLine? Revenue((int Index, Dictionary<string, string> F) r, List<string> errors)
    {
        var source = r.F.GetValueOrDefault("source", "");
        if (source.Length == 0 || !source.All(c => char.IsAsciiLetter(c) || c == '.')) return Error<RevenueLine>(errors, $"收入第 {r.Index} 行：未知来源“{source}”");
        var amount = Amount(r.F.GetValueOrDefault("amount"), $"收入第 {r.Index} 行金额", errors);
        return amount is null ? null : new RevenueLine(Blank(r.F.GetValueOrDefault("unit")), Blank(r.F.GetValueOrDefault("function")), source, amount.Value);
    }

    private static ExpenditureLine? Expenditure((int Index, Dictionary<string, string> F) r, IReadOnlyList<(string Key, string Label)> fields, List<string> errors)
    {
        var where = $"支出第 {r.Index} 行";
        if (!AccountCode.TryParse(r.F.GetValueOrDefault("code"), out var code) || code.Level != 3)
            return Error<ExpenditureLine>(errors, $"{where}：功能分类科目应为 7 位项级编码");
        var name = r.F.GetValueOrDefault("name", "");
        if (name.Length == 0) return Error<ExpenditureLine>(errors, $"{where}：请填写科目名称");
        var amounts = new Dictionary<string, decimal>();
        foreach (var (key, label) in fields)
            if (Amount(r.F.GetValueOrDefault(key), $"{where}“{label}”", errors, optional: true) is { } v && v != 0) amounts[key] = v;
        var basicRest = amounts.Remove(BasicRest, out var br) ? br : 0m;
        var projectRest = amounts.Remove(ProjectRest, out var pr) ? pr : 0m;
        var personnel = amounts.GetValueOrDefault(WagesAndBenefits) + amounts.GetValueOrDefault(HouseholdTransfers);
        var operating = amounts.GetValueOrDefault(GoodsAndServices) + amounts.GetValueOrDefault(CapitalOutlay);
        var project = amounts.Where(a => ProjectParts.Contains(a.Key)).Sum(a => a.Value) + projectRest;
        amounts[PersonnelCost] = personnel;
        amounts[OperatingCost] = operating;
        amounts[BasicExpenditure] = personnel + operating + basicRest;
        amounts[ProjectExpenditure] = project;
        amounts[Total] = personnel + operating + basicRest + project;
        return new ExpenditureLine(Blank(r.F.GetValueOrDefault("unit")), code, name, FundingScope.AllSources, amounts);
    }

    private static Project? Project((int Index, Dictionary<string, string> F) r, IReadOnlyList<Project> stored, List<string> errors)
    {
        var name = r.F.GetValueOrDefault("name", "");
        if (name.Length == 0) return Error<Project>(errors, $"项目第 {r.Index} 行：请填写项目名称");
        var kind = r.F.GetValueOrDefault("kind", "");
        // A kind the document does not print (2021 project tables) stays empty rather than becoming the first option.
        if (kind.Length > 0 && !ProjectKinds.Contains(kind)) return Error<Project>(errors, $"项目“{name}”：未知类型“{kind}”");
        var amount = Amount(r.F.GetValueOrDefault("amount"), $"项目“{name}”金额", errors);
        if (amount is null) return null;
        // The form edits the total; the stored split by source and the code stay while the total is unchanged,
        // a one-source project keeps its source, and a new or re-split one is 一般公共预算.
        var before = stored.FirstOrDefault(p => p.Name == name);
        var sources = before?.Amounts.Where(a => a.Key != Total && a.Value != 0).ToList() ?? [];
        IReadOnlyDictionary<string, decimal> amounts = before is not null && before.Total == amount.Value ? before.Amounts
            : sources.Count == 1 ? new Dictionary<string, decimal> { [Total] = amount.Value, [sources[0].Key] = amount.Value }
            : new Dictionary<string, decimal> { [Total] = amount.Value, [GeneralPublicBudget] = amount.Value };
        return new Project(name, before?.Code, Blank(kind), Blank(r.F.GetValueOrDefault("unitName")), Blank(r.F.GetValueOrDefault("unit")), amounts);
    }

    private static (string, Indicator)? Indicator((int Index, Dictionary<string, string> F) r, IReadOnlySet<string> targets,
        IReadOnlyList<ProjectPerformanceTarget> stored, List<string> errors)
    {
        var project = r.F.GetValueOrDefault("project", "");
        if (!targets.Contains(project)) { errors.Add($"指标第 {r.Index} 行：没有项目“{project}”"); return null; }
        var level1 = r.F.GetValueOrDefault("level1", "");
        var name = r.F.GetValueOrDefault("name", "");
        var value = r.F.GetValueOrDefault("value", "");
        // Documents leave 一级指标 or 指标值 blank in merged or unfinished rows; only the indicator itself is required.
        if (name.Length == 0) { errors.Add($"指标第 {r.Index} 行：请填写三级指标"); return null; }
        var explanation = stored.FirstOrDefault(t => t.ProjectName == project)?.Indicators.FirstOrDefault(i => i.Name == name)?.Explanation;
        return (project, new Indicator(level1, Blank(r.F.GetValueOrDefault("level2")), name, TargetValueParser.Parse(value), explanation));
    }

    private static decimal? Amount(string? text, string what, List<string> errors, bool optional = false)
    {
        var s = (text ?? "").Replace(",", "").Trim();
        if (s.Length == 0)
        {
            if (!optional) errors.Add($"{what}：请填写");
            return optional ? 0m : null;
        }
        if (decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            && v >= 0 && v < 1_000_000_000m && decimal.Round(v, 2) == v) return v;
        errors.Add($"{what}：“{text}”应为不小于 0、最多两位小数的万元金额");
        return null;
    }

    private static T? Error<T>(List<string> errors, string message) where T : class
    {
        errors.Add(message);
        return null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
