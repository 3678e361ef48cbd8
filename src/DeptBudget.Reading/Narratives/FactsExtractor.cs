using System.Globalization;
using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Narratives;

/// <summary>
/// Facts only the narrative states: year-on-year changes with their reasons, 机关运行经费 (机构运转经费),
/// 政府采购, 国有资产占用, 专项转移支付, the count of projects and of projects with targets.
/// </summary>
public static partial class FactsExtractor
{
    public static NarrativeFacts Extract(Narrative narrative, string department = "")
    {
        var paragraphs = narrative.Sections.SelectMany(s => s.Paragraphs.Select((p, i) => (Section: s, Text: TextNormalizer.Cell(p), Line: s.Line))).ToList();
        var all = string.Join("\n", paragraphs.Select(p => p.Text));
        return new NarrativeFacts(
            Changes(paragraphs, department),
            AgencyOperatingCost(all),
            Procurement(all),
            Assets(all),
            SpecialTransfers(all),
            Int(ProjectCount().Match(all)),
            Int(TargetedCount().Match(all)),
            Amount(TargetedAmount().Match(all))) { AgencyOperatingCostItems = AgencyCostItems(all) };
    }

    /// <summary>What the 机关运行经费 sentence says the money pays for: …需要的办公费、水电费…等支出 (001, 002),
    /// …需要，包含公用经费、工会经费等 (004); 包含无 (000) lists nothing.</summary>
    private static IReadOnlyList<string> AgencyCostItems(string all)
    {
        var m = AgencyCostItemList().Match(all);
        if (!m.Success) return [];
        var items = m.Groups["list"].Value.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length == 1 && items[0] == "无" ? [] : items;
    }

    private static IReadOnlyList<YearOnYear> Changes(List<(NarrativeSection Section, string Text, int Line)> paragraphs, string department)
    {
        var list = new List<YearOnYear>();
        foreach (var (section, text, line) in paragraphs)
            foreach (Match m in Change().Matches(text))
            {
                var subject = Subject(text, m.Index, department);
                var word = m.Groups["dir"].Value;
                var direction = word is "增加" or "增长" ? "increase" : "decrease";
                var change = decimal.Parse(m.Groups["amt"].Value.Replace(",", ""), CultureInfo.InvariantCulture);
                decimal? rate = m.Groups["rate"].Success ? decimal.Parse(m.Groups["rate"].Value, CultureInfo.InvariantCulture) : null;
                var reason = Reason().Match(text, m.Index);
                list.Add(new YearOnYear(subject, ThisYear(text[..m.Index], subject), change, rate, direction,
                    reason.Success ? reason.Groups[1].Value.Trim() : null, section.Line));
            }
        foreach (var (section, text, line) in paragraphs)
            foreach (Match m in Unchanged().Matches(text))
                list.Add(new YearOnYear(Subject(text, m.Index, department), null, 0m, 0m, "unchanged", null, section.Line));
        return ReasonsStatedApart(paragraphs, list);
    }

    /// <summary>
    /// 山东 2024 lists the changes (1. 收入预算增加…，2. 支出预算增加…) and gives their reason in a paragraph
    /// of its own: "3. 收支预算增加的主要原因，一是…；二是…。" — the reason of the change with that subject.
    /// </summary>
    private static List<YearOnYear> ReasonsStatedApart(List<(NarrativeSection Section, string Text, int Line)> paragraphs, List<YearOnYear> changes)
    {
        foreach (var (_, text, _) in paragraphs)
        {
            var m = ReasonParagraph().Match(text);
            if (!m.Success) continue;
            var direction = m.Groups["dir"].Value is "增加" or "增长" ? "increase" : "decrease";
            var i = changes.FindIndex(c => c.Subject == m.Groups["s"].Value && c.Direction == direction && c.Reason is null);
            if (i >= 0) changes[i] = changes[i] with { Reason = m.Groups["r"].Value.Trim() };
        }
        return changes;
    }

    /// <summary>
    /// What a change is about: the words before it in its clause; where those name nothing (较上年预算增加…,
    /// 预算数比2023年减少…, a new sentence 较2023年预算增加…) the subject of the figure stated last before it
    /// in the paragraph (2024年收支预算11,316.59万元，较上年预算增加…); else the paragraph's head.
    /// </summary>
    private static string Subject(string text, int at, string department)
    {
        var subject = SubjectBefore(text, at);
        if (!Bare(subject)) return subject;
        var plain = PlainClause(text, at);
        if (!Bare(plain)) return plain;
        var figure = FigureSubject(text[..at], department);
        // A draft's 【待补：…】万元 stands where the figure is still to be supplied: not part of the subject.
        return StillToSupply().Replace(figure.Length > 0 ? figure : ParagraphHead(text, department), "").Trim();
    }

    private static bool Bare(string subject) => BareSubject().IsMatch(subject);

    /// <summary>The clause before a change with only the year and the comparison taken out: 2.支出预算 → 支出预算.</summary>
    private static string PlainClause(string text, int at)
    {
        var start = at;
        while (start > 0 && !"。；;，,：:".Contains(text[start - 1])) start--;
        return ListPrefix().Replace(Comparison().Replace(text[start..at], ""), "").Trim();
    }

