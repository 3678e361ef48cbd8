using DeptBudget.Model;

namespace DeptBudget.Rendering.Tests;

/// <summary>
/// Seed 001 (西峡县医疗保障局 2024, Henan layout) typed by hand from the document. The document's cells
/// are rounded from yuan one by one, so a few amounts carry a third or fourth decimal chosen inside
/// the printed cell's rounding interval such that both the cells and the printed sums come out as
/// printed (e.g. 71.20 + 448.09 prints 519.30): stored amounts are exact, only display rounds.
/// </summary>
public static class Xixia2024
{
    public const string Department = "西峡县医疗保障局";
    private const string Reason = "一是中央下达医疗救助资金930万元比上年增长136万元，二是2024年城乡居民县级配套资金比上年增长250万元，三是因工作调动本年度增加两名职工，人员支出相应增加";

    private static Dictionary<string, decimal> A(params (string Key, decimal Value)[] kv) => kv.ToDictionary(x => x.Key, x => x.Value);

    private static ExpenditureLine Line(string code, string name, params (string, decimal)[] kv) =>
        new(null, AccountCode.Parse(code), name, FundingScope.AllSources, A(kv));

    public static Budget Budget()
    {
        const string W = AmountKeys.WagesAndBenefits, H = AmountKeys.HouseholdTransfers, G = AmountKeys.GoodsAndServices,
            O = AmountKeys.OperationalProject, S = AmountKeys.SpecificPurposeProject;
        IReadOnlyList<ExpenditureLine> expenditure =
        [
            Line("2100103", "机关服务", (W, 63.782m), (G, 7.422m)),
            Line("2101501", "行政运行", (O, 22.00m)),
            Line("2101599", "其他医疗保障管理事务支出", (S, 12.00m)),
            Line("2100101", "行政运行", (W, 422.684m), (H, 1.175m), (G, 24.234m)),
            Line("2101102", "事业单位医疗", (S, 15.00m)),
            Line("2101103", "公务员医疗补助", (S, 2640.00m)),
            Line("2101202", "财政对城乡居民基本医疗保险基金的补助", (S, 6271.20m)),
            Line("2101301", "城乡医疗救助", (S, 1380.00m)),
            Line("2101502", "一般行政管理事务", (O, 42.50m)),
        ];
        IReadOnlyList<RevenueLine> revenue =
        [
            new("044001", null, AmountKeys.GeneralPublicBudget, 105.2049m),
            new("044001", null, AmountKeys.OwnLevelAppropriation, 81.2049m),
            new("044002", null, AmountKeys.GeneralPublicBudget, 10796.7949m),
            new("044002", null, AmountKeys.OwnLevelAppropriation, 9866.7949m),
        ];
        var three = new ThreePublicExpenses(new ThreePublicFigures(8m, 0m, 3m, 0m, 3m, 5m), new ThreePublicFigures(10.90m, 0m, 4.90m, 0m, 4.90m, 6m));
        var facts = new NarrativeFacts(
            [
                new YearOnYear("收入总计", 10902m, 420.65m, 4.01m, "increase", Reason, 0),
                new YearOnYear("支出总计", 10902m, 420.65m, 4.01m, "increase", Reason, 0),
                new YearOnYear("一般公共预算", 10902m, 420.65m, 4.01m, "increase", Reason, 0),
                new YearOnYear("“三公”经费", 8m, -2.90m, 26.61m, "decrease", null, 0),
                new YearOnYear("因公出国（境）费", 0m, 0m, null, "unchanged", null, 0),
                new YearOnYear("公务接待费", 5m, -1m, 16.67m, "decrease", "厉行节约，压缩开支", 0),
                new YearOnYear("公务用车运行维护费", 3m, -1.90m, 38.78m, "decrease", "厉行节约，压缩开支", 0),
                new YearOnYear("公务用车购置费", 0m, 0m, null, "unchanged", null, 0),
                new YearOnYear("机构运转经费", 31.65m, 1.96m, 6.60m, "increase",
                    "管理规范要求增加、技术手段更新换代、进一步优化管理、提升服务效能，都需要经费的投入", 0),
            ],
            31.65m,
            new GovernmentProcurement(0m, 0m, 0m, 0m),
            new StateAssetHoldings(1, new Dictionary<string, int> { ["一般公务用车"] = 1, ["一般执法执勤用车"] = 0, ["特种专业技术用车"] = 0, ["其他用车"] = 0 }, 0, 0),
            [new SpecialTransferPayment("豫财社（2023）244号医疗服务与保障能力提升资金项目", 12m), new SpecialTransferPayment("豫财社（2023）248号号提前下达医疗救助补助资金项目", 930m)],
            12, null, null);
        return new Budget(Department, 2024, BudgetScope.Department,
            [new BudgetUnit("044", "西峡县医疗保障局本级", null), new BudgetUnit("044001", "西峡县医疗保障局本级", "044"), new BudgetUnit("044002", "西峡县医疗保险中心", "044")],
            revenue, expenditure, BasicEconomic(), EconomicSummary(), three, Projects(), DepartmentTarget(), ProjectTargets(), facts);
    }

