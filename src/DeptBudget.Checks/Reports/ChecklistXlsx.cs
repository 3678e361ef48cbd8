using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace DeptBudget.Checks.Reports;

/// <summary>
/// The 公开情况检查表 as a workbook: a 汇总 sheet (one line per document, or the lines the caller gives) and one
/// sheet per document with the form's columns, the pages of its problems and the pictures of their places.
/// Text stays text (inline strings), so Chinese is never turned into numbers or formulas.
/// </summary>
public static class ChecklistXlsx
{
    public static readonly string[] Columns = ["检查方面", "检查内容", "符合要求", "存在问题", "位置（表格行列或原文）", "页码", "原文位置图片"];

    /// <summary>A summary sheet's header and lines (numbers stay numbers), for a caller that sums more than the forms say.</summary>
    public sealed record Summary(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);

    // Pictures are shown at half their pixels (100 dpi pages → about 50 dpi on screen), at most this many a line.
    private const double Shrink = 0.5;
    private const int MaxPicturesPerRow = 8;
    private const long EmuPerPixel = 9525;

    /// <param name="sheetNames">Called with each form's sheet name (the desk lists it in its summary).</param>
    public static void Write(Stream output, IReadOnlyList<ChecklistForm> forms, Func<IReadOnlyList<string>, Summary>? summary = null)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var book = doc.AddWorkbookPart();
        book.Workbook = new Workbook(new Sheets());
        var sheets = book.Workbook.Sheets!;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "汇总" };
        var formNames = forms.Select(f => Unique(SheetName(f), names)).ToList();
        var sum = summary?.Invoke(formNames) ?? new Summary(["文档", "部门", "年度", "不符合要求的项", "问题"],
            forms.Select(f => (IReadOnlyList<object?>)[f.Document, f.Department, f.Year, f.Failing,
                string.Join("；", f.Rows.Where(r => r.Meets == false).Select(r => r.Part))]).ToList());
        AddSheet(book, sheets, "汇总", [sum.Header.Cast<object?>().ToList(), .. sum.Rows], null, narrow: true);
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            var lines = new List<IReadOnlyList<object?>> { new object?[] { "公开情况检查表" } };
            lines.Add(new object?[] { "文档", form.Document, "部门", form.Department, "年度", form.Year });
            foreach (var pair in form.Heading.Chunk(3))
                lines.Add(pair.SelectMany(kv => new object?[] { kv.Key, kv.Value }).ToArray());
            if (form.PictureNote is not null) lines.Add(new object?[] { "原文图片", form.PictureNote });
            lines.Add([]);
            lines.Add(Columns);
            var first = lines.Count;
            foreach (var r in form.Rows)
                lines.Add(new object?[] { r.Aspect, r.Part, r.Meets switch { true => "是", false => "否", null => "待核对" }, r.Problems, r.Place, r.Pages });
            AddSheet(book, sheets, formNames[i], lines, form.Rows.Select((r, k) => (Line: first + k, r.Pictures)).Where(x => x.Pictures is { Count: > 0 }).ToList()!, narrow: false);
        }
        book.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart book, Sheets sheets, string name, IReadOnlyList<IReadOnlyList<object?>> lines,
        IReadOnlyList<(int Line, IReadOnlyList<byte[]> Pictures)>? pictures, bool narrow)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var heights = new Dictionary<int, double>();
        var drawing = pictures is { Count: > 0 } ? part.AddNewPart<DrawingsPart>() : null;
        Xdr.WorksheetDrawing? canvas = drawing is null ? null : new Xdr.WorksheetDrawing();
        uint id = 1;
        foreach (var (line, shots) in pictures ?? [])
        {
            long y = 0;
            foreach (var png in shots.Take(MaxPicturesPerRow))
            {
                var (w, h) = PngSize(png);
                long cx = (long)(w * Shrink) * EmuPerPixel, cy = (long)(h * Shrink) * EmuPerPixel;
                var image = drawing!.AddImagePart(ImagePartType.Png);
                using (var s = new MemoryStream(png)) image.FeedData(s);
                canvas!.Append(Anchor(drawing.GetIdOfPart(image), id++, Columns.Length - 1, line, y, cx, cy));
                y += cy + 4 * EmuPerPixel;
            }
            // Points: the pictures' height stacked (96 pixels an inch, 72 points).
            heights[line] = Math.Min(409, y / (double)EmuPerPixel * 0.75 + 4);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var row = new Row { RowIndex = (uint)(i + 1) };
            if (heights.TryGetValue(i, out var h)) { row.Height = h; row.CustomHeight = true; }
            foreach (var v in lines[i])
                row.Append(v switch
                {
                    int n => new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) },
                    null => new Cell(),
                    _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(v.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }) },
                });
            data.Append(row);
        }
        var columns = narrow
            ? new Columns(new Column { Min = 1, Max = 30, Width = 16, CustomWidth = true })
            : new Columns(
                new Column { Min = 1, Max = 2, Width = 24, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 10, CustomWidth = true },
                new Column { Min = 4, Max = 5, Width = 60, CustomWidth = true },
                new Column { Min = 6, Max = 6, Width = 12, CustomWidth = true },
                new Column { Min = 7, Max = 7, Width = 60, CustomWidth = true });
        part.Worksheet = new Worksheet(columns, data);
        if (drawing is not null)
        {
            drawing.WorksheetDrawing = canvas!;
            part.Worksheet.Append(new Drawing { Id = part.GetIdOfPart(drawing) });
        }
        sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    /// <summary>A picture anchored at a cell (0-based column and row), shifted down within it, of its own size.</summary>
    private static Xdr.OneCellAnchor Anchor(string relationship, uint id, int column, int row, long down, long cx, long cy) => new(
        new Xdr.FromMarker(new Xdr.ColumnId(column.ToString()), new Xdr.ColumnOffset("0"), new Xdr.RowId(row.ToString()), new Xdr.RowOffset(down.ToString())),
        new Xdr.Extent { Cx = cx, Cy = cy },
        new Xdr.Picture(
            new Xdr.NonVisualPictureProperties(
                new Xdr.NonVisualDrawingProperties { Id = id + 1, Name = $"位置图片 {id}" },
                new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new Xdr.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new Xdr.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
        new Xdr.ClientData());

    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of []:*?/\'.</summary>
    private static string SheetName(ChecklistForm f)
    {
        var s = new string((Path.GetFileNameWithoutExtension(f.Document) is { Length: > 0 } n ? n : f.Department)
            .Where(c => !"[]:*?/\\'".Contains(c)).ToArray()).Trim();
        return s.Length == 0 ? "文档" : s.Length > 31 ? s[..31] : s;
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var s = name;
        for (var i = 2; !taken.Add(s); i++) s = (name.Length > 27 ? name[..27] : name) + "_" + i;
        return s;
    }
}
