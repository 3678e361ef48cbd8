using System.CommandLine;
using DeptBudget.Reading.Guards;
using Spectre.Console;

namespace DeptBudget.Cli.Commands;

/// <summary>
/// fuzz [--cases N] [--seed S] [--corpus DIR]: random mutations of the seeds, of small generated PDF,
/// DOCX and XLSX files and of any files in DIR, each read with a time budget. Exit 0 only with zero
/// crashes and zero hangs; failing inputs are written to --save so they can be replayed.
/// </summary>
internal static class FuzzCommand
{
    public static Command Create()
    {
        var cases = new Option<int>("--cases") { Description = "How many mutated inputs", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (the same seed replays the same cases)", DefaultValueFactory = _ => 1 };
        var corpus = new Option<DirectoryInfo?>("--corpus") { Description = "More inputs to mutate (default: ../shared/seeds beside the checkout)" };
        var save = new Option<DirectoryInfo?>("--save") { Description = "Write crashing and hanging inputs here" };
        var timeout = new Option<double>("--timeout") { Description = "Seconds one case may take", DefaultValueFactory = _ => 10 };
        var command = new Command("fuzz", "模糊测试 — mutate inputs and check the reader never crashes or hangs") { cases, seed, corpus, save, timeout };
        command.SetAction(parse => Run(parse.GetValue(cases), parse.GetValue(seed), parse.GetValue(corpus), parse.GetValue(save), parse.GetValue(timeout)));
        return command;
    }

    private static int Run(int cases, int seed, DirectoryInfo? corpusDir, DirectoryInfo? save, double timeout)
    {
        var inputs = FuzzCorpus.Build(corpusDir);
        AnsiConsole.MarkupLine($"corpus: {inputs.Count} inputs ({Markup.Escape(string.Join(", ", inputs.Select(i => i.Name)))})");
        Fuzzer.Result result = null!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"fuzz {cases} cases", maxValue: cases);
                result = Fuzzer.Run(inputs, cases, seed, TimeSpan.FromSeconds(timeout), n => task.Value = n);
            });
        AnsiConsole.MarkupLine($"cases {result.Cases}: read {result.Read}, refused with a reason {result.Refused}, crashes {result.Crashes.Count}, hangs {result.Hangs.Count} — {result.Elapsed.TotalSeconds:0.0} s");
        foreach (var f in result.Crashes.Concat(result.Hangs).Take(20))
            AnsiConsole.MarkupLine($"[red]case {f.Case}[/] {Markup.Escape(f.Input)} ({Markup.Escape(f.Mutation)}): {Markup.Escape(f.What)}");
        if (save is not null && result.Crashes.Count + result.Hangs.Count > 0)
        {
            save.Create();
            // Replaying the same seed reproduces the mutation; keep the bytes too.
            var random = new Random(seed);
            var bad = result.Crashes.Concat(result.Hangs).Select(f => f.Case).ToHashSet();
            for (var i = 0; i <= bad.Max(); i++)
            {
                var input = inputs[random.Next(inputs.Count)];
                var (bytes, _) = Fuzzer.Mutate(input.Bytes, random);
                if (bad.Contains(i)) File.WriteAllBytes(Path.Combine(save.FullName, $"case-{i}-{input.Name}"), bytes);
            }
        }
        return result.Crashes.Count + result.Hangs.Count == 0 ? 0 : 1;
    }
}