    private static EconomicLine E(string code, string name, string gov, string govName, params (string, decimal)[] kv) =>
        new(null, AccountCode.Parse(code), name, AccountCode.Parse(gov), govName, A(kv));

    private static IReadOnlyList<EconomicLine> BasicEconomic()
    {
        const string P = AmountKeys.PersonnelCost, O = AmountKeys.OperatingCost, T = AmountKeys.Total;
        (string, string, string, string, decimal, bool)[] rows =
        [
            ("30103", "奖金", "50501", "工资福利支出", 56.75m, true), ("30110", "职工基本医疗保险缴费", "50501", "工资福利支出", 21.25m, true),
            ("30113", "住房公积金", "50501", "工资福利支出", 31.87m, true), ("30102", "津贴补贴", "50501", "工资福利支出", 61.74m, true),
            ("30101", "基本工资", "50501", "工资福利支出", 247.44m, true), ("30108", "机关事业单位基本养老保险缴费", "50501", "工资福利支出", 42.49m, true),
            ("30112", "其他社会保障缴费", "50501", "工资福利支出", 2.96m, true), ("30107", "绩效工资", "50501", "工资福利支出", 5.786m, true),
            ("30107", "绩效工资", "50501", "工资福利支出", 16.176m, true), ("30217", "公务接待费", "50206", "公务接待费", 1.00m, false),
            ("30228", "工会经费", "50201", "办公经费", 0.60m, false), ("30201", "办公费", "50201", "办公经费", 1.23m, false),
            ("30229", "福利费", "50201", "办公经费", 0.75m, false), ("30239", "其他交通费用", "50201", "办公经费", 3.84m, false),
            ("30302", "退休费", "50905", "离退休费", 1.18m, true), ("30229", "福利费", "50502", "商品和服务支出", 5.83m, false),
            ("30201", "办公费", "50502", "商品和服务支出", 2.00m, false), ("30217", "公务接待费", "50502", "商品和服务支出", 4.00m, false),
            ("30299", "其他商品和服务支出", "50502", "商品和服务支出", 0.06m, false), ("30228", "工会经费", "50502", "商品和服务支出", 4.66m, false),
            ("30231", "公务用车运行维护费", "50502", "商品和服务支出", 3.00m, false), ("30205", "水费", "50502", "商品和服务支出", 3.184m, false),
            ("30216", "培训费", "50502", "商品和服务支出", 1.504m, false),
        ];
        return rows.Select(r => E(r.Item1, r.Item2, r.Item3, r.Item4, (T, r.Item5), (r.Item6 ? P : O, r.Item5))).ToList();
    }

