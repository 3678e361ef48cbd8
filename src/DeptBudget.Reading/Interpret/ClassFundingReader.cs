using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Model.Catalogues;

namespace DeptBudget.Reading.Interpret;

/// <summary>
/// 财政拨款收支总体情况表 (04) prints, on its expenditure side, 一般公共预算 and its part 其中：财政拨款 by
/// functional 类 ("（十）卫生健康支出"). Expenditure lines carry whole sources only, so the parts are taken
/// from here; the 类 label is matched to the year's catalogue because these rows print no code.
/// </summary>
public static partial class ClassFundingReader
{
    // Sources printed as parts of 一般公共预算 on the expenditure side.
    private static readonly string[] PartSources = [AmountKeys.OwnLevelAppropriation, AmountKeys.AdvanceTransferFromAbove];

    public static IReadOnlyList<ClassFundingLine> Read(Table? table, int year)
    {
        if (table is null) return [];
        var item = table.ColumnIndex(ColumnKeys.ExpenditureItem);
        if (item < 0) return [];
        var columns = PartSources.Select(s => (Source: s, Index: table.ColumnIndex(s))).Where(c => c.Index > item).ToList();
        if (columns.Count == 0) return [];
        var catalogue = ClassificationCatalogue.For(year);
        var lines = new List<ClassFundingLine>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in table.Rows)
        {
            if (item >= row.Cells.Count || ClassOf(row.Cells[item], catalogue) is not { } code) continue;
            foreach (var (source, index) in columns)
                // A class printed twice (page break repeats) is one fact.
                if (row.Amount(index) is { } v && seen.Add((code.Value, source)))
                    lines.Add(new ClassFundingLine(code, source, v));
        }
        return lines;
    }

    /// <summary>The 类 a printed label names ("（十）卫生健康支出", "十、卫生健康"), or null for totals and kinds.</summary>
    public static AccountCode? ClassOf(string label, ClassificationCatalogue catalogue)
    {
        var s = Strip(Numbering().Replace(label, ""));
        if (s.Length < 2) return null;
        AccountCode? contained = null;
        foreach (var (code, n) in ClassNames.GetValue(catalogue, StrippedNames))
        {
            if (n == s) return code;
            if (contained is null && (n.Contains(s, StringComparison.Ordinal) || s.Contains(n, StringComparison.Ordinal))) contained = code;
        }
        return contained;
    }

    // The catalogue's 类 names stripped once per catalogue (a catalogue is built once per year), not once per row read.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ClassificationCatalogue, (AccountCode Code, string Name)[]> ClassNames = new();

    private static (AccountCode Code, string Name)[] StrippedNames(ClassificationCatalogue catalogue) =>
        catalogue.Functional.Classes.Select(e => (e.Code, Strip(e.Name))).ToArray();

    private static string Strip(string s)
    {
        if (s.Any(char.IsWhiteSpace)) s = string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        return s.EndsWith("支出", StringComparison.Ordinal) ? s[..^2] : s;
    }

    [GeneratedRegex(@"^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|[一二三四五六七八九十\d]+\s*[、.．])\s*")]
    private static partial Regex Numbering();
}
