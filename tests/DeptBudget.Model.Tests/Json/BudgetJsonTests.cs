using DeptBudget.Model;
using DeptBudget.Model.Json;
using DeptBudget.Testing;

namespace DeptBudget.Model.Tests.Json;

public class BudgetJsonTests
{
    private static Disclosure Small() => new(
        new DisclosureMeta("西峡县医疗保障局", 2024, BudgetScope.Department, "henan-2024", null, [new ContentsEntry(1, "部门收支总体情况表", TableIds.RevenueExpenditureSummary)], null),
        Budget.Empty("西峡县医疗保障局", 2024, BudgetScope.Department) with
        {
            Units = [new BudgetUnit("044", "西峡县医疗保障局", null), new BudgetUnit("044001", "西峡县医疗保障局本级", "044")],
            Expenditure = [new ExpenditureLine("044001", AccountCode.Parse("2101202"), "财政对城乡居民基本医疗保险基金的补助", FundingScope.AllSources,
                new SortedDictionary<string, decimal> { [AmountKeys.Total] = 6271.20m, [AmountKeys.SpecificPurposeProject] = 6271.20m })],
        },
        [], Narrative.None, []);

    [Fact]
    public void Serialize_then_deserialize_gives_the_same_json()
    {
        var json = BudgetJson.Serialize(Small());
        Assert.Equal(json, BudgetJson.Serialize(BudgetJson.Deserialize(json)));
        Assert.Contains("\"schemaVersion\": 1", json);
        Assert.Contains("6271.20", json); // decimals keep their printed scale
        Assert.Contains("西峡县医疗保障局", json); // Chinese stays readable
    }

    [Fact]
    public void A_tables_stated_unit_survives_the_json_and_an_unstated_one_is_not_written()
    {
        // 上海 prints its tables in 元 (单位：元); a budget stored as JSON must keep that, or checks compare 元 with 万元.
        var inYuan = new Table(TableIds.RevenueExpenditureSummary, 1, "部门财务收支预算总表", [new Column(AmountKeys.Total, "预算数")],
            [new TableRow(RowKind.Total, null, "收入总计", null, ["91016775.35"], 10)], [], null, 9) { AmountUnit = "元" };
        var unstated = inYuan with { Id = TableIds.ExpenditureSummary, AmountUnit = null };
        var json = BudgetJson.Serialize(Small() with { Tables = [inYuan, unstated] });
        var back = BudgetJson.Deserialize(json);
        Assert.Equal("元", back.Tables[0].AmountUnit);
        Assert.Null(back.Tables[1].AmountUnit);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "\"amountUnit\""));
        Assert.Equal(json, BudgetJson.Serialize(back));
    }

    [Fact]
    public void The_committed_schema_is_the_one_the_types_export()
    {
        var committed = File.ReadAllText(Path.Combine(Seeds.RepoRoot, "schema", "budget.schema.json"));
        Assert.Equal(BudgetJson.ExportSchema().ReplaceLineEndings(), committed.ReplaceLineEndings());
    }

    [Fact]
    public void A_wrong_type_is_reported_with_its_json_path()
    {
        var json = BudgetJson.Serialize(Small()).Replace("\"year\": 2024", "\"year\": \"twenty\"");
        var e = Assert.Throws<BudgetJsonException>(() => BudgetJson.Deserialize(json));
        Assert.Contains("year", e.JsonPath);
    }

    [Fact]
    public void An_unknown_property_is_reported_with_its_json_path()
    {
        var json = BudgetJson.Serialize(Small()).Replace("\"department\": \"西峡县医疗保障局\",\n      \"year\"", "\"department\": \"西峡县医疗保障局\",\n      \"colour\": 1,\n      \"year\"");
        var e = Assert.Throws<BudgetJsonException>(() => BudgetJson.Deserialize(json));
        Assert.Contains("colour", e.Message);
    }

    [Fact]
    public void A_malformed_account_code_is_refused()
    {
        var json = BudgetJson.Serialize(Small()).Replace("\"2101202\"", "\"21-01\"");
        var e = Assert.Throws<BudgetJsonException>(() => BudgetJson.Deserialize(json));
        Assert.Contains("functionCode", e.JsonPath);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 2, \"disclosure\": {}}", "$.schemaVersion")]
    [InlineData("[1, 2]", "$")]
    [InlineData("{\"disclosure\": {}}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": 1, ", "$")]
    public void Unusable_documents_name_the_place(string json, string path)
    {
        var e = Assert.Throws<BudgetJsonException>(() => BudgetJson.Deserialize(json));
        Assert.StartsWith(path, e.JsonPath);
    }

    [Fact]
    public void A_missing_required_member_is_named()
    {
        var e = Assert.Throws<BudgetJsonException>(() => BudgetJson.Deserialize("{\"schemaVersion\": 1, \"disclosure\": {\"meta\": null}}"));
        Assert.Contains("disclosure", e.JsonPath);
    }
}
