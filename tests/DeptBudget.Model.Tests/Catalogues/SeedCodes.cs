using System.Text.RegularExpressions;
using DeptBudget.Testing;

namespace DeptBudget.Model.Tests.Catalogues;

/// <summary>Pulls the 科目编码 printed in the tab-separated tables of seeds 000–003, with the name printed beside them.</summary>
internal static partial class SeedCodes
{
    public static int YearOf(string seed) => seed == Seeds.Luolong2021 ? 2021 : 2024;

    public static readonly string[] TabularSeeds = [Seeds.Longting2024, Seeds.Xixia2024, Seeds.Luolong2021, Seeds.Lanshan2024];

    /// <summary>Functional codes: "210\t12\t02\t…name" rows, and 003's layout where 类, 款 and 项 rows are nested.</summary>
    public static IReadOnlyList<(string Code, string Name)> Functional(string seed)
    {
        var found = new List<(string, string)>();
        string? cls = null, section = null;
        foreach (var line in Seeds.Text(seed).Split('\n'))
        {
            var row = line.TrimEnd('\r');
            var m = FlatFunctional().Match(row);
            if (m.Success)
            {
                found.Add((m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value, NameAfter(row, 3)));
                continue;
            }
            if ((m = NestedClass().Match(row)).Success) { cls = m.Groups[1].Value; section = null; found.Add((cls, m.Groups[2].Value)); }
            else if (cls is not null && (m = NestedSection().Match(row)).Success) { section = cls + m.Groups[1].Value; found.Add((section, m.Groups[2].Value)); }
            else if (section is not null && (m = NestedItem().Match(row)).Success) found.Add((section + m.Groups[1].Value, m.Groups[2].Value));
            else if (!row.StartsWith('\t')) { cls = null; section = null; }
        }
        return found;
    }

    /// <summary>(department code, government code) pairs from the economic tables, with the printed department name.</summary>
    public static IReadOnlyList<(string Department, string Government, string Name)> Economic(string seed)
    {
        var found = new List<(string, string, string)>();
        foreach (var line in Seeds.Text(seed).Split('\n'))
        {
            var row = line.TrimEnd('\r');
            var m = SplitEconomic().Match(row);
            if (m.Success)
            {
                found.Add((m.Groups[1].Value + m.Groups[2].Value, m.Groups[4].Value + m.Groups[5].Value, m.Groups[3].Value));
                continue;
            }
            if ((m = JoinedEconomic().Match(row)).Success) found.Add((m.Groups[1].Value, m.Groups[3].Value, m.Groups[2].Value));
        }
        return found;
    }

    private static string NameAfter(string row, int columns)
    {
        var cells = row.Split('\t');
        // 002 has a 单位代码 column between 项 and the name in some tables.
        for (var i = columns; i < cells.Length; i++)
            if (cells[i].Length > 0 && !cells[i].All(char.IsDigit)) return cells[i];
        return "";
    }

    [GeneratedRegex(@"^(2\d\d)\t(\d\d)\t(\d\d)\t")]
    private static partial Regex FlatFunctional();

    [GeneratedRegex(@"^(2\d\d)\t\t\t([^\t\d][^\t]*)\t")]
    private static partial Regex NestedClass();

    [GeneratedRegex(@"^\t(\d\d)\t\t([^\t]+)\t")]
    private static partial Regex NestedSection();

    [GeneratedRegex(@"^\t\t(\d\d)\t([^\t]+)\t")]
    private static partial Regex NestedItem();

    [GeneratedRegex(@"^(3\d\d)\t(\d\d)?\t([^\t]*)\t(5\d\d)\t(\d\d)?\t")]
    private static partial Regex SplitEconomic();

    [GeneratedRegex(@"^(3\d{4}(?:\d\d)?)\t([^\t]+)\t(5\d{4})\t")]
    private static partial Regex JoinedEconomic();
}
