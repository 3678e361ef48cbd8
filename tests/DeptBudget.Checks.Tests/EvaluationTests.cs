using DeptBudget.Checks.Evaluation;

namespace DeptBudget.Checks.Tests;

public class EvaluationTests
{
    private static Finding F(string rule, string actual, Severity s = Severity.Error) =>
        new(rule, s, FindingLocation.InSection("说明", "句子"), "1.00", actual, "消息");

    [Fact]
    public void Precision_counts_false_verdicts_and_recall_counts_missed_defects()
    {
        var labels = CheckLabels.Parse(string.Join("\n",
            "doc\td.txt",
            $"d.txt\tN1\t{CheckLabels.Key(F("N1", "2.00"))}\ttrue\t2 ≠ 1",
            $"d.txt\tN1\t{CheckLabels.Key(F("N1", "3.00"))}\tfalse\tmisread",
            "d.txt\tN1\tnot reported\tmissed\tfound by hand"));
        var r = CheckEvaluation.Score(labels, new Dictionary<string, IReadOnlyList<Finding>>
            { ["d.txt"] = [F("N1", "2.00"), F("N1", "3.00"), F("N1", "0.50", Severity.Info)] });
        var n1 = Assert.Single(r.Rules);
        Assert.Equal((1, 1, 2, 1), (n1.True, n1.False, n1.Defects, n1.DefectsFound));
        Assert.Equal(0.5m, n1.Precision);
        Assert.Empty(r.Unlabelled);
        Assert.Empty(r.Lost);
    }

    [Fact]
    public void A_finding_without_a_verdict_and_a_lost_true_one_are_listed()
    {
        var labels = CheckLabels.Parse($"d.txt\tN1\t{CheckLabels.Key(F("N1", "2.00"))}\ttrue\t2 ≠ 1");
        var r = CheckEvaluation.Score(labels, new Dictionary<string, IReadOnlyList<Finding>> { ["d.txt"] = [F("N2", "9%")] });
        Assert.Equal("N2", Assert.Single(r.Unlabelled).Finding.Rule);
        Assert.Equal("N1", Assert.Single(r.Lost).Rule);
        Assert.Contains("未标注", r.Format());
    }

    [Fact]
    public void A_malformed_line_is_a_clear_error_naming_the_line()
    {
        var e = Assert.Throws<FormatException>(() => CheckLabels.Parse("doc\td.txt\nd.txt\tN1\tkey\tmaybe"));
        Assert.Contains("第 2 行", e.Message);
    }
}
