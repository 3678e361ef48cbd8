using DeptBudget.Model.Catalogues;

namespace DeptBudget.Model.Tests.Catalogues;

public class CatalogueLookupTests
{
    [Theory]
    [InlineData(2021, 2021)]
    [InlineData(2022, 2021)]
    [InlineData(2024, 2024)]
    [InlineData(2026, 2024)]
    [InlineData(2019, 2021)] // before every shipped year: the earliest, and Year says so
    public void For_uses_the_nearest_year_at_or_below(int asked, int used)
    {
        Assert.Equal(used, ClassificationCatalogue.YearFor(asked));
        Assert.Equal(used, ClassificationCatalogue.For(asked).Year);
    }

    [Fact]
    public void The_same_year_is_loaded_once()
    {
        var loaded = new ClassificationCatalogue[8];
        Parallel.For(0, loaded.Length, i => loaded[i] = ClassificationCatalogue.For(2024));
        Assert.All(loaded, c => Assert.Same(loaded[0], c));
        Assert.Same(ClassificationCatalogue.For(2024), ClassificationCatalogue.For(2025));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2024)]
    public void Functional_class_section_and_item(int year)
    {
        var functional = ClassificationCatalogue.For(year).Functional;
        Assert.Equal("卫生健康支出", functional.Find("210")!.Name);
        Assert.Equal("财政对基本医疗保险基金的补助", functional.Find("21012")!.Name);
        Assert.True(functional.TryGet(AccountCode.Parse("2101202"), out var item));
        Assert.Equal("财政对城乡居民基本医疗保险基金的补助", item.Name);
        Assert.Equal(3, item.Level);
        Assert.Equal(EntryStatus.Official, item.Status);
        Assert.Contains(functional.Children("210"), e => e.Code.Value == "21015");
        Assert.Equal(["2101201", "2101202", "2101299"], functional.Children("21012").Select(e => e.Code.Value));
        Assert.Empty(functional.Children("2101202"));
    }

    [Fact]
    public void Every_class_of_the_functional_classification_is_present()
    {
        string[] classes = ["201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214", "215",
            "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232", "233"];
        foreach (var year in new[] { 2021, 2024 })
            Assert.All(classes, c => Assert.True(ClassificationCatalogue.For(year).Functional.Contains(c), $"{year} {c}"));
    }

    [Fact]
    public void Catalogues_differ_between_2021_and_2024()
    {
        var y2021 = ClassificationCatalogue.For(2021).Functional;
        var y2024 = ClassificationCatalogue.For(2024).Functional;
        // Renamed: the fund section lost "及对应专项债务收入".
        Assert.Equal("国有土地使用权出让收入及对应专项债务收入安排的支出", y2021.Find("21208")!.Name);
        Assert.Equal("国有土地使用权出让收入安排的支出", y2024.Find("21208")!.Name);
        // New in 2024: 社会工作事务; 财政代缴社会保险费支出 (printed by seed 000, a 2024 budget).
        Assert.Null(y2021.Find("20139"));
        Assert.Equal("社会工作事务", y2024.Find("20139")!.Name);
        Assert.Null(y2021.Find("2083099"));
        Assert.Equal("财政代缴其他社会保险费支出", y2024.Find("2083099")!.Name);
    }

    [Fact]
    public void Economic_classes_and_sections()
    {
        var c = ClassificationCatalogue.For(2024);
        Assert.Equal("工资福利支出", c.DepartmentEconomic.Find("301")!.Name);
        Assert.Equal("基本工资", c.DepartmentEconomic.Find("30101")!.Name);
        Assert.Equal("对社会保险基金补助", c.DepartmentEconomic.Find("31302")!.Name);
        Assert.Equal("机关工资福利支出", c.GovernmentEconomic.Find("501")!.Name);
        Assert.Equal("工资奖金津补贴", c.GovernmentEconomic.Find("50101")!.Name);
        Assert.Equal("对事业单位经常性补助", c.GovernmentEconomic.Find("505")!.Name);
        Assert.Equal("对个人和家庭的补助", c.GovernmentEconomic.Find("509")!.Name);
        Assert.Equal("对社会保障基金补助", c.GovernmentEconomic.Find("510")!.Name);
        Assert.Equal(["301", "302", "303", "307", "309", "310", "311", "312", "313", "399"],
            c.DepartmentEconomic.Classes.Select(e => e.Code.Value));
    }

    [Theory]
    [InlineData("2109998", LookupOutcome.Unknown)]
    [InlineData("21098", LookupOutcome.Unknown)]
    [InlineData("218", LookupOutcome.Unknown)]
    [InlineData("2101", LookupOutcome.Malformed)]
    [InlineData("21O12", LookupOutcome.Malformed)]
    [InlineData("", LookupOutcome.Malformed)]
    [InlineData(null, LookupOutcome.Malformed)]
    [InlineData(" 2101202 ", LookupOutcome.Known)]
    public void Unknown_codes_are_reported_not_thrown(string? code, LookupOutcome outcome)
    {
        var functional = ClassificationCatalogue.For(2024).Functional;
        var lookup = functional.Lookup(code);
        Assert.Equal(outcome, lookup.Outcome);
        Assert.Equal(2024, lookup.Year);
        Assert.Equal(outcome == LookupOutcome.Known, functional.Find(code) is not null);
        Assert.Equal(outcome == LookupOutcome.Known, functional.TryGet(code, out _));
        Assert.False(string.IsNullOrEmpty(lookup.ToString()));
        Assert.Empty(functional.Children(code));
    }

    [Fact]
    public void Default_account_code_is_unknown_not_an_exception()
    {
        var functional = ClassificationCatalogue.For(2024).Functional;
        Assert.Null(functional.Find(default(AccountCode)));
        Assert.Equal(LookupOutcome.Unknown, functional.Lookup(default(AccountCode)).Outcome);
    }

    [Fact]
    public void Seed_parser_finds_the_expected_rows()
    {
        Assert.Contains(SeedCodes.Functional("003"), c => c.Code == "2101506" && c.Name == "医疗保障经办事务");
        Assert.Contains(SeedCodes.Functional("003"), c => c.Code == "21012");
        Assert.Contains(SeedCodes.Functional("000"), c => c.Code == "2083099");
        Assert.Contains(SeedCodes.Functional("002"), c => c.Code == "2012906");
        Assert.Contains(SeedCodes.Economic("001"), p => p is ("31302", "51002", _));
        Assert.Contains(SeedCodes.Economic("002"), p => p is ("3010201", "50101", "工作性津贴"));
        Assert.Contains(SeedCodes.Economic("003"), p => p is ("303", "509", _));
    }
}
