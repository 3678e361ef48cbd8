using DeptBudget.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Table = DeptBudget.Model.Table;

namespace DeptBudget.Rendering.Writers;

/// <summary>
/// The tables as a workbook: one sheet per table with its title, the 部门名称 / 单位 line, the multi-row
/// header as merged cells, amounts as numbers formatted #,##0.00, and panes frozen below the header.
/// The narrative stays in the document formats; a sheet holds a table.
/// </summary>
public static class XlsxWriter
{
    // Style indexes into the cellXfs written by Styles().
    private const uint Plain = 0, Header = 1, Text = 2, Number = 3, Title = 4, BoldNumber = 5, BoldText = 6, Note = 7, Whole = 8, BoldWhole = 9;

    public static void Write(RenderedDisclosure r, Stream output)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var styles = wb.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheets = wb.Workbook.AppendChild(new Sheets());
        var used = new HashSet<string>();
        uint id = 1;
        foreach (var t in r.Disclosure.Tables)
        {
            var part = wb.AddNewPart<WorksheetPart>();
            part.Worksheet = Sheet(r, t);
            sheets.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = SheetName(t, used) });
        }
        wb.Workbook.Save();
    }

    public static byte[] Write(RenderedDisclosure r)
    {
        using var ms = new MemoryStream();
        Write(r, ms);
        return ms.ToArray();
    }

    // Excel: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.
    private static string SheetName(Table t, HashSet<string> used)
    {
        var clean = new string(t.Title.Where(c => !":\\/?*[]".Contains(c)).ToArray());
        var name = $"{t.Number:00} {clean}";
        if (name.Length > 31) name = name[..31];
        var unique = name;
        for (var k = 2; !used.Add(unique); k++) unique = name[..Math.Min(name.Length, 27)] + $" ({k})";
        return unique;
    }

    private static Worksheet Sheet(RenderedDisclosure r, Table t)
    {
        var n = Math.Max(1, t.Columns.Count);
        var data = new SheetData();
        var merges = new List<string>();
        uint row = 1;
        Row(data, row, [(1, t.Title, Title)]);
        merges.Add($"A1:{Col(n)}1");
        row++;
        Row(data, row, [(1, r.UnitLineOf(t), Plain), (n, r.AmountUnitOf(t), Plain)]);
        row++;
        var (headerRows, cells) = HeaderGrid.Build(t.Columns);
        var top = row;
        for (var h = 0; h < headerRows; h++)
        {
            var hr = new Row { RowIndex = row + (uint)h };
            // Every cell of the header area is written (bordered), the texts where cells start.
            for (var c = 0; c < n; c++)
            {
                var cell = cells.FirstOrDefault(x => x.Row == h && x.Column == c);
                hr.Append(TextCell(Ref(c + 1, row + (uint)h), cell?.Text ?? "", Header));
            }
            data.Append(hr);
        }
        foreach (var c in cells.Where(c => c.RowSpan > 1 || c.ColSpan > 1))
            merges.Add($"{Ref(c.Column + 1, top + (uint)c.Row)}:{Ref(c.Column + c.ColSpan, top + (uint)(c.Row + c.RowSpan - 1))}");
        row += (uint)headerRows;
        var frozen = row - 1;
        foreach (var tr in t.Rows)
        {
            var bold = tr.Kind is RowKind.Total or RowKind.Unit or RowKind.Class;
            var xr = new Row { RowIndex = row };
            for (var c = 0; c < n; c++)
            {
                var text = c < tr.Cells.Count ? tr.Cells[c] : "";
                var num = c < t.Columns.Count ? Display.Number(t.Columns[c], text) : null;
                // A document printed whole amounts (上海 in 元): shown whole, as printed, where it is printed as read.
                var whole = r.AsPrinted && !text.Contains('.');
                xr.Append(num is { } v
                    ? new Cell { CellReference = Ref(c + 1, row), DataType = CellValues.Number, StyleIndex = whole ? (bold ? BoldWhole : Whole) : bold ? BoldNumber : Number, CellValue = new CellValue(v) }
                    : TextCell(Ref(c + 1, row), text, bold ? BoldText : Text));
            }
            data.Append(xr);
            row++;
        }
        foreach (var note in t.Notes.Append(t.EmptyNote).OfType<string>())
        {
            Row(data, row, [(1, note, Note)]);
            merges.Add($"A{row}:{Col(n)}{row}");
            row++;
        }

        var ws = new Worksheet();
        // Printed, a sheet fits the page's width (its columns and the 单位 caption at the right are not cut off onto other pages).
        ws.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0 };
        if (frozen >= 3)
            view.Append(new Pane { VerticalSplit = frozen, TopLeftCell = $"A{frozen + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        ws.Append(new SheetViews(view));
        ws.Append(Widths(r, t, n));
        ws.Append(data);
        var mc = new MergeCells();
        foreach (var m in merges.Distinct()) mc.Append(new MergeCell { Reference = m });
        if (mc.HasChildren) ws.Append(mc);
        ws.Append(new PageSetup { PaperSize = 9, FitToWidth = 1, FitToHeight = 0, Orientation = r.Layout.Tables.FirstOrDefault(s => s.Id == t.Id)?.Wide == true ? OrientationValues.Landscape : OrientationValues.Portrait });
        return ws;
    }

    /// <summary>Each column as wide as what it holds (ColumnWidths: an Excel width unit is about one digit, a CJK
    /// character two), so that names do not wrap a character a line while empty columns take the width.</summary>
    private static Columns Widths(RenderedDisclosure r, Table t, int n)
    {
        var cols = new Columns();
        var units = ColumnWidths.Of(r, t);
        for (var c = 0; c < n; c++)
            cols.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = units[c] + 2, CustomWidth = true });
        return cols;
    }

    private static void Row(SheetData data, uint index, IEnumerable<(int Col, string Text, uint Style)> cells)
    {
        var row = new Row { RowIndex = index };
        foreach (var (c, text, style) in cells) row.Append(TextCell(Ref(c, index), text, style));
        data.Append(row);
    }

    private static Cell TextCell(string reference, string text, uint style) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(SpreadsheetText.Neutralise(text))) };

    private static string Ref(int col, uint row) => Col(col) + row;

    private static string Col(int col)
    {
        var s = "";
        for (; col > 0; col = (col - 1) / 26) s = (char)('A' + (col - 1) % 26) + s;
        return s;
    }

    private static Stylesheet Styles()
    {
        Font F(bool bold, double size)
        {
            var f = new Font();
            if (bold) f.Append(new Bold());
            f.Append(new FontSize { Val = size }, new FontName { Val = "Noto Sans CJK SC" });
            return f;
        }
        var fonts = new Fonts(F(false, 10), F(true, 10), F(true, 14), F(false, 9));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid }));
        BorderPropertiesType Thin<T>() where T : BorderPropertiesType, new() => new T { Style = BorderStyleValues.Thin };
        var borders = new Borders(new Border(), new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()));
        var formats = new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" });
        CellFormat X(uint font, uint fill, uint border, uint fmt, HorizontalAlignmentValues? h = null, bool wrap = false) =>
            new(new Alignment { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = wrap })
            { FontId = font, FillId = fill, BorderId = border, NumberFormatId = fmt, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyNumberFormat = fmt != 0, ApplyAlignment = true };
        var xfs = new CellFormats(
            X(0, 0, 0, 0),                                           // Plain
            X(1, 2, 1, 0, HorizontalAlignmentValues.Center, true),   // Header
            X(0, 0, 1, 0, null, true),                               // Text
            X(0, 0, 1, 164, HorizontalAlignmentValues.Right),        // Number
            X(2, 0, 0, 0, HorizontalAlignmentValues.Center),         // Title
            X(1, 0, 1, 164, HorizontalAlignmentValues.Right),        // BoldNumber
            X(1, 0, 1, 0, null, true),                               // BoldText
            X(3, 0, 0, 0, null, true),                               // Note
            X(0, 0, 1, 3, HorizontalAlignmentValues.Right),          // Whole: built-in #,##0
            X(1, 0, 1, 3, HorizontalAlignmentValues.Right));         // BoldWhole
        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()), xfs);
    }
}
