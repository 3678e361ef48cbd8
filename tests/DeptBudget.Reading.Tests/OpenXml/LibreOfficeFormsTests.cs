using DeptBudget.Model;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.OpenXml;

/// <summary>Seeds 000, 002 and 003 converted by LibreOffice to .docx and .xlsx once for the class.</summary>
public sealed class LibreOfficeFormsFixture : IDisposable
{
    public static readonly string[] SeedNumbers = [SeedFiles.Longting2024, SeedFiles.Luolong2021, SeedFiles.Lanshan2024];
    private readonly string dir = Directory.CreateTempSubdirectory("deptbudget-forms").FullName;
    public IReadOnlyDictionary<string, string> Docx { get; }
    public IReadOnlyDictionary<string, string> Xlsx { get; }

    public LibreOfficeFormsFixture()
    {
        Docx = LibreOfficeForms.Convert(dir, SeedNumbers, "docx");
        Xlsx = LibreOfficeForms.Convert(dir, SeedNumbers, "xlsx");
    }

    public void Dispose() { try { Directory.Delete(dir, true); } catch (IOException) { } }
}

public class LibreOfficeFormsTests(LibreOfficeFormsFixture f) : IClassFixture<LibreOfficeFormsFixture>
{
    private static Disclosure FromText(string seed) => DisclosureReader.ReadFile(SeedFiles.PathOf(seed));

    private static void SameFacts(string seed, string file, string form)
    {
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(form, DisclosureReader.DocumentFormat(bytes));
        var other = DisclosureReader.ReadBytes(bytes, Path.GetFileName(file));
        var text = FromText(seed);
        Assert.Equal(text.Meta.Department, other.Meta.Department);
        Assert.Equal(text.Tables.Select(t => t.Id), other.Tables.Select(t => t.Id));
        Assert.Equal(LibreOfficeForms.Facts(text.Budget), LibreOfficeForms.Facts(other.Budget));
    }

    [Theory]
    [InlineData(SeedFiles.Longting2024)]
    [InlineData(SeedFiles.Luolong2021)]
    [InlineData(SeedFiles.Lanshan2024)]
    public void Docx_made_by_LibreOffice_gives_the_budget_facts_of_the_seed_text(string seed) =>
        SameFacts(seed, f.Docx[seed], "docx");

    [Theory]
    [InlineData(SeedFiles.Longting2024)]
    [InlineData(SeedFiles.Luolong2021)]
    [InlineData(SeedFiles.Lanshan2024)]
    public void Xlsx_made_by_LibreOffice_Calc_gives_the_budget_facts_of_the_seed_text(string seed) =>
        SameFacts(seed, f.Xlsx[seed], "xlsx");

    [Fact]
    public void Longting2024_xlsx_figures_typed_from_seed_000()
    {
        var d = DisclosureReader.ReadFile(f.Xlsx[SeedFiles.Longting2024]);
        // 000 table 03: 2101202 财政对城乡居民基本医疗保险基金的补助 820.00, stored by Calc as the number 820.
        var line = d.Budget.Expenditure.Single(e => e.Scope == FundingScope.AllSources && e.FunctionCode.Value == "2101202");
        Assert.Equal(820.00m, line.Amounts[AmountKeys.Total]);
        Assert.Equal(1060.79m, d.Budget.Revenue.Where(r => r.Source == AmountKeys.GeneralPublicBudget).Sum(r => r.Amount));
    }
}
