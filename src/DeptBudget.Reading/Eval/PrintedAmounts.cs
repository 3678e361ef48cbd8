using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DeptBudget.Reading.Eval;

/// <summary>
/// The amounts a PDF prints, as an independent ground truth: poppler's <c>pdftotext -layout</c> text,
/// not our reader. Two multisets: the amounts on table lines (what a reader must recall) and every
/// figure printed anywhere as a token of its own (what an exported amount must be found among).
/// </summary>
/// <remarks>
/// How an amount is told, on one pdftotext line split on white space:
/// <list type="bullet">
/// <item>a <b>money token</b> is a whole token with decimals (<c>44156.640120</c>, <c>-3.5</c>) or with
/// thousands groups (<c>9,038.772380</c>, <c>1,234</c>); a token followed by a unit word (万元, 元, %, 亿)
/// is prose (<c>347.32 万元</c>), not a cell;</item>
/// <item>a <b>table line</b> has at least two money tokens (prose and headings rarely print two bare
/// figures, and a column-number row 1 2 3 … prints none), or one that stands in a column: column gaps of
/// two spaces or more, or the line's edge, on both sides, after a row label (江苏: 2040501   行政运行      17,279.29);</item>
/// <item>on a table line, a plain integer (<c>426680000</c>, <c>0</c>) after the first money token is an
/// amount too (tables in 元 print whole numbers); integers before it are codes (2010601, 245001, 类 201);</item>
/// <item>except a 3–7 digit integer standing under a code heading of pdftotext's own header lines (科目代码,
/// 科目编码, 代码, 类, 款, 项, or a wrapped 科目代 / 码): a side-by-side table prints its right half's codes
/// after the left half's amounts (西安: 30101 基本工资 32,390.68 30201 办公费 279.66).</item>
/// </list>
/// Not counted, by this definition: rows whose every amount is a plain integer (西安's 0 0 0 rows) and a
/// single figure set off by one space only. Both under-count the truth; neither makes a reader look better.
/// </remarks>
public sealed partial class PrintedAmounts
{
    public required IReadOnlyDictionary<decimal, int> OnTableLines { get; init; }
    public required IReadOnlyDictionary<decimal, int> Anywhere { get; init; }
    public int TableLineCount { get; init; }

