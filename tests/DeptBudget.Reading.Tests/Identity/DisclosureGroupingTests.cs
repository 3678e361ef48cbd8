using System.Diagnostics;
using DeptBudget.Model;
using SeedFiles = DeptBudget.Testing.Seeds;

namespace DeptBudget.Reading.Tests.Identity;

/// <summary>
/// The files of a folder grouped into disclosures by what they state. The independent truth is the README of
/// ../shared/real-docs/china: its table gives each file's unit and year, and it says that -text / -tables files
/// are the two halves of one disclosure and -perf files hold targets published apart; every other file is a
/// disclosure of its own (苏州 publishes a 部门 and a 单位 budget of one unit and year: two disclosures).
/// A file with no text layer (pdftotext prints nothing) states nothing and must stand alone.
/// </summary>
public class DisclosureGroupingTests
{
    private static readonly string Folder = SeedFiles.RealDoc("china");

    private sealed record Row(string File, string Unit, int Year);

    private static List<Row> Readme() =>
        File.ReadAllLines(Path.Combine(Folder, "README.md"))
            .Where(l => l.StartsWith("| ") && l.Contains(".pdf"))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(c => new Row(c[1], c[3], int.Parse(c[4]))).ToList();

    private static bool IsPart(string file) =>
        Path.GetFileNameWithoutExtension(file) is var n && (n.Contains("-text") || n.EndsWith("-tables") || n.EndsWith("-perf"));

    private static bool HasTextLayer(string path)
    {
        var p = Process.Start(new ProcessStartInfo("pdftotext", ["-l", "3", path, "-"]) { RedirectStandardOutput = true })!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text.Any(c => !char.IsWhiteSpace(c));
    }

    // One unit's names may differ by a suffix (北京市医疗保障局部门 / 北京市医疗保障局).
    private static bool SameUnit(string a, string b) => a.Contains(b) || b.Contains(a);

    private static HashSet<string> Truth(List<Row> rows)
    {
        var scanned = rows.Where(r => !HasTextLayer(Path.Combine(Folder, r.File))).Select(r => r.File).ToHashSet();
        Assert.Single(scanned);   // the README: one explanation is a scan
        var groups = rows.Where(r => !IsPart(r.File) || !scanned.Contains(r.File)).Select(r => new List<Row> { r }).ToList();
        // Parts: -tables files anchor; -text and -perf files join the anchor of their unit and year.
        groups = groups.Where(g => !IsPart(g[0].File) || g[0].File.EndsWith("-tables.pdf")).ToList();
        foreach (var part in rows.Where(r => IsPart(r.File) && !r.File.EndsWith("-tables.pdf")))
        {
            if (scanned.Contains(part.File)) { groups.Add([part]); continue; }
            groups.Single(g => g[0].Year == part.Year && SameUnit(g[0].Unit, part.Unit)
                && (g[0].File.EndsWith("-tables.pdf") || !IsPart(g[0].File))).Add(part);
        }
        return groups.Select(Key).ToHashSet();
    }

    private static string Key(IEnumerable<Row> g) => string.Join(" + ", g.Select(r => r.File).Order(StringComparer.Ordinal));

    [Fact]
    public void The_china_folder_groups_into_the_disclosures_its_readme_lists()
    {
        var rows = Readme();
        Assert.Equal(36, rows.Count);
        var parts = new PartIdentity?[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            try { parts[i] = DisclosureParts.Identify(File.ReadAllBytes(Path.Combine(Folder, rows[i].File)), rows[i].File); }
            catch (ReadException) { parts[i] = null; }
        });
        var found = DisclosureParts.Group(parts).Select(g => Key(g.Select(i => rows[i]))).ToHashSet();
        var truth = Truth(rows);
        Assert.Equal(truth.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Equal(30, found.Count);   // 36 files: 北京 three pairs (the scan and its tables apart), 江苏 政协 a pair, 广州 政数局 with two target files
    }

    private static PartIdentity Part(string name, string dept, int year, PartRole role, params decimal[] amounts) =>
        new(name, dept, year, BudgetScope.Department, role, amounts.ToHashSet());

    [Fact]
    public void An_unnamed_part_joins_the_disclosure_that_prints_its_figures_and_stands_alone_when_none_clearly_does()
    {
        var parts = new PartIdentity?[]
        {
            Part("a", "", 2026, PartRole.Tables, 1.5m, 2.5m, 3.5m, 4.5m),
            Part("b", "", 2026, PartRole.Tables, 7.5m, 8.5m, 9.5m, 10.5m),
            Part("x", "甲局", 2026, PartRole.Explanation, 7.5m, 8.5m, 9.5m),
            Part("y", "乙局", 2026, PartRole.Explanation, 1.5m, 77m),
        };
        var groups = DisclosureParts.Group(parts).Select(g => string.Join("+", g.Select(i => parts[i]!.Name))).ToList();
        Assert.Equal(["a", "b+x", "y"], groups.Order());
    }

    [Fact]
    public void Parts_of_another_year_or_another_named_department_do_not_join()
    {
        var parts = new PartIdentity?[]
        {
            Part("t", "甲局", 2026, PartRole.Tables, 1.5m, 2.5m, 3.5m),
            Part("e1", "甲局", 2025, PartRole.Explanation, 1.5m, 2.5m, 3.5m),
            Part("e2", "乙局", 2026, PartRole.Explanation, 1.5m, 2.5m, 3.5m),
            Part("p", "甲局部门", 2026, PartRole.Targets),
            null,
        };
        var groups = DisclosureParts.Group(parts).Select(g => string.Join("+", g.Select(i => parts[i]?.Name ?? "?"))).ToList();
        Assert.Equal(["?", "e1", "e2", "t+p"], groups.Order());
    }
}
