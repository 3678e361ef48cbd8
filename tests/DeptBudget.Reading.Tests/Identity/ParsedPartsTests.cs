using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Identity;

/// <summary>A batch parses each file once (<see cref="DisclosureParts.Parse"/>) and reads the disclosure from those lines.</summary>
public class ParsedPartsTests
{
    [Fact]
    public void A_disclosure_read_from_the_lines_kept_when_its_files_were_identified_is_the_one_read_from_the_files()
    {
        string[] paths = [SeedFiles.RealDoc("china/beijing-beijing-ybj-2026-budget-text.pdf"), SeedFiles.RealDoc("china/beijing-beijing-ybj-2026-budget-tables.pdf")];
        var parsed = paths.Select(p => DisclosureParts.Parse(File.ReadAllBytes(p), Path.GetFileName(p))).ToList();
        Assert.Equal(PartRole.Explanation, parsed[0].Identity.Role);
        Assert.Equal(PartRole.Tables, parsed[1].Identity.Role);

        var once = DisclosureReader.ReadParsed(parsed.Select(p => (p.Identity.Name, p.Lines)).ToList());
        var twice = DisclosureReader.ReadFiles(paths);
        Assert.True(once.Tables.Count >= 13);
        Assert.Equal(DeptBudget.Model.Json.BudgetJson.Serialize(twice), DeptBudget.Model.Json.BudgetJson.Serialize(once));
        Assert.Equal(twice.Diagnostics, once.Diagnostics);
    }
}
