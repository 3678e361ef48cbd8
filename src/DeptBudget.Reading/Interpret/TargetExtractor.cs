using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Text;
using static DeptBudget.Model.AmountKeys;

namespace DeptBudget.Reading.Interpret;

/// <summary>
/// 绩效目标 tables: the department's form (11: 年度履职目标, 年度主要任务, 预算情况, indicator tree) and
/// the projects' targets, either one summary table (12: a row group per project, indicators in
/// 成本/产出/效益/满意度 column pairs) or one form per project (山东 项目支出绩效目标表).
/// </summary>
public static partial class TargetExtractor
{
    public static DepartmentPerformanceTarget? DepartmentTarget(Table? table)
    {
        if (table is null) return null;
        var objectives = new List<string>();
        var tasks = new List<AnnualTask>();
        var budget = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var indicators = new List<Indicator>();
        var section = "";
        var tree = new IndicatorTree();
        string? lead = null;
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select((c, i) => (c, i)).Where(x => x.c.Length > 0).ToList();
            if (cells.Count == 0) continue;
            var first = TextNormalizer.Key(cells[0].c);
            if (first.StartsWith("年度履职目标") || first.StartsWith("年度总体目标")) { section = "objective"; cells.RemoveAt(0); }
            else if (first.StartsWith("年度主要任务")) { section = "tasks"; continue; }
            else if (first.StartsWith("预算情况")) { section = "budget"; cells.RemoveAt(0); }
            else if (first == "一级指标") { section = "indicators"; tree.ExplanationCol = ExplanationColumn(cells); continue; }
            if (cells.Count == 0) continue;
            switch (section)
            {
                case "objective":
                    objectives.Add(cells[0].c);
                    break;
                case "tasks":
                    if (TextNormalizer.Key(cells[0].c) is "任务名称" or "合计" || cells.All(x => x.c is "合计" or "备注" || x.c.StartsWith("其中"))) break;
                    var amount = cells.Skip(2).Select(x => TextNormalizer.TryAmount(x.c, out var v) ? v : (decimal?)null).FirstOrDefault(v => v is not null);
                    tasks.Add(new AnnualTask(cells[0].c, cells.Count > 1 ? cells[1].c : null, amount));
                    break;
                case "budget":
                    BudgetLine(cells.Select(x => x.c).ToList(), budget);
                    break;
                case "indicators":
                    // 洛阳 2021: a long 指标说明 wraps onto a line of its own under the explanation column;
                    // it belongs to the indicator above, it is not a measure without a value.
                    if (cells.Count == 1 && cells[0].i >= tree.ExplanationCol && indicators.Count > 0)
                    {
                        // A line opening a numbered list (①…) cannot continue the text above: it is the head of
                        // the next indicator's list (资产管理规范性 ②③④), printed above it by the merged cell.
                        if (cells[0].c.TrimStart().StartsWith('①')) lead = cells[0].c;
                        else indicators[^1] = indicators[^1] with { Explanation = indicators[^1].Explanation + cells[0].c };
                        break;
                    }
                    if (tree.Add(cells) is { } ind)
                    {
                        if (lead is not null) ind = WithLead(ind, lead, indicators);
                        lead = null;
                        indicators.Add(ind);
                    }
                    break;
            }
        }
        if (lead is not null) indicators[^1] = indicators[^1] with { Explanation = indicators[^1].Explanation + lead };
        return new DepartmentPerformanceTarget(objectives, tasks, budget, indicators);
    }

    // A held ① line goes before the ② of the next indicator's explanation; without a ② it stays with the
    // indicator above, as any other wrapped line.
    private static Indicator WithLead(Indicator next, string lead, List<Indicator> indicators)
    {
        var at = next.Explanation?.IndexOf('②') ?? -1;
        if (at >= 0) return next with { Explanation = next.Explanation![..at] + lead + next.Explanation[at..] };
        indicators[^1] = indicators[^1] with { Explanation = indicators[^1].Explanation + lead };
        return next;
    }

    // The header's first explanation column (指标解释, 指标说明, 指标值说明); none: no cell is one.
    private static int ExplanationColumn(List<(string c, int i)> header) =>
        header.Where(x => TextNormalizer.Key(x.c) is "指标解释" or "指标说明" or "指标值说明")
            .Select(x => x.i).DefaultIfEmpty(int.MaxValue).Min();

    private static void BudgetLine(List<string> cells, IDictionary<string, decimal> budget)
    {
        var amount = cells.Select(c => TextNormalizer.TryAmount(c, out var v) ? v : (decimal?)null).LastOrDefault(v => v is not null);
        if (amount is null) return;
        var label = TextNormalizer.Key(string.Concat(cells.Where(c => !TextNormalizer.TryAmount(c, out _))));
        string? key = label switch
        {
            _ when label.Contains("预算总额") => Total,
            _ when label.Contains("资金来源") => FiscalAppropriation + ".sources",
            _ when label.Contains("政府预算资金") || label.Contains("财政拨款") => GeneralPublicBudget,
            _ when label.Contains("财政专户") => SpecialAccountFunds,
            _ when label.Contains("单位资金") => UnitFunds,
            _ when label.Contains("基本支出") => BasicExpenditure,
            _ when label.Contains("项目支出") => ProjectExpenditure,
            _ => null,
        };
        if (key is not null) budget[key] = amount.Value;
    }

    public static IReadOnlyList<ProjectPerformanceTarget> ProjectTargets(Table? table, int year)
    {
        if (table is null) return [];
        return table.HasColumn("cost." + ColumnKeys.Level3) || table.HasColumn("output." + ColumnKeys.Level3)
            ? SummaryTable(table)
            : ProjectForms(table);
    }

    // 12: a project row (code, name, amounts, first indicators) followed by continuation rows.
    private static IReadOnlyList<ProjectPerformanceTarget> SummaryTable(Table table)
    {
        var categories = new[] { "cost", "output", "outcome", "satisfaction" }
            .Select(c => (Name: c, Col: table.ColumnIndex(c + "." + ColumnKeys.Level3))).Where(c => c.Col >= 0).ToList();
        var firstIndicatorCol = categories.Min(c => c.Col);
        var lastValueCol = categories.Max(c => c.Col) + 1;
        var amountCols = BudgetExtractor.AmountColumns(table).ToList();
        var result = new List<ProjectPerformanceTarget>();
        string? name = null, code = null, unit = null;
        SortedDictionary<string, decimal> amounts = new();
        List<Indicator> indicators = [];
        var offset = 0;
        void Flush()
        {
            if (name is null) return;
            var existing = result.FindIndex(p => p.ProjectName == name && p.ProjectCode == code);
            if (existing >= 0)
            {
                if (indicators.Count > 0) result[existing] = result[existing] with { Indicators = [.. result[existing].Indicators, .. indicators] };
            }
            else result.Add(new ProjectPerformanceTarget(name, code, unit, amounts, null, indicators));
            name = null;
        }
        foreach (var row in table.Rows)
        {
            if (row.Kind is RowKind.Unit) { Flush(); unit = row.UnitCode; continue; }
            if (row.Kind is RowKind.Total) continue;
            var nameCell = BudgetExtractor.Cell(table, row, ColumnKeys.Name);
            var startsProject = row.Code is not null || (nameCell is not null && row.Cells.Any(c => TextNormalizer.LooksLikeMoney(c)));
            var pairsFrom = 0;
            if (startsProject)
            {
                Flush();
                name = nameCell; code = row.Code;
                amounts = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var c in amountCols) if (table.Amount(row, c.Key) is { } v) amounts[c.Key] = v;
                indicators = [];
                // The first filled cell after the amounts is the first indicator name; its column tells how far
                // this group's cells were shifted from the header's.
                var lastAmount = row.Cells.Select((c, i) => (c, i)).Where(x => TextNormalizer.TryAmount(x.c, out _)).Select(x => x.i).DefaultIfEmpty(-1).Max();
                pairsFrom = lastAmount + 1;
                var firstName = row.Cells.Select((c, i) => (c, i)).FirstOrDefault(x => x.i >= pairsFrom && x.c.Length > 0);
                var lastFilled = row.Cells.Select((c, i) => (c, i)).Where(x => x.c.Length > 0).Select(x => x.i).DefaultIfEmpty(-1).Max();
                offset = firstName.c is null ? 0 : TargetColumnShift.Guess(firstName.i, lastFilled, firstIndicatorCol, lastValueCol, offset);
            }
            if (name is null) continue;
            var filled = row.Cells.Select((c, i) => (c, i)).Where(x => x.i >= Math.Max(pairsFrom, 1) && x.c.Length > 0).ToList();
            if (!startsProject && filled.Count > 0 && filled[0].i < firstIndicatorCol + offset - 1) offset = 0;
            for (var k = 0; k + 1 < filled.Count; k += 2)
            {
                var pos = filled[k].i - offset - firstIndicatorCol;
                var cat = categories[Math.Clamp(pos / 2, 0, categories.Count - 1)].Name;
                indicators.Add(new Indicator(Level1Of(cat), null, filled[k].c, TargetValueParser.Parse(filled[k + 1].c), null));
            }
        }
        Flush();
        return result;
    }

    private static string Level1Of(string category) => category switch
    {
        "cost" => "成本指标", "output" => "产出指标", "outcome" => "效益指标", _ => "满意度指标",
    };

    // 山东: one form per project: 项目名称, 主管部门/实施单位, 项目资金, 年度总体绩效目标, then the indicator tree.
    private static IReadOnlyList<ProjectPerformanceTarget> ProjectForms(Table table)
    {
        var result = new List<ProjectPerformanceTarget>();
        string? name = null, objective = null;
        var amounts = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var indicators = new List<Indicator>();
        var tree = new IndicatorTree();
        var inIndicators = false;
        void Flush()
        {
            if (name is not null) result.Add(new ProjectPerformanceTarget(name, null, null, amounts, objective, indicators));
            name = null; objective = null; amounts = new(StringComparer.Ordinal); indicators = []; tree = new IndicatorTree(); inIndicators = false;
        }
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select((c, i) => (c, i)).Where(x => x.c.Length > 0).ToList();
            if (cells.Count == 0) continue;
            var first = TextNormalizer.Key(cells[0].c);
            if (first == "项目名称")
            {
                Flush();
                // A list's column header (项目名称 | 项目总额 | … | 一级指标 | 二级指标 | 三级指标, 北京 预算表12, again on
                // each page) names columns, not a project: only a form's 项目名称 | X row starts one.
                var heads = TextNormalizer.Key(string.Concat(cells.Select(x => x.c)));
                name = cells.Count > 1 && !(heads.Contains("一级指标") && heads.Contains("三级指标")) ? cells[1].c : null;
                continue;
            }
            if (name is null) continue;
            var amount = cells.Select(x => TextNormalizer.TryAmount(x.c, out var v) ? v : (decimal?)null).LastOrDefault(v => v is not null);
            var label = TextNormalizer.Key(string.Concat(cells.Select(x => x.c)));
            if (!inIndicators && label.Contains("年度预算资金总额") && amount is not null) { amounts[Total] = amount.Value; continue; }
            if (!inIndicators && label.StartsWith("其中财政拨款") && amount is not null) { amounts[FiscalAppropriation] = amount.Value; continue; }
            if (!inIndicators && label.StartsWith("其他资金")) { if (amount is not null) amounts[OtherRevenue] = amount.Value; continue; }
            if (!inIndicators && first.StartsWith("年度总体")) { objective = cells.Count > 1 ? cells[1].c : null; continue; }
            if (label.Contains("一级指标") && label.Contains("三级指标")) { inIndicators = true; continue; }
            if (inIndicators)
            {
                var rest = cells.Where(x => TextNormalizer.Key(x.c) != "绩效指标").ToList();
                if (tree.Add(rest) is { } ind) indicators.Add(ind);
            }
        }
        Flush();
        return result;
    }

    /// <summary>
    /// Builds the 一级/二级/三级 tree from rows whose cells are shifted unpredictably: level names are
    /// recognised by their words, the value is the cell after the measure's name, blanks inherit.
    /// </summary>
    private sealed class IndicatorTree
    {
        private string level1 = "", level2 = "";

        /// <summary>Header column where explanations start; int.MaxValue when the form prints none.</summary>
        public int ExplanationCol { get; set; } = int.MaxValue;

        public Indicator? Add(List<(string c, int i)> cells)
        {
            // A row that held only the 绩效指标 label (西安 2022 决算's forms) has nothing to add.
            if (cells.Count == 0) return null;
            var texts = cells.Select(x => x.c).ToList();
            int l = 0, n = texts.Count;
            if (l < n && IsLevel1(texts[l]) && (texts[l].EndsWith("指标") || n - l >= 5)) { level1 = texts[l++]; level2 = ""; }
            // A row whose first cell sits in the 三级指标 column or later (一级, 二级 blank as repeats) starts
            // with a measure, whatever its value looks like (部门决算编报质量 | 符合相关要求).
            var underMeasure = l == 0 && cells[0].i >= 2;
            // A 二级 word followed only by a number is a measure named like one (服务对象满意度 | ≥95% under a blank 二级).
            var namedLikeLevel2 = n - l == 2 && TargetValueParser.Parse(texts[l + 1]).IsQuantitative;
            if (l < n && ((IsLevel2(texts[l]) && !namedLikeLevel2) || (!underMeasure && n - l >= 3 && !LooksLikeValue(texts[l + 1]))))
            {
                level2 = texts[l++];
                while (l < n && TextNormalizer.Key(texts[l]) == TextNormalizer.Key(level2)) l++;
            }
            if (l >= texts.Count) return null;
            var nameCol = cells[l].i;
            var name = StripIndex(texts[l++]);
            // A blank 指标值 (洛阳 2021 重要改革事项1) leaves a gap: the next cell sits under the explanation
            // column and is the explanation, not the value. Forms without explanation columns (山东) print
            // values after gaps, so the gap alone proves nothing.
            var valueBlank = l < n && cells[l].i > nameCol + 1 && cells[l].i >= ExplanationCol;
            var value = l < n && !valueBlank ? texts[l++] : "";
            var explanation = l < texts.Count ? string.Join(" ", texts.Skip(l)) : null;
            return new Indicator(level1, level2.Length == 0 ? null : level2, name, TargetValueParser.Parse(value), explanation);
        }

        private static bool IsLevel1(string s)
        {
            var k = TextNormalizer.Key(s);
            return k is "成本指标" or "产出指标" or "效益指标" or "满意度指标" or "投入管理指标" or "履职效能" or "管理效率"
                or "运行成本" or "服务满意" or "可持续性" or "成本" or "产出" or "效益" or "满意度";
        }

        private static bool IsLevel2(string s) => Level2Words().IsMatch(TextNormalizer.Key(s));

        private static bool LooksLikeValue(string s) => TargetValueParser.Parse(s).IsQuantitative || s.Length <= 4;

        private static string StripIndex(string s) => IndexPrefix().Replace(s, "");
    }

    [GeneratedRegex(@"^(数量|质量|时效|经济成本|社会成本|生态环境成本|社会效益|经济效益|生态效益|可持续影响|服务对象满意度)(指标)?")]
    private static partial Regex Level2Words();

    [GeneratedRegex(@"^指标\d*[:：]\s*")]
    private static partial Regex IndexPrefix();
}