    private static IReadOnlyList<EconomicLine> EconomicSummary()
    {
        const string T = AmountKeys.Total, G = AmountKeys.GeneralPublicBudget, F = AmountKeys.OwnLevelAppropriation;
        (string, string, string, string, decimal, decimal?)[] rows =
        [
            ("30103", "奖金", "50501", "工资福利支出", 56.75m, 56.75m), ("30110", "职工基本医疗保险缴费", "50501", "工资福利支出", 21.25m, 21.25m),
            ("30113", "住房公积金", "50501", "工资福利支出", 31.87m, 31.87m), ("30102", "津贴补贴", "50501", "工资福利支出", 61.74m, 61.74m),
            ("30101", "基本工资", "50501", "工资福利支出", 247.44m, 247.44m), ("30108", "机关事业单位基本养老保险缴费", "50501", "工资福利支出", 42.49m, 42.49m),
            ("30112", "其他社会保障缴费", "50501", "工资福利支出", 2.96m, 2.96m), ("30107", "绩效工资", "50501", "工资福利支出", 21.97m, 21.97m),
            ("30217", "公务接待费", "50206", "公务接待费", 1.00m, 1.00m), ("30228", "工会经费", "50201", "办公经费", 0.60m, 0.60m),
            ("30201", "办公费", "50201", "办公经费", 1.23m, 1.23m), ("30229", "福利费", "50201", "办公经费", 0.75m, 0.75m),
            ("30239", "其他交通费用", "50201", "办公经费", 3.84m, 3.84m), ("30211", "差旅费", "50502", "商品和服务支出", 4.00m, null),
            ("30202", "印刷费", "50502", "商品和服务支出", 14.00m, 10.00m), ("30216", "培训费", "50502", "商品和服务支出", 5.50m, 1.50m),
            ("30299", "其他商品和服务支出", "50299", "其他商品和服务支出", 54.50m, 42.50m), ("30302", "退休费", "50905", "离退休费", 1.18m, 1.18m),
            ("30229", "福利费", "50502", "商品和服务支出", 5.83m, 5.83m), ("30201", "办公费", "50502", "商品和服务支出", 2.00m, 2.00m),
            ("30217", "公务接待费", "50502", "商品和服务支出", 4.00m, 4.00m), ("30299", "其他商品和服务支出", "50502", "商品和服务支出", 0.06m, 0.06m),
            ("30228", "工会经费", "50502", "商品和服务支出", 4.66m, 4.66m), ("30231", "公务用车运行维护费", "50502", "商品和服务支出", 3.00m, 3.00m),
            ("30205", "水费", "50502", "商品和服务支出", 3.18m, 3.18m), ("30112", "其他社会保障缴费", "50102", "社会保障缴费", 465.00m, 465.00m),
            ("30111", "公务员医疗补助缴费", "50102", "社会保障缴费", 2640.00m, 2640.00m), ("31302", "对社会保险基金补助", "51002", "对社会保险基金补助", 6271.20m, 6271.20m),
            ("30399", "其他对个人和家庭的补助", "50999", "其他对个人和家庭的补助", 930.00m, null),
        ];
        return rows.Select(r => E(r.Item1, r.Item2, r.Item3, r.Item4,
            r.Item6 is { } f ? [(T, r.Item5), (G, r.Item5), (F, f)] : [(T, r.Item5), (G, r.Item5)])).ToList();
    }

