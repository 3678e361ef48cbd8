using DeptBudget.Model;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Seeds;

/// <summary>
/// Reads one seed once per test class. Lazy, so that while the reader fails every test reports the
/// reader's exception rather than a fixture construction error.
/// </summary>
public abstract class SeedFixture
{
    private readonly Lazy<Disclosure> _disclosure;

    protected SeedFixture(string number) =>
        _disclosure = new Lazy<Disclosure>(() => DisclosureReader.ReadFile(SeedFiles.PathOf(number)));

    public Disclosure Disclosure => _disclosure.Value;
    public Budget Budget => Disclosure.Budget;
}

public sealed class LongtingFixture() : SeedFixture(SeedFiles.Longting2024);
public sealed class XixiaFixture() : SeedFixture(SeedFiles.Xixia2024);
public sealed class LuolongFixture() : SeedFixture(SeedFiles.Luolong2021);
public sealed class LanshanFixture() : SeedFixture(SeedFiles.Lanshan2024);
