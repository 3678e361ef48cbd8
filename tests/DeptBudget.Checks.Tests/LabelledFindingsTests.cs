using DeptBudget.Checks.Evaluation;
using DeptBudget.Reading;
using DeptBudget.Testing;

namespace DeptBudget.Checks.Tests;

/// <summary>
/// Every error and warning on the documents of ../shared has a reviewer's verdict in Labels/*.tsv; a finding
/// without one, or a confirmed defect no longer reported, fails here with the line to add or the label lost.
/// </summary>
public class LabelledFindingsTests
{
    private static readonly Lazy<(CheckLabels Labels, EvaluationResult Result)> Run = new(() =>
    {
        var labels = CheckLabels.Load(Path.Combine(Seeds.RepoRoot, "tests", "DeptBudget.Checks.Tests", "Labels"));
        var findings = labels.Documents.ToDictionary(d => d,
            d => (IReadOnlyList<Finding>)Checker.Default.Check(DisclosureReader.ReadFiles(
                CheckLabels.Parts(d).Select(part => Path.Combine(Seeds.SharedDir, part)).ToList())).Findings);
        return (labels, CheckEvaluation.Score(labels, findings));
    });

    [Fact]
    public void Every_error_and_warning_on_the_labelled_documents_has_a_verdict()
    {
        var r = Run.Value.Result;
        Assert.True(r.Unlabelled.Count == 0, "findings without a verdict in Labels/*.tsv:\n" + r.Format());
    }

    [Fact]
    public void No_confirmed_defect_disappears()
    {
        var r = Run.Value.Result;
        Assert.True(r.Lost.Count == 0, "confirmed defects no longer reported:\n" + r.Format());
    }

    [Fact]
    public void At_least_95_percent_of_errors_and_warnings_are_true_and_90_percent_of_listed_defects_reported()
    {
        var o = Run.Value.Result.Overall;
        Assert.True(o.Precision >= 0.95m, Run.Value.Result.Format());
        Assert.True(o.Recall >= 0.90m, Run.Value.Result.Format());
    }

    [Fact]
    public void The_labels_cover_every_seed_and_every_shanghai_document()
    {
        var docs = Run.Value.Labels.Documents;
        foreach (var seed in Directory.GetFiles(Path.Combine(Seeds.SharedDir, "seeds"), "*.txt"))
            Assert.Contains("seeds/" + Path.GetFileName(seed), docs);
        foreach (var doc in Directory.GetFiles(Path.Combine(Seeds.SharedDir, "real-docs"), "shanghai-*"))
            Assert.Contains("real-docs/" + Path.GetFileName(doc), docs);
    }
}
