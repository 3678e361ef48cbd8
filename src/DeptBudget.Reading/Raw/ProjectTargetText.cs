using System.Text.RegularExpressions;
using DeptBudget.Reading.Text;

namespace DeptBudget.Reading.Raw;

/// <summary>
/// Table 12 (项目绩效目标汇总表) in text broken over lines (seed 004), rebuilt in the 14 columns the 河南
/// table prints with tabs (seed 000): code, name, four amounts, then 三级指标/指标值 for 成本, 产出, 效益,
/// 满意度. The extraction prints a row's cells one after another, left to right, each cell's wrapped
/// pieces on lines of their own, rows top to bottom. So:
/// - a row opens with its code in digit pieces (4105 / 2624 / … / 4: one 21-digit code); 部门 (099) and
///   单位 (0990 / 01) rows carry amounts only; the name runs to the first amount; 政府预算资金 is the
///   pieces after 资金总额 joined until they make money (22,48 / 0.92);
/// - then name/value pairs: a value opens with an operator, a digit or % and takes the number and unit
///   pieces after it (≤2 / 500 / 000 / 元), or is words running on while its lines fill its column; a
///   name runs on while its lines fill its column and stops at a value, or at a word only values open
///   with (有效保 / 障 after 持续保 / 障情况, whose lines are as wide);
/// - a name's column is its printed width: lines of 3 ideographs are 效益 or 满意度, 4 成本, 5 or more
///   产出 (one-line names say only that the column is at least as wide). Within a row the columns only
///   move right, so a name not right of the one before opens the next row. Two narrow names in one row
///   are 效益 then 满意度; a narrow name alone in its row is 满意度 when it says 满意, else 效益;
/// - a page break inside a row prints the rest of its cells after the break: the code's last pieces
///   (0600 / 6), then one line with the name's rest and the rest of the last name before the break;
/// - a value printed beside a full first name line (基金累计结余 ≤15%) leaves the name's last line on the
///   next line, indented (率): it is joined back.
/// A name whose column its width cannot decide, or a pair without a value, is left out.
/// Returns null when the header is not the 河南 header or a row cannot be read: the caller falls back.
/// </summary>
internal static partial class ProjectTargetText
{
    private const string Printed = "单位编码（项目编码）项目单位（项目名称）项目金额（万元）绩效目标成本指标产出指标效益指标满意度指标"
        + "资金总额政府预算资金财政专户管理资金单位资金三级指标指标值三级指标指标值三级指标指标值三级指标指标值";

    private static readonly string[][] Header =
    [
        ["单位编码（项目编码）", "项目单位（项目名称）", "项目金额（万元）", "", "", "", "绩效目标", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "成本指标", "", "产出指标", "", "效益指标", "", "满意度指标", ""],
        ["", "", "资金总额", "政府预算资金", "财政专户管理资金", "单位资金", "三级指标", "指标值", "三级指标", "指标值", "三级指标", "指标值", "三级指标", "指标值"],
    ];

    private const int Width = 14, FirstIndicator = 6;
    private const int Cost = 0, Output = 1, Outcome = 2, Satisfaction = 3;

    // Words a 指标值 opens with and a wrapped name line does not (the pieces of 持续保障情况 are as wide as 有效保障's).
    private static readonly string[] ValueOpeners = ["有效", "明显", "显著", "有所", "稳步", "较去年", "较上年", "逐步"];
    private static readonly string[] WholeValues = ["完成", "规范", "是", "否"];

    public static List<SourceLine>? Read(IReadOnlyList<(int Number, string Raw)> lines)
    {
        var result = new List<SourceLine>();
        var i = 0;
        while (i < lines.Count && lines[i].Raw.Contains('：')) { result.Add(new SourceLine(lines[i].Number, [lines[i].Raw.Trim()])); i++; }
        var body = -1;
        for (var n = i; n < lines.Count && body < 0; n++)
            if (lines[n].Raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(WrappedText.Money)) body = n;
        if (body <= i || string.Concat(lines.Skip(i).Take(body - i).Select(l => l.Raw.Replace(" ", ""))) != Printed) return null;
        result.Add(new SourceLine(lines[i].Number, Header[0]));
        result.Add(new SourceLine(lines[i].Number, Header[1]));
        result.Add(new SourceLine(lines[body - 1].Number, Header[2]));
        var rows = new Parser(WrappedText.Tokens(lines.Skip(body))).Rows();
        if (rows is null) return null;
        result.AddRange(rows);
        return result;
    }

