using System.Globalization;
using DeptBudget.Reading.Guards;
using DeptBudget.Reading.Tables;
using DeptBudget.Reading.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Reading.OpenXml;

/// <summary>
/// An Excel workbook as lines of cells, sheet after sheet: one line per row with a cell per column
/// (column letters give the position, so skipped cells stay empty). A sheet whose name names a table
/// and whose rows do not print a title gets its name as a title line, so a workbook exported with one
/// table per sheet and bare grids still reads; several tables on one sheet are told apart by their
/// printed titles as in any other form.
/// </summary>
public static class XlsxSource
{
    public static List<SourceLine> Lines(byte[] bytes, string where)
    {
        ZipGuard.Check(bytes, where);
        var deadline = new Deadline(where, Limits.MaxReadTime);
        var lines = new List<SourceLine>();
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
            var book = doc.WorkbookPart ?? throw new ReadException($"{where}: an Excel package without a workbook");
            var strings = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var formats = NumberFormats(book);
            foreach (var sheet in book.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                deadline.Check($"sheet {sheet.Name}");
                if (sheet.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part) continue;
                var rows = Rows(part, strings, formats, where, sheet.Name?.Value ?? "", deadline);
                var name = TextNormalizer.Cell(sheet.Name?.Value ?? "");
                var titled = rows.Take(6).Any(r => r.Count(c => c.Length > 0) == 1 && TableTitles.Recognise(r.First(c => c.Length > 0)) is not null);
                if (!titled && TableTitles.Recognise(name + (name.EndsWith('表') ? "" : "表")) is not null)
                    lines.Add(new SourceLine(lines.Count + 1, [name.EndsWith('表') ? name : name + "表"]));
                foreach (var r in rows)
                {
                    // A row with one filled cell is a title, a note or a paragraph: one cell, as in the text form.
                    var filled = r.Where(c => c.Length > 0).ToList();
                    lines.Add(new SourceLine(lines.Count + 1, filled.Count == 1 && r[0].Length > 0 && IsText(filled[0]) ? [filled[0]] : r));
                    if (lines.Count > Limits.MaxLines) throw new ReadException($"{where}: more than {Limits.MaxLines:N0} rows; refused");
                }
                lines.Add(new SourceLine(lines.Count + 1, [""]));
            }
        }
        catch (ReadException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ReadException($"{where}: not a readable Excel workbook ({e.Message.ReplaceLineEndings(" ")})");
        }
        return lines;
    }

    // Titles and paragraphs sit in column A (merged across); a lone 合计, code or amount, or a cell further
    // right, is a table row that happens to have one cell.
    private static bool IsText(string cell) =>
        !RowClassifier.IsTotalLabel(cell) && !TextNormalizer.TryAmount(cell, out _) && !TableBuilder.IsDataRow([cell]);

    private static List<string[]> Rows(WorksheetPart part, string[] strings, HashSet<uint> moneyStyles, string where, string sheet, Deadline deadline)
    {
        var rows = new List<string[]>();
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null) return rows;
        foreach (var row in data.Elements<Row>())
        {
            if (rows.Count >= Limits.MaxSheetRows) throw new ReadException($"{where}: sheet {sheet} has more than {Limits.MaxSheetRows:N0} rows; refused");
            if (rows.Count % 500 == 0) deadline.Check($"sheet {sheet} row {rows.Count + 1}");
            var cells = new List<string>();
            foreach (var c in row.Elements<Cell>())
            {
                var col = Column(c.CellReference?.Value) ?? cells.Count;
                if (col >= Limits.MaxSheetColumns) continue;
                while (cells.Count < col) cells.Add("");
                var text = TextNormalizer.Cell(Value(c, strings, moneyStyles));
                if (col < cells.Count) cells[col] = text; else cells.Add(text);
            }
            var filled = cells.Count(s => s.Length > 0);
            if (filled == 0) { rows.Add([""]); continue; }
            rows.Add([.. cells]);
        }
        return rows;
    }

    private static string Value(Cell c, string[] strings, HashSet<uint> moneyStyles)
    {
        var raw = c.CellValue?.Text ?? c.InlineString?.InnerText ?? "";
        var type = c.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, out var i) && i >= 0 && i < strings.Length ? strings[i] : "";
        if (type == CellValues.InlineString || type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error) return raw;
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return raw;
        // Money is stored as a plain number; print it as the tables do, so it reads as an amount, not a code.
        var money = v != decimal.Truncate(v) || (c.StyleIndex?.Value is { } s && moneyStyles.Contains(s));
        return money ? Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Cell styles whose number format shows decimals (0.00, #,##0.00 …).</summary>
    private static HashSet<uint> NumberFormats(WorkbookPart book)
    {
        var result = new HashSet<uint>();
        var styles = book.WorkbookStylesPart?.Stylesheet;
        if (styles?.CellFormats is null) return result;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var f in styles.CellFormats.Elements<CellFormat>())
        {
            var id = f.NumberFormatId?.Value ?? 0;
            var decimals = id is 2 or 4 or 7 or 8 or 39 or 40 || (custom.TryGetValue(id, out var code) && code.Contains(".00"));
            if (decimals) result.Add(index);
            index++;
        }
        return result;
    }

    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var n = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            n = n * 26 + (ch - 'A' + 1);
            if (n > 20000) return null;
        }
        return n == 0 ? null : n - 1;
    }
}
