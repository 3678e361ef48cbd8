using DeptBudget.Model.Catalogues;

namespace DeptBudget.Model.Tests.Catalogues;

/// <summary>The shipped TSV files are well formed: every year loads, every code's parent is present, names are non-empty.</summary>
public class CatalogueDataTests
{
    [Fact]
    public void Shipped_years()
    {
        Assert.Contains(2021, ClassificationCatalogue.AvailableYears);
        Assert.Contains(2024, ClassificationCatalogue.AvailableYears);
    }

    [Fact]
    public void Every_year_loads_with_a_complete_hierarchy()
    {
        foreach (var year in ClassificationCatalogue.AvailableYears)
        {
            var catalogue = ClassificationCatalogue.For(year);
            Assert.Equal(year, catalogue.Year);
            foreach (var kind in Enum.GetValues<ClassificationKind>())
            {
                var classification = catalogue[kind];
                Assert.NotEmpty(classification.Entries);
                foreach (var e in classification.Entries)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Name), $"{year} {kind} {e.Code}");
                    if (e.Code.Parent is { } parent) Assert.True(classification.Contains(parent), $"{year} {kind} {e.Code}: parent {parent} missing");
                    if (e.Status != EntryStatus.Official) Assert.False(string.IsNullOrWhiteSpace(e.Note), $"{year} {kind} {e.Code}: say why it is {e.Status}");
                }
            }
            Assert.All(catalogue.EconomicMapping.Pairs, p => Assert.True(catalogue.DepartmentEconomic.Contains(p.DepartmentCode), p.ToString()));
        }
    }
}