    private sealed class Pair(int line, List<WrappedToken> name, string value)
    {
        public int Line { get; } = line;
        public List<WrappedToken> Parts { get; } = name;
        public string Value { get; } = value;
        public string Name => string.Concat(Parts.Select(p => p.Text));
        public int Widest => Parts.Max(p => p.Width);
        public bool Wrapped => Parts.Count > 1;
        public bool Narrow => Wrapped && Widest <= 6;
        /// <summary>The name's last line filled its column: the name may go on.</summary>
        public bool Full => Parts[^1].Width >= Widest - 1;
    }

    private sealed class Parser(List<WrappedToken> t)
    {
        private int p;

        public List<SourceLine>? Rows()
        {
            var rows = new List<SourceLine>();
            while (p < t.Count)
            {
                if (!WrappedText.Digits(t[p].Text)) return null;
                var line = t[p].Line;
                var code = DigitRun(22);
                var name = "";
                while (p < t.Count && !WrappedText.Money(t[p].Text))
                {
                    if (WrappedText.Digits(t[p].Text)) return null;
                    name += t[p++].Text;
                }
                if (p >= t.Count) return null;
                var total = t[p++].Text;
                var government = Pieces();
                if (government is null) return null;
                var first = new string[Width];
                Array.Fill(first, "");
                (first[0], first[1], first[2], first[3]) = (code, name, total, government);
                if (code.Length < 16) { rows.Add(new SourceLine(line, first)); continue; } // 部门, 单位: amounts only
                var pairs = Pairs(first);
                rows.AddRange(Place(line, first, pairs));
            }
            return rows;
        }

        // Consecutive digit pieces up to a code's length.
        private string DigitRun(int max)
        {
            var s = "";
            while (p < t.Count && WrappedText.Digits(t[p].Text) && s.Length + t[p].Text.Length <= max) s += t[p++].Text;
            return s;
        }

        // 政府预算资金 after 资金总额: money on its own, or pieces (22,48 / 0.92) joined until they are money.
        private string? Pieces()
        {
            if (p < t.Count && WrappedText.Money(t[p].Text)) return t[p++].Text;
            if (p >= t.Count || !NumberPiece().IsMatch(t[p].Text) || !t[p].Text.Any(c => c is ',' or '.')) return "";
            var s = "";
            for (var k = 0; k < 3 && p < t.Count && NumberPiece().IsMatch(t[p].Text); k++)
            {
                s += t[p++].Text;
                if (WrappedText.Money(s)) return s;
            }
            return null;
        }

        private List<Pair> Pairs(string[] first)
        {
            var pairs = new List<Pair>();
            while (p < t.Count)
            {
                var x = t[p];
                if (WrappedText.Digits(x.Text))
                {
                    if (first[0].Length >= 20 || !Tail(first, pairs)) break; // the next row's code
                    continue;
                }
                // The last line of a name whose value was printed beside its first line.
                if (pairs.Count > 0 && x.OpensLine && x.Indented && !Quantity(x.Text) && pairs[^1].Widest >= 10 && pairs[^1].Full)
                {
                    pairs[^1].Parts.Add(x);
                    p++;
                    continue;
                }
                var name = Name();
                if (p >= t.Count || WrappedText.Digits(t[p].Text)) continue; // a name without a value: left out
                pairs.Add(new Pair(name[0].Line, name, Value()));
            }
            return pairs;
        }

        // A page break inside the row: the code's last pieces, then the name's rest and the rest of the
        // last cell before the break on one line.
        private bool Tail(string[] first, List<Pair> pairs)
        {
            var start = p;
            var rest = DigitRun(22 - first[0].Length);
            if (first[0].Length + rest.Length < 20) { p = start; return false; }
            first[0] += rest;
            if (p < t.Count && t[p].OpensLine)
            {
                var line = t[p].Line;
                var pieces = new List<WrappedToken>();
                while (p < t.Count && t[p].Line == line) pieces.Add(t[p++]);
                if (pieces.Any(c => Quantity(c.Text) || WrappedText.Money(c.Text)) || pieces.Count - 1 > pairs.Count) { p -= pieces.Count; return true; }
                first[1] += pieces[0].Text;
                for (var k = 1; k < pieces.Count; k++) pairs[pairs.Count - pieces.Count + k].Parts.Add(pieces[k]);
            }
            return true;
        }