    /// <summary>The subject of the last amount stated before a point: “2024年本单位机关运行经费安排36.98万元” → 机关运行经费.</summary>
    private static string FigureSubject(string before, string department)
    {
        var figures = Figure().Matches(before);
        if (figures.Count == 0) return "";
        var at = figures[^1].Index;
        var start = at;
        while (start > 0 && !"。；;，,：:".Contains(before[start - 1])) start--;
        var clause = before[start..at];
        if (department.Length > 0) clause = clause.Replace(department, "");
        clause = ListPrefix().Replace(SubjectNoise().Replace(clause, ""), "");
        return FigureNoise().Replace(clause, "").Trim();
    }

    private static string SubjectBefore(string text, int at)
    {
        var start = at;
        while (start > 0 && !"。；;".Contains(text[start - 1])) start--;
        // A comma just before the change ends the subject's clause: “公务接待费0.00万元，与上年基本持平”.
        var clause = text[start..at].TrimEnd('，', ',', ' ');
        var comma = clause.LastIndexOfAny(['，', ',']);
        var subject = comma >= 0 && clause.Length - comma > 2 ? clause[(comma + 1)..] : clause;
        subject = ListPrefix().Replace(SubjectNoise().Replace(subject, ""), "");
        // “其中：一般公共预算收入增加…”, “包括公务用车购置费0.00万元，与上年基本持平”: the item, not its amount.
        subject = StatedAmount().Replace(Lead().Replace(subject.Trim(), ""), "");
        return subject.Trim('，', ',', ' ', '各');
    }

    /// <summary>This year's figure: the amount the paragraph states for the same subject before the change.</summary>
    private static decimal? ThisYear(string before, string subject)
    {
        var core = subject.Length > 6 ? subject[..6] : subject;
        if (core.Length < 2) return null;
        var matches = Regex.Matches(before, Regex.Escape(core) + @"[^。；;，,]{0,12}?(\d[\d,]*(?:\.\d+)?)万元");
        return matches.Count == 0 ? null : Parse(matches[^1].Groups[1].Value);
    }

    private static string ParagraphHead(string text, string department)
    {
        var m = Head().Match(text);
        var head = m.Success ? m.Groups[1].Value : text;
        head = ListPrefix().Replace((department.Length > 0 ? head.Replace(department, "") : head), "");
        return SubjectNoise().Replace(head, "").Trim();
    }

    private static decimal? AgencyOperatingCost(string all)
    {
        var m = AgencyCost().Match(all);
        return m.Success ? Parse(m.Groups["n"].Value) : null;
    }

    private static GovernmentProcurement? Procurement(string all)
    {
        var m = ProcurementSentence().Match(all);
        if (m.Success)
            return new GovernmentProcurement(Parse(m.Groups["t"].Value), Parse(m.Groups["g"].Value), Parse(m.Groups["w"].Value), Parse(m.Groups["s"].Value));
        return NoProcurement().IsMatch(all) ? new GovernmentProcurement(0, 0, 0, 0) : null;
    }

    private static StateAssetHoldings? Assets(string all)
    {
        var total = VehicleTotal().Match(all);
        if (!total.Success) return null;
        // In the order the sentence lists them, so that a rendering lists them the same way.
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var tail = all.Substring(total.Index, Math.Min(300, all.Length - total.Index));
        // The kinds are those of the holdings sentence only: a later 购置车辆1辆，其中……其他用车1辆 (上海) is a purchase.
        var end = tail.IndexOfAny(['。', '；', ';']);
        if (end > 0) tail = tail[..end];
        foreach (Match k in VehicleKind().Matches(tail)) kinds.TryAdd(k.Groups["k"].Value, int.Parse(k.Groups["n"].Value));
        return new StateAssetHoldings(int.Parse(total.Groups["n"].Value), kinds, Int(GeneralEquipment().Match(all)), Int(SpecialEquipment().Match(all)));
    }

    private static IReadOnlyList<SpecialTransferPayment> SpecialTransfers(string all)
    {
        var m = TransferList().Match(all);
        if (!m.Success) return [];
        return TransferItem().Matches(m.Groups["list"].Value)
            .Select(i => new SpecialTransferPayment(i.Groups["name"].Value.Trim(), Parse(i.Groups["n"].Value))).ToList();
    }

    private static int? Int(Match m) => m.Success ? int.Parse(m.Groups["n"].Value) : null;
    private static decimal? Amount(Match m) => m.Success ? Parse(m.Groups["n"].Value) : null;
    private static decimal Parse(string s) => decimal.Parse(s.Replace(",", ""), CultureInfo.InvariantCulture);

    // The rate may follow template residue such as 下降（增长）25% (002).
    [GeneratedRegex(@"(?<dir>增加|减少)(?<amt>\d[\d,]*(?:\.\d+)?)万元[，,]?\s*(?:增长|下降|减少|增加)?(?:[（(][^）)]{1,4}[）)])?(?<rate>\d+(?:\.\d+)?)?%?")]
    private static partial Regex Change();

