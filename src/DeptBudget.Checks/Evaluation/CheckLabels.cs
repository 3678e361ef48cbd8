using System.Globalization;
using System.Text;

namespace DeptBudget.Checks.Evaluation;

/// <summary>
/// A reviewer's verdict on one finding of one document: true (the document has that defect; the note gives the
/// arithmetic), false (the rule is wrong there), or missed (a defect found by reading the document by hand that the
/// checker should report under this rule and key).
/// </summary>
public sealed record CheckLabel(string Document, string Rule, string Key, string Verdict, string Note)
{
    public bool IsDefect => Verdict is "true" or "missed";
}

/// <summary>
/// The labels file: tab-separated lines "document, rule, key, verdict, note"; "doc	PATH" lines declare a document
/// with no finding to label; # starts a comment. Documents are paths under the shared folder (seeds/000_….txt).
/// </summary>
public sealed class CheckLabels
{
    public IReadOnlyList<string> Documents { get; }
    public IReadOnlyList<CheckLabel> Labels { get; }

    private CheckLabels(IReadOnlyList<string> documents, IReadOnlyList<CheckLabel> labels) => (Documents, Labels) = (documents, labels);

    public static CheckLabels Parse(string text)
    {
        var docs = new List<string>();
        var labels = new List<CheckLabel>();
        var n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f[0] == "doc" && f.Length >= 2) { if (!docs.Contains(f[1])) docs.Add(f[1]); continue; }
            if (f.Length < 4 || f[3] is not ("true" or "false" or "missed"))
                throw new FormatException($"标注文件第 {n} 行格式错误：应为“文档<TAB>规则<TAB>键<TAB>true|false|missed<TAB>说明”");
            labels.Add(new CheckLabel(f[0], f[1], f[2], f[3], f.Length > 4 ? f[4] : ""));
            if (!docs.Contains(f[0])) docs.Add(f[0]);
        }
        return new CheckLabels(docs, labels);
    }

    /// <summary>
    /// Every labels file of a folder (*.tsv, by name), read as one: reviewers of different documents keep files of
    /// their own, and a path may name one file.
    /// </summary>
    public static CheckLabels Load(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToList()
            : [path];
        var docs = new List<string>();
        var labels = new List<CheckLabel>();
        foreach (var file in files)
        {
            CheckLabels one;
            try { one = Parse(File.ReadAllText(file)); }
            catch (FormatException e) { throw new FormatException($"{Path.GetFileName(file)}：{e.Message}"); }
            docs.AddRange(one.Documents.Where(d => !docs.Contains(d)));
            labels.AddRange(one.Labels);
        }
        return new CheckLabels(docs, labels);
    }

    /// <summary>The files of a labelled document: "a.pdf + b.pdf" names the parts of one disclosure.</summary>
    public static IReadOnlyList<string> Parts(string document) =>
        document.Split(" + ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What identifies a finding across runs: rule, place and the two values (not the message's wording).</summary>
    public static string Key(Finding f)
    {
        var l = f.Location;
        return string.Join("|", l.Table ?? "", l.Section ?? "", l.Row ?? "", l.Column ?? "", f.Expected ?? "", f.Actual ?? "")
            .Replace('\t', ' ').Replace('\n', ' ');
    }

    /// <summary>Errors and warnings are what a reviewer must read; infos say a check could not run.</summary>
    public static bool IsJudged(Finding f) => f.Severity != Severity.Info;
}

/// <summary>Precision and recall per rule of the checker on the labelled documents.</summary>
public sealed record RuleScore(string Rule, int True, int False, int Defects, int DefectsFound)
{
    public decimal? Precision => True + False == 0 ? null : (decimal)True / (True + False);
    public decimal? Recall => Defects == 0 ? null : (decimal)DefectsFound / Defects;
}

public sealed record Unlabelled(string Document, Finding Finding, string Key);

public sealed record EvaluationResult(IReadOnlyList<RuleScore> Rules, RuleScore Overall, IReadOnlyList<Unlabelled> Unlabelled, IReadOnlyList<CheckLabel> Lost)
{
    /// <summary>The table `deptbudget eval checks` prints, and the lines the tests show when a label is missing or lost.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine("规则\t正确\t误报\t精确率\t缺陷\t已报告\t召回率");
        foreach (var r in Rules.Append(Overall))
            sb.AppendLine(string.Join("\t", r.Rule, r.True, r.False, P(r.Precision), r.Defects, r.DefectsFound, P(r.Recall)));
        foreach (var u in Unlabelled)
            sb.AppendLine($"未标注：{u.Document}\t{u.Finding.Rule}\t{u.Key}\t{u.Finding.Message}");
        foreach (var l in Lost)
            sb.AppendLine($"已确认却未报告：{l.Document}\t{l.Rule}\t{l.Key}\t{l.Note}");
        return sb.ToString();
    }

    private static string P(decimal? v) => v is { } x ? (x * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
}

public static class CheckEvaluation
{
    /// <summary>Scores the findings of each labelled document against its labels.</summary>
    public static EvaluationResult Score(CheckLabels labels, IReadOnlyDictionary<string, IReadOnlyList<Finding>> findingsByDocument)
    {
        var byKey = labels.Labels.GroupBy(l => (l.Document, l.Rule, l.Key)).ToDictionary(g => g.Key, g => g.First());
        var stats = new Dictionary<string, int[]>(StringComparer.Ordinal); // true, false, defects, found
        int[] S(string rule) => stats.TryGetValue(rule, out var s) ? s : stats[rule] = new int[4];
        var unlabelled = new List<Unlabelled>();
        var reported = new HashSet<(string, string, string)>();
        foreach (var (doc, findings) in findingsByDocument)
            foreach (var f in findings.Where(CheckLabels.IsJudged))
            {
                var key = CheckLabels.Key(f);
                reported.Add((doc, f.Rule, key));
                if (!byKey.TryGetValue((doc, f.Rule, key), out var label)) { unlabelled.Add(new(doc, f, key)); continue; }
                S(f.Rule)[label.IsDefect ? 0 : 1]++;
            }
        var lost = new List<CheckLabel>();
        foreach (var l in byKey.Values.Where(l => l.IsDefect && findingsByDocument.ContainsKey(l.Document)))
        {
            S(l.Rule)[2]++;
            if (reported.Contains((l.Document, l.Rule, l.Key))) S(l.Rule)[3]++;
            else if (l.Verdict == "true") lost.Add(l);
        }
        var rules = stats.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new RuleScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3])).ToList();
        var overall = new RuleScore("合计", rules.Sum(r => r.True), rules.Sum(r => r.False), rules.Sum(r => r.Defects), rules.Sum(r => r.DefectsFound));
        return new EvaluationResult(rules, overall, unlabelled, lost);
    }
}
