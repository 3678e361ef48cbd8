using System.Text;
using System.Text.RegularExpressions;
using DeptBudget.Reading.Interpret;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Raw;

/// <summary>
/// Table 11 (部门（单位）整体绩效目标表) in text broken over lines (seed 004), rebuilt into the rows the
/// 河南 form prints with tabs (seed 000): 年度履职目标 | paragraph; 年度主要任务 | 任务名称 | 主要内容 and a
/// row per task; 预算情况 rows; the indicator header and one row per 三级指标 (一级 | 二级 | 三级 | 指标值 |
/// 指标值说明, the levels repeated on every row).
/// How the cells are told apart, as the extraction prints them:
/// - a task opens with （一）…; its name and content share a line (split at the space) or the name has its
///   own lines: a short line followed by a clearly longer one ends the name (only a cell's last line is short);
/// - 一级/二级 names are the 河南 template's words, alone on a line or wrapped over two (投入管理指 / 标);
/// - "三级 值" on one line is a measure; the lines after it, up to the next measure or level, its 指标值说明;
/// - otherwise the 三级 name wraps in an 11-ideograph column and its value in a 5-ideograph one: a name
///   that is a task's name (they recur verbatim) ends with it, else it runs on while its lines fill the
///   column; the value runs on while its lines fill theirs and the next line fits in it.
/// Returns null when the form's parts are not all found in order: the caller keeps its line-by-line reading.
/// </summary>
internal static partial class DepartmentTargetText
{
    private static readonly string[] Level1 = ["投入管理指标", "产出指标", "效益指标", "满意度指标"];
    // 满意度 is a 二级 under 效益指标 in the 河南 form (seed 001 prints it in the 二级 column).
    private static readonly string[] Level2 = ["工作目标管理", "预算和财务管理", "绩效管理", "重点工作任务完成", "履职目标实现", "履职效益", "满意度"];
    private const string IndicatorHeader = "一级指标二级指标三级指标指标值指标值说明";
    private const int NameFull = 20;   // a 三级 line that filled its 11-ideograph column (widths in half ideographs)
    private const int ValueFull = 8;   // a 指标值 line that filled its 5-ideograph column
    private const int ValueWidth = 11; // widest 指标值 line

