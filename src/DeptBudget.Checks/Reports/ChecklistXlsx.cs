using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DeptBudget.Checks.Reports;

/// <summary>
/// The 公开情况检查表 as a workbook: a 汇总 sheet (one line per document) and one sheet per document with the
/// form's columns. Text stays text (inline strings), so Chinese is never turned into numbers or formulas.
/// </summary>
public static class ChecklistXlsx
{
    private static readonly string[] Columns = ["检查方面", "检查内容", "符合要求", "存在问题", "位置（表格行列或原文）"];

    public static void Write(Stream output, IReadOnlyList<ChecklistForm> forms)
    {
        using var doc = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var book = doc.AddWorkbookPart();
        book.Workbook = new Workbook(new Sheets());
        var sheets = book.Workbook.Sheets!;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "汇总" };
        AddSheet(book, sheets, "汇总", ["文档", "部门", "年度", "不符合要求的项", "问题"],
            forms.Select(f => new[] { f.Document, f.Department, f.Year.ToString(), f.Failing.ToString(),
                string.Join("；", f.Rows.Where(r => r.Meets == false).Select(r => r.Part)) }));
        foreach (var form in forms)
            AddSheet(book, sheets, Unique(SheetName(form), names), Columns,
                form.Rows.Select(r => new[] { r.Aspect, r.Part, r.Meets switch { true => "是", false => "否", null => "待核对" }, r.Problems, r.Place }));
        book.Workbook.Save();
    }

    private static void AddSheet(WorkbookPart book, Sheets sheets, string name, string[] header, IEnumerable<string[]> rows)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint n = 0;
        foreach (var cells in rows.Prepend(header))
        {
            var row = new Row { RowIndex = ++n };
            foreach (var text in cells)
                row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text ?? "") { Space = SpaceProcessingModeValues.Preserve }) });
            data.Append(row);
        }
        part.Worksheet = new Worksheet(new Columns(
            new Column { Min = 1, Max = 2, Width = 28, CustomWidth = true },
            new Column { Min = 3, Max = 3, Width = 10, CustomWidth = true },
            new Column { Min = 4, Max = 5, Width = 80, CustomWidth = true }), data);
        sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(ChecklistForm f)
    {
        var s = new string((Path.GetFileNameWithoutExtension(f.Document) is { Length: > 0 } n ? n : f.Department)
            .Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        return s.Length == 0 ? "文档" : s.Length > 31 ? s[..31] : s;
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var s = name;
        for (var i = 2; !taken.Add(s); i++) s = (name.Length > 27 ? name[..27] : name) + "_" + i;
        return s;
    }
}
