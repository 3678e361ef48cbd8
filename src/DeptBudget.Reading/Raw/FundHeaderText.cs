using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Raw;

/// <summary>
/// Table 09 (政府性基金预算支出情况表) in text broken over lines (seed 004): its three header rows are
/// printed one wrapped word a line, in reading order of the spanning cells. The header is rebuilt in
/// the 河南 layout (as seed 001 prints it with tabs) only when the joined words are exactly that
/// header's; the 单位： remnant (万元) before it and an empty table's lone 合计 after it keep their place.
/// </summary>
internal sealed class FundHeaderText
{
    // The printed words in the order this extraction gives them: spanning cells first, then their parts.
    private const string Printed = "科目编码单位代码单位（科目名称）合计基本支出项目支出小计人员经费公用经费小计其他运转类特定目标类"
        + "类款项工资福利支出对个人和家庭的补助商品和服务支出资本性支出";

    private static readonly string[][] Rows =
    [
        ["科目编码", "", "", "单位代码", "单位（科目名称）", "合计", "基本支出", "", "", "", "", "项目支出", "", ""],
        ["类", "款", "项", "", "", "", "小计", "人员经费", "", "公用经费", "", "小计", "其他运转类", "特定目标类"],
        ["", "", "", "", "", "", "", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "资本性支出", "", "", ""],
    ];

    private readonly List<(int Line, List<string> Cells)> header = [];

    public void Add(int line, List<string> cells) => header.Add((line, cells));

    /// <summary>The header lines: rebuilt when recognised, else as printed (one row per line).</summary>
    public IEnumerable<SourceLine> Flush()
    {
        var lines = header.ToList();
        header.Clear();
        var lead = lines.TakeWhile(h => h.Cells is ["万元"]).ToList();
        var tail = lines.Count > lead.Count && lines[^1].Cells is ["合计"] ? lines[^1] : default;
        var words = lines.Skip(lead.Count).Take(lines.Count - lead.Count - (tail.Cells is null ? 0 : 1)).ToList();
        if (words.Count == 0 || string.Concat(words.SelectMany(w => w.Cells)) != Printed)
            return lines.Select(h => new SourceLine(h.Line, [.. h.Cells, ""]));
        var result = lead.Select(h => new SourceLine(h.Line, ["单位：万元"])).ToList();
        result.Add(new SourceLine(words[0].Line, Rows[0]));
        result.Add(new SourceLine(words[0].Line, Rows[1]));
        result.Add(new SourceLine(words[^1].Line, Rows[2]));
        // An empty table's 合计 row, under 单位（科目名称） as the table prints it.
        if (tail.Cells is not null) result.Add(new SourceLine(tail.Line, ["", "", "", "", "合计", "", "", "", "", "", "", "", "", ""]));
        return result;
    }
}
