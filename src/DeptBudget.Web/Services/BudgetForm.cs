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

    public static Disclosure Apply(Disclosure d, IReadOnlyDictionary<string, string> form, List<string> errors)
    {
        var b = d.Budget;
        var units = Rows(form, "unit").Select(r => Unit(r, errors)).OfType<BudgetUnit>().ToList();
        var revenue = Rows(form, "rev").Select(r => Revenue(r, errors)).OfType<RevenueLine>().ToList();
        var lines = Rows(form, "exp").Select(r => Expenditure(r, errors)).OfType<ExpenditureLine>().ToList();
        var projects = Rows(form, "prj").Select(r => Project(r, errors)).OfType<Project>().ToList();
        var indicators = Rows(form, "ind").Select(r => Indicator(r, projects, errors)).OfType<(string Project, Indicator Indicator)>().ToList();
        var facts = b.Facts with
        {
            Changes = b.Facts.Changes.Select((c, i) => form.TryGetValue($"reason.{i}", out var r) ? c with { Reason = Blank(r) } : c).ToList(),
        };
        if (errors.Count > 0) return d;
        var targets = projects.Select(p => new ProjectPerformanceTarget(p.Name, p.Code, p.UnitCode, p.Amounts,
            b.ProjectTargets.FirstOrDefault(t => t.ProjectName == p.Name)?.Objective,
            indicators.Where(x => x.Project == p.Name).Select(x => x.Indicator).ToList())).ToList();
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
        return byIndex.Where(r => r.Value.Values.Any(v => v.Length > 0)).Select(r => (r.Key + 1, r.Value)).ToList();
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
        return amount is null ? null : new RevenueLine(Blank(r.F.GetValueOrDefault("unit")), null, source, amount.Value);
    }

    private static ExpenditureLine? Expenditure((int Index, Dictionary<string, string> F) r, List<string> errors)
    {
        var where = $"支出第 {r.Index} 行";
        if (!AccountCode.TryParse(r.F.GetValueOrDefault("code"), out var code) || code.Level != 3)
            return Error<ExpenditureLine>(errors, $"{where}：功能分类科目应为 7 位项级编码");
        var name = r.F.GetValueOrDefault("name", "");
        if (name.Length == 0) return Error<ExpenditureLine>(errors, $"{where}：请填写科目名称");
        var amounts = new Dictionary<string, decimal>();
        foreach (var (key, label) in ExpenditureFields)
            if (Amount(r.F.GetValueOrDefault(key), $"{where}“{label}”", errors, optional: true) is { } v && v != 0) amounts[key] = v;
        var personnel = amounts.GetValueOrDefault(WagesAndBenefits) + amounts.GetValueOrDefault(HouseholdTransfers);
        var operating = amounts.GetValueOrDefault(GoodsAndServices) + amounts.GetValueOrDefault(CapitalOutlay);
        var project = amounts.GetValueOrDefault(OperationalProject) + amounts.GetValueOrDefault(SpecificPurposeProject);
        amounts[PersonnelCost] = personnel;
        amounts[OperatingCost] = operating;
        amounts[BasicExpenditure] = personnel + operating;
        amounts[ProjectExpenditure] = project;
        amounts[Total] = personnel + operating + project;
        return new ExpenditureLine(Blank(r.F.GetValueOrDefault("unit")), code, name, FundingScope.AllSources, amounts);
    }

    private static Project? Project((int Index, Dictionary<string, string> F) r, List<string> errors)
    {
        var name = r.F.GetValueOrDefault("name", "");
        if (name.Length == 0) return Error<Project>(errors, $"项目第 {r.Index} 行：请填写项目名称");
        var kind = r.F.GetValueOrDefault("kind", "");
        if (!ProjectKinds.Contains(kind)) return Error<Project>(errors, $"项目“{name}”：未知类型“{kind}”");
        var amount = Amount(r.F.GetValueOrDefault("amount"), $"项目“{name}”金额", errors);
        return amount is null ? null : new Project(name, null, kind, Blank(r.F.GetValueOrDefault("unitName")), Blank(r.F.GetValueOrDefault("unit")),
            new Dictionary<string, decimal> { [Total] = amount.Value, [GeneralPublicBudget] = amount.Value });
    }

    private static (string, Indicator)? Indicator((int Index, Dictionary<string, string> F) r, List<Project> projects, List<string> errors)
    {
        var project = r.F.GetValueOrDefault("project", "");
        if (!projects.Any(p => p.Name == project)) { errors.Add($"指标第 {r.Index} 行：没有项目“{project}”"); return null; }
        var level1 = r.F.GetValueOrDefault("level1", "");
        var name = r.F.GetValueOrDefault("name", "");
        var value = r.F.GetValueOrDefault("value", "");
        if (level1.Length == 0 || name.Length == 0 || value.Length == 0) { errors.Add($"指标第 {r.Index} 行：一级指标、三级指标和指标值都要填写"); return null; }
        return (project, new Indicator(level1, Blank(r.F.GetValueOrDefault("level2")), name, TargetValueParser.Parse(value), null));
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
