using DeptBudget.Model.Catalogues;

namespace DeptBudget.Model.Tests.Catalogues;

public class EconomicMappingTests
{
    [Theory]
    [InlineData("30101", "50101", UnitKind.Administrative)]  // 003 机关
    [InlineData("30101", "50501", UnitKind.PublicInstitution)] // 001
    [InlineData("30107", "50501", UnitKind.PublicInstitution)] // 004
    [InlineData("30217", "50206", UnitKind.Administrative)]  // 001, 004
    [InlineData("30217", "50502", UnitKind.PublicInstitution)] // 001
    [InlineData("30226", "50205", UnitKind.Administrative)]  // 004 劳务费 → 委托业务费
    [InlineData("30231", "50208", UnitKind.Administrative)]  // 004
    [InlineData("30302", "50905", UnitKind.Administrative)]  // 001, 004
    [InlineData("30307", "50901", UnitKind.Administrative)]  // 000
    [InlineData("30399", "50999", UnitKind.PublicInstitution)]
    [InlineData("31302", "51002", UnitKind.Administrative)]  // 001
    [InlineData("30106", "50199", UnitKind.Administrative)]  // 002
    [InlineData("3010201", "50101", UnitKind.Administrative)] // 002 local sub-item: its 款's mapping
    [InlineData("3011201", "50102", UnitKind.Administrative)] // 002
    [InlineData("301", "501", UnitKind.Administrative)]       // 003 类 rows
    [InlineData("303", "509", UnitKind.Administrative)]
    public void Pairs_seen_in_the_seeds_are_mapped(string department, string government, UnitKind kind)
    {
        foreach (var year in new[] { 2021, 2024 })
        {
            var catalogue = ClassificationCatalogue.For(year);
            Assert.True(catalogue.IsMapped(department, government, kind), $"{year} {department}→{government} {kind}");
            Assert.True(catalogue.IsMapped(department, government));
        }
    }

    [Fact]
    public void Government_codes_by_kind_of_unit()
    {
        var mapping = ClassificationCatalogue.For(2024).EconomicMapping;
        Assert.Equal(["50101", "50501"], mapping.GovernmentCodesFor("30101").Select(c => c.Value));
        Assert.Equal(["50101"], mapping.GovernmentCodesFor("30101", UnitKind.Administrative).Select(c => c.Value));
        Assert.Equal(["50501"], mapping.GovernmentCodesFor("30101", UnitKind.PublicInstitution).Select(c => c.Value));
        Assert.Equal(["50905"], mapping.GovernmentCodesFor("30302", UnitKind.PublicInstitution).Select(c => c.Value));
        Assert.Empty(mapping.GovernmentCodesFor("30198"));
        Assert.Empty(mapping.GovernmentCodesFor("not a code"));
        Assert.False(mapping.IsMapped("30101", "50501", UnitKind.Administrative));
        Assert.Equal(UnitKind.PublicInstitution, EconomicMapping.UnitKindOf(AccountCode.Parse("50502")));
        Assert.Null(EconomicMapping.UnitKindOf(AccountCode.Parse("50905")));
    }

    [Fact]
    public void Every_official_department_section_is_mapped_for_both_kinds_of_unit()
    {
        var catalogue = ClassificationCatalogue.For(2024);
        var missing = catalogue.DepartmentEconomic.Entries
            .Where(e => e.Level == 2 && e.Status != EntryStatus.Local && e.Code.Class.Value is not ("311" or "312"))
            .SelectMany(e => new[] { UnitKind.Administrative, UnitKind.PublicInstitution }
                .Where(k => catalogue.EconomicMapping.GovernmentCodesFor(e.Code, k).Count == 0)
                .Select(k => $"{e.Code} {k}"))
            .ToList();
        Assert.True(missing.Count == 0, string.Join("; ", missing));
        Assert.All(catalogue.EconomicMapping.Pairs, p => Assert.True(catalogue.GovernmentEconomic.Contains(p.GovernmentCode), p.ToString()));
    }

    [Fact]
    public void The_only_unmapped_pairs_in_the_seeds_are_the_known_deviations()
    {
        var unmapped = SeedCodes.TabularSeeds
            .SelectMany(seed => SeedCodes.Economic(seed)
                .Where(p => !ClassificationCatalogue.For(SeedCodes.YearOf(seed)).IsMapped(p.Department, p.Government))
                .Select(p => $"{seed}:{p.Department}→{p.Government}"))
            .Distinct().Order().ToList();
        // 000 (龙亭 2024) prints 30307 医疗费补助 → 50599 其他对事业单位补助 (a 事业单位 line for a 303 code, which maps to 509)
        // and 31302 对社会保险基金补助 → 50102 社会保障缴费 (the official pair is 51002).
        Assert.Equal(["000:30307→50599", "000:31302→50102"], unmapped);
    }
}