    public static List<SourceLine>? Read(IReadOnlyList<(int Number, string Raw)> raw)
    {
        var lines = raw.Select(l => (l.Number, Text: l.Raw.Trim())).ToList();
        var objective = lines.FindIndex(l => l.Text == "年度履职目标");
        var tasks = lines.FindIndex(l => l.Text == "年度主要任务");
        var budget = lines.FindIndex(l => l.Text == "预算情况");
        var header = lines.FindIndex(l => l.Text.Replace(" ", "") == IndicatorHeader);
        if (objective < 0 || tasks <= objective + 1 || budget <= tasks + 1 || header <= budget) return null;
        if (lines[tasks + 1].Text.Replace(" ", "") != "任务名称主要内容") return null;

        var result = lines.Take(objective).Select(l => new SourceLine(l.Number, [l.Text])).ToList();
        result.Add(new SourceLine(lines[objective].Number, ["年度履职目标", string.Concat(lines[(objective + 1)..tasks].Select(l => l.Text))]));
        result.Add(new SourceLine(lines[tasks].Number, ["年度主要任务", "任务名称", "主要内容"]));
        var taskRows = Tasks(lines[(tasks + 2)..budget]);
        if (taskRows is null) return null;
        result.AddRange(taskRows.Select(t => new SourceLine(t.Number, ["", t.Name, t.Content])));
        result.AddRange(Budget(lines[budget].Number, lines[(budget + 1)..header]));
        result.Add(new SourceLine(lines[header].Number, ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"]));
        var names = taskRows.Select(t => Ordinal().Replace(t.Name, "")).ToHashSet();
        var indicators = Indicators(lines[(header + 1)..], names);
        if (indicators is null) return null;
        result.AddRange(indicators);
        return result;
    }

    private static List<(int Number, string Name, string Content)>? Tasks(List<(int Number, string Text)> lines)
    {
        var tasks = new List<(int, string, string)>();
        var i = 0;
        while (i < lines.Count)
        {
            if (!Ordinal().IsMatch(lines[i].Text)) return null;
            var (number, first) = lines[i++];
            string name;
            var content = new StringBuilder();
            var space = first.IndexOf(' ');
            if (space > 0) { name = first[..space]; content.Append(first[(space + 1)..].Replace(" ", "")); }
            else
            {
                name = first;
                // A short line before a much longer one cannot open the content: the name wrapped onto it.
                if (i + 1 < lines.Count && !Ordinal().IsMatch(lines[i].Text) && !Ordinal().IsMatch(lines[i + 1].Text)
                    && WrappedText.Width(lines[i].Text) + 8 < WrappedText.Width(lines[i + 1].Text))
                    name += lines[i++].Text;
            }
            while (i < lines.Count && !Ordinal().IsMatch(lines[i].Text)) content.Append(lines[i++].Text);
            tasks.Add((number, name, content.ToString()));
        }
        return tasks;
    }

    // 预算情况: label(s) then an amount, in 000's shape: a group label (1、资金来源：) before its first item,
    // the other items under the item column. The row is then keyed as 000's same row is.
    private static IEnumerable<SourceLine> Budget(int titleLine, List<(int Number, string Text)> lines)
    {
        var head = "预算情况";
        if (lines.Count == 0) yield return new SourceLine(titleLine, [head, ""]);
        foreach (var (number, text) in lines)
        {
            var cells = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (cells[0].StartsWith('（')) cells.Insert(0, "");
            yield return new SourceLine(number, [head, .. cells]);
            head = "";
        }
    }

    private static List<SourceLine>? Indicators(List<(int Number, string Text)> lines, ISet<string> taskNames)
    {
        var rows = new List<SourceLine>();
        string l1 = "", l2 = "";
        (int Number, string[] Cells, StringBuilder Explanation)? measure = null;
        void Flush()
        {
            if (measure is { } m) rows.Add(new SourceLine(m.Number, [.. m.Cells, m.Explanation.ToString()]));
            measure = null;
        }
        // The levels are printed on every row (merged cells repeated): a blank 二级 would let a measure named
        // like a 二级 word (服务对象满意度) be taken for one.
        string[] Levels(string name, string value) => [l1, l2, name, value];
        var i = 0;
        while (i < lines.Count)
        {
            if (Level(lines, i) is { } level)
            {
                Flush();
                if (level.First) { l1 = level.Word; l2 = ""; } else l2 = level.Word;
                i += level.Lines;
                continue;
            }
            var (number, text) = lines[i];
            if (Inline(text) is { } pair)
            {
                Flush();
                measure = (number, Levels(pair.Name, pair.Value), new StringBuilder());
                i++;
                continue;
            }
            if (measure is { } open) { open.Explanation.Append(text); i++; continue; }
            var (name, used) = Name(lines, i, taskNames);
            if (i + used >= lines.Count || Level(lines, i + used) is not null) return null; // a name without its value
            i += used;
            var (value, taken) = Value(lines, i);
            i += taken;
            rows.Add(new SourceLine(number, [.. Levels(name, value), ""]));
        }
        Flush();
        return rows;
    }

    private static (string Word, bool First, int Lines)? Level(List<(int Number, string Text)> lines, int i)
    {
        for (var k = 1; k <= 2 && i + k <= lines.Count; k++)
        {
            var word = string.Concat(lines[i..(i + k)].Select(l => l.Text));
            if (Level1.Contains(word)) return (word, true, k);
            if (Level2.Contains(word)) return (word, false, k);
        }
        return null;
    }

    // "三级 值" on one line: a name, then a short value or an operator with a number.
    private static (string Name, string Value)? Inline(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || WrappedText.Width(parts[0]) > 24 || parts[0].IndexOfAny(['，', '。', '；']) >= 0) return null;
        var value = parts[1];
        var ok = TargetValueParser.Parse(value).IsQuantitative || (WrappedText.Width(value) <= 8 && value.IndexOfAny(['，', '。', '；', '、']) < 0);
        return ok ? (parts[0], value) : null;
    }

    private static (string Name, int Lines) Name(List<(int Number, string Text)> lines, int i, ISet<string> taskNames)
    {
        // A task's name recurs verbatim as a 产出 measure: where the joined lines make one, the name ends.
        var joined = "";
        for (var k = 1; k <= 4 && i + k <= lines.Count; k++)
        {
            joined += lines[i + k - 1].Text;
            if (taskNames.Contains(joined)) return (joined, k);
        }
        var name = lines[i].Text;
        var used = 1;
        while (i + used < lines.Count && WrappedText.Width(lines[i + used - 1].Text) >= NameFull && Level(lines, i + used) is null)
            name += lines[i + used++].Text;
        return (name, used);
    }

    private static (string Value, int Lines) Value(List<(int Number, string Text)> lines, int i)
    {
        var value = lines[i].Text;
        var used = 1;
        while (i + used < lines.Count && WrappedText.Width(lines[i + used - 1].Text) >= ValueFull
               && WrappedText.Width(lines[i + used].Text) <= ValueWidth && Level(lines, i + used) is null && Inline(lines[i + used].Text) is null)
            value += lines[i + used++].Text;
        return (value, used);
    }

    [GeneratedRegex(@"^（[一二三四五六七八九十]+）")]
    private static partial Regex Ordinal();
}
