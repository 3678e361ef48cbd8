using System.IO.Compression;
using System.Text;
using DeptBudget.Web.Review;
using static DeptBudget.Web.Tests.Review.DeskTestFiles;

namespace DeptBudget.Web.Tests.Review;

/// <summary>Expanding a batch upload keeps the reader's zip guards; each refusal says why in Chinese.</summary>
public sealed class BatchFilesTests
{
    private const long Max = 20 * 1024 * 1024;

    [Fact]
    public void Zip_bomb_entries_are_refused_by_their_size_or_ratio_and_the_good_entry_beside_them_is_kept()
    {
        // 10 MB of zeros is within the file limit but packs to a few KB: over the ratio. 60 MB is over the limit.
        var zip = Zip(("炸弹.txt", new byte[10 * 1024 * 1024]), ("大炸弹.txt", new byte[60 * 1024 * 1024]), Seed("001"));
        var files = BatchFiles.Expand("报送.zip", zip, Max).ToList();
        Assert.Equal("压缩比超过 200 倍（压缩炸弹），已拒绝", files.Single(f => f.Name == "报送.zip/炸弹.txt").Refusal);
        Assert.Equal("解压后超过 20 MB 的上限", files.Single(f => f.Name == "报送.zip/大炸弹.txt").Refusal);
        Assert.NotNull(files.Single(f => f.Name.EndsWith(".txt") && f.Name.Contains("001_")).Content);
    }

    [Fact]
    public void A_zip_of_ten_thousand_entries_is_refused_whole()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            for (var i = 0; i < 10_000; i++) zip.CreateEntry($"f{i}.txt");
        var files = BatchFiles.Expand("多.zip", ms.ToArray(), Max).ToList();
        Assert.Equal("压缩包有 10000 个条目，超过 2000 个的上限，未展开", Assert.Single(files).Refusal);
    }

    [Theory]
    [InlineData("../越界.txt")]
    [InlineData("a/../../越界.txt")]
    [InlineData("/etc/越界.txt")]
    [InlineData("C:/越界.txt")]
    public void An_entry_whose_path_climbs_out_or_is_absolute_is_refused(string path)
    {
        var files = BatchFiles.Expand("z.zip", Zip((path, Encoding.UTF8.GetBytes("文字"))), Max).ToList();
        Assert.Contains("绝对路径", Assert.Single(files).Refusal);
    }

    [Fact]
    public void A_word_document_is_kept_whole_not_expanded_and_a_damaged_zip_is_refused()
    {
        var docx = Zip(("word/document.xml", Encoding.UTF8.GetBytes("<w:document/>")), ("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")));
        var kept = Assert.Single(BatchFiles.Expand("说明.docx", docx, Max));
        Assert.Equal("说明.docx", kept.Name);
        Assert.Same(docx, kept.Content);
        var damaged = Zip(("a.txt", Encoding.UTF8.GetBytes("预算"))).Take(40).ToArray();
        Assert.Equal("压缩包已损坏，无法展开", Assert.Single(BatchFiles.Expand("坏.zip", damaged, Max)).Refusal);
    }

    [Fact]
    public void A_zip_inside_the_zip_is_not_expanded_again()
    {
        var inner = Zip(Seed("001"));
        var files = BatchFiles.Expand("外.zip", Zip(("内.zip", inner)), Max).ToList();
        Assert.Contains("不再展开", Assert.Single(files).Refusal);
    }
}
