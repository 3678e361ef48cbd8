using DeptBudget.Model;
using DeptBudget.Model.Catalogues;
using K = DeptBudget.Model.AmountKeys;

namespace DeptBudget.Checks;

/// <summary>
/// The table figures a narrative phrase can name (收入总计, 基本支出, 卫生健康（类）…), each with where it is
/// printed, so N1 can say which figure a stated number should equal.
/// </summary>
public sealed partial class Figures(CheckContext context)
{
    public sealed record Figure(decimal Value, string Where);

    public List<Figure> For(string subject)
    {
        var s = new string(subject.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var list = new List<Figure>();
        var tp = TrustedThreePublic();
        if (s.Contains("三公"))
        {
            if (tp is not null) list.Add(new(tp.Total, "“三公”经费表合计"));
            return list;
        }
        if (s.Contains("因公出国")) { if (tp is not null) list.Add(new(tp.OfficialOverseasTravel, "“三公”经费表因公出国（境）费")); return list; }
        if (s.Contains("公务接待")) { if (tp is not null) list.Add(new(tp.OfficialReception, "“三公”经费表公务接待费")); return list; }
        // 公务用车购置（预算）支出 is the purchase, 公务用车购置及运行（维护）费 the two together.
        var both = s.Contains("购置及运行") || s.Contains("购置和运行");
        if (!both && (s.Contains("运行维护费") || s.Contains("公务用车运行"))) { if (tp is not null) list.Add(new(tp.VehicleOperation, "“三公”经费表公务用车运行维护费")); return list; }
        if (!both && (s.Contains("购置费") || s.Contains("公务用车购置"))) { if (tp is not null) list.Add(new(tp.VehiclePurchase, "“三公”经费表公务用车购置费")); return list; }
        if (s.Contains("公务用车")) { if (tp is not null) list.Add(new(tp.OfficialVehicles, "“三公”经费表公务用车购置及运行费")); return list; }
        if (s.Contains("机关运行") || s.Contains("机构运转") || s.Contains("政府采购") || s.Contains("转移支付")) return list;

        // 上海 items with their codes in the brackets: 公共安全支出（204类）司法（06款）行政运行（01项）.
        if (CodedPath().Match(s) is { Success: true } coded)
            return coded.Groups["k"].Success && coded.Groups["i"].Success
                ? ByCode(coded.Groups["c"].Value + coded.Groups["k"].Value + coded.Groups["i"].Value)
                : ByClassCode(coded.Groups["c"].Value);
        if (PathOf(s) is { } path) return ByItem(path);
        if (s.Contains("（类）") || s.Contains("(类)")) return ByClass(s);
        // “一般公共服务支出”科目: a quoted 类 name without a path.
        if (QuotedSubject().Match(s) is { Success: true } q && ClassLabels.CodeOf(q.Groups["n"].Value, ClassificationCatalogue.For(context.Year)) is { } qc
            && Tables.Norm(ClassificationCatalogue.For(context.Year).Functional.Find(qc)?.Name) == Tables.Norm(q.Groups["n"].Value))
            return ByClassCode(qc);
        // 住房改革支出（款）提租补贴（项）: a 款-项 path without its 类, the 项 found by both names.
        if (SectionItem().Match(s) is { Success: true } si) return BySectionItem(si.Groups["s"].Value, si.Groups["i"].Value);
        // From here a phrase is compared with a total only when it names nothing but that total: “工资福利支出（301）”,
        // “大厅保安和安检服务项目支出”, “一般公共预算安排的培训费预算支出” name a row no rule here reads.
        var core = Core(s);
        if (s.Contains("人员经费") || s.Contains("人员支出")) return Basic(K.PersonnelCost, [K.WagesAndBenefits, K.HouseholdTransfers], "人员经费");
        if (s.Contains("公用经费") || s.Contains("公用支出")) return Basic(K.OperatingCost, [K.GoodsAndServices, K.CapitalOutlay], "公用经费");
        if (s.Contains("基本支出")) return core == "基本支出" ? Column(K.BasicExpenditure, "基本支出") : list;
        if ((s.Contains("项目支出") || s.Contains("涉及资金") || s.Contains("支出总额")) && !ProjectCore().IsMatch(core)) return list;
        if (s.Contains("项目支出") || s.Contains("涉及资金") || s.Contains("支出总额"))
        {
            list.AddRange(Column(K.ProjectExpenditure, "项目支出"));
            if (s.Contains("涉及资金") || s.Contains("支出总额")) list.AddRange(Totals());
            // Projects whose amounts all read 0 are a 项目支出表 whose figures were not read (a 决算's project
            // table of another kind), not a table that says 0: I9 says so once; it is no figure to compare with.
            if (context.Budget.Projects.Any(p => p.Total != 0m)) list.Add(new(context.Budget.Projects.Sum(p => p.Total), "项目支出表合计"));
            return list;
        }
        // 上年结转结余的政府性基金预算收入 is carried-over money, not this year's fund revenue.
        if (s.Contains("上年结转") || s.Contains("结转结余"))
            return core is "上年结转" or "上年结转结余" or "结转结余" ? Source(K.CarryoverIn, "上年结转") : list;
        foreach (var (word, key) in new[] { ("财政专户", K.SpecialAccountFunds), ("事业单位经营", K.InstitutionBusinessRevenue), ("事业收入", K.InstitutionRevenue),
                     ("上级补助", K.SuperiorSubsidyRevenue), ("附属单位", K.AffiliateRemittanceRevenue), ("其他收入", K.OtherRevenue) })
            if (s.Contains(word)) return Source(key, word);
        if (s.Contains("政府性基金")) return Source(K.GovernmentFundBudget, "政府性基金");
        if (s.Contains("国有资本经营")) return Source(K.StateCapitalBudget, "国有资本经营预算");
        if (s.Contains("一般公共预算"))
        {
            if (!GeneralBudgetCore().IsMatch(core)) return list;
            list.AddRange(Source(K.GeneralPublicBudget, "一般公共预算"));
            list.AddRange(Column(K.Total, "合计", TableIds.GeneralBudgetExpenditure));
            return list;
        }
        // 财政拨款收入 alone is the appropriation, not the document's total (上海: 财政拨款收入15621.11万元).
        if (s.EndsWith("财政拨款收入") || s.EndsWith("财政拨款收入为"))
        {
            list.AddRange(Source(K.FiscalAppropriation, "财政拨款收入"));
            list.AddRange(Source(K.OwnLevelAppropriation, "财政拨款"));
            var general = Source(K.GeneralPublicBudget, "一般公共预算");
            list.AddRange(general);
            // 财政拨款收入 is the three appropriations together (北京 01表 prints them apart: 一般公共预算拨款收入,
            // 政府性基金预算拨款收入, 国有资本经营预算拨款收入, and no 财政拨款 line of its own).
            var others = Source(K.GovernmentFundBudget, "政府性基金").Take(1).Concat(Source(K.StateCapitalBudget, "国有资本经营预算").Take(1)).Sum(f => f.Value);
            if (general.Count > 0 && others != 0m)
                list.Add(new(general[0].Value + others, "一般公共预算、政府性基金、国有资本经营预算拨款收入之和"));
            if (list.Count > 0) return list;
        }
        if (s.Contains("财政拨款") && (s.Contains("总计") || s.Contains("收支") || s.Contains("收入支出")))
            if (context.TableWithData(TableIds.AppropriationSummary) is { } t04 && Tables.IsTwoSided(t04)) return Totals(t04, "财政拨款收支总体情况表", s);
        // A bare 支出 or 收入 (the clause before named what: …培训费，支出10.00万元) names no total; a year, the
        // department or 合计 around it does (2026年收入预算, 支出合计).
        if (TotalCore().IsMatch(core) && (core != s || core.Contains("合计") || core.Contains("总计"))) return Totals(s);
        return list;
    }

    /// <summary>
    /// The 三公 figures the reader took from the table, when they can be trusted: all zero beside a 三公 table that
    /// prints figures, or parts that do not make their totals, are a table the reader could not place.
    /// </summary>
    private ThreePublicFigures? TrustedThreePublic()
    {
        if (context.Budget.ThreePublic?.ThisYear is not { } f) return null;
        var zero = f.Total == 0m && f.OfficialOverseasTravel == 0m && f.OfficialVehicles == 0m && f.OfficialReception == 0m;
        if (zero && context.TableWithData(TableIds.ThreePublicExpenses) is not null) return null;
        if (CheckContext.Differs(f.VehiclePurchase + f.VehicleOperation, f.OfficialVehicles, 2)
            || CheckContext.Differs(f.OfficialOverseasTravel + f.OfficialVehicles + f.OfficialReception, f.Total, 3)) return null;
        return f;
    }

    /// <summary>An amount equal to its own row's code is a code read into an amount column.</summary>
    /// <summary>
    /// A 类's leaf rows in a table, summed; none when the table has no row of it (0.00 of 0 rows is not a printed
    /// amount) or when the amounts read are the rows' own codes (the code column taken for the amount: 江苏 2019).
    /// </summary>
    private static (decimal Sum, int Cells)? ClassSum(Table t, string code)
    {
        var ci = t.ColumnIndex(K.Total);
        if (ci < 0) return null;
        var rows = Tables.LeafRows(t).Where(r => r.Code!.Length >= 3 && r.Code.StartsWith(code, StringComparison.Ordinal)).ToList();
        if (rows.Count == 0 || rows.Any(r => r.Amount(ci) is { } a && decimal.TryParse(r.Code, out var c) && a == c)) return null;
        return (rows.Sum(r => r.Amount(ci) ?? 0m), rows.Count);
    }

    private static bool IsCode(string code, decimal sum) => decimal.TryParse(code, out var c) && c == sum;

    /// <summary>
    /// What a phrase names once the department, the year, the numbering and the words every sentence carries
    /// (本部门、当年、预算、安排、合计 …) are taken away: 支出, 项目支出, 一般公共预算拨款收入 — or a row's own name.
    /// </summary>
    internal string Core(string s)
    {
        var x = s;
        var department = context.Disclosure.Meta.Department;
        if (department.Length >= 2) x = x.Replace(department, "");
        x = Numbering().Replace(x, "");
        x = Generic().Replace(x, "");
        // The department as printed may differ from the name read (本级, a shorter form): an organisation's name
        // that opens the phrase is not what the figure is.
        x = Organisation().Replace(x, "");
        return x;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:本年|当年)?(?:收入|支出|收支|收入支出|收入和支出)(?:总计|合计|总额|总体)?(?:情况)?$")]
    private static partial System.Text.RegularExpressions.Regex TotalCore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:项目支出(?:总额)?|涉及资金|支出总额)$")]
    private static partial System.Text.RegularExpressions.Regex ProjectCore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\u4e00-\u9fff（）()]{2,30}?(?:局|委员会|办公室|办公厅|办事处|中心|法院|检察院|院|厅|委|政府)(?:[（(]本级[）)]|本级)?(?=.)")]
    private static partial System.Text.RegularExpressions.Regex Organisation();

    [System.Text.RegularExpressions.GeneratedRegex(@"^一般公共预算(?:财政)?(?:拨款)?(?:收入|支出|资金)?(?:总计|合计|总额)?$")]
    private static partial System.Text.RegularExpressions.Regex GeneralBudgetCore();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}\s*年度?|^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、．.]|\d+[、．.])|[“”""‘’\s]")]
    private static partial System.Text.RegularExpressions.Regex Numbering();

    [System.Text.RegularExpressions.GeneratedRegex(@"本部门|本单位|部门|单位|本年度|年度|全年|年初|当年|预算数|预算|安排的|安排|其中|主要|共计|合计为|总计为|为|是|的|了|共|数|：|:|（含.*?）")]
    private static partial System.Text.RegularExpressions.Regex Generic();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[^（(]*?[类][）)])?(?<s>[^（()）]+)[（(]款[）)](?<i>[^（()）]+)[（(]项[）)]")]
    private static partial System.Text.RegularExpressions.Regex SectionItem();

    /// <summary>The 项 named by its 款 and 项 names, when the catalogue has exactly one such path.</summary>
    private List<Figure> BySectionItem(string section, string item)
    {
        var catalogue = ClassificationCatalogue.For(context.Year);
        string N(string? x) => Tables.Norm(x);
        var section2 = Numbering().Replace(section, "");
        var hits = catalogue.Functional.Entries.Where(e => e.Level == 3 && N(e.Name) == N(item)
            && N(catalogue.Functional.Find(e.Code.Value[..5])?.Name) == N(section2)).ToList();
        if (hits.Count != 1) return [];
        var code = hits[0].Code.Value;
        var list = new List<Figure>();
        foreach (var id in new[] { TableIds.GeneralBudgetExpenditure, TableIds.ExpenditureSummary })
            if (context.TableWithData(id) is { } t && Tables.SumByPrefix(t, K.Total, 7).TryGetValue(code, out var hit) && !IsCode(code, hit.Sum))
                list.Add(new(hit.Sum, $"{Title(t)}{code} {hits[0].Name}（{hit.Cells} 行合计）"));
        return list;
    }

    private List<Figure> Totals(string subject = "") =>
        context.TableWithData(TableIds.RevenueExpenditureSummary) is { } t && Tables.IsTwoSided(t) ? Totals(t, "收支总体情况表", subject) : [];

    /// <summary>The totals of a two-sided table; a phrase naming 总计 means the grand totals only.</summary>
    private static List<Figure> Totals(Table t, string name, string subject)
    {
        var list = new List<Figure>();
        var two = TwoSidedTable.Of(t);
        var grandOnly = subject.Contains("总计");
        foreach (var item in two.Revenue.Concat(two.Expenditure))
            if (item.Amount is { } v && (TwoSidedTable.IsRevenueTotal(item.Label) || TwoSidedTable.IsExpenditureTotal(item.Label)
                || !grandOnly && (TwoSidedTable.IsRevenueThisYear(item.Label) || TwoSidedTable.IsExpenditureThisYear(item.Label))))
                list.Add(new(v, $"{name}{item.Label.Trim()}"));
        return list;
    }

    private List<Figure> Column(string key, string name, params string[] ids)
    {
        var list = new List<Figure>();
        foreach (var id in ids.Length > 0 ? ids : [TableIds.ExpenditureSummary, TableIds.GeneralBudgetExpenditure])
            if (context.TableWithData(id) is { } t && Tables.TotalOf(t, key) is { } v)
                list.Add(new(v, $"{Title(t)}{name}"));
        if (key == K.BasicExpenditure && context.TableWithData(TableIds.GeneralBudgetBasicExpenditure) is { } t06 && Tables.TotalOf(t06, K.Total) is { } b)
            list.Add(new(b, "一般公共预算基本支出表合计"));
        return list;
    }

    private List<Figure> Basic(string key, string[] parts, string name)
    {
        var list = new List<Figure>();
        if (context.TableWithData(TableIds.GeneralBudgetBasicExpenditure) is { } t06 && Tables.TotalOf(t06, key) is { } v)
            list.Add(new(v, $"一般公共预算基本支出表{name}"));
        foreach (var id in new[] { TableIds.GeneralBudgetExpenditure, TableIds.ExpenditureSummary })
            if (context.TableWithData(id) is { } t && Tables.TotalRow(t) is { } r)
            {
                if (t.Amount(r, key) is { } w) list.Add(new(w, $"{Title(t)}{name}"));
                else if (parts.Any(t.HasColumn)) list.Add(new(parts.Sum(p => t.Amount(r, p) ?? 0m), $"{Title(t)}{name}"));
            }
        return list;
    }

    private List<Figure> Source(string key, string name)
    {
        var list = new List<Figure>();
        if (context.TableWithData(TableIds.RevenueSummary) is { } t02 && Tables.TotalRow(t02) is { } r && t02.HasColumn(key))
            list.Add(new(t02.Amount(r, key) ?? 0m, $"收入总体情况表{name}"));
        if (context.TableWithData(TableIds.RevenueExpenditureSummary) is { } t01 && Tables.IsTwoSided(t01))
            foreach (var item in TwoSidedTable.Of(t01).Revenue.Where(i => TwoSidedTable.SourceOf(i.Label) == key).Take(1))
                list.Add(new(item.Amount ?? 0m, $"收支总体情况表{item.Label.Trim()}"));
        if (key is K.GovernmentFundBudget && context.Table(TableIds.GovernmentFundExpenditure) is { } t09 && Tables.IsEmpty(t09))
            list.Add(new(0m, "政府性基金预算支出表（无数据）"));
        if (key is K.StateCapitalBudget && (context.Table(TableIds.StateCapitalExpenditure) is null || Tables.IsEmpty(context.Table(TableIds.StateCapitalExpenditure)!)))
            list.Add(new(0m, "国有资本经营预算（无数据）"));
        return list;
    }

    private List<Figure> ByClass(string s)
    {
        var list = new List<Figure>();
        var name = s[..Math.Max(0, s.IndexOfAny(['（', '(']))];
        var catalogue = ClassificationCatalogue.For(context.Year);
        var code = ClassLabels.CodeOf(name, catalogue);
        if (code is null) return list;
        foreach (var id in new[] { TableIds.GeneralBudgetExpenditure, TableIds.ExpenditureSummary })
            if (context.TableWithData(id) is { } t && Tables.CodedRows(t).Any())
            {
                if (ClassSum(t, code) is var (sum, n))
                    list.Add(new(sum, $"{Title(t)}{code} {catalogue.Functional.Find(code)?.Name}（{n} 行合计）"));
            }
        return list;
    }

    /// <summary>“类-款-项”科目 (上海: “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目) as its three names.</summary>
    private static string[]? PathOf(string s)
    {
        // Also 万里: “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”.
        var m = System.Text.RegularExpressions.Regex.Match(s, "[“\"]?(?<c>[^“\"（(]+)[（(]类[）)](?<s>[^（(]+)[（(]款[）)](?<i>[^（(]+)[（(]项[）)]");
        if (m.Success) return [m.Groups["c"].Value, m.Groups["s"].Value, m.Groups["i"].Value];
        var open = s.IndexOfAny(['“', '"']);
        var close = s.LastIndexOfAny(['”', '"']);
        if (open < 0 || close <= open + 1 || !s[close..].Contains("科目")) return null;
        var parts = s[(open + 1)..close].Split('-', '－', '—');
        return parts.Length == 3 && parts.All(p => p.Length > 0) ? parts : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[（(](?<c>\d{3})\s*类[）)](?:.*?[（(](?<k>\d{2})\s*款[）)].*?[（(](?<i>\d{2})\s*项[）)])?")]
    private static partial System.Text.RegularExpressions.Regex CodedPath();

    [System.Text.RegularExpressions.GeneratedRegex(@"[“""](?<n>[^“”""\-－—]+)[”""]\s*科目")]
    private static partial System.Text.RegularExpressions.Regex QuotedSubject();

    /// <summary>A 类 by its code, summed over its rows in 05 and 03.</summary>
    private List<Figure> ByClassCode(string code)
    {
        var list = new List<Figure>();
        var name = ClassificationCatalogue.For(context.Year).Functional.Find(code)?.Name;
        foreach (var id in new[] { TableIds.GeneralBudgetExpenditure, TableIds.ExpenditureSummary })
            if (context.TableWithData(id) is { } t && Tables.CodedRows(t).Any())
            {
                if (ClassSum(t, code) is var (sum, n))
                    list.Add(new(sum, $"{Title(t)}{code} {name}（{n} 行合计）"));
            }
        return list;
    }

    /// <summary>A 项 by its printed 7-digit code, summed over its rows in 05 and 03.</summary>
    private List<Figure> ByCode(string code)
    {
        var list = new List<Figure>();
        var name = ClassificationCatalogue.For(context.Year).Functional.Find(code)?.Name;
        foreach (var id in new[] { TableIds.GeneralBudgetExpenditure, TableIds.ExpenditureSummary })
            if (context.TableWithData(id) is { } t && Tables.SumByPrefix(t, K.Total, 7).TryGetValue(code, out var hit) && !IsCode(code, hit.Sum))
                list.Add(new(hit.Sum, $"{Title(t)}{code} {name}（{hit.Cells} 行合计）"));
        return list;
    }

    /// <summary>The 项 a 类-款-项 path names, summed over its rows in 05 and 03; none when the catalogue has no such path.</summary>
    private List<Figure> ByItem(string[] path)
    {
        var list = new List<Figure>();
        var catalogue = ClassificationCatalogue.For(context.Year);
        string N(string? x) => Tables.Norm(x);
        var item = catalogue.Functional.Entries.FirstOrDefault(e => e.Level == 3 && N(e.Name) == N(path[2])
            && N(catalogue.Functional.Find(e.Code.Value[..5])?.Name) == N(path[1]) && N(catalogue.Functional.Find(e.Code.Value[..3])?.Name) == N(path[0]));
        if (item is null) return list;
        var code = item.Code.Value;
        foreach (var id in new[] { TableIds.GeneralBudgetExpenditure, TableIds.ExpenditureSummary })
            if (context.TableWithData(id) is { } t && Tables.SumByPrefix(t, K.Total, 7).TryGetValue(code, out var hit) && !IsCode(code, hit.Sum))
                list.Add(new(hit.Sum, $"{Title(t)}{code} {item.Name}（{hit.Cells} 行合计）"));
        return list;
    }

    private static string Title(Table t) => t.Id switch
    {
        TableIds.ExpenditureSummary => "支出总体情况表",
        TableIds.GeneralBudgetExpenditure => "一般公共预算支出情况表",
        _ => t.Title,
    };
}
