using DeptBudget.Model;

namespace DeptBudget.Checks.Tests;

/// <summary>Small disclosures built in the test, so each rule is tested on exactly the figures it reads.</summary>
internal static class Build
{
    public static Column Col(string key, string header) => new(key, header);

    public static TableRow Row(RowKind kind, string? code, string? name, params string[] cells) => new(kind, code, name, null, cells, 0);

    public static Table Table(string id, Column[] columns, params TableRow[] rows) => new(id, null, id, columns, rows, [], null, 0);

    public static Disclosure Disclosure(IEnumerable<Table>? tables = null, IEnumerable<NarrativeSection>? sections = null,
        Func<Budget, Budget>? budget = null, int year = 2024, string layout = "henan-2024", IReadOnlyList<ContentsEntry>? contents = null)
    {
        var b = Budget.Empty("测试局", year, BudgetScope.Department);
        if (budget is not null) b = budget(b);
        return new Disclosure(new DisclosureMeta("测试局", year, BudgetScope.Department, layout, null, contents ?? [], null),
            b, (tables ?? []).ToList(), new Narrative((sections ?? []).ToList()), []);
    }

    public static NarrativeSection Section(string title, params string[] paragraphs) => new("第二部分", title, paragraphs, [], 0);

    /// <summary>03 / 05 layout: codes, name, 合计, 基本支出 (人员 工资福利, 对个人; 公用 商品服务, 资本性), 项目支出 (其他运转, 特定目标).</summary>
    public static readonly Column[] ExpenditureColumns =
    [
        Col(ColumnKeys.UnitCode, "单位代码"), Col(ColumnKeys.Name, "单位（科目名称）"), Col(AmountKeys.Total, "合计"),
        Col(AmountKeys.BasicExpenditure, "基本支出/小计"), Col(AmountKeys.WagesAndBenefits, "基本支出/人员经费/工资福利支出"),
        Col(AmountKeys.HouseholdTransfers, "基本支出/人员经费/对个人和家庭的补助"), Col(AmountKeys.GoodsAndServices, "基本支出/公用经费/商品和服务支出"),
        Col(AmountKeys.CapitalOutlay, "基本支出/公用经费/资本性支出"), Col(AmountKeys.ProjectExpenditure, "项目支出/小计"),
        Col(AmountKeys.OperationalProject, "项目支出/其他运转类"), Col(AmountKeys.SpecificPurposeProject, "项目支出/特定目标类"),
    ];

    public static Finding[] Run(IRule rule, Disclosure d) => rule.Check(new CheckContext(d)).ToArray();

    public static Finding[] Errors(IRule rule, Disclosure d) => Run(rule, d).Where(f => f.Severity == Severity.Error).ToArray();

    /// <summary>A copy of the table with one printed cell changed, as a typo would change it.</summary>
    public static Table WithCell(Table t, Func<TableRow, bool> row, string key, string value)
    {
        var ci = t.ColumnIndex(key);
        if (ci < 0) throw new ArgumentException($"no column {key} in {t.Id}");
        var hit = false;
        var rows = t.Rows.Select(r =>
        {
            if (hit || !row(r)) return r;
            hit = true;
            var cells = r.Cells.ToArray();
            cells[ci] = value;
            return r with { Cells = cells };
        }).ToList();
        if (!hit) throw new ArgumentException($"no such row in {t.Id}");
        return t with { Rows = rows };
    }

    public static Disclosure Replace(Disclosure d, Table t) => d with { Tables = d.Tables.Select(x => x.Id == t.Id ? t : x).ToList() };
}
