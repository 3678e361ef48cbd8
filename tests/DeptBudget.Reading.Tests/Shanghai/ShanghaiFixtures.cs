using DeptBudget.Model;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Shanghai;

/// <summary>Reads one real Shanghai PDF once per test class.</summary>
public abstract class RealDocFixture(string name)
{
    private readonly Lazy<Disclosure> disclosure = new(() => DisclosureReader.ReadFile(SeedFiles.RealDoc(name)));
    public Disclosure Disclosure => disclosure.Value;
}

public sealed class OfficeBudgetFixture() : RealDocFixture("shanghai-putuo-government-office-2025-department-budget.pdf");
public sealed class OfficeUnitBudgetFixture() : RealDocFixture("shanghai-putuo-government-office-2025-unit-budget.pdf");
public sealed class Wanli2024Fixture() : RealDocFixture("shanghai-putuo-wanli-2024-department-budget.pdf");
public sealed class Wanli2025Fixture() : RealDocFixture("shanghai-putuo-wanli-2025-department-budget.pdf");
public sealed class FinanceFinalFixture() : RealDocFixture("shanghai-putuo-finance-bureau-2024-department-final-accounts.pdf");
public sealed class FinalTemplateFixture() : RealDocFixture("shanghai-department-final-accounts-template-2024.pdf");
