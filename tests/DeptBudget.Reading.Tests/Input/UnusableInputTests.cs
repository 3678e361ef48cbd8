using DeptBudget.Reading;

namespace DeptBudget.Reading.Tests.Input;

public class UnusableInputTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("deptbudget-input").FullName;

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void An_empty_file_is_refused_with_the_reason()
    {
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadFile(Write("empty.txt", [])));
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void A_binary_file_is_refused_with_the_reason()
    {
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadFile(Write("x.bin", [0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2])));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_the_offset()
    {
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadFile(Write("bad.txt", [0xe4, 0xbd, 0x41, 0x42])));
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void Text_that_is_not_a_disclosure_is_refused()
    {
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadText("床前明月光\n疑是地上霜\n", "poem.txt"));
        Assert.Contains("not a budget disclosure", e.Message);
    }

    [Fact]
    public void A_file_over_fifty_megabytes_is_refused_before_reading()
    {
        var path = Path.Combine(dir, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(DisclosureReader.MaxBytes + 1);
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadFile(path));
        Assert.Contains("larger than", e.Message);
    }

    [Fact]
    public void Every_table_of_a_seed_exports_as_csv_with_plain_amounts()
    {
        var d = DisclosureReader.ReadFile(DeptBudget.Testing.Seeds.PathOf(DeptBudget.Testing.Seeds.Xixia2024));
        var csv = TableCsv.Export(d).ToDictionary(x => x.FileName, x => x.Csv);
        Assert.Contains("expenditure-summary.csv", csv.Keys);
        var lines = csv["expenditure-summary.csv"].Split("\r\n");
        Assert.StartsWith("科目编码/类,科目编码/款,科目编码/项,单位代码,单位（科目名称）,合计,基本支出/小计", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("210,12,02,,财政对城乡居民基本医疗保险基金的补助,6271.20,"));
    }

    public void Dispose() => Directory.Delete(dir, true);
}
