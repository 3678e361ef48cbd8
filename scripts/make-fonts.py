#!/usr/bin/python3
"""Builds src/DeptBudget.Rendering/Fonts/DeptBudgetSansSC-{Regular,Bold}.ttf from Debian's fonts-noto-cjk.

Why: Chromium's PDF backend (Skia) cannot embed OpenType fonts with CFF outlines, which is what Noto Sans
CJK is; it draws every glyph as a Type 3 font instead, and it walks all 65,535 glyphs of the collection
for each PDF. That made a 29-page disclosure cost over a second of Chromium's time. The same Noto Sans CJK
SC glyphs, subset to the characters Chinese budget documents use (GB 2312, punctuation, full-width
forms, and every character of our catalogues and layouts) and converted to TrueType outlines, embed as a
small CID TrueType font: one font per weight, real text that extracts back exactly.

Two families per weight, because Chromium hands the whole font file to its PDF subsetter for every
document and that cost grows with the file: "DeptBudget Sans SC" holds what our documents print
(ASCII, punctuation, full-width forms, and every character of our catalogues, layouts, samples and
source texts: about 1,500 characters); "DeptBudget Sans SC Ext" holds the rest of GB 2312 and is only
embedded by a document that uses one of its characters. The core font made a 29-page PDF ~100 ms faster.

Run once when the character set must grow (needs python3-fonttools and fonts-noto-cjk from Debian):
    /usr/bin/python3 scripts/make-fonts.py
The fonts are licensed under the SIL Open Font License 1.1 like Noto CJK (no reserved font name); they
are renamed "DeptBudget Sans SC" because they are a modified version.
"""
import glob
import os
import sys
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "DeptBudget.Rendering", "Fonts")
FAMILY = "DeptBudget Sans SC"
SC_INDEX = 2  # Noto Sans CJK SC in the Debian .ttc collections


def core_characters():
    chars = set(chr(c) for c in range(0x20, 0x7F))
    chars.update("×÷±°·—–‘’“”…‰№")
    for lo, hi in [(0x2000, 0x206F), (0x2150, 0x218F), (0x2460, 0x24FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]:
        chars.update(chr(c) for c in range(lo, hi + 1))
    # Every character our own data and code can print: catalogues, layouts, samples, sources.
    sources = glob.glob(os.path.join(ROOT, "src", "**", "*.tsv"), recursive=True) \
        + glob.glob(os.path.join(ROOT, "src", "**", "Layouts", "*.json"), recursive=True) \
        + glob.glob(os.path.join(ROOT, "src", "**", "*.cs"), recursive=True) \
        + glob.glob(os.path.join(ROOT, "src", "**", "*.cshtml"), recursive=True) \
        + glob.glob(os.path.join(ROOT, "samples", "*.txt"))
    for path in sources:
        with open(path, encoding="utf-8") as f:
            chars.update(ch for ch in f.read() if ord(ch) >= 0x20 and (ord(ch) < 0x7F or ord(ch) >= 0xA0))
    return chars


def gb2312_characters():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def build(source, out, chars, family):
    font = TTFont(source, fontNumber=SC_INDEX)
    options = subset.Options()
    options.layout_features = ["kern", "palt", "vert"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars])
    subsetter.subset(font)

    # Cubic CFF outlines to quadratic TrueType ones (1 unit of tolerance at 1000 units per em).
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    converted = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        converted[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = converted
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for field in ["maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours", "maxTwilightPoints",
                  "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"]:
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["maxp"] = maxp
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = order
    weight = "Bold" if "Bold" in os.path.basename(source) else "Regular"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID == 4:
            record.string = f"{family} {weight}"
        elif record.nameID == 6:
            record.string = f"{family.replace(' ', '')}-{weight}"
        elif record.nameID in (3,):
            record.string = f"{family.replace(' ', '')}-{weight} (from Noto Sans CJK SC)"
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)
    return len(order)


def main():
    os.makedirs(OUT, exist_ok=True)
    core = core_characters()
    ext = gb2312_characters() - core
    for weight in ["Regular", "Bold"]:
        source = f"/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc"
        if not os.path.exists(source):
            sys.exit(f"{source} not found: apt-get install fonts-noto-cjk")
        for family, chars in [(FAMILY, core), (FAMILY + " Ext", ext)]:
            out = os.path.join(OUT, f"{family.replace(' ', '')}-{weight}.ttf")
            count = build(source, out, chars, family)
            print(f"{out}: {len(chars)} characters, {count} glyphs, {os.path.getsize(out) // 1024} KB")


if __name__ == "__main__":
    main()
