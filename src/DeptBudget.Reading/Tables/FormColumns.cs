using DeptBudget.Model;
using DeptBudget.Model.Layouts;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Tables;

/// <summary>
/// A performance self-evaluation form (项目绩效自评表, 部门整体支出绩效自评表) prints its figures under headings
/// inside the form, not above the table: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 得分 over the funds lines,
/// 分值 | 得分 over the indicators and the 总分 line. Each form sits on a grid of its own, so no column of the
/// table means one thing; a figure standing under such a heading is moved to a column of that meaning,
/// appended after the form's grid, and its place left empty. The text cells keep their places and order.
/// </summary>
public static class FormColumns
{
    /// <summary>The table with its self-evaluation figures under columns of their meaning; unchanged when it prints no form heading with 得分.</summary>
    public static (List<Column> Columns, List<(int Line, IReadOnlyList<string> Cells)> Data) Apply(
        List<Column> columns, List<(int Line, IReadOnlyList<string> Cells)> data)
    {
        var words = Vocabulary.FormColumns;
        var keys = words.Select(w => w.Key).Distinct().ToList();
        var width = columns.Count;
        Dictionary<int, string>? section = null;
        var moved = false;
        var rows = new List<(int Line, IReadOnlyList<string> Cells)>(data.Count);
        foreach (var (line, cells) in data)
        {
            var extra = new string[keys.Count];
            Array.Fill(extra, "");
            var list = cells.ToList();
            if (Heading(cells, words) is { } heading) section = heading;
            else if (TextNormalizer.Key(cells.FirstOrDefault(c => c.Length > 0) ?? "") == "项目名称") section = null; // the next form
            else if (section is not null)
                foreach (var (c, key) in section)
                    if (c < list.Count && TextNormalizer.TryAmount(list[c], out _))
                    {
                        extra[keys.IndexOf(key)] = list[c];
                        list[c] = "";
                        moved = true;
                    }
            rows.Add((line, Pad(list, width).Concat(extra).ToList()));
        }
        if (!moved) return (columns, data);
        var header = keys.Select(k => words.First(w => w.Key == k).Word);
        return (columns.Concat(keys.Zip(header, (k, h) => new Column(k, h))).ToList(), rows);
    }

    // A heading row inside a form: no figure, two or more cells starting with a form heading word, one of them 得分
    // (a self-evaluation's mark: a budget-year target form prints 指标值 only and stays text).
    private static Dictionary<int, string>? Heading(IReadOnlyList<string> cells, IReadOnlyList<Vocabulary.ColumnWord> words)
    {
        if (cells.Any(c => TextNormalizer.TryAmount(c, out _))) return null;
        var found = new Dictionary<int, string>();
        for (var c = 0; c < cells.Count; c++)
        {
            var key = TextNormalizer.Key(cells[c]);
            if (key.Length > 0 && words.FirstOrDefault(w => key.StartsWith(w.Word, StringComparison.Ordinal)) is { } w) found[c] = w.Key;
        }
        return found.Count >= 2 && found.ContainsValue("selfEval.score") ? found : null;
    }

    private static IEnumerable<string> Pad(List<string> cells, int width) =>
        cells.Count >= width ? cells.Take(width) : cells.Concat(Enumerable.Repeat("", width - cells.Count));
}
