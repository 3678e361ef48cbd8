using DeptBudget.Model;

namespace DeptBudget.Checks.Rules;

/// <summary>
/// P1: every project of 10 has a performance target and every target names a project of 10; names that
/// nearly match (监督监查 vs 监督巡查) are reported as near misses with both names.
/// </summary>
public sealed class P1_ProjectsHaveTargets : Rule
{
    public override string Id => "P1";
    public override string TitleZh => "项目与绩效目标一一对应";
    public override Severity DefaultSeverity => Severity.Warning;

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var projects = context.Budget.Projects;
        var targets = context.ProjectTargets;
        if (projects.Count == 0) { yield return CannotRun("未读到项目支出表中的项目", TableIds.ProjectExpenditure); yield break; }
        if (targets.Count == 0) { yield return CannotRun("未读到项目绩效目标", TableIds.ProjectPerformanceTargets); yield break; }

        foreach (var p in projects)
        {
            var (t, how, score) = ProjectNames.Best(p.Name, targets, x => x.ProjectName);
            var where = new FindingLocation(TableIds.ProjectExpenditure, p.Name, "项目名称", null, null);
            if (how == ProjectNames.Match.None)
                yield return Make(where, "有绩效目标", "无", $"项目“{p.Name}”（{CheckContext.Amount(p.Total)} 万元）在绩效目标表中没有对应的绩效目标");
            else if (how == ProjectNames.Match.Near)
                yield return Make(where with { Table = TableIds.ProjectPerformanceTargets, Row = t!.ProjectName }, p.Name, t.ProjectName,
                    $"项目名称不一致：项目支出表为“{p.Name}”，绩效目标表为“{t.ProjectName}”（相似度 {score:P0}）");
        }

        var seen = new Dictionary<string, int>();
        var namesakes = projects.GroupBy(p => ProjectNames.Normalize(p.Name)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var t in targets)
        {
            var where = new FindingLocation(TableIds.ProjectPerformanceTargets, t.ProjectName, "项目名称", null, null);
            if (string.IsNullOrWhiteSpace(t.ProjectName))
            {
                yield return Make(where, "项目名称", "（空）", "绩效目标没有写明所属项目", Severity.Error);
                continue;
            }
            // One name may be several projects: the project table lists 审计业务经费 three times (烟台审计局 2026: 其他运转类
            // 31.00, 特定目标类 539.00 and 18.00), and each has its targets. A repeat is a target beyond the projects of that name.
            var key = ProjectNames.Normalize(t.ProjectName);
            seen[key] = seen.GetValueOrDefault(key) + 1;
            if (seen[key] == Math.Max(1, namesakes.GetValueOrDefault(key)) + 1)
                yield return Make(where, "每个项目列示一次", "重复列示", $"项目“{t.ProjectName}”的绩效目标重复列示");
            var (p, how, _) = ProjectNames.Best(t.ProjectName, projects, x => x.Name);
            if (how == ProjectNames.Match.Exact) continue;
            // A near miss whose project has no exact target was reported above as a misnamed target.
            if (how == ProjectNames.Match.Near && !targets.Any(o => ProjectNames.Compare(o.ProjectName, p!.Name) == ProjectNames.Match.Exact)) continue;
            var near = p ?? projects.FirstOrDefault(x => key.Contains(ProjectNames.Normalize(x.Name)) || ProjectNames.Normalize(x.Name).Contains(key));
            yield return Make(where, "项目支出表中的项目", t.ProjectName, near is null
                ? $"绩效目标“{t.ProjectName}”在项目支出表中找不到对应项目"
                : $"绩效目标“{t.ProjectName}”在项目支出表中找不到同名项目，最接近的是“{near.Name}”（{CheckContext.Amount(near.Total)} 万元）");
        }
    }
}
