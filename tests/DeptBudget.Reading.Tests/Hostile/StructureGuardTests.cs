using System.Diagnostics;
using DeptBudget.Reading.Guards;
using DeptBudget.Testing;

namespace DeptBudget.Reading.Tests.Hostile;

/// <summary>
/// The structure pre-scans refuse what would make PdfPig or the Open XML SDK recurse without bound, loop
/// or fill memory — before they see the file — and let every real document through.
/// </summary>
public class StructureGuardTests
{
    private static string Refused(byte[] bytes, string name)
    {
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ReadException>(() => DisclosureReader.ReadBytes(bytes, name));
        // Well under a second on an idle machine; the bound leaves room for a machine shared with other builds.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{name} took {watch.Elapsed}");
        Assert.StartsWith(name, e.Message);
        Assert.DoesNotContain('\n', e.Message);
        return e.Message;
    }

    [Fact]
    public void A_page_tree_150000_levels_deep_is_refused_by_its_depth() =>
        Assert.Contains($"页面树深度超过 {Limits.MaxPdfPageTreeDepth} 层", Refused(HostileFiles.DeepPageTree(150_000), "deep.pdf"));

    [Fact]
    public void A_deep_page_tree_packed_in_an_object_stream_is_refused_too() =>
        Assert.Contains("页面树深度超过", Refused(HostileFiles.DeepPageTreeInObjectStream(150_000), "deep-objstm.pdf"));

    [Fact]
    public void A_page_tree_that_loops_is_refused() =>
        Assert.Contains("成环", Refused(HostileFiles.CyclicPageTree(), "loop.pdf"));

    [Fact]
    public void A_deep_array_inside_a_compressed_object_stream_is_refused() =>
        Assert.Contains($"嵌套超过 {Limits.MaxPdfNesting} 层", Refused(HostileFiles.DeepArrayInObjectStream(100_000), "deep-array.pdf"));

    [Fact]
    public void A_deep_array_inside_a_content_stream_is_refused() =>
        Assert.Contains("内容流", Refused(HostileFiles.DeepContentArray(100_000), "deep-content.pdf"));

    [Fact]
    public void Forms_drawing_forms_ten_million_times_are_refused_by_the_expanded_size()
    {
        var pdf = HostileFiles.XObjectFanOut(levels: 7, fan: 10);
        Assert.True(pdf.Length < 8 * 1024, $"{pdf.Length} bytes");
        Assert.Contains("展开后的内容超过", Refused(pdf, "fan-out.pdf"));
    }

    [Fact]
    public void A_form_that_draws_itself_is_refused() =>
        Assert.Contains("引用自身或成环", Refused(HostileFiles.XObjectSelfReference(), "self.pdf"));

    [Fact]
    public void A_page_whose_content_expands_past_the_limit_is_refused() =>
        Assert.Contains("展开后的内容超过", Refused(HostileFiles.HugeContent(20L << 20), "huge.pdf"));

    [Fact]
    public void Content_named_through_an_array_object_is_counted_too() =>
        Assert.Contains("展开后的内容超过", Refused(HostileFiles.HugeContent(20L << 20, indirect: true), "indirect.pdf"));

    [Fact]
    public void A_text_line_longer_than_any_table_row_is_refused() =>
        Assert.Contains($"超过 {Limits.MaxLineChars:N0} 的上限", Refused(HostileFiles.OneLongLine(10 << 20), "line.txt"));

    [Fact]
    public void Twenty_thousand_nested_word_tables_are_refused_by_the_xml_depth()
    {
        var docx = HostileFiles.NestedTables(20_000);
        Assert.True(docx.Length < 16 * 1024, $"{docx.Length} bytes");
        Assert.Contains($"嵌套超过 {Limits.MaxXmlDepth} 层", Refused(docx, "nested.docx"));
    }

    [Fact]
    public void A_workbook_of_more_cells_than_the_limit_is_refused() =>
        Assert.Contains("XML 元素超过", Refused(HostileFiles.ManyCells(6_000, 200), "cells.xlsx"));

    [Fact]
    public void A_dtd_in_a_package_part_is_refused()
    {
        var xlsx = HostileFiles.Xlsx("""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>""");
        Assert.Contains("不是完好的 XML", Refused(xlsx, "dtd.xlsx"));
    }

    [Fact]
    public void A_small_form_drawn_a_few_times_passes_the_scan() =>
        PdfPreScan.Check(HostileFiles.XObjectFanOut(levels: 3, fan: 4), "forms.pdf");

    [Fact]
    public void Every_real_pdf_passes_the_structure_scan()
    {
        var files = Directory.GetFiles(Path.Combine(DeptBudget.Testing.Seeds.SharedDir, "real-docs"), "*.pdf", SearchOption.AllDirectories);
        Assert.True(files.Length >= 10, $"{files.Length} real PDFs");
        foreach (var f in files) PdfPreScan.Check(File.ReadAllBytes(f), Path.GetFileName(f));
    }

    [Fact]
    public void Every_real_workbook_passes_the_package_scan()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(DeptBudget.Testing.Seeds.SharedDir, "real-docs"), "*.xlsx", SearchOption.AllDirectories))
            ZipGuard.Check(File.ReadAllBytes(f), Path.GetFileName(f));
    }
}
