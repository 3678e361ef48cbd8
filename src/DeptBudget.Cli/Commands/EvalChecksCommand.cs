using System.CommandLine;
using DeptBudget.Checks;
using DeptBudget.Checks.Evaluation;
using DeptBudget.Model;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// eval checks (a subcommand of <see cref="EvalCommand"/>) [--labels FILE] [--shared DIR]: checks every labelled document and prints precision and recall per
/// rule against the reviewers' verdicts (tests/DeptBudget.Checks.Tests/Labels/*.tsv), then every finding without
/// a verdict and every confirmed defect no longer reported. Exit 0 when there is neither, 1 otherwise.
/// </summary>
internal static class EvalChecksCommand
{
    public static Command Create()
    {
        var root = Environment.GetEnvironmentVariable("DEPTBUDGET_ROOT") ?? Directory.GetCurrentDirectory();
        var labels = new Option<string>("--labels") { Description = "The labels file, or a folder of them (*.tsv)", DefaultValueFactory = _ => Path.Combine(root, "tests", "DeptBudget.Checks.Tests", "Labels") };
        var shared = new Option<DirectoryInfo>("--shared") { Description = "The folder the labels' document paths are under", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(root, "..", "shared")) };
        var checks = new Command("checks", "精确率与召回率 — precision and recall of each rule on the labelled documents") { labels, shared };
        checks.SetAction(parse => Run(parse.GetValue(labels)!, parse.GetValue(shared)!));
        return checks;
    }

    private static int Run(string labelsPath, DirectoryInfo shared)
    {
        if (!File.Exists(labelsPath) && !Directory.Exists(labelsPath)) { Console.Error.WriteLine($"deptbudget: 找不到标注文件 {Path.GetFullPath(labelsPath)}"); return ExitCodes.Unusable; }
        CheckLabels labels;
        try { labels = CheckLabels.Load(labelsPath); }
        catch (FormatException e) { Console.Error.WriteLine($"deptbudget: {Path.GetFileName(labelsPath)}: {e.Message}"); return ExitCodes.Unusable; }
        var findings = new Dictionary<string, IReadOnlyList<Finding>>(StringComparer.Ordinal);
        foreach (var doc in labels.Documents)
        {
            // A disclosure in parts (北京 -text.pdf + -tables.pdf) is labelled as "a.pdf + b.pdf" and read as one.
            var files = CheckLabels.Parts(doc).Select(part => new FileInfo(Path.Combine(shared.FullName, part))).ToList();
            if (files.FirstOrDefault(f => !f.Exists) is { } missing) { Console.Error.WriteLine($"deptbudget: 找不到标注的文档 {missing.FullName}，跳过"); continue; }
            if (!CliInput.TryRead(files, out Disclosure d)) continue;
            findings[doc] = CheckCommand.Checker.Check(d).Findings;
        }
        var result = CheckEvaluation.Score(labels, findings);
        Console.Out.Write(result.Format());
        Console.Out.WriteLine($"文档 {findings.Count} 个；未标注 {result.Unlabelled.Count} 条，已确认却未报告 {result.Lost.Count} 条");
        return result.Unlabelled.Count == 0 && result.Lost.Count == 0 ? 0 : 1;
    }
}