        private List<WrappedToken> Name()
        {
            var parts = new List<WrappedToken> { t[p++] };
            var widest = parts[0].Width;
            while (p < t.Count)
            {
                var x = t[p];
                if (Quantity(x.Text) || WrappedText.Digits(x.Text) || OpensValue(x.Text)) break;
                if (parts[^1].Width < widest - 1) break; // the last line did not fill the column
                parts.Add(x);
                widest = Math.Max(widest, x.Width);
                p++;
            }
            return parts;
        }

        private string Value()
        {
            var first = t[p++];
            var value = first.Text;
            if (Quantity(value))
            {
                // Number and unit pieces; once a unit is printed only more unit follows (人 / 次).
                while (p < t.Count && !value.Contains('%') && QuantityPiece().IsMatch(t[p].Text) && !CodeAhead()
                       && !(UnitEnd().IsMatch(value) && t[p].Text.Any(char.IsAsciiDigit)))
                    value += t[p++].Text;
                return value;
            }
            var last = first.Width;
            while (p < t.Count && last >= first.Width - 1 && t[p].Width <= first.Width + 1
                   && !Quantity(t[p].Text) && !WrappedText.Digits(t[p].Text) && !t[p].Indented)
            {
                last = t[p].Width;
                value += t[p++].Text;
            }
            return value;
        }

        private bool CodeAhead() =>
            p + 1 < t.Count && t[p].Text.Length == 4 && WrappedText.Digits(t[p].Text) && WrappedText.Digits(t[p + 1].Text) && t[p + 1].Text.Length == 4;
    }

    /// <summary>The project's rows: pairs placed in their columns, a new row where a column does not move right.</summary>
    private static IEnumerable<SourceLine> Place(int line, string[] first, List<Pair> pairs)
    {
        var rows = new List<(int Line, string[] Cells)> { (line, first) };
        var previous = -1;
        for (var k = 0; k < pairs.Count; k++)
        {
            var pair = pairs[k];
            int? column;
            if (pair.Narrow)
            {
                if (previous == Outcome) column = Satisfaction;
                else column = k + 1 < pairs.Count && pairs[k + 1].Narrow ? Outcome : pair.Name.Contains("满意") ? Satisfaction : Outcome;
            }
            else
            {
                int[] candidates = pair.Wrapped
                    ? [pair.Widest <= 9 ? Cost : Output]
                    : pair.Widest >= 10 ? [Output] : pair.Widest >= 7 ? [Cost, Output] : [Cost, Output, Outcome, Satisfaction];
                var right = candidates.Where(c => c > previous).ToList();
                column = right.Count > 0 ? right[0] : candidates.Length == 1 ? candidates[0] : null;
            }
            if (column is not { } c) continue; // its column cannot be told: left out
            if (c <= previous)
            {
                var row = new string[Width];
                Array.Fill(row, "");
                rows.Add((pair.Line, row));
            }
            rows[^1].Cells[FirstIndicator + 2 * c] = pair.Name;
            rows[^1].Cells[FirstIndicator + 2 * c + 1] = pair.Value;
            previous = c;
        }
        return rows.Select(r => new SourceLine(r.Line, r.Cells));
    }

    private static bool Quantity(string s) => s.Length > 0 && ("≥≤<>=＜＞≈".Contains(s[0]) || char.IsAsciiDigit(s[0]) || s.EndsWith('%'));

    private static bool OpensValue(string s) => WholeValues.Contains(s) || ValueOpeners.Any(s.StartsWith);

    [GeneratedRegex(@"^[\d,.]+$")]
    private static partial Regex NumberPiece();

    [GeneratedRegex(@"^[\d,.]*(元|万元|人次|人|次|月|分钟|小时|天|年|户|个|家|%)?$")]
    private static partial Regex QuantityPiece();

    [GeneratedRegex(@"(元|人|次|月|分钟|小时|天|年|户|个|家)$")]
    private static partial Regex UnitEnd();
}