    // "预算数与2023年持平", "与上年基本持平": no change, stated as such.
    [GeneratedRegex(@"(与\d{4}年|与上年)(预算)?(基本)?持平")]
    private static partial Regex Unchanged();

    // A reason enumerated 一是…；二是… runs on over its semicolons (003).
    [GeneratedRegex(@"主要原因(?:是)?[：:]?(一是.+?(?:[；;][二三四五六七八九十]是.+?)*|.+?)(?:。|；|;|$)")]
    private static partial Regex Reason();

    [GeneratedRegex(@"^(?:\d+[.、．]\s*)?(?<s>[^，,。：:；;]+?)(?<dir>增加|减少|增长|下降)的主要原因(?:是)?[：:，,]?(?<r>.+?)[。；;]?$")]
    private static partial Regex ReasonParagraph();

    [GeneratedRegex(@"^(预算数?)?$")]
    private static partial Regex BareSubject();

    [GeneratedRegex(@"与\d{4}年(预算)?相比|与上年(预算)?相比|[比较](\d{4}年?|上年)(预算)?|\d{4}年度?")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?\s*万元")]
    private static partial Regex Figure();

    [GeneratedRegex(@"^(本单位|本部门|我单位|我部门|其中)+|(支出预算|预算数|年初预算为|预算为|预算安排|安排|为|是|共)+$")]
    private static partial Regex FigureNoise();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?\s*万元$")]
    private static partial Regex StatedAmount();

    [GeneratedRegex(@"^(其中|包括)[：:，,]?")]
    private static partial Regex Lead();

    [GeneratedRegex(@"与\d{4}年(预算)?相比|[比较]\d{4}年?(预算)?|较上年|比上年|\d{4}年度?|\d{4}(?=\D)|预算数|支出预算数?|^[，,]")]
    private static partial Regex SubjectNoise();

    [GeneratedRegex(@"\s*【待补[^】]*】\s*(万元)?")]
    private static partial Regex StillToSupply();

    [GeneratedRegex(@"^(.*?)(\d[\d,.]*万元|[，。])")]
    private static partial Regex Head();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]|^\d+[.、]")]
    private static partial Regex ListPrefix();

    [GeneratedRegex(@"(机关运行经费|机构运转经费)(支出)?(预算)?(为|安排)?(?<n>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex AgencyCost();

    [GeneratedRegex(@"(?:机关运行经费|机构运转经费)(?:支出)?(?:预算)?(?:为|安排)?\d[\d,]*(?:\.\d+)?万元[，,]主要保障[^。；;]*?(?:需要的|包含|包括)(?<list>[^。；;，,]+?)等?(?:支出)?(?:[。；;，,]|$)")]
    private static partial Regex AgencyCostItemList();

    [GeneratedRegex(@"政府采购预算(安排)?(?<t>\d[\d,]*(?:\.\d+)?)万元[，,]?其中[：:]?政府采购货物预算(?<g>\d[\d,]*(?:\.\d+)?)万元[，、,]?政府采购工程预算(?<w>\d[\d,]*(?:\.\d+)?)万元[，、,]?政府采购服务预算(?<s>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex ProcurementSentence();

    [GeneratedRegex(@"无政府采购预算")]
    private static partial Regex NoProcurement();

    [GeneratedRegex(@"共有车辆(?<n>\d+)辆")]
    private static partial Regex VehicleTotal();

    // A kind follows a comma or 其中 (其中机要通信用车0辆、…，其他按照规定配备的公务用车0辆: 003), or starts the
    // paragraph after 其中： (深圳 prints the list on the lines after it).
    [GeneratedRegex(@"(?:^|[，,、：:；;\n])(?:其中[：:]?)?(?<k>[\p{IsCJKUnifiedIdeographs}]{2,16}?用车)(?<n>\d+)辆")]
    private static partial Regex VehicleKind();

    [GeneratedRegex(@"50万元以上通用设备(?<n>\d+)台")]
    private static partial Regex GeneralEquipment();

    [GeneratedRegex(@"100万元以上(的)?(专用)?设备(?<n>\d+)台")]
    private static partial Regex SpecialEquipment();

    [GeneratedRegex(@"专项转移支付项目共有.{1,4}项[，,]?主要是[：:](?<list>[^；;。\n]+)")]
    private static partial Regex TransferList();

    [GeneratedRegex(@"(?<name>[^、，,]+?)(?<n>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex TransferItem();

    [GeneratedRegex(@"涉及项目(?<n>\d+)个|支出项目共(?<n>\d+)个")]
    private static partial Regex ProjectCount();

    [GeneratedRegex(@"已?对(?<n>\d+)个项目设立了预算绩效目标|绩效目标管理[，,]涉及预算项目支出(?<n>\d+)个")]
    private static partial Regex TargetedCount();

    [GeneratedRegex(@"设立了预算绩效目标[，,]涉及资金(?<n>\d[\d,]*(?:\.\d+)?)万元|涉及预算项目支出\d+个[，,]预算资金(?<n>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex TargetedAmount();
}
