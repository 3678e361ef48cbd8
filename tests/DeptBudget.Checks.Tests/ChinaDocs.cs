using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>The real disclosures of ../shared/real-docs/china, read as the checker's tests use them.</summary>
internal static class ChinaDocs
{
    public static Disclosure Read(string name) => DisclosureReader.ReadFile(Seeds.RealDoc(Path.Combine("china", name)));
}
