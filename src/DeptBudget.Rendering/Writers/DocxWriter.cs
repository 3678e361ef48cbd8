using DeptBudget.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Table = DeptBudget.Model.Table;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DeptBudget.Rendering.Writers;

/// <summary>
/// The disclosure as a Word document: heading styles (so the 目录 is a real TOC field, filled with the
/// entries and refreshed by Word on open), the narrative, and each table as a real Word table whose
/// header rows repeat on every page; wide tables sit in landscape sections.
/// </summary>
public static class DocxWriter
{
    private const int PortraitW = 11906, PortraitH = 16838; // A4 in twentieths of a point

    public static void Write(RenderedDisclosure r, Stream output)
    {
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        var body = new Body();
        var d = r.Disclosure;
        if (r.IsDraft)
        {
            body.Append(Para("草稿（未定稿）：本文件由未通过校验或缺少事实的预算生成，不得作为正式公开文本。", bold: true));
            foreach (var e in r.Errors) body.Append(Para("校验错误：" + e));
            foreach (var m in r.MissingFacts) body.Append(Para("缺少事实：" + m));
        }
        body.Append(Para(d.Meta.Department, "Title"), Para(d.Meta.Title ?? "", "Subtitle"));
        body.Append(Para("目 录", "TOCHeading"));
        Toc(body, r);
        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        var wide = false;
        foreach (var (heading, tables, sections) in r.Parts())
        {
            // A disclosure as read may print sections under no part heading.
            if (heading.Length > 0) body.Append(Para(heading, "Heading1", pageBreakBefore: true));
            foreach (var s in sections)
            {
                if (s.Title != "名词解释" && s.Title.Length > 0) body.Append(Para(s.Title, "Heading2"));
                foreach (var p in s.Paragraphs) body.Append(Para(p, indent: true));
            }
            if (!tables) continue;
            foreach (var t in d.Tables)
            {
                var isWide = r.Layout.Tables.FirstOrDefault(s => s.Id == t.Id)?.Wide == true;
                // A section ends with the paragraph holding its properties: close the current one when the orientation changes.
                if (isWide != wide) { body.Append(new Paragraph(new ParagraphProperties(Section(wide)))); wide = isWide; }
                body.Append(Para(t.Title, "Heading2", pageBreakBefore: true));
                body.Append(Para(r.UnitLineOf(t) + "　　" + r.AmountUnitOf(t)));
                body.Append(WordTable(r, t, isWide));
                foreach (var n in t.Notes.Append(t.EmptyNote).OfType<string>()) body.Append(Para(n, small: true));
            }
            if (wide) { body.Append(new Paragraph(new ParagraphProperties(Section(true)))); wide = false; }
        }
        body.Append(Section(wide));
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static byte[] Write(RenderedDisclosure r)
    {
        using var ms = new MemoryStream();
        Write(r, ms);
        return ms.ToArray();
    }

    private static void Toc(Body body, RenderedDisclosure r)
    {
        body.Append(new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate })));
        // Until Word refreshes the field, the entries themselves stand in for it.
        foreach (var (heading, tables, sections) in r.Parts())
        {
            if (heading.Length > 0) body.Append(Para(heading, "TOC1"));
            if (tables)
                foreach (var c in r.Disclosure.Meta.Contents) body.Append(Para(RenderContext.Chinese(c.Number ?? 0) + "、" + c.Title, "TOC2"));
            foreach (var s in sections.Where(s => s.Title != "名词解释" && s.Title.Length > 0)) body.Append(Para(s.Title, "TOC2"));
        }
        body.Append(new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
    }

    private static WTable WordTable(RenderedDisclosure r, Table t, bool wide)
    {
        var n = Math.Max(1, t.Columns.Count);
        var width = (wide ? PortraitH : PortraitW) - 2 * 1000;
        var table = new WTable(new TableProperties(
            new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        var grid = new TableGrid();
        // Each column as wide as what it holds (ColumnWidths), scaled to the page: names stay readable, empty columns narrow.
        // 8 pt text is about 80 twips a display unit; a cell's default margins take about 230 more.
        var need = ColumnWidths.Of(r, t).Select(u => u * 80 + 230).ToArray();
        var total = need.Sum();
        var twips = need.Select(w => (int)((long)width * w / total)).ToArray();
        for (var c = 0; c < n; c++) grid.Append(new GridColumn { Width = twips[c].ToString() });
        table.Append(grid);
        var (rows, cells) = HeaderGrid.Build(t.Columns);
        for (var h = 0; h < rows; h++)
        {
            var tr = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
            for (var c = 0; c < n;)
            {
                var start = cells.FirstOrDefault(x => x.Row == h && x.Column == c);
                var above = cells.FirstOrDefault(x => x.Row < h && x.Column == c && x.Row + x.RowSpan > h);
                var span = start?.ColSpan ?? above?.ColSpan ?? 1;
                var props = new TableCellProperties(new TableCellWidth { Width = twips.Skip(c).Take(span).Sum().ToString(), Type = TableWidthUnitValues.Dxa });
                if (span > 1) props.Append(new GridSpan { Val = span });
                if (start is { RowSpan: > 1 }) props.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                else if (above is not null) props.Append(new VerticalMerge { Val = MergedCellValues.Continue });
                tr.Append(new TableCell(props, Cell(start?.Text ?? "", bold: true, JustificationValues.Center)));
                c += span;
            }
            table.Append(tr);
        }
        foreach (var row in t.Rows)
        {
            var bold = row.Kind is RowKind.Total or RowKind.Unit or RowKind.Class;
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < n; c++)
            {
                var text = c < row.Cells.Count ? row.Cells[c] : "";
                var col = c < t.Columns.Count ? t.Columns[c] : null;
                var num = col is not null && Display.AlignsRight(col, text);
                tr.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = twips[c].ToString(), Type = TableWidthUnitValues.Dxa }),
                    Cell(col is null ? text : r.CellText(col, text), bold, num ? JustificationValues.Right : JustificationValues.Left)));
            }
            table.Append(tr);
        }
        return table;
    }

    private static Paragraph Cell(string text, bool bold, JustificationValues align) =>
        new(new ParagraphProperties(new Justification { Val = align }, new SpacingBetweenLines { After = "0" }),
            new Run(new RunProperties(bold ? new Bold() : new Bold { Val = false }, new FontSize { Val = "16" }), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Para(string text, string? style = null, bool bold = false, bool indent = false, bool small = false, bool pageBreakBefore = false)
    {
        var pp = new ParagraphProperties();
        if (style is not null) pp.Append(new ParagraphStyleId { Val = style });
        if (pageBreakBefore) pp.Append(new PageBreakBefore());
        if (indent) pp.Append(new Indentation { FirstLineChars = 200 });
        var rp = new RunProperties();
        if (bold) rp.Append(new Bold());
        if (small) rp.Append(new FontSize { Val = "18" });
        return new Paragraph(pp, new Run(rp, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static SectionProperties Section(bool landscape) => new(
        landscape
            ? new PageSize { Width = PortraitH, Height = PortraitW, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = PortraitW, Height = PortraitH },
        new PageMargin { Top = 1000, Bottom = 1000, Left = 1000, Right = 1000, Header = 500, Footer = 500 });

    private static Styles Styles()
    {
        Style S(string id, string name, int size, bool bold, int? outline, JustificationValues? align = null)
        {
            var pp = new StyleParagraphProperties(new SpacingBetweenLines { Before = "120", After = "120" });
            if (outline is { } o) pp.Append(new OutlineLevel { Val = o });
            if (align is { } a) pp.Append(new Justification { Val = a });
            var rp = new StyleRunProperties(new RunFonts { EastAsia = "Noto Sans CJK SC", Ascii = "Noto Sans CJK SC", HighAnsi = "Noto Sans CJK SC" },
                new FontSize { Val = (size * 2).ToString() });
            if (bold) rp.Append(new Bold());
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, pp, rp)
                { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = false };
        }
        var normal = new Style(new StyleName { Val = "Normal" },
            new StyleRunProperties(new RunFonts { EastAsia = "Noto Serif CJK SC", Ascii = "Noto Serif CJK SC", HighAnsi = "Noto Serif CJK SC" }, new FontSize { Val = "22" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(normal,
            S("Title", "Title", 26, true, null, JustificationValues.Center), S("Subtitle", "Subtitle", 20, false, null, JustificationValues.Center),
            S("TOCHeading", "TOC Heading", 16, true, null, JustificationValues.Center),
            S("Heading1", "heading 1", 16, true, 0, JustificationValues.Center), S("Heading2", "heading 2", 13, true, 1),
            S("Heading3", "heading 3", 12, true, 2), S("TOC1", "toc 1", 11, false, null), S("TOC2", "toc 2", 11, false, null));
    }
}
