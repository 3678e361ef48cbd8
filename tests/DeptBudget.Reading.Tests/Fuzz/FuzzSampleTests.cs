using DeptBudget.Reading.Guards;

namespace DeptBudget.Reading.Tests.Fuzz;

/// <summary>A small, fixed-seed sample of the fuzz command: zero crashes and zero hangs.</summary>
public class FuzzSampleTests
{
    [Fact]
    public void Three_hundred_mutations_of_every_form_neither_crash_nor_hang()
    {
        var corpus = FuzzCorpus.Build(null);
        Assert.Contains(corpus, i => i.Name.EndsWith(".pdf"));
        Assert.Contains(corpus, i => i.Name.EndsWith(".docx"));
        Assert.Contains(corpus, i => i.Name.EndsWith(".xlsx"));
        Assert.Contains(corpus, i => i.Name.StartsWith("004"));
        var result = Fuzzer.Run(corpus, 300, seed: 42, TimeSpan.FromSeconds(20));
        Assert.Equal(300, result.Cases);
        Assert.True(result.Crashes.Count == 0, string.Join("\n", result.Crashes.Take(5)));
        Assert.True(result.Hangs.Count == 0, string.Join("\n", result.Hangs.Take(5)));
        Assert.True(result.Refused > 0 && result.Read > 0, $"read {result.Read}, refused {result.Refused}");
    }

    [Fact]
    public void Generated_corpus_files_are_read_by_their_own_reader()
    {
        var corpus = FuzzCorpus.Build(null);
        Assert.Equal("pdf", DisclosureReader.DocumentFormat(corpus.Single(i => i.Name == "small.pdf").Bytes));
        Assert.Equal("docx", DisclosureReader.DocumentFormat(corpus.Single(i => i.Name == "small.docx").Bytes));
        Assert.Equal("xlsx", DisclosureReader.DocumentFormat(corpus.Single(i => i.Name == "small.xlsx").Bytes));
        var docx = DisclosureReader.ReadBytes(corpus.Single(i => i.Name == "small.docx").Bytes, "small.docx");
        Assert.NotEmpty(docx.Tables);
    }
}