    private static IReadOnlyList<Project> Projects()
    {
        (string Kind, string Name, string Unit, decimal Amount)[] rows =
        [
            ("其他运转类", "2024年医保基金监督监查运行经费", "西峡县医疗保障局本级", 12.00m),
            ("其他运转类", "2024年医疗保障政策宣传费", "西峡县医疗保障局本级", 10.00m),
            ("特定目标类", "豫财社（2023）244号医疗服务与保障能力提升", "西峡县医疗保障局本级", 12.00m),
            ("特定目标类", "2024年其他行政事业单位医疗支出（含破产企业医疗）", "西峡县医疗保险中心", 15.00m),
            ("特定目标类", "2024年公务员医疗补助", "西峡县医疗保险中心", 2640.00m),
            ("特定目标类", "2024年财政对城乡居民医疗保险基金配套支出", "西峡县医疗保险中心", 6271.20m),
            ("特定目标类", "豫财社（2023）248号提前下达医疗救助补助资金", "西峡县医疗保险中心", 779.00m),
            ("特定目标类", "2024年城乡医疗救助", "西峡县医疗保险中心", 450.00m),
            ("特定目标类", "豫财社（2023）248医疗救助补助资金", "西峡县医疗保险中心", 151.00m),
            ("其他运转类", "2024年IC卡及医疗证制作费", "西峡县医疗保险中心", 7.50m),
            ("其他运转类", "2024年信息网络建设费", "西峡县医疗保险中心", 20.00m),
            ("其他运转类", "2024年按病种分值付费（DIP）付费改革经费", "西峡县医疗保险中心", 15.00m),
        ];
        return rows.Select(r => new Project(r.Name, null, r.Kind, r.Unit, r.Unit.EndsWith("本级") ? "044001" : "044002",
            A((AmountKeys.Total, r.Amount), (AmountKeys.GeneralPublicBudget, r.Amount)))).ToList();
    }

    private static TargetValue V(string text, string? op = null, decimal? n = null, string? unit = null) => new(text, op, n, unit);

    private static DepartmentPerformanceTarget DepartmentTarget() => new(
        ["持续做好全县医疗保障工作"],
        [
            new AnnualTask("持续做好打击欺诈骗保工作", "全面落实举报奖励制度，强化协议管理，加大基金监管查处力度", null),
            new AnnualTask("持续做好异地就医结算工作", "提升全县医疗机构异地就医结算服务能力，提高异地就医结算效率", null),
        ],
        A((AmountKeys.Total, 10902m), (AmountKeys.BasicExpenditure, 519.30m), (AmountKeys.ProjectExpenditure, 10382.70m)),
        [
            new Indicator("投入管理指标", "工作目标管理", "年度履职目标相关性", V("相关"), null),
            new Indicator("投入管理指标", "预算和财务管理", "预算执行率", V("≥90%", "≥", 90m, "%"), "预算执行率=（预算完成数/预算数）×100%。"),
            new Indicator("效益指标", "满意度", "服务对象满意度", V("≥95%", "≥", 95m, "%"), null),
        ]);

    private static IReadOnlyList<ProjectPerformanceTarget> ProjectTargets() =>
    [
        new("2024年医疗保障政策宣传费", "41132324000000000805", "044001", A((AmountKeys.Total, 10m), (AmountKeys.FiscalAppropriation, 10m)), null,
        [
            new Indicator("成本指标", null, "宣传报道总成本", V("≤10万元", "≤", 10m, "万元"), null),
            new Indicator("产出指标", null, "宣传活动开展次数", V("≥30次", "≥", 30m, "次"), null),
            new Indicator("产出指标", null, "宣传活动参加人数", V("≥15人", "≥", 15m, "人"), null),
            new Indicator("效益指标", null, "公众知晓率", V("≥95%", "≥", 95m, "%"), null),
            new Indicator("满意度指标", null, "直接服务对象满意度", V("≥95%", "≥", 95m, "%"), null),
        ]),
        new("2024年公务员医疗补助", "41132324000000024806", "044002", A((AmountKeys.Total, 2640m), (AmountKeys.FiscalAppropriation, 2640m)), null,
        [
            new Indicator("成本指标", null, "在职职工待遇保障", V("≥1650万元", "≥", 1650m, "万元"), null),
            new Indicator("产出指标", null, "在职职工待遇保障数量", V("全部"), null),
            new Indicator("效益指标", null, "对提升行政运行效果的影响程度", V("明显提升"), null),
            new Indicator("满意度指标", null, "参保职工满意度", V("≥95%", "≥", 95m, "%"), null),
        ]),
    ];
}
