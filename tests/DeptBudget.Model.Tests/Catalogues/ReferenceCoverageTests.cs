using DeptBudget.Model.Catalogues;
using DeptBudget.Testing;

namespace DeptBudget.Model.Tests.Catalogues;

/// <summary>Every code in shared/reference (codes seen in Shanghai 2023–2026 documents) is in the 2024 catalogue.</summary>
public class ReferenceCoverageTests
{
    [Theory]
    [InlineData("function-codes-seen-in-shanghai-documents.tsv", ClassificationKind.Functional)]
    [InlineData("department-economic-codes-seen-in-shanghai-documents.tsv", ClassificationKind.DepartmentEconomic)]
    public void Every_reference_code_is_known_with_a_name_seen(string file, ClassificationKind kind)
    {
        var classification = ClassificationCatalogue.For(2024)[kind];
        var rows = File.ReadAllLines(Path.Combine(Seeds.SharedDir, "reference", file))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("code\t"))
            .Select(l => l.Split('\t'))
            .ToList();
        Assert.NotEmpty(rows);
        var problems = new List<string>();
        foreach (var f in rows)
        {
            var entry = classification.Find(f[0]);
            if (entry is null) { problems.Add($"{f[0]} unknown"); continue; }
            var names = new[] { f[2] }.Concat(f.Length > 3 ? f[3].Split('|') : []);
            if (!names.Any(entry.NameMatches)) problems.Add($"{f[0]} catalogue '{entry.Name}' vs printed '{f[2]}'");
        }
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }
}
