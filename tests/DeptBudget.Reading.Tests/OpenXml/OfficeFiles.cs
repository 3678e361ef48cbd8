using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DeptBudget.Reading.Tests.OpenXml;

/// <summary>
/// Builds Word and Excel files from a seed's tab-separated text the way office tools hold them: Word
/// paragraphs and real tables; Excel rows with amounts stored as numbers in a 0.00 format, either all
/// on one sheet or one sheet per table named by its title.
/// </summary>
public static class OfficeFiles
{
    private static List<string[]> Rows(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Select(l => l.Split('\t').Select(c => c.Trim()).ToArray()).ToList();

    public static byte[] Docx(string text)
    {
        var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var body = new W.Body();
            W.Table? table = null;
            foreach (var row in Rows(text))
            {
                if (row.Length == 1) { table = null; body.Append(new W.Paragraph(new W.Run(new W.Text(row[0])))); continue; }
                if (table is null) { table = new W.Table(); body.Append(table); }
                table.Append(new W.TableRow(row.Select(c => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(c)))))));
            }
            doc.AddMainDocumentPart().Document = new W.Document(body);
        }
        return ms.ToArray();
    }

    public static byte[] Xlsx(string text, Func<string, string?>? sheetOf = null)
    {
        var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook(new Sheets());
            var styles = book.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }));
            var sheets = new List<(string Name, List<string[]> Rows)> { ("文档", []) };
            foreach (var row in Rows(text))
            {
                var name = row.Length == 1 && sheetOf is not null ? sheetOf(row[0]) : null;
                if (name is not null) { sheets.Add((name, [])); continue; }
                sheets[^1].Rows.Add(row);
            }
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = book.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint r = 1;
                foreach (var row in rows)
                {
                    var xr = new Row { RowIndex = r };
                    for (var c = 0; c < row.Length; c++)
                    {
                        if (row[c].Length == 0) continue;
                        var cell = new Cell { CellReference = Ref(c) + r };
                        var plain = row[c].Replace(",", "");
                        if (row[c].Contains('.') && decimal.TryParse(plain, System.Globalization.CultureInfo.InvariantCulture, out _))
                        { cell.CellValue = new CellValue(plain); cell.StyleIndex = 1; }
                        else { cell.DataType = CellValues.InlineString; cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(row[c])); }
                        xr.Append(cell);
                    }
                    data.Append(xr);
                    r++;
                }
                part.Worksheet = new Worksheet(data);
                book.Workbook.Sheets!.Append(new Sheet { Name = name.Length > 31 ? name[..31] : name, SheetId = id, Id = book.GetIdOfPart(part) });
                id++;
            }
        }
        return ms.ToArray();
    }

    private static string Ref(int c) => c < 26 ? ((char)('A' + c)).ToString() : Ref(c / 26 - 1) + (char)('A' + c % 26);
}