    /// <summary>The amounts of pdftotext's layout text.</summary>
    public static PrintedAmounts FromLayoutText(string text)
    {
        var onTables = new Dictionary<decimal, int>();
        var anywhere = new Dictionary<decimal, int>();
        var tableLines = 0;
        var headings = new Queue<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Replace('\u3000', ' ').Replace('\t', ' ').Replace('\f', ' ').TrimEnd('\r');
            var matches = Token().Matches(line);
            // A label printed touching its amount (支出1839311.66) prints that amount: the figure is the token.
            var tokens = matches.Select(m => GluedLabel().Match(m.Value) is { Success: true } g && MoneyToken().IsMatch(g.Groups[2].Value) ? g.Groups[2].Value : m.Value).ToArray();
            var money = new List<int>();
            for (var i = 0; i < tokens.Length; i++)
                if (IsMoney(tokens[i], out _) && !(i + 1 < tokens.Length && UnitWord().IsMatch(tokens[i + 1]))) money.Add(i);
            // Anywhere: every money token, whatever follows it, and the whole numbers of a row of figures
            // (0 0 0 …, 1 2 3 …): an exported cell printed at all. Prose integers (years, counts) are not cells.
            var figures = tokens.Count(t => IsMoney(t, out _) || IsInteger(t, out _));
            foreach (var t in tokens)
                if (IsMoney(t, out var any) || (figures >= 2 && IsInteger(t, out any))) Add(anywhere, any);
            // A lone whole number standing in a column after a row label (项目名称 … 500000 in a table in 元) is a
            // printed cell too; prose sets a figure off by one space.
            if (figures == 1 && tokens.Length > 1 && IsInteger(tokens[^1], out var lone) && StandsApart(line, matches[^1])) Add(anywhere, lone);
            // A lone figure needs a row label before it (a code or a name): a figure alone on its line is a chart's
            // axis label or a page's furniture, not a table cell.
            var inColumn = money.Count == 1 && money[0] > 0 && StandsApart(line, matches[money[0]]);
            if (money.Count < 2 && !inColumn)
            {
                // A row that prints codes but no amount (30106 伙食补助费 30204 手续费) is data, not heading.
                if (figures == 0) Remember(headings, line);
                continue;
            }
            tableLines++;
            for (var i = money[0]; i < tokens.Length; i++)
            {
                if (i + 1 < tokens.Length && UnitWord().IsMatch(tokens[i + 1])) continue;
                if (IsMoney(tokens[i], out var v)) Add(onTables, v);
                else if (IsInteger(tokens[i], out v) && !UnderCodeHeading(headings, matches[i])) Add(onTables, v);
            }
        }
        return new PrintedAmounts { OnTableLines = onTables, Anywhere = anywhere, TableLineCount = tableLines };
    }

    // The lines a table line may stand under: the last few lines that print words and no figure (its heading,
    // wrapped over up to four lines, and the title and unit lines above it).
    private static void Remember(Queue<string> headings, string line)
    {
        if (!line.Any(c => c >= '\u4e00' && c <= '\u9fff')) return;
        headings.Enqueue(line);
        while (headings.Count > 6) headings.Dequeue();
    }

    // A whole number of 3–7 digits whose columns a code heading word covers (two columns' slack either side:
    // pdftotext places a CJK heading by its glyphs, the figures under it by theirs).
    private static bool UnderCodeHeading(IEnumerable<string> headings, Match token)
    {
        var digits = token.Value.TrimStart('-').Length;
        if (digits is < 3 or > 7 || token.Value.StartsWith('-')) return false;
        return headings.Any(h => CodeHeading().Matches(h).Any(w => w.Index < token.Index + token.Length + 2 && w.Index + w.Length > token.Index - 2));
    }

    /// <summary>Runs <c>pdftotext -layout</c> on a PDF (bounded to a minute); a clear Chinese error when poppler is missing.</summary>
    public static string LayoutText(string pdfPath, TimeSpan? limit = null)
    {
        var info = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-layout", "-enc", "UTF-8", pdfPath, "-"]) info.ArgumentList.Add(a);
        Process process;
        try { process = Process.Start(info) ?? throw new EvalException(Missing); }
        catch (System.ComponentModel.Win32Exception) { throw new EvalException(Missing); }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(limit ?? TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                throw new EvalException($"{Path.GetFileName(pdfPath)}：pdftotext 超过时限未完成，无法取得对照文本");
            }
            if (process.ExitCode != 0)
                throw new EvalException($"{Path.GetFileName(pdfPath)}：pdftotext 无法读取此文件（{error.Result.Trim()}）");
            return output.Result;
        }
    }

    /// <summary>Whether pdftotext can be started on this machine.</summary>
    public static bool Available()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdftotext", "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false });
            p?.WaitForExit(10_000);
            return p is not null;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    public const string Missing = "未找到 pdftotext：对照读取需要 poppler-utils（Debian: apt-get install poppler-utils），请安装后重试";

    // A lone figure is a cell when column gaps (two spaces or more, or the line's edge) stand on both sides:
    // 2040501   行政运行      17,279.29. Prose puts one space around a figure (…支出 12,868.19 / 万元 on the next line).
    private static bool StandsApart(string line, Match m)
    {
        var end = m.Index + m.Length;
        var before = m.Index == 0 || line.AsSpan(0, m.Index).TrimStart().Length == 0 || (m.Index >= 2 && line[m.Index - 1] == ' ' && line[m.Index - 2] == ' ');
        var after = end == line.Length || (end + 1 < line.Length && line[end] == ' ' && line[end + 1] == ' ');
        return before && after;
    }

    internal static bool IsMoney(string token, out decimal value)
    {
        value = 0;
        if (!MoneyToken().IsMatch(token)) return false;
        return decimal.TryParse(token.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsInteger(string token, out decimal value)
    {
        value = 0;
        return IntegerToken().IsMatch(token) && decimal.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static void Add(Dictionary<decimal, int> bag, decimal v) => bag[v] = bag.GetValueOrDefault(v) + 1;

    // Decimals (up to 6 places, as 北京 prints) or thousands groups; a leading minus sign.
    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+(\.\d{1,6})?|\d+\.\d{1,6})$")]
    private static partial Regex MoneyToken();

    [GeneratedRegex(@"^(.*[\u4e00-\u9fff）)])(-?[\d,]+\.?\d*)$")]
    private static partial Regex GluedLabel();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^-?\d{1,15}$")]
    private static partial Regex IntegerToken();

    // A heading word of a code column, as a token of its own: 科目代码/科目编码/功能分类科目编码 …, the first or last
    // part of one wrapped (科目代 | 码), or the 类/款/项 of split codes.
    [GeneratedRegex(@"(?<=^|\s)(\S*(代码|编码)|科目代|码|类|款|项)(?=\s|$)")]
    private static partial Regex CodeHeading();

    [GeneratedRegex(@"^(万|元|亿|%|％|个|人|辆|台|次|家|项)")]
    private static partial Regex UnitWord();
}

/// <summary>The evaluation cannot run (pdftotext missing or failing): the reason in Chinese, in one line.</summary>
public sealed class EvalException(string message) : Exception(message);
