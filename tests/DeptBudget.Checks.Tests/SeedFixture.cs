using System.Collections.Concurrent;
using DeptBudget.Model;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>Each seed read once and checked once for all the seed tests.</summary>
internal static class SeedChecks
{
    private static readonly ConcurrentDictionary<string, Lazy<(Disclosure, CheckReport)>> Cache = new();

    public static Disclosure Read(string seed) => Get(seed).Item1;

    public static IReadOnlyList<Finding> Findings(string seed) => Get(seed).Item2.Findings;

    private static (Disclosure, CheckReport) Get(string seed) => Cache.GetOrAdd(seed, s => new Lazy<(Disclosure, CheckReport)>(() =>
    {
        var d = DisclosureReader.ReadFile(Seeds.PathOf(s));
        return (d, Checker.Default.Check(d));
    })).Value;

    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Rule} {f.Severity} {f.Location.Table}|{f.Location.Row}|{f.Location.Column}|{f.Location.Section}: {f.Message}"));
}
