using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Raw;

/// <summary>
/// Table 06 (一般公共预算基本支出表) in text broken over lines (seed 004). Its header words wrap one
/// piece a line (科目编 / 码), so the header is rebuilt only when the words, joined, are exactly the
/// printed 河南 header; its rows are laid out as 部门经济分类 code, name, 政府经济分类 code, name,
/// 合计, 人员经费, 公用经费. A row printing two amounts lost its empty cell: the second amount goes
/// to 人员经费 for classes 301/303 and to 公用经费 for 302/310, as the economic class decides. A
/// department code printed alone, with its name wrapped on the following lines, is joined to the
/// 政府经济分类 line that follows (30231 公务用车运行 / 维护费 / 50208 …).
/// </summary>
internal sealed class BasicExpenditureText
{
    private static readonly string[] Groups = ["部门预算支出经济分类科目", "政府预算支出经济分类科目编码", "本年一般公共预算基本支出"];
    private static readonly int[] Spans = [2, 2, 3];
    private static readonly string[] Leaves = ["科目编码", "科目名称", "科目编码", "科目名称", "合计", "人员经费", "公用经费"];
    private const int Width = 7;

    private readonly List<(int Line, List<string> Cells)> header = [];
    private bool headerDone;
    private (int Line, string Code)? pendingCode;
    private readonly List<string> pendingName = [];

    /// <summary>Takes a header line (its cells) while the header lasts; returns the lines to emit.</summary>
    public void AddHeader(int line, List<string> cells) => header.Add((line, cells));

    /// <summary>Lines to emit for one body line of the table (none while a wrapped row is pending).</summary>
    public IEnumerable<SourceLine> Body(int line, List<string> cells)
    {
        if (!headerDone)
        {
            headerDone = true;
            foreach (var h in Header()) yield return h;
        }
        if (cells.Count == 0) yield break;
        if (cells.Count == 1 && DeptCode(cells[0]))
        {
            pendingCode = (line, cells[0]);
            pendingName.Clear();
            yield break;
        }
        if (pendingCode is not null && !cells.Any(Money) && !GovCode(cells[0]))
        {
            pendingName.AddRange(cells);
            yield break;
        }
        if (pendingCode is { } p && GovCode(cells[0]))
        {
            pendingCode = null;
            yield return new SourceLine(p.Line, Row([p.Code, string.Concat(pendingName), .. cells]));
            yield break;
        }
        pendingCode = null;
        yield return new SourceLine(line, Row(cells));
    }

    /// <summary>Header lines still held when the table ended before any row.</summary>
    public IEnumerable<SourceLine> Flush() => headerDone ? [] : Header();

    private IEnumerable<SourceLine> Header()
    {
        headerDone = true;
        var joined = string.Concat(header.SelectMany(h => h.Cells));
        if (joined == string.Concat(Groups) + string.Concat(Leaves))
        {
            var first = header.Count > 0 ? header[0].Line : 0;
            var top = new List<string>();
            for (var g = 0; g < Groups.Length; g++) { top.Add(Groups[g]); top.AddRange(Enumerable.Repeat("", Spans[g] - 1)); }
            return [new SourceLine(first, top), new SourceLine(header[^1].Line, Leaves)];
        }
        // Not the header this knows: kept as printed, as for the other tables.
        return header.Select(h => new SourceLine(h.Line, [.. h.Cells, ""]));
    }

    /// <summary>Cells of one row in the seven columns; a row this cannot place is left as printed.</summary>
    private static string[] Row(List<string> cells)
    {
        var amounts = cells.SkipWhile(c => !Money(c)).ToList();
        var texts = cells.TakeWhile(c => !Money(c)).ToList();
        if (amounts.Any(a => !Money(a)) || amounts.Count is 0 or > 3) return [.. cells];
        var row = new string[Width];
        Array.Fill(row, "");
        if (texts.Count == 1 && texts[0].Replace(" ", "") == "合计")
            row[3] = "合计"; // as the table prints it: 合计 under the last name column, amounts under theirs
        else if (texts.Count == 4 && DeptCode(texts[0]) && GovCode(texts[2]))
            for (var t = 0; t < 4; t++) row[t] = texts[t];
        else return [.. cells];
        row[4] = amounts[0];
        if (amounts.Count == 3) { row[5] = amounts[1]; row[6] = amounts[2]; }
        else if (amounts.Count == 2)
        {
            var personnel = row[0].StartsWith("301") || row[0].StartsWith("303");
            var operating = row[0].StartsWith("302") || row[0].StartsWith("310");
            if (operating) row[6] = amounts[1];
            else if (personnel) row[5] = amounts[1];
            else return [.. cells]; // a class this does not know: the printed order stands
        }
        return row;
    }

    private static bool DeptCode(string s) => s.Length == 5 && s[0] == '3' && s.All(char.IsAsciiDigit);
    private static bool GovCode(string s) => s.Length == 5 && s[0] == '5' && s.All(char.IsAsciiDigit);
    private static bool Money(string s) => TextNormalizer.LooksLikeMoney(s);
}
