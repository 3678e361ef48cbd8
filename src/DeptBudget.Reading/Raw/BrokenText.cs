using System.Text.RegularExpressions;
using DeptBudget.Model;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Raw;

/// <summary>
/// Text extracted from a PDF without tabs (seed 004): cells are separated by spaces, long cells wrap
/// onto following lines, and a page break can fall inside a table. Lines that carry amounts are split
/// into cells on spaces, keeping a two-sided 收支 row (item amount item amount) in its four places;
/// header words between a title and its first row become header rows so the table is taken; other
/// lines stay one cell. Table 06 is rebuilt by <see cref="BasicExpenditureText"/> and table 09's header
/// by <see cref="FundHeaderText"/>. The forms 11 and 12, whose cells (and even amounts: 22,48 / 0.92)
/// wrap over lines with nothing marking where a cell ends, are rebuilt whole by
/// <see cref="DepartmentTargetText"/> and <see cref="ProjectTargetText"/> from the cells' printed widths.
/// </summary>
public static partial class BrokenText
{
    /// <summary>Text with no tabs whose tables are marked 预算 NN表, as this extraction prints them.</summary>
    public static bool Looks(string text) => text.IndexOf('\t') < 0 && TableTag().Matches(text).Count >= 2;

    public static List<SourceLine> Lines(string text)
    {
        var raw = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var lines = new List<SourceLine>();
        var twoSided = false;
        var bothSides = false;
        var inHeader = false;
        BasicExpenditureText? basic = null; // table 06 while it lasts: its columns are rebuilt
        FundHeaderText? fund = null;        // table 09's header words while they last
        for (var n = 0; n < raw.Count; n++)
        {
            var line = raw[n].Trim();
            // A sentence (with its punctuation or 万元) is prose even when it states amounts.
            if (line.IndexOfAny(['，', '。', '；', '%']) >= 0 || line.Contains("万元") && line.Length > 8 && !line.Contains('：'))
            {
                if (fund is not null) { lines.AddRange(fund.Flush()); fund = null; }
                lines.Add(new SourceLine(n + 1, [TextNormalizer.Cell(line)]));
                continue;
            }
            var cells = Tokens(line);
            if (TableTag().IsMatch(line))
            {
                twoSided = false;
                if (basic is not null) { lines.AddRange(basic.Flush()); basic = null; }
                if (fund is not null) { lines.AddRange(fund.Flush()); fund = null; }
            }
            if (line.Contains("收支总体") && line.EndsWith('表')) { twoSided = true; lines.Add(new SourceLine(n + 1, [line])); continue; }
            if (!twoSided && TableTitles.Recognise(TextNormalizer.Cell(line)) is { } id)
            {
                // Forms 11 and 12 are rebuilt whole, up to the next 预算 NN表 tag, when their reader knows them.
                if (Form(raw, n, id) is { } form)
                {
                    lines.Add(new SourceLine(n + 1, [line]));
                    lines.AddRange(form.Lines);
                    n = form.End - 1;
                    inHeader = false;
                    basic = null;
                    fund = null;
                    continue;
                }
                inHeader = true;
                basic = id == TableIds.GeneralBudgetBasicExpenditure ? new BasicExpenditureText() : null;
                fund = id == TableIds.GovernmentFundExpenditure ? new FundHeaderText() : null;
                lines.Add(new SourceLine(n + 1, [line]));
                continue;
            }
            if (cells.Any(Money) || line.Contains("无数据") || TableTag().IsMatch(line))
            {
                inHeader = false;
                if (fund is not null) { lines.AddRange(fund.Flush()); fund = null; }
            }
            // Header words between a title and its first row: kept as a header row (words wrap too
            // irregularly to rebuild the columns), so the title is taken as a table and rows follow.
            if (inHeader && cells.Count > 0 && !TableBuilder.IsMeta(TextNormalizer.Cell(line)) && !line.StartsWith('（') && !line.StartsWith('('))
            {
                if (basic is not null) basic.AddHeader(n + 1, cells);
                else if (fund is not null) fund.Add(n + 1, cells);
                else lines.Add(new SourceLine(n + 1, [.. cells, ""]));
                continue;
            }
            if (basic is not null && !inHeader && cells.Count > 0 && !TableBuilder.IsMeta(TextNormalizer.Cell(line)))
            {
                lines.AddRange(basic.Body(n + 1, cells));
                continue;
            }
            // In the body of a two-sided table, once rows carried both sides, a row with one item is an
            // expenditure item: the revenue list is the shorter one and has ended.
            var texts = cells.Count(c => !Money(c));
            if (twoSided && bothSides && texts == 1 && cells.Count <= 2 && !line.Contains('：'))
            {
                lines.Add(new SourceLine(n + 1, ["", "", cells[0], cells.Count == 2 ? cells[1] : ""]));
                continue;
            }
            if (twoSided && texts == 2) bothSides = true;
            if (line.Replace(" ", "").Contains("收入总计")) { twoSided = false; bothSides = false; }
            if (cells.Count >= 2 && cells.Any(Money))
            {
                lines.Add(new SourceLine(n + 1, twoSided || line.Replace(" ", "").Contains("收入总计") ? TwoSided(cells) : cells.ToArray()));
                continue;
            }
            // Header words of a two-sided table: 收入 支出 / 项目 金额 项目 金额.
            if (twoSided && cells.Count is 2 or 4 && cells.All(c => c is "收入" or "支出" or "项目" or "金额"))
            {
                lines.Add(new SourceLine(n + 1, cells.Count == 2 ? [cells[0], "", cells[1], ""] : cells.ToArray()));
                continue;
            }
            if (twoSided && cells.Count == 2 && !cells.Any(Money) && !line.Contains('：') && !char.IsAsciiDigit(cells[0][0]))
            {
                lines.Add(new SourceLine(n + 1, [cells[0], "", cells[1], ""]));
                continue;
            }
            // Prose: the extraction's spaces (2024 年收入 23278.10 万元) are not the text's.
            lines.Add(new SourceLine(n + 1, [TextNormalizer.Cell(line)]));
        }
        if (basic is not null) lines.AddRange(basic.Flush());
        if (fund is not null) lines.AddRange(fund.Flush());
        return lines;
    }

