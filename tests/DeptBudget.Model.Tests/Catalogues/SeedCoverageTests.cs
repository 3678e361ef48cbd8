using DeptBudget.Model.Catalogues;

namespace DeptBudget.Model.Tests.Catalogues;

/// <summary>Every code printed in seeds 000–003 is in the catalogue of the seed's year.</summary>
public class SeedCoverageTests
{
    public static TheoryData<string> TabularSeeds => new(SeedCodes.TabularSeeds);

    [Theory]
    [MemberData(nameof(TabularSeeds))]
    public void Every_functional_code_printed_in_the_seed_is_known(string seed)
    {
        var catalogue = ClassificationCatalogue.For(SeedCodes.YearOf(seed));
        var codes = SeedCodes.Functional(seed);
        Assert.NotEmpty(codes);
        var unknown = codes.Where(c => !catalogue.Functional.Contains(c.Code)).Select(c => $"{c.Code} {c.Name}").Distinct().ToList();
        Assert.True(unknown.Count == 0, "unknown: " + string.Join("; ", unknown));
    }

    [Theory]
    [MemberData(nameof(TabularSeeds))]
    public void Every_economic_code_printed_in_the_seed_is_known(string seed)
    {
        var catalogue = ClassificationCatalogue.For(SeedCodes.YearOf(seed));
        var pairs = SeedCodes.Economic(seed);
        Assert.NotEmpty(pairs);
        var unknown = pairs.Where(p => !catalogue.DepartmentEconomic.Contains(p.Department)).Select(p => "部门 " + p.Department)
            .Concat(pairs.Where(p => !catalogue.GovernmentEconomic.Contains(p.Government)).Select(p => "政府 " + p.Government))
            .Distinct().ToList();
        Assert.True(unknown.Count == 0, "unknown: " + string.Join("; ", unknown));
    }

    [Fact]
    public void Seed_002_local_sub_items_are_known_and_flagged_local()
    {
        var economic = ClassificationCatalogue.For(2021).DepartmentEconomic;
        foreach (var code in new[] { "3010201", "3010202", "3010203", "3010204", "3010205", "3010206", "3011201", "30104" })
        {
            var entry = economic.Find(code);
            Assert.NotNull(entry);
            Assert.True(entry.IsLocal, code);
        }
        Assert.Equal("工作性津贴", economic.Find("3010201")!.Name);
        Assert.Contains(economic.Children("30102"), e => e.Code.Value == "3010201");
    }

    [Fact]
    public void Seed_004_economic_codes_are_known()
    {
        // 004 is raw PDF text: listed by hand from its 支出经济分类 rows.
        var catalogue = ClassificationCatalogue.For(2024);
        string[] department = ["30101", "30102", "30103", "30107", "30108", "30110", "30112", "30113", "30201", "30202", "30205",
            "30206", "30207", "30208", "30209", "30211", "30217", "30226", "30228", "30231", "30239", "30302"];
        string[] government = ["50101", "50102", "50103", "50201", "50205", "50206", "50208", "50501", "50905"];
        Assert.All(department, c => Assert.True(catalogue.DepartmentEconomic.Contains(c), c));
        Assert.All(government, c => Assert.True(catalogue.GovernmentEconomic.Contains(c), c));
    }

    [Fact]
    public void Names_printed_differently_from_the_official_name_are_detectable()
    {
        var catalogue = ClassificationCatalogue.For(2021);
        var differing = SeedCodes.Functional("002")
            .Where(c => !catalogue.Functional.Find(c.Code)!.NameMatches(c.Name))
            .Select(c => c.Name).ToList();
        Assert.Contains("机出关事业单位基", differing); // typo + truncation in 002's 05 table
        Assert.Contains("机关事业单位基本养老保险缴", differing); // truncated
        var economic2021 = catalogue.DepartmentEconomic;
        Assert.Contains(SeedCodes.Economic("002"), p => p.Department == "30108" && !economic2021.Find(p.Department)!.NameMatches(p.Name)); // 机关事业单位基本养老保险费
        var economic2024 = ClassificationCatalogue.For(2024).DepartmentEconomic;
        Assert.Contains(SeedCodes.Economic("000"), p => p.Department == "30110" && !economic2024.Find(p.Department)!.NameMatches(p.Name)); // 城镇职工基本医疗保险缴费
        // PDF line breaks inside a name are not a difference.
        Assert.True(ClassificationCatalogue.For(2024).Functional.Find("2101202")!.NameMatches("财政对城乡居民基本医疗保险基金的补 助"));
    }
}
