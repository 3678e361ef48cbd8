using System.Text;
using DeptBudget.Reading.Guards;
using DeptBudget.Reading.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Reading.OpenXml;

/// <summary>
/// A Word document as lines of cells: each paragraph one single-cell line, each table row one line with
/// a cell per grid column (a merged cell printed once, then empty cells for the columns it spans, as
/// the text form prints merged headers).
/// </summary>
public static class DocxSource
{
    public static List<SourceLine> Lines(byte[] bytes, string where)
    {
        ZipGuard.Check(bytes, where);
        var deadline = new Deadline(where, Limits.MaxReadTime);
        var lines = new List<SourceLine>();
        try
        {
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new ReadException($"{where}: a Word package without a document body");
            foreach (var element in body.ChildElements)
            {
                deadline.Check($"line {lines.Count + 1}");
                if (lines.Count > Limits.MaxLines) throw new ReadException($"{where}: more than {Limits.MaxLines:N0} lines; refused");
                switch (element)
                {
                    case W.Paragraph p:
                        lines.Add(new SourceLine(lines.Count + 1, [Text(p)]));
                        break;
                    case W.Table t:
                        foreach (var row in t.Descendants<W.TableRow>())
                            lines.Add(new SourceLine(lines.Count + 1, Cells(row)));
                        break;
                }
            }
        }
        catch (ReadException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ReadException($"{where}: not a readable Word document ({e.Message.ReplaceLineEndings(" ")})");
        }
        return lines;
    }

    private static List<string> Cells(W.TableRow row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<W.TableCell>())
        {
            var props = cell.TableCellProperties;
            // The lower parts of a vertically merged cell print nothing of their own.
            var continued = props?.VerticalMerge is { } vm && (vm.Val is null || vm.Val.Value == W.MergedCellValues.Continue);
            cells.Add(continued ? "" : TextNormalizer.Cell(string.Join("", cell.Elements<W.Paragraph>().Select(Text))));
            var span = props?.GridSpan?.Val?.Value ?? 1;
            for (var k = 1; k < Math.Min(span, 64); k++) cells.Add("");
        }
        return cells;
    }

    private static string Text(W.Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            if (e is W.Text t) sb.Append(t.Text);
            else if (e is W.TabChar) sb.Append(' ');
        }
        return sb.ToString().Trim();
    }
}