    // The rebuilt lines of form 11 or 12 starting after the title at n, and where the form ends; null when
    // the reader does not recognise the form (or fails on it): the lines are then read one by one as before.
    private static (List<SourceLine> Lines, int End)? Form(List<string> raw, int n, string id)
    {
        if (id is not (TableIds.DepartmentPerformanceTarget or TableIds.ProjectPerformanceTargets)) return null;
        var end = n + 1;
        while (end < raw.Count && !TableTag().IsMatch(raw[end])) end++;
        try
        {
            var body = WrappedText.NonBlank(raw, n + 1, end);
            var rebuilt = id == TableIds.DepartmentPerformanceTarget ? DepartmentTargetText.Read(body) : ProjectTargetText.Read(body);
            return rebuilt is null ? null : (rebuilt, end);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            return null;
        }
    }

    // Spaced-out labels (本 年 收 入 合 计) are one word: single CJK characters separated by spaces are joined.
    private static List<string> Tokens(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var tokens = new List<string>();
        foreach (var p in parts)
        {
            if (tokens.Count > 0 && p.Length == 1 && !char.IsAsciiDigit(p[0]) && tokens[^1].Length >= 1 && !Money(tokens[^1])
                && (tokens[^1].Length == 1 || SpacedRun(tokens[^1])))
                tokens[^1] += p;
            else tokens.Add(p);
        }
        return tokens;
    }

    private static bool SpacedRun(string s) => s.Length <= 8 && s.All(c => !char.IsAsciiDigit(c));

    private static bool Money(string s) => TextNormalizer.LooksLikeMoney(s);

    private static string[] TwoSided(List<string> cells)
    {
        var row = new string[4];
        Array.Fill(row, "");
        var slot = 0;
        foreach (var c in cells)
        {
            // item → its amount → next item: a text after the left item (with no amount) starts the right side.
            if (Money(c)) { if (slot % 2 == 0) slot++; row[Math.Min(slot, 3)] = c; slot++; }
            else { if (slot % 2 == 1) slot++; if (slot > 3) break; row[slot] = c; slot++; }
        }
        return row;
    }

    [GeneratedRegex(@"预算\s*\d{2}\s*表")]
    private static partial Regex TableTag();
}
