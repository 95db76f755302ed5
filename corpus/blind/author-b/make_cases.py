#!/usr/bin/env python3
"""Blind evaluation cases, author B.

Writes eleven labelled import-order folders into ./cases/ (deterministic:
fixed dates everywhere, no randomness, ZIP members with a fixed timestamp).

Renderers: fpdf2 (PDF; DejaVu Sans / Sans Condensed / Serif TTF, WenQuanYi
Micro Hei TTC for Chinese), XlsxWriter (supplier quotations: merged header,
embedded photo thumbnails, formulas with cached values, two sheets),
openpyxl (buyer spec sheets), python-docx (specs, sample records, change
order), the stdlib email package (.eml), plain UTF-8 text (chat exports).

Run:  python3 make_cases.py      (rewrites ./cases from scratch)
"""
import io
import json
import os
import re
import shutil
import struct
import zipfile
import zlib
from datetime import datetime, timezone
from decimal import Decimal as D
from email import policy
from email.message import EmailMessage

import openpyxl
import xlsxwriter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.fonts import FontFace
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
CJK_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
]
CJK = next(p for p in CJK_CANDIDATES if os.path.exists(p))
ZIP_DT = (2026, 3, 1, 0, 0, 0)
NNBSP = "\u202f"
LRM = "\u200e"


# --------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------
def money(x):
    return f"{D(x):,.2f}"


_ONES = ("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE "
         "THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN").split()
_TENS = "_ _ TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY".split()


def _below_100(n):
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])


def _below_1000(n):
    h, r = divmod(n, 100)
    if h and r:
        return f"{_ONES[h]} HUNDRED AND {_below_100(r)}"
    if h:
        return f"{_ONES[h]} HUNDRED"
    return _below_100(r)


def words(n):
    th, r = divmod(n, 1000)
    if not th:
        return _below_1000(r)
    s = f"{_below_1000(th)} THOUSAND"
    if r == 0:
        return s
    if r < 100:
        return f"{s} AND {_below_100(r)}"
    return f"{s} {_below_1000(r)}"


def say_usd(amount):
    amount = D(amount)
    dollars = int(amount)
    cents = int((amount - dollars) * 100)
    s = "SAY US DOLLARS " + words(dollars)
    if cents:
        s += " AND CENTS " + words(cents)
    return s + " ONLY"


assert words(10008) == "TEN THOUSAND AND EIGHT"
assert words(6846) == "SIX THOUSAND EIGHT HUNDRED AND FORTY SIX"
assert words(13700) == "THIRTEEN THOUSAND SEVEN HUNDRED"


def png(w, h, fill, border=(90, 90, 90)):
    """A tiny deterministic RGB PNG (product thumbnail placeholder)."""
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            edge = x in (0, w - 1) or y in (0, h - 1)
            inner = (w // 4 < x < 3 * w // 4) and (h // 4 < y < 3 * h // 4)
            if edge:
                row += bytes(border)
            elif inner:
                row += bytes(max(c - 40, 0) for c in fill)
            else:
                row += bytes(fill)
        rows.append(bytes(row))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def normalize_zip(path, modified=None):
    """Rewrite an OOXML package with fixed member timestamps (and, for
    openpyxl which stamps 'now', a fixed dcterms:modified)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if modified and name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>" + modified.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_text(path, text, crlf=False, bom=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(text)


def toml_list(xs):
    return "[" + ", ".join(json.dumps(x, ensure_ascii=False) for x in xs) + "]"


def write_order(case_dir, order_id, buyer, supplier, release=None, tolerances=None,
                required_on_pi=None, stakeholders=None):
    lines = [f'order_id = "{order_id}"',
             f"buyer = {toml_list(buyer)}",
             f"supplier = {toml_list(supplier)}"]
    if stakeholders:
        lines.append(f"stakeholders = {toml_list(stakeholders)}")
    if required_on_pi:
        lines.append(f"required_on_pi = {toml_list(required_on_pi)}")
    if release:
        lines += ["", "[release]"] + [f'{k} = "{v}"' for k, v in release.items()]
    if tolerances:
        lines += ["", "[tolerances]"] + [f'{k} = "{v}"' for k, v in tolerances.items()]
    write_text(os.path.join(case_dir, "order.toml"), "\n".join(lines) + "\n")


def write_expected(case_dir, verdict, expected, description):
    data = {"verdict": verdict, "description": description, "expected": expected}
    write_text(os.path.join(case_dir, "expected.json"),
               json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def exp(field, status, min_severity, item=None):
    e = {"field": field, "status": status}
    if item:
        e["item"] = item
    e["min_severity"] = min_severity
    return e


# --------------------------------------------------------------------------
# PDF (fpdf2)
# --------------------------------------------------------------------------
class PDF(FPDF):
    def __init__(self, base="dv", footer=None, created=None, title=None, author=None):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(created or datetime(2026, 2, 1, 8, 0, tzinfo=timezone.utc))
        self.add_font("dv", "", DEJAVU + "DejaVuSans.ttf")
        self.add_font("dv", "B", DEJAVU + "DejaVuSans-Bold.ttf")
        self.add_font("dv", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
        self.add_font("dvc", "", DEJAVU + "DejaVuSansCondensed.ttf")
        self.add_font("dvc", "B", DEJAVU + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("dvc", "I", DEJAVU + "DejaVuSansCondensed-Oblique.ttf")
        self.add_font("serif", "", DEJAVU + "DejaVuSerif.ttf")
        self.add_font("serif", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
        self.add_font("serif", "I", DEJAVU + "DejaVuSerif-Italic.ttf")
        self.add_font("cjk", "", CJK)
        self.add_font("cjk", "B", CJK)
        self.set_fallback_fonts(["cjk", "dv"], exact_match=False)
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.base = base
        self.footer_text = footer
        self.set_margins(16, 14, 16)
        self.set_auto_page_break(True, 16)
        self.add_page()

    def footer(self):
        if self.footer_text:
            self.set_y(-11)
            self.set_font(self.base, "", 7)
            self.set_text_color(100)
            self.cell(0, 4, self.footer_text.format(p=self.page_no()), align="C")
            self.set_text_color(0)

    def t(self, text, size=9, style="", align="L", h=None, fam=None, color=None):
        self.set_font(fam or self.base, style, size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(0, h or size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        if color:
            self.set_text_color(0)

    def gap(self, h=2.0):
        self.ln(h)

    def rule(self, w=0.4):
        y = self.get_y()
        self.set_line_width(w)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.ln(1.5)

    def grid(self, rows, widths, size=8, head=True, align=None, borders="ALL", fam=None,
             lh=None, bold_cols=(), fill=(225, 225, 225)):
        """rows: list of rows; a cell is a str or a dict(t=, span=, b=, align=)."""
        self.set_font(fam or self.base, "", size)
        self.set_fill_color(255)
        kw = dict(col_widths=widths, text_align=align or "LEFT", first_row_as_headings=head,
                  borders_layout=borders, line_height=lh or size * 0.55, padding=1)
        if head:
            kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(**kw) as tb:
            for r_i, r in enumerate(rows):
                row = tb.row()
                for c_i, c in enumerate(r):
                    if isinstance(c, dict):
                        style = FontFace(emphasis="BOLD") if c.get("b") else None
                        row.cell(str(c["t"]), colspan=c.get("span", 1), style=style,
                                 align=c.get("align"))
                    else:
                        style = FontFace(emphasis="BOLD") if (c_i in bold_cols and not (head and r_i == 0)) else None
                        row.cell(str(c), style=style)
        self.ln(1.5)

    def save(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.output(path)


# --------------------------------------------------------------------------
# DOCX (python-docx)
# --------------------------------------------------------------------------
def new_docx(author, when, title, latin="Calibri", east="SimSun", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = latin
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 3
    return d


def dpara(d, text, bold=False, size=None, align=None, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "C":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "R":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def dtable(d, rows, widths=None, head=True, bold_first_col=False, size=9.5):
    tb = d.add_table(rows=0, cols=len(rows[0]))
    tb.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = tb.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(str(v))
            run.font.size = Pt(size)
            if (head and i == 0) or (bold_first_col and j == 0):
                run.bold = True
            if widths:
                cells[j].width = Cm(widths[j])
    d.add_paragraph()
    return tb


def save_docx(d, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d.save(path)
    normalize_zip(path)


# --------------------------------------------------------------------------
# XLSX helpers
# --------------------------------------------------------------------------
def xw_book(path, author, created, title):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": title, "author": author, "company": author, "created": created})
    base = {"font_name": "Arial", "font_size": 10, "valign": "vcenter"}

    def f(**kw):
        x = dict(base)
        x.update(kw)
        return wb.add_format(x)

    F = {
        "co": f(bold=True, font_size=14, align="center"),
        "co2": f(bold=True, font_size=11, align="center"),
        "addr": f(font_size=9, align="center"),
        "title": f(bold=True, font_size=16, align="center", bottom=2),
        "lbl": f(bold=True),
        "txt": f(text_wrap=True),
        "th": f(bold=True, bg_color="#DDEBF7", border=1, text_wrap=True, align="center"),
        "td": f(border=1, text_wrap=True),
        "tdc": f(border=1, text_wrap=True, align="center"),
        "int": f(border=1, num_format="#,##0", align="center"),
        "usd": f(border=1, num_format='"US$"#,##0.00', align="right"),
        "usd2": f(border=1, num_format="0.00", align="center"),
        "amt": f(border=1, num_format="#,##0.00", align="right"),
        "tot": f(border=1, bold=True, num_format="#,##0.00", align="right", bg_color="#FFF2CC"),
        "totl": f(border=1, bold=True, align="right", bg_color="#FFF2CC"),
        "cbm": f(border=1, num_format="0.0000", align="center"),
        "note": f(italic=True, font_size=9, text_wrap=True),
        "k": f(bold=True, border=1, bg_color="#F2F2F2", text_wrap=True),
        "v": f(border=1, text_wrap=True),
    }
    return wb, F


def xw_photo(ws, row, col, rgb):
    ws.insert_image(row, col, "photo.png", {
        "image_data": io.BytesIO(png(64, 48, rgb)), "x_offset": 6, "y_offset": 4,
        "object_position": 1})


def xw_close(wb, path):
    wb.close()
    normalize_zip(path)


def op_styles():
    thin = Side(style="thin", color="808080")
    return {
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "head": PatternFill("solid", fgColor="D9D9D9"),
        "title": Font(name="Calibri", size=14, bold=True),
        "bold": Font(name="Calibri", size=10, bold=True),
        "norm": Font(name="Calibri", size=10),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
    }


def op_rows(ws, start_row, rows, S, widths=None, head=True):
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = ws.cell(row=start_row + i, column=1 + j, value=v)
            c.border = S["border"]
            c.alignment = S["wrap"]
            c.font = S["norm"]
            if head and i == 0:
                c.font = S["bold"]
                c.fill = S["head"]
                c.alignment = S["center"]
    if widths:
        for j, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
    return start_row + len(rows)


def op_save(wb, path, created):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.properties.creator = wb.properties.creator or "buyer"
    wb.properties.created = created
    wb.properties.modified = created
    wb.save(path)
    normalize_zip(path, modified=created.strftime("%Y-%m-%dT%H:%M:%SZ"))


def pdt(y, m, d, hh=9, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=timezone.utc)


def ndt(y, m, d, hh=9, mm=0):
    return datetime(y, m, d, hh, mm)


# ==========================================================================
# 01  glass food container, clean (bilingual, R1 -> R2 quote, PSI PASS)
# ==========================================================================
def case01(root):
    c = os.path.join(root, "01-glass-container-clean")
    SUP_EN = "HEJIAN JINGRUI GLASSWARE CO., LTD."
    SUP_CN = "河间市晶瑞玻璃制品有限公司"
    SUP_ADDR = "Xiguan Industrial Zone, Hejian City, Cangzhou, Hebei 062450, China"
    qty, price = 3600, D("2.78")
    total = qty * price
    assert total == D("10008.00")
    deposit = (total * D("0.30")).quantize(D("0.01"))
    assert deposit == D("3002.40")

    write_order(c, "FJL-PO-26007",
                ["Fjordline Home AS", "Ingrid Solberg", "Ingrid"],
                ["Hejian Jingrui Glassware Co., Ltd.", SUP_CN, "Jingrui Glass", "Cathy Liu", "刘倩", "Cathy 刘倩"],
                release={"inspection": "passed"},
                tolerances={"dimensions": "±2 mm", "capacity": "±20 ml", "weight": "±5%"})

    # ---- spec (docx)
    d = new_docx("Ingrid Solberg", ndt(2026, 1, 22, 10), "FJL-GC1040 Product Specification")
    dpara(d, "FJORDLINE HOME AS", bold=True, size=14)
    dpara(d, "Sandakerveien 24C, 0473 Oslo, Norway · sourcing@fjordlinehome.no", size=8.5)
    dpara(d, "PRODUCT SPECIFICATION – FJL-GC1040 Glass Meal-Prep Container 1040 ml", bold=True, size=13)
    dpara(d, "Document FJL-SPEC-GC1040 · Version 2 · 22 Jan 2026 · Supplier: Hejian Jingrui Glassware Co., Ltd. (河间市晶瑞玻璃制品有限公司) · PO FJL-PO-26007", size=9)
    dpara(d, "1. Product", bold=True)
    dtable(d, [
        ["Attribute", "Requirement"],
        ["Item no.", "FJL-GC1040"],
        ["Description", "Rectangular glass food container with 4-lock snap lid"],
        ["Body material", "Borosilicate glass 3.3 (high borosilicate), oven / microwave / freezer safe, -20 °C to 400 °C"],
        ["Lid / seal", "PP lid, BPA free; removable sealing ring of food-grade silicone"],
        ["Capacity", "1040 ml brimful, tolerance ±20 ml"],
        ["External dimensions (with lid)", "200 x 145 x 72 mm (L x W x H), tolerance ±2 mm"],
        ["Weight (glass + lid)", "610 g ±5%"],
        ["Glass wall thickness", "3.5 – 4.0 mm"],
        ["Lid colour", "Pantone 5497 C (sage grey)"],
        ["Finish", "Glass clear with fire-polished rim; lid fine matte texture"],
        ["Logo", "FJORDLINE wordmark moulded (embossed) in lid centre, 40 x 8 mm"],
        ["Certification", "LFGB (glass, lid and seal) and FDA 21 CFR 177.1520 (PP lid)"],
    ], widths=[5, 12], bold_first_col=True)
    dpara(d, "2. Packaging", bold=True)
    dtable(d, [
        ["Attribute", "Requirement"],
        ["Unit packaging", "Individual 4C printed colour box, 350 g white card, EAN-13 on bottom panel"],
        ["Master carton", "12 pcs/ctn, 5-ply export carton 43 x 31 x 32 cm with cardboard dividers"],
        ["Carton marks", "FJORDLINE / PO FJL-PO-26007 / FJL-GC1040 / QTY 12 PCS / C/No. / MADE IN CHINA"],
    ], widths=[5, 12], bold_first_col=True)
    dpara(d, "3. Commercial and quality terms", bold=True)
    dtable(d, [
        ["Term", "Requirement"],
        ["Order quantity", "3,600 pcs"],
        ["Incoterm", "FOB Tianjin (Xingang)"],
        ["Payment", "T/T 30% deposit, 70% balance against copy of B/L"],
        ["Lead time", "40 days after deposit"],
        ["Inspection", "Pre-shipment inspection, ISO 2859-1 General Level II, AQL 2.5 major / 4.0 minor, by the buyer's nominated agency. The PI shall state this inspection clause."],
        ["Price", "As per accepted quotation"],
    ], widths=[5, 12], bold_first_col=True)
    dpara(d, "Approved: Ingrid Solberg, Sourcing Manager, Fjordline Home AS — 22 Jan 2026", bold=True)
    dpara(d, "Supplier acknowledgement: Cathy Liu (刘倩), Hejian Jingrui Glassware — 23 Jan 2026", size=9)
    save_docx(d, os.path.join(c, "spec", "FJL-GC1040_Product_Specification_v2.docx"))

    # ---- sample record (docx)
    d = new_docx("Ingrid Solberg", ndt(2026, 1, 27, 14), "Golden sample record FJL-GC1040")
    dpara(d, "GOLDEN SAMPLE APPROVAL RECORD", bold=True, size=14, align="C")
    dpara(d, "Fjordline Home AS · Quality", align="C", size=9)
    dtable(d, [
        ["Record no.", "GS-FJL-0126"],
        ["Item", "FJL-GC1040 glass container 1040 ml"],
        ["Supplier", "Hejian Jingrui Glassware Co., Ltd."],
        ["Samples received", "3 pcs, 24 Jan 2026 (DHL 4471 9920 31)"],
        ["Reference", "Spec FJL-SPEC-GC1040 v2"],
    ], head=False, bold_first_col=True, widths=[4.5, 12.5])
    dtable(d, [
        ["Check", "Requirement", "Measured (avg. of 3)", "Result"],
        ["Capacity, brimful", "1040 ml ±20 ml", "1,046 ml", "OK"],
        ["L x W x H with lid", "200 x 145 x 72 mm ±2 mm", "200.8 x 144.1 x 72.9 mm", "OK"],
        ["Weight glass + lid", "610 g ±5%", "622 g", "OK"],
        ["Lid colour", "Pantone 5497 C", "Visual match under D65, ΔE 0.8", "OK"],
        ["Logo", "Embossed FJORDLINE 40 x 8 mm", "40 x 8 mm, sharp", "OK"],
        ["Leak test", "Water, inverted 60 s", "No leak (3/3)", "OK"],
        ["Thermal shock", "ΔT 120 °C", "No crack (3/3)", "OK"],
    ], widths=[3.6, 4.6, 5.4, 1.6])
    dpara(d, "Conclusion: APPROVED as golden sample for mass production. One sample sealed and kept at the factory, two kept by Fjordline Oslo.")
    dpara(d, "Buyer: Ingrid Solberg — signed 27 Jan 2026")
    dpara(d, "Supplier: Cathy Liu 刘倩 — signed 27 Jan 2026")
    save_docx(d, os.path.join(c, "sample", "FJL-GC1040_Golden_Sample_Record.docx"))

    # ---- quotes R1 and R2 (xlsx)
    for rev, date, p, lead, created in (("R1", "2026-01-12", D("2.95"), "45 days after deposit", datetime(2026, 1, 12, 7, 30)),
                                        ("R2", "2026-01-19", D("2.78"), "40 days after deposit", datetime(2026, 1, 19, 2, 10))):
        path = os.path.join(c, "quotes", f"JR-Q260112_{rev}_Fjordline.xlsx")
        wb, F = xw_book(path, "Cathy Liu", created, f"Quotation JR-Q260112 {rev}")
        ws = wb.add_worksheet("报价 Quotation")
        ws.set_column("A:A", 5); ws.set_column("B:B", 12); ws.set_column("C:C", 12)
        ws.set_column("D:D", 38); ws.set_column("E:F", 11); ws.set_column("G:G", 18)
        ws.set_column("H:H", 8); ws.set_column("I:I", 12); ws.set_column("J:J", 8); ws.set_column("K:K", 13)
        ws.merge_range("A1:K1", SUP_CN, F["co"])
        ws.merge_range("A2:K2", SUP_EN, F["co2"])
        ws.merge_range("A3:K3", SUP_ADDR + "  Tel: +86 317 3325 618  sales@jr-glassware.com.cn", F["addr"])
        ws.merge_range("A4:K4", "报价单 QUOTATION", F["title"])
        ws.write("A6", "To:", F["lbl"]); ws.write("B6", "Fjordline Home AS – Ms. Ingrid Solberg")
        ws.write("H6", "No.:", F["lbl"]); ws.write("I6", f"JR-Q260112 {rev}")
        ws.write("H7", "Date:", F["lbl"]); ws.write("I7", date)
        ws.write("A7", "Price term:", F["lbl"]); ws.write("B7", "FOB Tianjin")
        hdr = ["No.", "Photo 图片", "Item No. 货号", "Description 描述", "Capacity", "Size (mm)", "Packing",
               "MOQ", "Unit Price FOB Tianjin (USD)", "Qty", "Amount (USD)"]
        ws.set_row(8, 32)
        for j, h in enumerate(hdr):
            ws.write(8, j, h, F["th"])
        ws.set_row(9, 60)
        ws.write(9, 0, 1, F["tdc"])
        ws.write(9, 1, "", F["td"]); xw_photo(ws, 9, 1, (170, 190, 175))
        ws.write(9, 2, "FJL-GC1040", F["tdc"])
        ws.write(9, 3, "1040ml borosilicate glass container, PP 4-lock lid PMS5497C, silicone seal, embossed logo on lid", F["td"])
        ws.write(9, 4, "1040ml", F["tdc"]); ws.write(9, 5, "200x145x72", F["tdc"])
        ws.write(9, 6, "colour box, 12pcs/ctn", F["td"])
        ws.write(9, 7, 1000, F["int"]); ws.write(9, 8, float(p), F["usd2"]); ws.write(9, 9, qty, F["int"])
        ws.write_formula(9, 10, "=I10*J10", F["amt"], float(p * qty))
        ws.merge_range(10, 0, 10, 9, "TOTAL FOB TIANJIN (USD)", F["totl"])
        ws.write_formula(10, 10, "=SUM(K10:K10)", F["tot"], float(p * qty))
        ws.write("A13", "Remark: price based on 3,600 pcs and Fjordline artwork; mould for lid logo USD 0 (existing lid mould, logo insert free).", F["note"])
        ws2 = wb.add_worksheet("Terms 条款")
        ws2.set_column("A:A", 22); ws2.set_column("B:B", 70)
        rows = [
            ("价格条款 Price term", "FOB Tianjin"),
            ("付款 Payment", "T/T 30% deposit, 70% balance against copy of B/L"),
            ("交期 Lead time", lead),
            ("包装 Packing", "Colour box; 12 pcs/ctn; 5-ply carton 43*31*32cm; G.W. 8.6 kg / N.W. 7.3 kg"),
            ("认证 Certificates", "LFGB, FDA"),
            ("报价有效期 Validity", "30 days"),
            ("样品 Sample", "3 pcs free of charge, courier freight collect"),
        ]
        for i, (k, v) in enumerate(rows):
            ws2.write(i, 0, k, F["k"]); ws2.write(i, 1, v, F["v"])
        ws2.write(len(rows) + 1, 0, "CBM / ctn", F["k"])
        ws2.write_formula(len(rows) + 1, 1, "=43*31*32/1000000", F["cbm"], 43 * 31 * 32 / 1000000)
        ws2.write(len(rows) + 2, 0, "Cartons (3,600 pcs)", F["k"])
        ws2.write_formula(len(rows) + 2, 1, "=3600/12", F["int"], 300)
        xw_close(wb, path)

    # ---- PI (pdf, bilingual)
    pdf = PDF(footer="PI No. JR260203 · page {p}/1", created=pdt(2026, 2, 3, 2), title="PI JR260203",
              author=SUP_EN)
    pdf.t(SUP_EN, 14, "B", "C", h=7, fam="serif")
    pdf.t(SUP_CN, 12, "", "C", h=6)
    pdf.t(SUP_ADDR + "\nTel: +86 317 3325 618   E-mail: sales@jr-glassware.com.cn", 8, "", "C", h=4)
    pdf.rule(0.6)
    pdf.t("PROFORMA INVOICE 形式发票", 13, "B", "C", h=8)
    pdf.grid([
        ["Buyer 买方:", "FJORDLINE HOME AS\nSandakerveien 24C, 0473 Oslo, Norway\nAttn: Ms. Ingrid Solberg",
         "PI No.:\nDate 日期:\nBuyer's PO:", "JR260203\n2026年2月3日\nFJL-PO-26007"],
    ], (20, 80, 28, 52), size=8.5, head=False, borders="NONE", bold_cols=(0, 2))
    pdf.grid([
        ["No.", "Item 货号", "Description 品名描述", "Qty 数量", "Unit Price 单价 (USD)", "Amount 金额 (USD)"],
        ["1", "FJL-GC1040", "1040ml高硼硅玻璃保鲜盒 Borosilicate glass container 1040ml, PP lid 5497C (sage grey), silicone seal, embossed logo on lid, 200x145x72mm",
         "3,600 PCS", money(price), money(total)],
        [{"t": "Total FOB TIANJIN XINGANG", "span": 3, "b": True, "align": "R"}, {"t": "3,600 PCS", "b": True},
         "", {"t": "USD " + money(total), "b": True}],
    ], (8, 22, 70, 20, 22, 24), size=8, align=("CENTER", "CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
    pdf.t(say_usd(total) + ".", 8.5, "B")
    pdf.gap(2)
    pdf.grid([
        ["价格条款 Price term", "FOB 天津新港 TIANJIN XINGANG"],
        ["付款方式 Payment", "T/T 定金30%，尾款70%见提单副本 / 30% deposit, 70% balance against copy of B/L"],
        ["交期 Delivery", "收到定金后40天 / 40 days after receipt of deposit"],
        ["包装 Packing", "彩盒 colour box；12只/箱；五层瓦楞纸箱 5-ply carton 43*31*32cm；共300箱 300 ctns；G.W. 8.6 kg / N.W. 7.3 kg per ctn"],
        ["唛头 Marks", "FJORDLINE / FJL-PO-26007 / FJL-GC1040 / 12 PCS / C/NO. 1-300 / MADE IN CHINA"],
        ["认证 Certificates", "LFGB, FDA"],
        ["检验 Inspection", "Pre-shipment inspection AQL 2.5 (major) / 4.0 (minor), ISO 2859-1 General Level II, by buyer's nominated agency"],
    ], (34, 146), size=8, head=False, bold_cols=(0,))
    pdf.t("银行资料 BANK INFORMATION", 9, "B")
    pdf.grid([
        ["受益人 Beneficiary", SUP_EN],
        ["开户行 Bank", "中国银行河间支行 BANK OF CHINA, HEJIAN SUB-BRANCH"],
        ["银行地址 Bank address", "No. 61 Yingzhou Road, Hejian, Hebei, China"],
        ["SWIFT", "BKCHCNBJ220"],
        ["账号 A/C No.", "1003 8866 2150"],
    ], (34, 146), size=8, head=False, bold_cols=(0,))
    pdf.gap(4)
    pdf.grid([["卖方 Seller:\n河间市晶瑞玻璃制品有限公司（盖章）\nFor and on behalf of " + SUP_EN + "\n\nCathy Liu 刘倩",
               "买方确认 Buyer's confirmation:\n\n\n\n______________________"]], (90, 90), size=8, head=False, borders="NONE")
    pdf.save(os.path.join(c, "pi", "PI-JR260203.pdf"))

    # ---- chat (WeChat, name-date header style)
    S, B = "Cathy 刘倩", "Ingrid Solberg"
    msgs = [
        (S, "2026/1/12 15:02", "Hi Ingrid, quotation R1 attached 报价单请查收"),
        (S, "2026/1/12 15:02", "[文件] JR-Q260112_R1_Fjordline.xlsx"),
        (B, "2026/1/12 21:47", "Thanks Cathy. 2.95 is above our target for 3,600 pcs. We also need 40 days, not 45."),
        (S, "2026/1/13 9:10", "明白，我跟老板申请一下 let me check with boss"),
        (S, "2026/1/19 10:26", "Ingrid, R2 quotation: USD 2.78 FOB Tianjin, 40 days. This is our best price 😊"),
        (S, "2026/1/19 10:26", "[文件] JR-Q260112_R2_Fjordline.xlsx"),
        (B, "2026/1/19 16:05", "R2 OK, quote accepted, please send PI after sample approval. Lid colour stays PMS 5497 C"),
        (S, "2026/1/19 16:20", "好的 noted"),
        (B, "2026/1/27 14:32", "Golden samples approved, record attached. Capacity 1046 ml, all good."),
        (B, "2026/1/27 14:32", "[文件] FJL-GC1040_Golden_Sample_Record.docx"),
        (S, "2026/2/3 10:41", "[文件] PI-JR260203.pdf"),
        (S, "2026/2/3 10:42", "PI请查收，定金30%。Please check PI, thank you"),
        (S, "2026/2/3 10:45", "春节放假通知：工厂2月13日至2月23日放假。Our factory holiday Feb 13 - Feb 23, glass and lids are ready before holiday, delivery time no change."),
        (B, "2026/2/4 9:18", "Deposit USD 3,002.40 sent today (30%). Bank slip below"),
        (B, "2026/2/4 9:18", "[图片]"),
        (S, "2026/2/4 16:02", "定金已收到，谢谢！Received with thanks"),
        (B, "2026/2/26 11:20", "Hi Cathy, can you send photos of the lid moulding with the logo?"),
        (S, "2026/2/26 11:52", "[图片]"),
        (S, "2026/2/26 11:52", "[图片]"),
        (S, "2026/3/12 15:30", "Ingrid, goods 100% finished and packed, ready for inspection 3月16日 ok?"),
        (B, "2026/3/12 19:07", "Inspection booked for 16 March with Bluecheck."),
        (B, "2026/3/17 8:55", "Report says PASS 👍 We pay the balance when we have the B/L copy."),
        (S, "2026/3/17 9:03", "好的，谢谢Ingrid！"),
    ]
    text = "".join(f"{n} {t}\n{m}\n" for n, t, m in msgs)
    write_text(os.path.join(c, "chat", "微信聊天记录-Cathy刘倩.txt"), text)

    # ---- inspection (pdf)
    pdf = PDF(base="dvc", footer="BCQ-TJ-2603-0412 · Bluecheck Quality Services · page {p}", created=pdt(2026, 3, 16, 12),
              title="PSI report BCQ-TJ-2603-0412", author="Bluecheck Quality Services")
    pdf.t("BLUECHECK QUALITY SERVICES (TIANJIN) CO., LTD.", 12, "B")
    pdf.t("PRE-SHIPMENT INSPECTION REPORT", 15, "B", h=8)
    pdf.grid([
        ["Report no.", "BCQ-TJ-2603-0412", "Inspection date", "16 Mar 2026"],
        ["Client", "Fjordline Home AS", "PO", "FJL-PO-26007"],
        ["Supplier", "Hejian Jingrui Glassware Co., Ltd.", "Place", "Factory, Hejian, Hebei"],
        ["Product", "FJL-GC1040 glass container 1040 ml", "Order qty", "3,600 pcs"],
        ["Presented qty", "3,600 pcs, 100% packed (300 ctns)", "Inspector", "Zhao Peng"],
    ], (28, 62, 30, 60), size=8, head=False, bold_cols=(0, 2))
    pdf.t("OVERALL RESULT: PASS", 13, "B", color=(0, 110, 0), h=7)
    pdf.t("Sampling plan", 10, "B")
    pdf.grid([
        ["Standard", "Level", "Lot size", "Code", "Sample size", "AQL", "Ac / Re", "Found", "Result"],
        ["ISO 2859-1 single normal", "General II", "3,600", "L", "200", "Critical 0", "0 / 1", "0", "Pass"],
        ["", "", "", "", "200", "Major 2.5", "10 / 11", "2", "Pass"],
        ["", "", "", "", "200", "Minor 4.0", "14 / 15", "5", "Pass"],
    ], (30, 18, 16, 12, 18, 20, 18, 14, 16), size=7.5, align="CENTER")
    pdf.t("Checklist", 10, "B")
    pdf.grid([
        ["Item", "Requirement", "Finding", "Result"],
        ["Quantity", "3,600 pcs", "3,600 pcs in 300 ctns", "Pass"],
        ["Carton", "5-ply export carton 43 x 31 x 32 cm, 12 pcs/ctn", "5-ply, measured 43.2 x 31.0 x 32.1 cm, 12 pcs/ctn", "Pass"],
        ["Marks / barcode", "Shipping marks, EAN-13", "As specified, 10/10 EAN scans OK", "Pass"],
        ["Capacity (5 pcs)", "1040 ml ±20 ml", "1,038 – 1,049 ml", "Pass"],
        ["Dimensions (5 pcs)", "200 x 145 x 72 mm ±2 mm", "199.6–201.1 x 144.0–145.8 x 71.8–72.9 mm", "Pass"],
        ["Weight (5 pcs)", "610 g ±5%", "604 – 625 g", "Pass"],
        ["Lid colour", "Pantone 5497 C / golden sample", "Conforms to golden sample", "Pass"],
        ["Leak test (32 pcs)", "No leakage", "0 leaking", "Pass"],
        ["Thermal shock (5 pcs)", "ΔT 120 °C", "No crack", "Pass"],
    ], (30, 52, 72, 16), size=7.5)
    pdf.t("Defects found", 10, "B")
    pdf.grid([
        ["Defect", "Critical", "Major", "Minor"],
        ["Chipped rim", "0", "1", "0"],
        ["Lid lock not engaging", "0", "1", "0"],
        ["Air bubble in glass ≤ 1 mm", "0", "0", "3"],
        ["Light scratch on lid", "0", "0", "2"],
        [{"t": "Total", "b": True}, "0", "2", "5"],
    ], (80, 30, 30, 30), size=8, align=("LEFT", "CENTER", "CENTER", "CENTER"))
    pdf.t("Inspector: Zhao Peng    Reviewed: Wendy Gao, Operations Manager    Issued 16 Mar 2026", 8)
    pdf.save(os.path.join(c, "inspection", "BCQ-TJ-2603-0412_PSI_Report.pdf"))

    write_expected(c, "RELEASE", [], "Clean bilingual order; quote R1 superseded by R2 which the PI follows; PSI passed.")


# ==========================================================================
# 02  wooden hangers, clean, Chinese-only documents, WeChat (time-name style)
# ==========================================================================
def case02(root):
    c = os.path.join(root, "02-wooden-hanger-cn-clean")
    SUP_CN = "荔浦市恒达衣架制品有限公司"
    SUP_EN = "LIPU HENGDA HANGER PRODUCTS CO., LTD."
    qty, price = 5000, D("1.32")
    total = qty * price
    assert total == D("6600.00")
    dep, bal = total * D("0.3"), total * D("0.7")
    assert (dep, bal) == (D("1980.000"), D("4620.000"))

    write_order(c, "LL-PO-2602",
                ["Lumière Living Pte. Ltd.", "陈嘉欣", "Jessica Tan", "陈嘉欣 Jessica", "Jessica"],
                ["Lipu Hengda Hanger Products Co., Ltd.", SUP_CN, "恒达衣架", "黄志明", "Huang Zhiming", "Ming", "黄生"],
                tolerances={"dimensions": "±2 mm", "weight": "±10 g"})

    # ---- spec (pdf, Chinese)
    pdf = PDF(base="cjk", footer="LL-SPEC-WH45-A  第{p}页", created=pdt(2026, 1, 22, 3),
              title="产品规格书 LL-WH45", author="Lumière Living Pte. Ltd.")
    pdf.t("Lumière Living Pte. Ltd.", 11, "B")
    pdf.t("18 Kaki Bukit Road 3, #04-12, Singapore 415978", 8)
    pdf.gap(3)
    pdf.t("产品规格书  LL-WH45 实木西装衣架", 15, "B", "C", h=8)
    pdf.t("文件编号：LL-SPEC-WH45-A    版本：A    日期：2026年1月22日", 9, "", "C")
    pdf.gap(2)
    pdf.t("供应商：荔浦市恒达衣架制品有限公司    订单号：LL-PO-2602", 9)
    pdf.gap(2)
    pdf.grid([
        ["项目", "要求"],
        ["品名", "实木西装衣架（带防滑裤杆）"],
        ["货号", "LL-WH45"],
        ["材质", "荷木（木荷）实木，含水率≤12%；裤杆为荷木圆杆，套防滑PVC管"],
        ["尺寸", "宽450 × 高230 × 厚12 mm（肩部宽40 mm），公差 ±2 mm"],
        ["重量", "165 g ±10 g"],
        ["挂钩", "Ø4.0 mm 铁线镀铬，360°旋转"],
        ["颜色", "胡桃色 Walnut，潘通色号 PANTONE 4625 C"],
        ["表面处理", "PU哑光漆，两底一面，无流挂、无颗粒"],
        ["Logo", "烫金 LUMIÈRE，衣架正面中部，40 × 8 mm"],
        ["承重", "5 kg 悬挂24小时不变形"],
    ], (30, 150), size=9, bold_cols=(0,))
    pdf.t("包装要求", 11, "B", h=6)
    pdf.grid([
        ["项目", "要求"],
        ["内包装", "每10只装一个PE袋，挂钩朝同一方向"],
        ["外箱", "每箱50只，五层瓦楞纸箱，48 × 26 × 30 cm"],
        ["唛头", "正唛：LUMIÈRE / LL-PO-2602 / LL-WH45 / 50只 / 箱号；侧唛：毛重、净重、尺寸"],
    ], (30, 150), size=9, bold_cols=(0,))
    pdf.t("商务及验货", 11, "B", h=6)
    pdf.grid([
        ["项目", "要求"],
        ["数量", "5,000 只"],
        ["价格条款", "FOB 广州"],
        ["付款方式", "定金30%，尾款70%见提单副本"],
        ["交期", "收到定金后35天"],
        ["验货", "出货前验货，AQL 2.5（主要缺陷）/ 4.0（次要缺陷），一般检验水平 II"],
    ], (30, 150), size=9, bold_cols=(0,))
    pdf.gap(3)
    pdf.t("批准：陈嘉欣（采购经理）  2026年1月22日", 9.5, "B")
    pdf.save(os.path.join(c, "spec", "LL-WH45 产品规格书.pdf"))

    # ---- sample record (docx, Chinese)
    d = new_docx("陈嘉欣", ndt(2026, 1, 30, 4), "样品确认单 LL-WH45", latin="Arial", east="Microsoft YaHei")
    dpara(d, "样品确认单", bold=True, size=15, align="C")
    dpara(d, "Lumière Living Pte. Ltd.", align="C", size=9)
    dtable(d, [
        ["编号", "LL-SA-0130", "货号", "LL-WH45"],
        ["供应商", "荔浦市恒达衣架制品有限公司", "样品数量", "3 只"],
        ["收样日期", "2026年1月28日", "依据", "LL-SPEC-WH45-A"],
    ], head=False, widths=[2.5, 6, 2.5, 6])
    dtable(d, [
        ["检查项目", "标准", "实测", "判定"],
        ["尺寸", "450 × 230 × 12 mm ±2", "449.0 × 231.2 × 12.3 mm", "合格"],
        ["重量", "165 ±10 g", "162 g", "合格"],
        ["颜色", "PANTONE 4625 C 胡桃色", "与色卡一致", "合格"],
        ["表面处理", "PU哑光漆", "无流挂、无颗粒", "合格"],
        ["烫金Logo", "40 × 8 mm，清晰完整", "40 × 8 mm，清晰", "合格"],
        ["挂钩", "旋转顺畅，镀层无脱落", "正常", "合格"],
        ["承重", "5 kg 24小时", "无变形", "合格"],
    ], widths=[3, 5, 5.5, 2.5])
    dpara(d, "结论：样品合格，确认为大货封样。大货须与封样一致。")
    dpara(d, "买方确认：陈嘉欣    2026年1月30日")
    dpara(d, "供应商确认：黄志明    2026年1月30日")
    save_docx(d, os.path.join(c, "sample", "样品确认单_LL-WH45.docx"))

    # ---- quote (xlsx, Chinese)
    path = os.path.join(c, "quotes", "恒达报价单HD-Q260118.xlsx")
    wb, F = xw_book(path, "黄志明", datetime(2026, 1, 18, 2, 15), "报价单 HD-Q260118")
    ws = wb.add_worksheet("报价单")
    for col, w in zip("ABCDEFGHIJ", (5, 12, 10, 30, 8, 13, 16, 9, 13, 13)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:J1", SUP_CN, F["co"])
    ws.merge_range("A2:J2", "地址：广西桂林市荔浦市荔城镇工业园区衣架城路8号  电话：0773-7212368  微信/手机：138 7735 2106", F["addr"])
    ws.merge_range("A3:J3", "报 价 单", F["title"])
    ws.write("A5", "客户：", F["lbl"]); ws.write("B5", "Lumière Living Pte. Ltd.  陈嘉欣 小姐")
    ws.write("H5", "编号：", F["lbl"]); ws.write("I5", "HD-Q260118")
    ws.write("H6", "日期：", F["lbl"]); ws.write("I6", "2026年1月18日")
    hdr = ["序号", "图片", "货号", "品名/规格", "材质", "尺寸(mm)", "颜色", "数量(只)", "单价 USD\nFOB广州", "金额 USD"]
    ws.set_row(7, 30)
    for j, h in enumerate(hdr):
        ws.write(7, j, h, F["th"])
    ws.set_row(8, 60)
    row = [1, "", "LL-WH45", "实木西装衣架带防滑裤杆，镀铬旋转钩，烫金LOGO，PU哑光漆", "荷木", "450*230*12",
           "胡桃色 PMS4625C"]
    for j, v in enumerate(row):
        ws.write(8, j, v, F["tdc"] if j in (0, 2, 4, 5) else F["td"])
    xw_photo(ws, 8, 1, (120, 80, 50))
    ws.write(8, 7, qty, F["int"]); ws.write(8, 8, float(price), F["usd2"])
    ws.write_formula(8, 9, "=H9*I9", F["amt"], float(total))
    ws.merge_range(9, 0, 9, 8, "合计 TOTAL (USD)", F["totl"])
    ws.write_formula(9, 9, "=SUM(J9:J9)", F["tot"], float(total))
    ws.write("A12", "备注：以上价格含烫金LOGO，不含模具费（无需开模）。报价有效期30天。", F["note"])
    ws2 = wb.add_worksheet("包装及条款")
    ws2.set_column("A:A", 16); ws2.set_column("B:B", 60)
    terms = [("内包装", "10只/PE袋"), ("外箱", "50只/箱，五层瓦楞纸箱 48*26*30cm"),
             ("毛重/净重", "9.5 kg / 8.3 kg 每箱"), ("付款方式", "定金30%，尾款70%见提单副本"),
             ("交期", "收到定金后35天"), ("价格条款", "FOB 广州"), ("报价有效期", "30天")]
    for i, (k, v) in enumerate(terms):
        ws2.write(i, 0, k, F["k"]); ws2.write(i, 1, v, F["v"])
    n = len(terms)
    ws2.write(n + 1, 0, "箱数", F["k"]); ws2.write_formula(n + 1, 1, "=5000/50", F["int"], 100)
    ws2.write(n + 2, 0, "总体积 CBM", F["k"]); ws2.write_formula(n + 2, 1, "=0.48*0.26*0.3*B9", F["cbm"], round(0.48 * 0.26 * 0.3 * 100, 4))
    xw_close(wb, path)

    # ---- PI (pdf, Chinese only, numbered terms)
    pdf = PDF(base="cjk", footer="HD-PI-2026-0211  第{p}页 共1页", created=pdt(2026, 2, 11, 1, 30),
              title="形式发票 HD-PI-2026-0211", author=SUP_CN)
    pdf.t(SUP_CN, 16, "B", "C", h=8)
    pdf.t(SUP_EN, 9, "", "C")
    pdf.t("地址：广西桂林市荔浦市荔城镇工业园区衣架城路8号    电话：0773-7212368    邮箱：hd@hengdahanger.cn", 8, "", "C")
    pdf.rule(0.8)
    pdf.t("形 式 发 票", 15, "B", "C", h=9)
    pdf.grid([
        ["发票号：HD-PI-2026-0211", "日期：2026年2月11日"],
        ["买方：Lumière Living Pte. Ltd.（新加坡）\n地址：18 Kaki Bukit Road 3, #04-12, Singapore 415978\n联系人：陈嘉欣 小姐",
         "订单号：LL-PO-2602\n付款币种：美元 USD"],
    ], (110, 70), size=9, head=False, borders="NONE")
    pdf.grid([
        ["序号", "货号", "品名及规格", "数量", "单价（美元）", "金额（美元）"],
        ["1", "LL-WH45", "实木西装衣架（荷木）450×230×12mm\n胡桃色 Pantone 4625C，PU哑光漆\n镀铬旋转钩，烫金LOGO（LUMIÈRE）",
         "5,000只", money(price), money(total)],
        [{"t": "合计", "span": 3, "b": True, "align": "R"}, {"t": "5,000只", "b": True}, "", {"t": money(total), "b": True}],
    ], (10, 20, 80, 22, 22, 26), size=8.5, align=("CENTER", "CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
    pdf.t("大写：美元陆仟陆佰元整", 9, "B")
    pdf.t(say_usd(total), 8.5)
    pdf.gap(2)
    pdf.t("条款：", 10, "B")
    pdf.t("1．价格条款：FOB 广州\n"
          f"2．付款方式：T/T，定金30%（USD {money(dep)}），尾款70%（USD {money(bal)}）见提单副本付清\n"
          "3．交期：收到定金后35天\n"
          "4．包装：10只/PE袋，50只/箱，五层瓦楞纸箱，48×26×30cm，共100箱\n"
          "5．验货：出货前AQL 2.5/4.0验货，买方安排\n"
          "6．其他：大货与封样（2026年1月30日确认）一致", 9, h=5.5)
    pdf.gap(2)
    pdf.t("7．银行资料：", 10, "B")
    pdf.grid([
        ["收款人：", SUP_EN],
        ["开户行：", "中国农业银行荔浦市支行  AGRICULTURAL BANK OF CHINA, LIPU SUB-BRANCH"],
        ["银行地址：", "广西荔浦市荔城镇城东路12号"],
        ["SWIFT：", "ABOCCNBJ190"],
        ["账号：", "2065 0104 0400 1886 615"],
    ], (25, 155), size=9, head=False, borders="NONE", bold_cols=(0,))
    pdf.gap(6)
    pdf.grid([["卖方（盖章）：荔浦市恒达衣架制品有限公司\n\n经办人：黄志明", "买方确认（签字）：\n\n____________________"]],
             (100, 80), size=9, head=False, borders="NONE")
    pdf.save(os.path.join(c, "pi", "形式发票HD-PI-2026-0211.pdf"))

    # ---- chat (WeChat export, time-name header style)
    H, J = "黄志明", "陈嘉欣 Jessica"
    msgs = [
        ("2026-01-18 10:20:15", H, "陈小姐你好，报价单发给你了，请查收"),
        ("2026-01-18 10:20:31", H, "[文件] 恒达报价单HD-Q260118.xlsx"),
        ("2026-01-18 14:02:47", J, "收到。5k pcs 的价格 1.32 可以再少一点吗？"),
        ("2026-01-18 14:30:09", H, "这个已经是最低价了，荷木最近也涨价了"),
        ("2026-01-18 14:31:40", J, "好吧，报价确认。先寄3只样品给我们看看"),
        ("2026-01-18 14:33:02", H, "好的，明天顺丰国际寄出"),
        ("2026-01-28 16:45:10", J, "样品收到了，颜色和手感都不错"),
        ("2026-01-30 11:05:55", J, "[文件] 样品确认单_LL-WH45.docx"),
        ("2026-01-30 11:06:20", J, "封样确认了，请准备形式发票"),
        ("2026-02-06 09:12:38", H, "陈小姐，我们想把PU漆改成水性漆，更环保，价格一样，可以吗？"),
        ("2026-02-06 09:40:02", J, "不同意，还是按样品做PU哑光漆，我们客户要求跟样品一致"),
        ("2026-02-06 09:41:17", H, "好的，明白，按PU做"),
        ("2026-02-11 10:02:44", H, "[文件] 形式发票HD-PI-2026-0211.pdf"),
        ("2026-02-11 10:03:05", H, "形式发票已发你邮箱，请确认"),
        ("2026-02-11 15:27:31", J, "交期能不能快一点？30天可以吗"),
        ("2026-02-11 15:50:12", H, "快过年了，35天已经是最快了，春节前把料备好"),
        ("2026-02-12 10:08:26", J, "好的，定金USD 1,980.00 已付，请查收"),
        ("2026-02-12 10:08:30", J, "[图片]"),
        ("2026-02-13 09:15:48", H, "定金收到，谢谢！新年快乐🧧"),
        ("2026-03-06 14:20:00", None, "\"黄志明\" 撤回了一条消息"),
        ("2026-03-06 14:20:31", H, "[图片]"),
        ("2026-03-06 14:20:44", H, "大货在上漆，颜色和封样一样"),
        ("2026-03-18 17:32:09", H, "大货已完成，3月20日可以验货"),
        ("2026-03-18 17:40:51", J, "OK，我们安排QC过去"),
    ]
    out = ["微信聊天记录 与 黄志明 的聊天 (导出时间 2026-03-25 09:12)", ""]
    for ts, who, m in msgs:
        out.append(f"{ts} {who}" if who else ts)
        out.append(m)
        out.append("")
    write_text(os.path.join(c, "chat", "微信聊天记录_黄志明.txt"), "\n".join(out))

    write_expected(c, "RELEASE", [], "Clean order, Chinese-only documents; supplier's water-based lacquer proposal refused by the buyer (不同意), PI keeps PU matte.")


# ==========================================================================
# 03  knit beanie, clean, iOS WhatsApp (en-GB 24h), buyer refuses 3-ply
# ==========================================================================
def case03(root):
    c = os.path.join(root, "03-knit-beanie-clean")
    SUP = "Yiwu Xinrui Knitting Co., Ltd."
    SUP_CN = "义乌市鑫瑞针织有限公司"
    qty, price = 3000, D("1.65")
    total = qty * price
    assert total == D("4950.00")
    dep = total * D("0.30")
    assert dep == D("1485.0000")

    write_order(c, "ATC-PO-0126",
                ["Alpine Thread Co.", "Alpine Thread Apparel Inc.", "Owen MacLeod", "Owen"],
                [SUP, SUP_CN, "Xinrui Knitting", "Susan Wang", "王素珍", "Susan"],
                release={"inspection": "passed"},
                tolerances={"dimensions": "±1 cm", "weight": "±5 g"})

    # ---- spec (xlsx, openpyxl, two sheets)
    S = op_styles()
    wb = openpyxl.Workbook()
    wb.properties.creator = "Owen MacLeod"
    ws = wb.active
    ws.title = "Spec"
    ws.merge_cells("A1:C1")
    ws["A1"] = "TECH PACK / SPEC SHEET – AT-BN02 CUFFED RIB BEANIE"
    ws["A1"].font = S["title"]
    ws.merge_cells("A2:C2")
    ws["A2"] = "Alpine Thread Co. · 1120 Hamilton St, Vancouver, BC V6B 2S2, Canada · Season FW26 · Rev. 1 (21-Jan-2026)"
    op_rows(ws, 4, [
        ["Attribute", "Requirement", "Tolerance / note"],
        ["Style", "AT-BN02 cuffed rib beanie", ""],
        ["Supplier", "Yiwu Xinrui Knitting Co., Ltd.", ""],
        ["Material", "100% acrylic, 2x2 rib knit, double-layer cuff", "high-bulk acrylic yarn"],
        ["Colour", "Heather Charcoal – PANTONE 19-0201 TCX", "lab dip B approved 15-Jan-2026"],
        ["Flat width", "21 cm", "±1 cm"],
        ["Height (cuff unfolded)", "28 cm, cuff 8 cm", "±1 cm"],
        ["Weight", "85 g", "±5 g"],
        ["Logo", "Woven label 5 x 2.5 cm, sewn on front cuff centre", ""],
        ["Care label", "Inside back seam, EN/FR, fibre content + care symbols", ""],
        ["Certification", "OEKO-TEX Standard 100, Class II", "certificate copy before shipment"],
        ["Inspection", "Pre-shipment, AQL 2.5 major / 4.0 minor, General Level II", "balance after PASS"],
    ], S, widths=[24, 52, 34])
    ws["A18"] = "Approved by: Owen MacLeod, Product Manager – 21-Jan-2026"
    ws["A18"].font = S["bold"]
    ws2 = wb.create_sheet("Packaging & Order")
    ws2.merge_cells("A1:B1")
    ws2["A1"] = "PACKAGING & ORDER TERMS – AT-BN02"
    ws2["A1"].font = S["title"]
    op_rows(ws2, 3, [
        ["Item", "Requirement"],
        ["Unit packing", "Each pc with swing tag, folded in individual OPP bag with suffocation warning (EN/FR)"],
        ["Master carton", "100 pcs/ctn, 5-ply export carton 60 x 40 x 40 cm, max. 15 kg"],
        ["Carton marks", "ALPINE THREAD / ATC-PO-0126 / AT-BN02 / 100 PCS / C/NO. / MADE IN CHINA"],
        ["Order quantity", "3,000 pcs"],
        ["Incoterm", "FOB Ningbo"],
        ["Payment", "T/T 30% deposit / 70% against B/L copy"],
        ["Lead time", "45 days after deposit (ex-factory)"],
    ], S, widths=[22, 80])
    op_save(wb, os.path.join(c, "spec", "AT-BN02_techpack_spec.xlsx"), datetime(2026, 1, 21, 18, 30))

    # ---- sample approval (docx)
    d = new_docx("Owen MacLeod", ndt(2026, 1, 21, 19), "AT-BN02 sample approval")
    dpara(d, "ALPINE THREAD CO. — SAMPLE APPROVAL", bold=True, size=13)
    dpara(d, "Style AT-BN02 cuffed rib beanie · PP sample round 2 · Supplier: Yiwu Xinrui Knitting Co., Ltd. · Received 19-Jan-2026 (2 pcs)", size=9)
    dtable(d, [
        ["Point of measure", "Spec", "Sample 1", "Sample 2", "Status"],
        ["Flat width", "21 cm ±1", "20.6 cm", "20.8 cm", "OK"],
        ["Height, cuff unfolded", "28 cm ±1", "28.4 cm", "28.2 cm", "OK"],
        ["Cuff depth", "8 cm", "8.1 cm", "8.0 cm", "OK"],
        ["Weight", "85 g ±5", "83 g", "84 g", "OK"],
    ], widths=[4.5, 3, 3, 3, 2])
    dtable(d, [
        ["Check", "Comment"],
        ["Colour", "Matches lab dip B / PANTONE 19-0201 TCX under D65 and TL84"],
        ["Woven label", "5 x 2.5 cm, centred on cuff, stitching clean"],
        ["Hand feel", "Soft, no pilling after 2,000 Martindale rubs (supplier test)"],
        ["Care label", "EN/FR correct"],
    ], widths=[4, 11.5])
    dpara(d, "Decision: APPROVED — proceed to bulk. The approved sample is the reference for the final inspection.", bold=True)
    dpara(d, "Signed: Owen MacLeod, Product Manager, 21-Jan-2026")
    save_docx(d, os.path.join(c, "sample", "AT-BN02 sample approval.docx"))

    # ---- quote (pdf)
    pdf = PDF(base="dv", created=pdt(2026, 1, 9, 8), title="Quotation XR-Q-260109", author=SUP)
    pdf.t(SUP_CN, 13, "B", h=6)
    pdf.t(SUP.upper(), 10, "B")
    pdf.t("No. 16 Xuefeng West Road, Choujiang Street, Yiwu, Zhejiang 322000, China · Tel +86 579 8552 6017 · susan@xinruiknit.com", 7.5)
    pdf.rule()
    pdf.t("QUOTATION", 16, "B", h=9)
    pdf.grid([["Quote No.: XR-Q-260109", "Date: Jan 9, 2026"],
              ["To: Alpine Thread Co., Attn: Mr. Owen MacLeod", "Valid: 30 days"]],
             (110, 70), size=9, head=False, borders="NONE")
    pdf.grid([
        ["Item", "Photo", "Description", "MOQ", "Price (USD/pc)\nFOB Ningbo"],
        ["AT-BN02", "[photo]", "Cuffed rib beanie, 100% acrylic, 2x2 rib, double cuff, 21x28cm, woven label on cuff, colour 19-0201TCX heather charcoal",
         "1,000 pcs", "1.65"],
    ], (22, 22, 86, 22, 28), size=8.5, align=("CENTER", "CENTER", "LEFT", "CENTER", "CENTER"))
    pdf.t("Remark: pom-pom option +USD 0.35/pc (not included above).", 8, "I")
    pdf.gap(2)
    pdf.t("Terms", 10, "B")
    pdf.grid([
        ["Payment", "30% T/T deposit, balance 70% against B/L copy"],
        ["Delivery", "45 days after deposit"],
        ["Packing", "1pc/opp bag with swing tag, 100pcs/ctn, 5 ply carton 60*40*40cm"],
        ["Certificate", "OEKO-TEX Standard 100"],
        ["Sample", "2 pcs PP sample free, 7 days"],
    ], (30, 150), size=8.5, head=False, bold_cols=(0,))
    pdf.gap(3)
    pdf.t("Best regards,\nSusan Wang 王素珍 – Sales Manager", 9)
    pdf.save(os.path.join(c, "quotes", "XR-Q-260109.pdf"))

    # ---- PI (pdf): invoice-to / ship-to blocks, remarks list
    pdf = PDF(base="dvc", created=pdt(2026, 2, 7, 2), title="PI XR26-0207", author=SUP,
              footer="Yiwu Xinrui Knitting Co., Ltd. – PI XR26-0207 – {p}")
    pdf.t(SUP.upper(), 15, "B", "C", h=7)
    pdf.t(SUP_CN, 11, "", "C", h=6)
    pdf.t("No. 16 Xuefeng West Road, Choujiang Street, Yiwu, Zhejiang 322000, China", 8, "", "C")
    pdf.gap(2)
    pdf.t("PROFORMA INVOICE", 14, "B", "C", h=8)
    pdf.t("No.: XR26-0207        Date: 7-Feb-2026        Your order: ATC-PO-0126", 9, "", "C")
    pdf.gap(2)
    pdf.grid([
        ["INVOICE TO", "SHIP TO"],
        ["ALPINE THREAD CO.\n1120 Hamilton St, Vancouver, BC V6B 2S2, Canada\nAttn: Owen MacLeod",
         "Same as invoice – via buyer's forwarder (FOB)\nDestination: Vancouver, Canada"],
    ], (90, 90), size=8.5)
    pdf.grid([
        ["Art. No.", "Description", "Quantity", "U/Price", "Total"],
        ["AT-BN02", "Cuffed rib knit beanie, 100% acrylic, heather charcoal Pantone 19-0201, 21 x 28 cm, woven label on cuff",
         "3,000PCS", "USD1.65", "USD4,950.00"],
        [{"t": "TOTAL FOB NINGBO", "span": 2, "b": True, "align": "R"}, {"t": "3,000PCS", "b": True}, "",
         {"t": "USD4,950.00", "b": True}],
    ], (22, 88, 24, 20, 26), size=8.5, align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
    pdf.t(say_usd(total), 9, "B")
    pdf.gap(2)
    pdf.t("Remarks:", 9.5, "B")
    pdf.t(f"1. Payment: 30% T/T in advance (USD{money(dep)}), 70% balance against copy of B/L.\n"
          "2. Delivery time: 45 days after receiving deposit.\n"
          "3. Packing: 1pc/polybag with swing tag, 100pcs/ctn, 5-ply carton 60x40x40cm, 30ctns.\n"
          "4. Certificate: OEKO-TEX Standard 100.\n"
          "5. Inspection: AQL 2.5/4.0 before shipment, General II.\n"
          "6. Shipping marks: ALPINE THREAD / ATC-PO-0126 / AT-BN02 / 100 PCS / C/NO.", 8.5, h=5)
    pdf.gap(2)
    pdf.t("Bank details:", 9.5, "B")
    pdf.t("Beneficiary: YIWU XINRUI KNITTING CO.,LTD\n"
          "Bank: China Construction Bank Yiwu Branch\n"
          "Bank address: No. 318 Gongren North Road, Yiwu, Zhejiang, China\n"
          "SWIFT: PCBCCNBJZJX\n"
          "A/C No.: 3305 0162 6735 0000 1288", 8.5, h=4.8)
    pdf.gap(6)
    pdf.t("Seller: Yiwu Xinrui Knitting Co., Ltd. (company chop)          Buyer: ______________________", 8.5)
    pdf.t("Susan Wang", 8.5)
    pdf.save(os.path.join(c, "pi", "PI XR26-0207.pdf"))

    # ---- chat (iOS WhatsApp, en-GB 24h, from the buyer's phone)
    Su, O = "Susan Wang", "Owen MacLeod"
    msgs = [
        ("09/01/2026, 16:22:05", Su, "Hi Owen, this is Susan from Xinrui Knitting. Quotation sent to your mail, pls check"),
        ("09/01/2026, 16:22:31", Su, f"{LRM}XR-Q-260109.pdf • {LRM}1 page {LRM}document omitted"),
        ("10/01/2026, 02:14:50", O, "Thanks Susan, price ok. 3k pcs in heather charcoal. Sending tech pack today"),
        ("15/01/2026, 20:03:11", O, "Lab dip B approved, the others are too blue"),
        ("21/01/2026, 19:05:12", O, "Quote accepted. PP sample approved, record attached"),
        ("21/01/2026, 19:05:40", O, f"{LRM}AT-BN02 sample approval.docx • {LRM}2 pages {LRM}document omitted"),
        ("07/02/2026, 10:11:02", Su, "PI attached, pls arrange deposit before CNY 🙏"),
        ("07/02/2026, 10:11:09", Su, f"{LRM}PI XR26-0207.pdf • {LRM}1 page {LRM}document omitted"),
        ("07/02/2026, 10:15:47", Su, "Owen, one question: can we use 3-ply carton? 100pcs beanie is light, save some cost for you"),
        ("07/02/2026, 22:40:03", O, "No, keep 5-ply please. These go into our DC in Calgary and get stacked high"),
        ("08/02/2026, 08:02:19", Su, "OK no problem, 5 ply as PI"),
        ("09/02/2026, 23:30:44", O, "Deposit of USD 1,485.00 sent"),
        ("09/02/2026, 23:30:50", O, f"{LRM}image omitted"),
        ("10/02/2026, 09:01:12", Su, "Received with thanks. Factory closes 14 Feb - 24 Feb, yarn already in stock"),
        ("17/03/2026, 11:26:40", Su, "Owen 90% packed, inspection can be 24 March"),
        ("17/03/2026, 18:02:15", O, "Booked for 24/03 with TrueSpec"),
        ("24/03/2026, 17:45:33", O, "Inspection passed 👍 please send B/L copy after loading"),
        ("25/03/2026, 08:12:09", Su, "Thank you Owen! Booking with your forwarder now"),
    ]
    write_text(os.path.join(c, "chat", "WhatsApp Chat - Susan Xinrui Knitting.txt"),
               "".join(f"[{t}] {n}: {m}\n" for t, n, m in msgs), crlf=True)

    # ---- inspection (pdf)
    pdf = PDF(base="dv", created=pdt(2026, 3, 24, 10), title="TrueSpec PSI TSI-26-03-1187",
              author="TrueSpec Inspection Ltd.", footer="TrueSpec Inspection Ltd. · TSI-26-03-1187 · p.{p}")
    pdf.t("TrueSpec Inspection Ltd.", 13, "B", color=(20, 60, 120))
    pdf.t("Final Random Inspection (FRI / PSI) Report", 12, "B")
    pdf.grid([
        ["Report No.", "TSI-26-03-1187", "Date", "24-Mar-2026"],
        ["Client", "Alpine Thread Co.", "PO No.", "ATC-PO-0126"],
        ["Factory", "Yiwu Xinrui Knitting Co., Ltd., Yiwu", "Style", "AT-BN02 cuffed rib beanie"],
        ["PO quantity", "3,000 pcs", "Packed", "3,000 pcs / 30 ctns (100%)"],
    ], (26, 64, 24, 66), size=8, head=False, bold_cols=(0, 2))
    pdf.grid([
        ["Inspection result", "PASS"],
    ], (60, 120), size=11, head=False, bold_cols=(0, 1))
    pdf.grid([
        ["Sampling: ANSI/ASQ Z1.4 = ISO 2859-1, General Level II, single sampling, normal", "Lot 3,000 → code K → 125 pcs"],
    ], (120, 60), size=8, head=False)
    pdf.grid([
        ["Defect class", "AQL", "Accept", "Reject", "Found", "Result"],
        ["Critical", "0", "0", "1", "0", "Pass"],
        ["Major", "2.5", "7", "8", "1", "Pass"],
        ["Minor", "4.0", "10", "11", "4", "Pass"],
    ], (40, 25, 25, 25, 25, 40), size=8.5, align="CENTER")
    pdf.grid([
        ["Defect description", "Class", "Qty"],
        ["Hole in knit at crown", "Major", "1"],
        ["Loose thread end", "Minor", "3"],
        ["Woven label slightly off-centre (< 5 mm)", "Minor", "1"],
    ], (120, 30, 30), size=8.5)
    pdf.grid([
        ["Measurement (10 pcs)", "Spec", "Range measured", "Result"],
        ["Flat width", "21 cm ±1", "20.4 – 21.3 cm", "OK"],
        ["Height", "28 cm ±1", "27.6 – 28.5 cm", "OK"],
        ["Weight", "85 g ±5", "82 – 88 g", "OK"],
        ["Colour vs approved sample", "19-0201 TCX", "Conform", "OK"],
        ["Carton", "5-ply, 60 x 40 x 40 cm, 100 pcs", "5-ply, 60 x 40 x 40 cm, 100 pcs, 11.8 kg", "OK"],
    ], (45, 50, 60, 25), size=8)
    pdf.t("Inspector: Lin Hao (TrueSpec Ningbo office). The goods were sealed after inspection, seal no. TS-0324-118.", 8)
    pdf.save(os.path.join(c, "inspection", "TSI-26-03-1187 PSI report.pdf"))

    write_expected(c, "RELEASE", [], "Clean order; supplier's 3-ply carton proposal refused, PI keeps 5-ply; PSI passed.")


# ==========================================================================
# 04  Bluetooth speaker: PI price above the accepted quote, port moved to
#     Guangzhou (announced by the supplier, never answered)
# ==========================================================================
def case04(root):
    c = os.path.join(root, "04-bt-speaker-price-port")
    SUP_EN = "SHENZHEN KELIDA ACOUSTIC TECHNOLOGY CO., LTD."
    SUP_CN = "深圳市科立达声学科技有限公司"
    qty = 2000
    q_price, pi_price = D("6.45"), D("6.85")
    pi_total = qty * pi_price
    assert pi_total == D("13700.00")

    write_order(c, "SMR-PO-2611",
                ["Soundmere Ltd", "Priya Shah", "Priya"],
                ["Shenzhen Kelida Acoustic Technology Co., Ltd.", SUP_CN, "Kelida", "Jason Li", "李俊", "Jason李俊"],
                tolerances={"dimensions": "±1 mm", "weight": "±10 g"})

    # ---- spec (docx)
    d = new_docx("Priya Shah", ndt(2026, 1, 12, 11), "SM-BX5 Specification Rev C", latin="Arial")
    dpara(d, "Soundmere Ltd", bold=True, size=15)
    dpara(d, "Unit 7, Calder Park Business Centre, Wakefield WF2 7AW, United Kingdom", size=8.5)
    dpara(d, "PRODUCT SPECIFICATION  SM-BX5 \"Pebble\" portable Bluetooth speaker — Rev C (12 Jan 2026)", bold=True, size=12)
    dpara(d, "Supplier: Shenzhen Kelida Acoustic Technology Co., Ltd.   PO: SMR-PO-2611", size=9)
    dtable(d, [
        ["#", "Characteristic", "Requirement"],
        ["1", "Housing material", "ABS + PC housing with soft-touch coating; powder-coated steel front grille"],
        ["2", "Driver / output", "Ø 45 mm full-range driver, 4 Ω, 5 W RMS"],
        ["3", "Battery (capacity)", "3.7 V Li-ion 1200 mAh, UN38.3 and MSDS required"],
        ["4", "Connectivity", "Bluetooth 5.3, range 10 m, TWS pairing; IPX5"],
        ["5", "Dimensions", "96 x 96 x 45 mm, tolerance ±1 mm"],
        ["6", "Weight", "260 g ±10 g"],
        ["7", "Colour", "Navy, Pantone 2965 C (housing and grille)"],
        ["8", "Logo", "1-colour pad print, white, top panel, 22 x 6 mm"],
        ["9", "Certification", "CE (RED), UKCA, FCC ID, RoHS — test reports before shipment"],
        ["10", "Accessories", "USB-C cable 60 cm, user manual (EN)"],
    ], widths=[1, 4.5, 11.5])
    dpara(d, "Packaging", bold=True)
    dtable(d, [
        ["Characteristic", "Requirement"],
        ["Gift box", "4C colour gift box 110 x 110 x 60 mm with EVA tray; UKCA/CE/WEEE marks; EAN-13 sticker"],
        ["Master carton", "20 pcs/ctn, 5-ply export carton 48 x 38 x 26 cm"],
        ["Carton marks", "SOUNDMERE / SMR-PO-2611 / SM-BX5 NAVY / 20 PCS / CTN NO. / MADE IN CHINA"],
    ], widths=[4, 13])
    dpara(d, "Order terms", bold=True)
    dtable(d, [
        ["Term", "Requirement"],
        ["Quantity", "2,000 pcs"],
        ["Price", "Per accepted quotation (USD)"],
        ["Incoterm", "FOB Shenzhen"],
        ["Payment", "T/T 30% deposit, 70% balance before shipment"],
        ["Lead time", "30 days after deposit and artwork approval"],
        ["Inspection", "Pre-shipment AQL 2.5 / 4.0, General II, functional test 100% by factory"],
    ], widths=[4, 13])
    dpara(d, "Approved for production: Priya Shah, Head of Product — 12 Jan 2026", bold=True)
    save_docx(d, os.path.join(c, "spec", "SM-BX5 Specification Rev C.docx"))

    # ---- quote (xlsx with tier prices, no totals)
    path = os.path.join(c, "quotes", "KLD-QT-20260114.xlsx")
    wb, F = xw_book(path, "Jason Li", datetime(2026, 1, 14, 8, 35), "Quotation KLD-QT-20260114")
    ws = wb.add_worksheet("Quotation")
    for col, w in zip("ABCDEFGHI", (12, 13, 40, 15, 11, 11, 11, 11, 12)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:I1", SUP_CN, F["co"])
    ws.merge_range("A2:I2", SUP_EN, F["co2"])
    ws.merge_range("A3:I3", "3F, Building B, Hengfeng Industrial City, Hezhou, Xixiang, Bao'an District, Shenzhen 518102 · jason@kelida-audio.com", F["addr"])
    ws.merge_range("A4:I4", "QUOTATION", F["title"])
    ws.write("A6", "Quote No.", F["lbl"]); ws.write("B6", "KLD-QT-20260114")
    ws.write("A7", "Date", F["lbl"]); ws.write("B7", "2026-01-14")
    ws.write("D6", "Customer", F["lbl"]); ws.write("E6", "Soundmere Ltd – Ms. Priya Shah")
    ws.write("D7", "Price term", F["lbl"]); ws.write("E7", "FOB Shenzhen, USD")
    ws.merge_range("A9:A10", "Model", F["th"]); ws.merge_range("B9:B10", "Photo", F["th"])
    ws.merge_range("C9:C10", "Description", F["th"]); ws.merge_range("D9:D10", "Colour", F["th"])
    ws.merge_range("E9:E10", "Battery", F["th"])
    ws.merge_range("F9:H9", "Unit price USD by quantity", F["th"])
    ws.write("F10", "1,000 pcs", F["th"]); ws.write("G10", "2,000 pcs", F["th"]); ws.write("H10", "5,000 pcs", F["th"])
    ws.merge_range("I9:I10", "Lead time", F["th"])
    ws.set_row(10, 62)
    ws.write(10, 0, "SM-BX5", F["tdc"]); ws.write(10, 1, "", F["td"]); xw_photo(ws, 10, 1, (30, 50, 110))
    ws.write(10, 2, "5W BT5.3 portable speaker, IPX5, 96x96x45mm, USB-C cable, 4C gift box, 1C pad print logo", F["td"])
    ws.write(10, 3, "Navy PMS 2965C", F["tdc"]); ws.write(10, 4, "1200mAh", F["tdc"])
    ws.write(10, 5, 6.90, F["usd2"]); ws.write(10, 6, float(q_price), F["usd2"]); ws.write(10, 7, 6.10, F["usd2"])
    ws.write(10, 8, "30 days", F["tdc"])
    ws.write("A13", "Prices valid 30 days. Certificates CE/UKCA/FCC/RoHS available (copies on request).", F["note"])
    ws2 = wb.add_worksheet("Packing & terms")
    ws2.set_column("A:A", 20); ws2.set_column("B:B", 55)
    rows = [("Packing", "colour gift box, 20pcs/ctn"), ("Carton size", "48*38*26cm, 5 ply"),
            ("G.W. / N.W.", "6.5 kg / 5.6 kg"), ("Payment", "30% deposit, 70% before shipment"),
            ("Lead time", "30 days after deposit & artwork confirmation"), ("Port", "Shenzhen (Yantian / Shekou)"),
            ("Certificates", "CE, UKCA, FCC, RoHS")]
    for i, (k, v) in enumerate(rows):
        ws2.write(i, 0, k, F["k"]); ws2.write(i, 1, v, F["v"])
    n = len(rows)
    ws2.write(n + 1, 0, "CBM per carton", F["k"]); ws2.write_formula(n + 1, 1, "=48*38*26/1000000", F["cbm"], 48 * 38 * 26 / 1000000)
    ws2.write(n + 2, 0, "Cartons for 2,000 pcs", F["k"]); ws2.write_formula(n + 2, 1, "=2000/20", F["int"], 100)
    ws2.write(n + 3, 0, "Total CBM", F["k"]); ws2.write_formula(n + 3, 1, f"=B{n + 2}*B{n + 3}", F["cbm"], round(48 * 38 * 26 / 1000000 * 100, 4))
    xw_close(wb, path)

    # ---- PI (pdf with picture column)
    pdf = PDF(base="dv", created=pdt(2026, 2, 9, 2), title="PROFORMA INVOICE KLD-PI-260209", author=SUP_EN)
    pdf.set_fill_color(25, 45, 95)
    pdf.set_text_color(255)
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 9, "  " + SUP_EN, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", "", 10)
    pdf.cell(0, 6, "  " + SUP_CN, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.t("3F, Building B, Hengfeng Industrial City, Hezhou, Xixiang, Bao'an District, Shenzhen 518102, China · Tel +86 755 2961 4480", 7.5)
    pdf.gap(3)
    pdf.t("PROFORMA INVOICE", 15, "B", "R", h=8)
    pdf.grid([
        ["To:", "SOUNDMERE LTD\nUnit 7, Calder Park Business Centre, Wakefield WF2 7AW, UK\nAttn: Ms. Priya Shah",
         "PI No.\nDate\nPO No.", "KLD-PI-260209\nFeb. 9, 2026\nSMR-PO-2611"],
    ], (12, 92, 22, 54), size=8.5, head=False, borders="NONE", bold_cols=(0, 2))
    pdf.grid([
        ["No.", "Model", "Picture", "Description", "Qty (PCS)", "Unit Price (USD)", "Amount (USD)"],
        ["1", "SM-BX5", "[IMG]", "Portable Bluetooth speaker 5W, BT5.3, IPX5, 1200mAh, navy PMS 2965C, 1C pad print logo white on top, colour gift box, CE/UKCA/FCC/RoHS",
         "2,000", money(pi_price), money(pi_total)],
        [{"t": "TOTAL", "span": 4, "b": True, "align": "R"}, {"t": "2,000", "b": True}, "",
         {"t": "USD " + money(pi_total), "b": True}],
    ], (10, 18, 16, 66, 18, 22, 30), size=8, align=("CENTER", "CENTER", "CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
    pdf.t(say_usd(pi_total), 8.5, "B")
    pdf.gap(2)
    pdf.grid([
        ["Price term", "FOB Guangzhou"],
        ["Port of loading", "Nansha Port, Guangzhou, China"],
        ["Payment", "T/T 30% deposit, 70% balance before shipment"],
        ["Lead time", "30 days after deposit & artwork approval"],
        ["Packing", "Colour gift box, 20pcs/ctn, 5 ply carton 48*38*26cm, 100 ctns, G.W. 6.5kg"],
        ["Inspection", "AQL 2.5/4.0 pre-shipment inspection, General II"],
    ], (32, 148), size=8.5, head=False, bold_cols=(0,))
    pdf.t("Bank information", 9.5, "B")
    pdf.grid([
        ["Beneficiary", SUP_EN],
        ["Bank name", "China Merchants Bank, Shenzhen Branch 招商银行深圳分行"],
        ["Bank address", "China Merchants Bank Tower, 7088 Shennan Boulevard, Futian, Shenzhen, China"],
        ["SWIFT", "CMBCCNBS"],
        ["Account No.", "7559 3412 8810 901"],
    ], (32, 148), size=8.5, head=False, bold_cols=(0,))
    pdf.gap(5)
    pdf.t("Authorized signature & company chop: ____________  (Jason Li, Sales Manager)", 8.5)
    pdf.t("Please sign and return this PI as order confirmation.", 7.5, "I")
    pdf.save(os.path.join(c, "pi", "KLD-PI-260209.pdf"))

    # ---- chat (WeChat, time-name header style)
    J, P = "Jason李俊", "Priya Shah"
    msgs = [
        ("2026-01-14 16:40:11", J, "Hi Priya, quotation KLD-QT-20260114 attached, FOB Shenzhen"),
        ("2026-01-14 16:40:15", J, "[文件] KLD-QT-20260114.xlsx"),
        ("2026-01-15 09:03:27", P, "Thanks Jason. We'll go with 2,000 pcs navy."),
        ("2026-01-15 09:05:02", P, "报价确认 – quote accepted at USD 6.45 for 2,000 pcs, FOB Shenzhen. Please send PI once the gift box artwork is approved"),
        ("2026-01-15 09:30:48", J, "OK dear, PI after artwork confirm 👍"),
        ("2026-01-30 14:18:36", P, "Artwork approved (gift box v3)"),
        ("2026-01-30 14:18:40", P, "[文件] SM-BX5_giftbox_v3.pdf"),
        ("2026-02-09 10:12:30", J, "[文件] KLD-PI-260209.pdf"),
        ("2026-02-09 10:13:02", J, "Priya, FYI our forwarder now loads from Nansha port Guangzhou, more space and cheaper trucking for us"),
        ("2026-02-09 10:13:40", J, "[图片]"),
        ("2026-02-10 18:22:51", P, "Can you confirm the gift box will have the UKCA mark?"),
        ("2026-02-10 18:40:09", J, "Yes UKCA + CE both on box"),
        ("2026-02-12 11:05:14", P, "Deposit sent today, remittance copy attached"),
        ("2026-02-12 11:05:20", P, "[图片]"),
        ("2026-02-13 09:47:33", J, "收到 thank you Priya, production start after CNY holiday"),
    ]
    out = []
    for ts, who, m in msgs:
        out += [f"{ts} {who}", m, ""]
    write_text(os.path.join(c, "chat", "微信聊天记录_Jason李俊.txt"), "\n".join(out))

    write_expected(c, "HOLD", [
        exp("price.unit", "undocumented_change", "high"),
        exp("port.loading", "undocumented_change", "medium"),
    ], "PI unit price 6.85 vs accepted quote 6.45; port of loading Shenzhen -> Guangzhou (Nansha) announced, never answered.")


# ==========================================================================
# 05  electric kettle: 30/70 -> 50/50 agreed in chat (chat_only),
#     35 days -> 50 working days, buyer defers (undocumented)
# ==========================================================================
def case05(root):
    c = os.path.join(root, "05-electric-kettle-terms-chat")
    SUP_EN = "ZHONGSHAN HUAMEIDA ELECTRIC APPLIANCE CO., LTD."
    SUP_CN = "中山市华美达电器有限公司"
    ADDR = "No. 12 Xingye Road, Dongfeng Town, Zhongshan, Guangdong 528425, China"
    qty, price = 1500, D("9.80")
    total = qty * price
    assert total == D("14700.00")
    dep50 = total / 2
    assert dep50 == D("7350.00")

    write_order(c, "CV-PO-26-031",
                ["Casa Verano S.L.", "Lucía Ferrer", "Lucia Ferrer", "Lucía"],
                ["Zhongshan Huameida Electric Appliance Co., Ltd.", SUP_CN, "Huameida", "Vivian Chen", "陈慧", "Vivian"],
                tolerances={"dimensions": "±3 mm", "capacity": "±50 ml", "weight": "±5%"})

    # ---- spec (xlsx, openpyxl)
    S = op_styles()
    wb = openpyxl.Workbook()
    wb.properties.creator = "Lucía Ferrer"
    ws = wb.active
    ws.title = "Product"
    ws.merge_cells("A1:C1"); ws["A1"] = "CASA VERANO S.L. — FICHA TÉCNICA / SPEC SHEET"; ws["A1"].font = S["title"]
    ws.merge_cells("A2:C2"); ws["A2"] = "CV-KT17 1.7 L stainless steel electric kettle · PO CV-PO-26-031 · Calle de Colón 18, 46004 Valencia, Spain"
    op_rows(ws, 4, [
        ["Attribute", "Requirement", "Tolerance"],
        ["Item", "CV-KT17 cordless electric kettle 1.7 L", ""],
        ["Material", "SUS304 stainless steel inner body and all food-contact parts; outer shell powder coated", ""],
        ["Capacity", "1.7 L (MAX mark)", "±50 ml"],
        ["Power", "2200 W, 220–240 V~ 50/60 Hz, concealed element, auto shut-off, boil-dry protection", ""],
        ["Dimensions", "230 x 160 x 245 mm (L x W x H, incl. handle and base)", "±3 mm"],
        ["Weight", "1.05 kg (kettle + base)", "±5%"],
        ["Colour / finish", "Matte black RAL 9005 powder coating; handle black PP", ""],
        ["Logo", "Laser engraving CASA VERANO on body front, 45 x 8 mm", ""],
        ["Certification", "CE (LVD + EMC), RoHS, LFGB food contact, ErP", ""],
    ], S, widths=[18, 70, 14])
    ws2 = wb.create_sheet("Packaging & Terms")
    ws2.merge_cells("A1:B1"); ws2["A1"] = "PACKAGING & COMMERCIAL TERMS"; ws2["A1"].font = S["title"]
    op_rows(ws2, 3, [
        ["Item", "Requirement"],
        ["Unit packing", "4C colour box, ES/PT/EN manual, 1 pc per box"],
        ["Master carton", "6 pcs/ctn, 5-ply export carton 50 x 37 x 55 cm"],
        ["Order quantity", "1,500 pcs"],
        ["Incoterm", "FOB Zhongshan"],
        ["Payment", "T/T 30% deposit, 70% balance against copy of B/L"],
        ["Lead time", "35 days after deposit"],
        ["Inspection", "PSI AQL 2.5 / 4.0 General II; 100% hi-pot test by factory"],
        ["Approved", "Lucía Ferrer, Compras — 20/01/2026"],
    ], S, widths=[20, 80])
    op_save(wb, os.path.join(c, "spec", "CV-KT17_spec_sheet.xlsx"), datetime(2026, 1, 20, 16, 0))

    # ---- sample record (docx)
    d = new_docx("Lucía Ferrer", ndt(2026, 1, 28, 15), "CV-KT17 sample record")
    dpara(d, "Casa Verano S.L. — Registro de muestra / Sample record", bold=True, size=13)
    dpara(d, "Item CV-KT17 · Supplier Zhongshan Huameida · 2 samples received 26/01/2026 · Ref. spec sheet 20/01/2026", size=9)
    dtable(d, [
        ["Check", "Spec", "Measured", "OK?"],
        ["Capacity at MAX", "1.7 L ±50 ml", "1,712 ml", "Yes"],
        ["Dimensions L x W x H", "230 x 160 x 245 mm ±3", "231 x 159 x 246 mm", "Yes"],
        ["Weight kettle + base", "1.05 kg ±5%", "1.07 kg", "Yes"],
        ["Colour", "RAL 9005 matte", "Matches", "Yes"],
        ["Logo", "Laser CASA VERANO 45 x 8 mm", "45 x 8 mm", "Yes"],
        ["Boil time 1.7 L", "—", "4 min 35 s", "Info"],
        ["Hi-pot 1,250 V 1 s", "No breakdown", "Pass", "Yes"],
    ], widths=[4.5, 4.5, 4.5, 2])
    dpara(d, "Result: APPROVED — golden sample. Signed Lucía Ferrer, 28/01/2026.", bold=True)
    save_docx(d, os.path.join(c, "sample", "CV-KT17_sample_record.docx"))

    # ---- quote (pdf, bilingual)
    pdf = PDF(base="dv", created=pdt(2026, 1, 16, 2), title="Quotation HMD-Q2601-058", author=SUP_EN)
    pdf.t(SUP_CN, 14, "B", "L", h=7)
    pdf.t(SUP_EN, 10, "B")
    pdf.t(ADDR + " · vivian@huameida-elec.com", 7.5)
    pdf.rule()
    pdf.t("报价单 QUOTATION   No. HMD-Q2601-058   Date 2026-01-16", 12, "B", h=7)
    pdf.t("To: Casa Verano S.L. – Ms. Lucía Ferrer", 9)
    pdf.gap(2)
    pdf.grid([
        ["Model 型号", "Description 描述", "MOQ", "FOB Zhongshan USD/pc"],
        ["CV-KT17", "1.7L 304不锈钢电热水壶 stainless steel electric kettle, 2200W, matte black RAL9005, laser logo, colour box",
         "1,000 pcs", "9.80"],
    ], (26, 104, 22, 28), size=8.5, align=("CENTER", "LEFT", "CENTER", "CENTER"))
    pdf.grid([
        ["付款方式 Payment", "30%定金，70%见提单副本 / 30% deposit, 70% against B/L copy"],
        ["交期 Lead time", "35天 / 35 days after deposit"],
        ["包装 Packing", "6pcs/ctn, 5-ply carton 50*37*55cm, G.W. 9.2kg"],
        ["认证 Certificates", "CE / RoHS / LFGB / ErP"],
        ["有效期 Validity", "30 days"],
    ], (40, 140), size=8.5, head=False, bold_cols=(0,))
    pdf.t("Vivian Chen 陈慧 · Sales", 9)
    pdf.save(os.path.join(c, "quotes", "HMD-Q2601-058.pdf"))

    # ---- PI v1 and R1
    def pi(path, no, date_s, created, pay, lead, note=None):
        pdf = PDF(base="dv", created=created, title=f"PI {no}", author=SUP_EN,
                  footer=f"{no} · {{p}}/1")
        pdf.grid([[SUP_EN + "\n" + SUP_CN + "\n" + ADDR + "\nTel: +86 760 2268 5517",
                   "PROFORMA INVOICE\n\nNo.: " + no + "\nDate: " + date_s]],
                 (120, 60), size=9, head=False, borders="NONE", bold_cols=(1,))
        pdf.rule()
        pdf.grid([
            ["Seller", "Buyer"],
            [SUP_EN + "\nContact: Vivian Chen", "CASA VERANO S.L.\nCalle de Colón 18, 46004 Valencia, Spain\nCIF B98765432 · Attn: Lucía Ferrer\nOrder: CV-PO-26-031"],
        ], (90, 90), size=8.5)
        pdf.grid([
            ["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
            ["1", "CV-KT17", "Electric kettle 1.7L, SUS304 inner, 2200W 220-240V, matte black RAL 9005, laser logo CASA VERANO, colour box with ES/PT/EN manual",
             "1,500 pcs", "USD 9.80", "USD " + money(total)],
            [{"t": "TOTAL FOB ZHONGSHAN", "span": 3, "b": True, "align": "R"}, {"t": "1,500 pcs", "b": True}, "",
             {"t": "USD " + money(total), "b": True}],
        ], (9, 18, 85, 20, 20, 28), size=8, align=("CENTER", "CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
        pdf.t(say_usd(total), 8.5, "B")
        pdf.gap(2)
        pdf.t("Terms and conditions", 9.5, "B")
        pdf.t(f"Price term: FOB Zhongshan, China\nPayment: {pay}\nDelivery: {lead}\n"
              "Packing: 6pcs/ctn, 5 ply export carton 50*37*55cm, 250 ctns\n"
              "Certificates: CE, RoHS, LFGB, ErP\n"
              "Inspection: AQL 2.5/4.0 pre-shipment inspection; 100% hi-pot test", 8.5, h=4.8)
        if note:
            pdf.gap(1)
            pdf.t(note, 8, "I")
        pdf.gap(2)
        pdf.t("Beneficiary's bank", 9.5, "B")
        pdf.t(f"Beneficiary: {SUP_EN}\nBank: Industrial and Commercial Bank of China, Zhongshan Dongfeng Sub-branch\n"
              "SWIFT: ICBKCNBJGDG\nAccount: 2011 0230 0920 0158 736", 8.5, h=4.8)
        pdf.gap(6)
        pdf.t("For and on behalf of Zhongshan Huameida Electric Appliance Co., Ltd. (chop)      Confirmed by buyer: ______________", 8)
        pdf.save(path)

    pi(os.path.join(c, "pi", "PI-HMD26021.pdf"), "PI-HMD26021", "Feb. 2, 2026", pdt(2026, 2, 2, 3),
       "T/T 30% deposit, 70% balance against copy of B/L", "35 days after receipt of deposit")
    pi(os.path.join(c, "pi", "PI-HMD26021-R1.pdf"), "PI-HMD26021-R1", "Feb. 10, 2026", pdt(2026, 2, 10, 2, 30),
       f"50% T/T deposit (USD {money(dep50)}), 50% balance before shipment", "50 working days after deposit",
       note="R1 replaces PI-HMD26021 dated Feb. 2, 2026.")

    # ---- chat (iOS WhatsApp, en-US 12h with narrow no-break space)
    V, L = "Vivian Chen", "Lucía Ferrer"

    def ts(d, t, ap):
        return f"{d}, {t}{NNBSP}{ap}"
    msgs = [
        (ts("1/16/26", "10:05:33", "AM"), V, "Hola Lucía! Quotation HMD-Q2601-058 sent by email 😊"),
        (ts("1/16/26", "6:41:10", "PM"), L, "Thanks Vivian. Price 9.80 FOB Zhongshan ok, quote accepted. Sending spec sheet"),
        (ts("1/28/26", "4:02:55", "PM"), L, "Samples approved, see record. Please send PI"),
        (ts("2/2/26", "11:20:07", "AM"), V, "PI-HMD26021 attached"),
        (ts("2/2/26", "11:20:12", "AM"), V, f"{LRM}PI-HMD26021.pdf • {LRM}1 page {LRM}document omitted"),
        (ts("2/5/26", "9:14:22", "AM"), V, "Dear Lucía, stainless steel and copper price up a lot after New Year. Can we change payment to 50% deposit, 50% before shipment? Price we keep 9.80"),
        (ts("2/5/26", "9:40:18", "PM"), L, "ok agreed, 50/50 this time since you keep the price"),
        (ts("2/6/26", "8:55:41", "AM"), V, "Thank you dear! Also because of Chinese New Year holiday (Feb 12 – Mar 1 for our workers) the delivery will be 50 working days after deposit"),
        (ts("2/6/26", "7:12:03", "PM"), L, "Hmm that's much longer than 35 days. Let me check with my boss and come back to you"),
        (ts("2/10/26", "10:31:26", "AM"), V, "Updated PI R1 attached"),
        (ts("2/10/26", "10:31:30", "AM"), V, f"{LRM}PI-HMD26021-R1.pdf • {LRM}1 page {LRM}document omitted"),
        (ts("2/11/26", "5:48:09", "PM"), L, "Deposit 50% USD 7,350.00 sent"),
        (ts("2/11/26", "5:48:15", "PM"), L, f"{LRM}image omitted"),
        (ts("2/12/26", "9:02:44", "AM"), V, "Received, thank you! Happy new year 🧧"),
        (ts("3/9/26", "3:15:27", "PM"), V, "Lucía, workers all back, production line start today"),
        (ts("3/9/26", "8:01:50", "PM"), L, "Good. Please send photos of the laser logo on the first pieces"),
    ]
    write_text(os.path.join(c, "chat", "WhatsApp Chat with Vivian Huameida.txt"),
               "".join(f"[{t}] {n}: {m}\n" for t, n, m in msgs))

    write_expected(c, "REVIEW", [
        exp("payment.deposit", "chat_only", "medium"),
        exp("payment.balance", "chat_only", "medium"),
        exp("lead_time", "undocumented_change", "medium"),
    ], "50/50 payment agreed only in WhatsApp; 50 working days announced, buyer deferred ('let me check with my boss') and never approved.")


# ==========================================================================
# 06  LED strip kit: CE/RoHS dropped from the revised PI (spec requires it on
#     the PI) and 5-ply -> 3-ply carton; Android WhatsApp en-GB
# ==========================================================================
def case06(root):
    c = os.path.join(root, "06-led-strip-cert-carton")
    SUP_EN = "SHENZHEN XINGCAI OPTOELECTRONICS CO., LTD."
    SUP_CN = "深圳市星彩光电有限公司"
    ADDR = "5F, Building 3, Huafeng Industrial Park, Fuyong, Bao'an District, Shenzhen 518103, China"
    qty, price = 4000, D("3.60")
    total = qty * price
    assert total == D("14400.00")

    write_order(c, "LUM-PO-0412",
                ["Lumora Home Oy", "Aino Virtanen", "Aino"],
                ["Shenzhen Xingcai Optoelectronics Co., Ltd.", SUP_CN, "Xingcai", "Ella Zhou", "周燕", "Ella"],
                required_on_pi=["certification"])

    # ---- spec (pdf)
    pdf = PDF(base="dv", created=pdt(2026, 1, 19, 9), title="LH-STRIP5 specification", author="Lumora Home Oy",
              footer="Lumora Home Oy · LH-SP-014 rev 2 · page {p}")
    pdf.t("LUMORA HOME OY", 14, "B", color=(40, 40, 40))
    pdf.t("Hämeentie 19, 00500 Helsinki, Finland · VAT FI28471395", 8)
    pdf.gap(3)
    pdf.t("PRODUCT SPECIFICATION — LH-STRIP5 RGB LED strip kit 5 m", 13, "B", h=7)
    pdf.t("Document LH-SP-014 · revision 2 · 19 January 2026 · Supplier: Shenzhen Xingcai Optoelectronics Co., Ltd.", 8.5)
    pdf.gap(2)
    pdf.grid([
        ["Section", "Requirement"],
        ["LEDs", "SMD 5050 RGB, 30 LEDs/m, 150 LEDs per 5 m reel"],
        ["Material", "2 oz copper FPC, white solder mask; IP65 silicone glue coating; 3M 9080 double-sided tape"],
        ["Dimensions", "Length 5 m, width 10 mm, cuttable every 10 cm (3 LEDs)"],
        ["Electrical", "12 V DC, 7.2 W/m; adapter 12 V 3 A, EU plug (Type C/F), GS/CE"],
        ["Controller", "IR controller + 24-key remote with CR2025 battery included"],
        ["Colour", "White PCB; controller and remote white"],
        ["Certification", "CE (EMC 2014/30/EU; LVD 2014/35/EU for the adapter) and RoHS 2011/65/EU. The certifications shall be stated on the PI; DoC and test reports to be sent before the balance payment."],
        ["Logo", "No logo on product; LUMORA artwork printed on the colour box (buyer supplies files)"],
        ["Unit packing", "4C colour box 160 x 160 x 50 mm; reel in anti-static bag; EN/FI/SV manual"],
        ["Master carton", "40 sets/ctn, 5-ply export carton 66 x 34 x 33 cm"],
        ["Labels", "CE, WEEE bin and RoHS symbols on box; EAN-13 on box bottom"],
        ["Quantity", "4,000 sets"],
        ["Incoterm", "FOB Shenzhen"],
        ["Payment", "T/T 30% deposit, 70% before shipment"],
        ["Lead time", "30 days after deposit"],
        ["Inspection", "Pre-shipment inspection AQL 2.5/4.0, General Level II; 2 h burn-in 100% by factory"],
    ], (30, 150), size=8.5, bold_cols=(0,))
    pdf.gap(3)
    pdf.t("Approved: Aino Virtanen, Category Manager — 19.1.2026", 9, "B")
    pdf.save(os.path.join(c, "spec", "LH-STRIP5_Specification.pdf"))

    # ---- quote (xlsx)
    path = os.path.join(c, "quotes", "XC-Q260115 Lumora.xlsx")
    wb, F = xw_book(path, "Ella Zhou", datetime(2026, 1, 15, 2, 0), "Quotation XC-Q260115")
    ws = wb.add_worksheet("Quote")
    for col, w in zip("ABCDEFGH", (6, 13, 14, 44, 10, 12, 10, 14)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:H1", SUP_EN, F["co"])
    ws.merge_range("A2:H2", SUP_CN + "  " + ADDR, F["addr"])
    ws.merge_range("A3:H3", "QUOTATION XC-Q260115", F["title"])
    ws.write("A5", "Customer:", F["lbl"]); ws.write("C5", "Lumora Home Oy / Aino Virtanen")
    ws.write("F5", "Date:", F["lbl"]); ws.write("G5", "15-Jan-2026")
    hdr = ["No.", "Photo", "Model", "Specification", "MOQ (sets)", "FOB Shenzhen USD/set", "Qty (sets)", "Amount USD"]
    ws.set_row(6, 30)
    for j, h in enumerate(hdr):
        ws.write(6, j, h, F["th"])
    ws.set_row(7, 70)
    ws.write(7, 0, 1, F["tdc"]); ws.write(7, 1, "", F["td"]); xw_photo(ws, 7, 1, (230, 230, 240))
    ws.write(7, 2, "LH-STRIP5", F["tdc"])
    ws.write(7, 3, "5m RGB LED strip kit, SMD5050 30LEDs/m, IP65, 24-key IR remote, 12V 3A EU adapter, colour box. CE/RoHS certified", F["td"])
    ws.write(7, 4, 1000, F["int"]); ws.write(7, 5, float(price), F["usd2"]); ws.write(7, 6, qty, F["int"])
    ws.write_formula(7, 7, "=F8*G8", F["amt"], float(total))
    ws.merge_range(8, 0, 8, 6, "TOTAL", F["totl"]); ws.write_formula(8, 7, "=H8", F["tot"], float(total))
    ws2 = wb.add_worksheet("Packing & Terms")
    ws2.set_column("A:A", 18); ws2.set_column("B:B", 60)
    rows = [("Packing", "colour box, 40 sets/ctn"), ("Carton", "5-ply export carton 66*34*33cm, G.W. 14.5 kg"),
            ("Payment", "30% T/T deposit, 70% before shipment"), ("Lead time", "30 days"),
            ("Certificates", "CE (EMC, LVD), RoHS"), ("Validity", "30 days")]
    for i, (k, v) in enumerate(rows):
        ws2.write(i, 0, k, F["k"]); ws2.write(i, 1, v, F["v"])
    ws2.write(len(rows) + 1, 0, "Cartons", F["k"]); ws2.write_formula(len(rows) + 1, 1, "=4000/40", F["int"], 100)
    ws2.write(len(rows) + 2, 0, "CBM total", F["k"])
    ws2.write_formula(len(rows) + 2, 1, "=0.66*0.34*0.33*B8", F["cbm"], round(0.66 * 0.34 * 0.33 * 100, 4))
    xw_close(wb, path)

    # ---- PIs
    def pi(path, no, date_s, created, vat, desc, carton, cert_line, rev_note=None):
        pdf = PDF(base="dvc", created=created, title=no, author=SUP_EN, footer=no + " | page {p}")
        pdf.t(SUP_EN, 13, "B", "C", h=7)
        pdf.t(SUP_CN, 10, "", "C", h=5.5)
        pdf.t(ADDR + "\nTel: +86 755 2774 3190 · ella@xingcai-led.com", 7.5, "", "C", h=4)
        pdf.rule(0.5)
        pdf.t("PROFORMA INVOICE", 13, "B", "C", h=7)
        buyer = "LUMORA HOME OY\nHämeentie 19, 00500 Helsinki, Finland\n" + (vat + "\n" if vat else "") + "Attn: Aino Virtanen"
        pdf.grid([["Buyer:", buyer, "PI No.:\nDate:\nP/O:", no + "\n" + date_s + "\nLUM-PO-0412"]],
                 (14, 96, 20, 50), size=8.5, head=False, borders="NONE", bold_cols=(0, 2))
        if rev_note:
            pdf.t(rev_note, 8, "I")
        pdf.grid([
            ["Item No.", "Description", "Qty", "Unit Price", "Amount"],
            ["LH-STRIP5", desc, "4,000 SETS", "USD 3.60", "USD " + money(total)],
            [{"t": "Total FOB Shenzhen", "span": 2, "b": True, "align": "R"}, {"t": "4,000 SETS", "b": True}, "",
             {"t": "USD " + money(total), "b": True}],
        ], (22, 86, 22, 20, 30), size=8.5, align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
        pdf.t(say_usd(total), 8.5, "B")
        pdf.gap(2)
        rows = [["Terms of payment", "T/T 30% deposit, 70% balance before shipment"],
                ["Delivery time", "30 days after receipt of deposit"],
                ["Price term", "FOB Shenzhen"],
                ["Packing", carton]]
        if cert_line:
            rows.append(["Certificates", cert_line])
        rows.append(["Inspection", "AQL 2.5/4.0 pre-shipment inspection, 100% burn-in 2h"])
        pdf.grid(rows, (34, 146), size=8.5, head=False, bold_cols=(0,))
        pdf.t("Bank account", 9.5, "B")
        pdf.grid([["Beneficiary", SUP_EN], ["Bank", "Bank of China Shenzhen Fuyong Sub-branch"],
                  ["SWIFT", "BKCHCNBJ45A"], ["Account No.", "7468 6951 2033"]],
                 (34, 146), size=8.5, head=False, bold_cols=(0,))
        pdf.gap(5)
        pdf.t("Seller: Shenzhen Xingcai Optoelectronics Co., Ltd. (stamp)  Ella Zhou            Buyer: ____________", 8.5)
        pdf.save(path)

    base_desc = "5m RGB LED strip kit, SMD5050 30LEDs/m, IP65, 24-key IR remote with CR2025, 12V 3A EU adapter, colour box"
    pi(os.path.join(c, "pi", "PI-XC260206.pdf"), "PI-XC260206", "6 Feb 2026", pdt(2026, 2, 6, 6), None,
       base_desc + ". CE/RoHS certified",
       "Colour box, 40sets/ctn, 5-ply export carton 66*34*33cm, 100ctns",
       "CE (EMC + LVD), RoHS — DoC and test reports before balance")
    pi(os.path.join(c, "pi", "PI-XC260206-R1.pdf"), "PI-XC260206-R1", "13 Feb 2026", pdt(2026, 2, 13, 3), "VAT: FI28471395",
       base_desc,
       "Colour box, 40sets/ctn, 3 ply carton 66*34*33cm, 100ctns",
       None, rev_note="Revision R1: buyer VAT number added. Replaces PI-XC260206.")

    # ---- chat (Android WhatsApp, en-GB 24h)
    E, A = "Ella Zhou", "Aino Virtanen"
    lines = [
        "15/01/2026, 10:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
        f"15/01/2026, 10:02 - {E}: Hello Aino, Ella from Xingcai. Quotation XC-Q260115 in your email",
        f"15/01/2026, 10:05 - {E}: XC-Q260115 Lumora.xlsx (file attached)",
        f"16/01/2026, 08:47 - {A}: Thank you Ella, 3.60 FOB Shenzhen is accepted. Please make sure CE and RoHS are in the PI",
        f"16/01/2026, 09:15 - {E}: Sure, no problem, all our strips have CE RoHS",
        f"19/01/2026, 13:40 - {A}: Spec LH-SP-014 rev 2 sent by mail, signed",
        f"06/02/2026, 14:31 - {E}: PI-XC260206.pdf (file attached)",
        f"06/02/2026, 14:31 - {E}: Dear pls check PI",
        f"09/02/2026, 16:20 - {A}: Please add our VAT number FI28471395 to the buyer address, our bank needs it",
        f"13/02/2026, 11:08 - {E}: PI-XC260206-R1.pdf (file attached)",
        f"13/02/2026, 11:08 - {E}: updated with VAT no.",
        f"13/02/2026, 19:55 - {A}: Thanks, deposit will be paid Monday",
        f"16/02/2026, 15:02 - {A}: <Media omitted>",
        f"16/02/2026, 15:02 - {A}: Deposit USD 4,320.00 sent",
        f"17/02/2026, 09:10 - {E}: Received, thank you. Happy new year!",
        f"17/02/2026, 09:11 - {E}: This message was deleted",
        f"05/03/2026, 10:26 - {E}: <Media omitted>",
        f"05/03/2026, 10:27 - {E}: burn-in test running, photos above",
    ]
    write_text(os.path.join(c, "chat", "WhatsApp Chat with Ella Xingcai.txt"), "\n".join(lines) + "\n")

    write_expected(c, "HOLD", [
        exp("certification", "missing", "high"),
        exp("packaging.carton_size", "undocumented_change", "medium"),
    ], "Revised PI (R1, 'VAT number added') silently drops CE/RoHS, which the spec requires on the PI, and downgrades the 5-ply carton to 3-ply.")


# ==========================================================================
# 07  travel cutlery set: 丝印 -> 移印 agreed in WeChat ("好的，可以"),
#     colour box -> brown kraft box unannounced, PSI FAILED ([release])
# ==========================================================================
def case07(root):
    c = os.path.join(root, "07-cutlery-set-logo-chat-psi-fail")
    SUP_EN = "TAIZHOU HUANGYAN JIALE PLASTIC PRODUCTS CO., LTD."
    SUP_CN = "台州市黄岩佳乐塑料制品有限公司"
    ADDR = "No. 77 Beicheng Development Zone, Huangyan, Taizhou, Zhejiang 318020, China"
    qty, price = 6000, D("0.92")
    total = qty * price
    assert total == D("5520.00")
    assert total * D("0.3") == D("1656.000")

    write_order(c, "VG-PO-2603",
                ["Verdant Goods B.V.", "Sanne de Vries", "Sanne"],
                ["Taizhou Huangyan Jiale Plastic Products Co., Ltd.", SUP_CN, "Jiale Plastic", "Coco Lin", "林可", "林可Coco", "Coco"],
                release={"inspection": "passed"},
                tolerances={"dimensions": "±1 mm", "weight": "±4 g"})

    # ---- spec (docx)
    d = new_docx("Sanne de Vries", ndt(2026, 1, 12, 9), "VG-CUT3 specification", latin="Calibri")
    dpara(d, "VERDANT GOODS B.V.", bold=True, size=14)
    dpara(d, "Westerkade 12, 3016 CM Rotterdam, The Netherlands · KvK 81234567", size=8.5)
    dpara(d, "Specification VG-CUT3 — Wheat-straw travel cutlery set (fork, spoon, chopsticks + sliding case)", bold=True, size=12)
    dpara(d, "Version 1.2 · 12 January 2026 · PO VG-PO-2603 · Supplier Taizhou Huangyan Jiale Plastic Products Co., Ltd.", size=9)
    dtable(d, [
        ["Field", "Requirement"],
        ["Material", "PP + 20% wheat straw fibre, food grade, BPA free"],
        ["Case dimensions", "205 x 55 x 25 mm, tolerance ±1 mm"],
        ["Set weight", "58 g ±4 g (case + 3 pieces)"],
        ["Colour", "Case: sage green Pantone 7494 C; cutlery: natural wheat (no pigment)"],
        ["Logo", "1-colour silk screen print (丝印), white, on the case lid, 25 x 8 mm"],
        ["Certification", "LFGB + EU 10/2011 overall and specific migration test report"],
        ["Unit packaging", "Individual 4C printed colour box, 300 g white card, FSC logo, EAN-13 on bottom"],
        ["Master carton", "100 sets/ctn, 5-ply export carton 52 x 44 x 30 cm"],
        ["Quantity", "6,000 sets"],
        ["Incoterm", "FOB Ningbo"],
        ["Payment", "30% deposit, 70% against copy of B/L"],
        ["Lead time", "35 days after deposit"],
        ["Inspection", "PSI AQL 2.5 major / 4.0 minor, General Level II. Balance is released only after the PSI is passed."],
    ], widths=[4, 13], bold_first_col=True)
    dpara(d, "Approved: Sanne de Vries, Sourcing Lead — 12-01-2026", bold=True)
    save_docx(d, os.path.join(c, "spec", "VG-CUT3 specification.docx"))

    # ---- golden sample record (docx)
    d = new_docx("Sanne de Vries", ndt(2026, 1, 29, 10), "VG-CUT3 golden sample record")
    dpara(d, "Golden sample record — VG-CUT3", bold=True, size=13)
    dpara(d, "Verdant Goods B.V. · samples received 27-01-2026 (3 sets) · approved 29-01-2026", size=9)
    dtable(d, [
        ["Characteristic", "Specification", "Result on sample", "Verdict"],
        ["Case L x W x H", "205 x 55 x 25 mm ±1", "205.4 x 54.7 x 25.2 mm", "Pass"],
        ["Set weight", "58 g ±4", "57 g", "Pass"],
        ["Case colour", "Pantone 7494 C", "Visual match, light box D65", "Pass"],
        ["Logo", "1C silk screen, white, 25 x 8 mm", "Sharp, opaque, tape test OK", "Pass"],
        ["Slide fit of case", "Smooth, no gap > 0.5 mm", "OK", "Pass"],
        ["Edges", "No flash / sharp edges", "OK", "Pass"],
    ], widths=[3.8, 4.4, 5.2, 1.8])
    dpara(d, "Golden sample approved for mass production. Sanne de Vries (buyer) / Coco Lin (supplier), 29-01-2026.")
    save_docx(d, os.path.join(c, "sample", "VG-CUT3 golden sample record.docx"))

    # ---- quote (xlsx)
    path = os.path.join(c, "quotes", "JL-Q20260113.xlsx")
    wb, F = xw_book(path, "Coco Lin", datetime(2026, 1, 13, 3, 5), "报价单 JL-Q20260113")
    ws = wb.add_worksheet("Quotation")
    for col, w in zip("ABCDEFGHIJ", (6, 13, 12, 40, 14, 16, 10, 11, 10, 13)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:J1", SUP_CN, F["co"])
    ws.merge_range("A2:J2", SUP_EN, F["co2"])
    ws.merge_range("A3:J3", ADDR, F["addr"])
    ws.merge_range("A4:J4", "QUOTATION 报价单  No. JL-Q20260113", F["title"])
    ws.write("A6", "To:", F["lbl"]); ws.write("B6", "Verdant Goods B.V. / Sanne de Vries")
    ws.write("H6", "Date:", F["lbl"]); ws.write("I6", "2026-01-13")
    hdr = ["No.", "Picture", "Item", "Description", "Logo", "Packing", "MOQ", "USD/set FOB Ningbo", "Qty", "Amount USD"]
    ws.set_row(7, 30)
    for j, h in enumerate(hdr):
        ws.write(7, j, h, F["th"])
    ws.set_row(8, 62)
    vals = [1, "", "VG-CUT3", "Wheat straw travel cutlery set: fork + spoon + chopsticks + sliding case, PP+wheat straw, case PMS 7494C",
            "1C silk screen on lid", "colour box, 100sets/ctn"]
    for j, v in enumerate(vals):
        ws.write(8, j, v, F["tdc"] if j in (0, 2) else F["td"])
    xw_photo(ws, 8, 1, (150, 175, 140))
    ws.write(8, 6, 3000, F["int"]); ws.write(8, 7, float(price), F["usd2"]); ws.write(8, 8, qty, F["int"])
    ws.write_formula(8, 9, "=H9*I9", F["amt"], float(total))
    ws.merge_range(9, 0, 9, 8, "TOTAL", F["totl"]); ws.write_formula(9, 9, "=SUM(J9)", F["tot"], float(total))
    ws2 = wb.add_worksheet("Terms")
    ws2.set_column("A:A", 18); ws2.set_column("B:B", 60)
    rows = [("Payment", "30% deposit, 70% against B/L copy"), ("Lead time", "35 days after deposit"),
            ("Carton", "100 sets/ctn, 5-ply 52*44*30cm, G.W. 7.2 kg"), ("Certificate", "LFGB, EU 10/2011"),
            ("Validity", "30 days")]
    for i, (k, v) in enumerate(rows):
        ws2.write(i, 0, k, F["k"]); ws2.write(i, 1, v, F["v"])
    ws2.write(len(rows) + 1, 0, "Cartons", F["k"]); ws2.write_formula(len(rows) + 1, 1, "=6000/100", F["int"], 60)
    xw_close(wb, path)

    # ---- PI (bilingual, Chinese labels first)
    pdf = PDF(base="dv", created=pdt(2026, 2, 25, 1, 20), title="JL-PI-260225", author=SUP_EN)
    pdf.t(SUP_CN, 15, "B", "C", h=8, fam="cjk")
    pdf.t(SUP_EN, 10, "B", "C")
    pdf.t(ADDR + "  电话 Tel: +86 576 8471 2265", 7.5, "", "C")
    pdf.rule(0.7)
    pdf.t("形式发票  PROFORMA INVOICE", 13, "B", "C", h=8)
    pdf.grid([
        ["客户 Buyer:", "VERDANT GOODS B.V.\nWesterkade 12, 3016 CM Rotterdam, Netherlands\nAttn: Sanne de Vries",
         "发票号 No.:\n日期 Date:\n订单 PO:", "JL-PI-260225\n2026/02/25\nVG-PO-2603"],
    ], (24, 86, 26, 44), size=8.5, head=False, borders="NONE", bold_cols=(0, 2))
    pdf.grid([
        ["序号 No.", "货号 Item", "品名 Description", "数量 Qty", "单价 Unit price", "金额 Amount"],
        ["1", "VG-CUT3", "小麦秸秆餐具三件套 Wheat straw travel cutlery set (fork, spoon, chopsticks + case), PP + wheat straw, case PMS 7494C, 205*55*25mm",
         "6,000套 SETS", "USD 0.92", "USD " + money(total)],
        [{"t": "合计 TOTAL", "span": 3, "b": True, "align": "R"}, {"t": "6,000套 SETS", "b": True}, "",
         {"t": "USD " + money(total), "b": True}],
    ], (14, 18, 76, 24, 22, 26), size=8, align=("CENTER", "CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
    pdf.t(say_usd(total), 8.5, "B")
    pdf.gap(2)
    pdf.grid([
        ["LOGO", "移印 pad print, 1C white on lid, 25*8mm"],
        ["内包装 Inner packing", "牛皮纸盒 brown kraft box, 1 set/box, EAN sticker"],
        ["外箱 Carton", "100套/箱，五层瓦楞纸箱 52*44*30cm，60箱 / 100 sets/ctn, 5-ply 52*44*30cm, 60 ctns"],
        ["认证 Certificate", "LFGB, EU 10/2011"],
        ["价格条款 Price term", "FOB NINGBO"],
        ["付款 Payment", "定金30%，尾款70%见提单副本 / 30% deposit, 70% against B/L copy"],
        ["交期 Delivery", "收到定金后35天 / 35 days after deposit"],
        ["检验 Inspection", "AQL 2.5/4.0 PSI before shipment"],
    ], (38, 142), size=8.5, head=False, bold_cols=(0,))
    pdf.t("银行信息 Bank information", 9.5, "B")
    pdf.grid([
        ["收款人 Beneficiary", SUP_EN],
        ["开户行 Bank", "浙江泰隆商业银行黄岩支行 ZHEJIANG TAILONG COMMERCIAL BANK, HUANGYAN SUB-BRANCH"],
        ["SWIFT", "ZJTLCNBHXXX"],
        ["账号 A/C No.", "3301 0020 1000 6688 19"],
    ], (38, 142), size=8.5, head=False, bold_cols=(0,))
    pdf.gap(5)
    pdf.t("卖方盖章 Seller's chop: 台州市黄岩佳乐塑料制品有限公司    林可 Coco Lin          买方签字 Buyer: ____________", 8.5)
    pdf.save(os.path.join(c, "pi", "JL-PI-260225.pdf"))

    # ---- chat (WeChat, name-date header style)
    C, S_ = "林可Coco", "Sanne de Vries"
    msgs = [
        (C, "2026/1/13 11:05", "Hi Sanne, quotation JL-Q20260113 sent 报价已发邮箱"),
        (S_, "2026/1/13 17:32", "Thanks Coco, 0.92 is fine for us. Quote accepted, please prepare samples with silk screen logo"),
        (C, "2026/1/13 17:40", "好的 ok"),
        (S_, "2026/1/29 10:15", "Golden sample approved 👍 record attached"),
        (S_, "2026/1/29 10:15", "[文件] VG-CUT3 golden sample record.docx"),
        (C, "2026/2/24 14:10", "Sanne，丝印在盒盖弧面上良率不高，我们改成移印好吗？pad print, same white colour, same size, price no change"),
        (C, "2026/2/24 14:11", "[图片]"),
        (S_, "2026/2/24 20:03", "好的，可以 👍 pad print ok if it looks like the photo"),
        (C, "2026/2/25 9:30", "[文件] JL-PI-260225.pdf"),
        (C, "2026/2/25 9:30", "PI please check, 定金30%"),
        (S_, "2026/2/26 16:44", "Deposit USD 1,656.00 paid today"),
        (C, "2026/2/27 8:50", "收到，谢谢 Sanne"),
        (C, "2026/4/1 15:30", "大货完成了 goods ready, inspection tomorrow ok?"),
        (S_, "2026/4/1 16:02", "Yes, inspector will come 2 April"),
        (S_, "2026/4/2 21:18", "Inspection failed, too many print defects and flash on the forks. Please rework and we re-inspect. Balance on hold until re-inspection passed."),
        (C, "2026/4/3 9:02", "明白，我们安排返工 rework, re-inspection next week"),
    ]
    write_text(os.path.join(c, "chat", "微信聊天记录-林可Coco.txt"), "".join(f"{n} {t}\n{m}\n" for n, t, m in msgs))

    # ---- inspection (FAIL)
    pdf = PDF(base="dvc", created=pdt(2026, 4, 2, 9), title="PSI report QC-VG-0402", author="Delta Sourcing QC",
              footer="Delta Sourcing QC · QC-VG-0402 · {p}")
    pdf.t("DELTA SOURCING QC — Pre-Shipment Inspection Report", 13, "B")
    pdf.grid([
        ["Report", "QC-VG-0402", "Date", "02-Apr-2026"],
        ["Client", "Verdant Goods B.V.", "PO", "VG-PO-2603"],
        ["Supplier", "Taizhou Huangyan Jiale Plastic Products Co., Ltd.", "Item", "VG-CUT3 travel cutlery set"],
        ["Order qty", "6,000 sets", "Inspected lot", "6,000 sets, 60 ctns, 100% packed"],
    ], (22, 68, 26, 64), size=8, head=False, bold_cols=(0, 2))
    pdf.set_font("dvc", "B", 14)
    pdf.set_text_color(190, 0, 0)
    pdf.cell(0, 9, "RESULT: FAIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.grid([
        ["Sampling", "ISO 2859-1, General II, single normal, lot 6,000 → code L, sample 200 sets"],
    ], (30, 150), size=8, head=False, bold_cols=(0,))
    pdf.grid([
        ["", "AQL", "Ac", "Re", "Found", "Result"],
        ["Critical", "0", "0", "1", "0", "Pass"],
        ["Major", "2.5", "10", "11", "13", "FAIL"],
        ["Minor", "4.0", "14", "15", "9", "Pass"],
    ], (30, 25, 25, 25, 25, 50), size=8.5, align="CENTER")
    pdf.grid([
        ["Defect", "Class", "Qty"],
        ["Logo print incomplete / blurred (pad print)", "Major", "8"],
        ["Flash / sharp edge on fork tines", "Major", "5"],
        ["Light scratch on case", "Minor", "6"],
        ["Black spot in material < 0.5 mm", "Minor", "3"],
    ], (120, 30, 30), size=8.5)
    pdf.grid([
        ["Check", "Requirement", "Finding"],
        ["Case dimensions (10 sets)", "205 x 55 x 25 mm ±1", "204.6–205.7 x 54.5–55.4 x 24.8–25.3 mm — OK"],
        ["Set weight (10 sets)", "58 g ±4", "56–60 g — OK"],
        ["Case colour", "Pantone 7494 C / golden sample", "Conform"],
        ["Logo", "White, 25 x 8 mm", "Pad printed, 25 x 8 mm; 8 defective in sample"],
        ["Unit packing", "As client spec", "Brown kraft box with EAN sticker (client spec: 4C colour box) — reported to client"],
        ["Carton", "100 sets/ctn, 5-ply 52 x 44 x 30 cm", "100 sets/ctn, 5-ply, 52 x 44 x 30 cm — OK"],
    ], (40, 55, 85), size=8)
    pdf.t("Conclusion: FAIL on major defects. Re-inspection required after 100% sorting / rework. Inspector: He Jun.", 8.5)
    pdf.save(os.path.join(c, "inspection", "QC-VG-0402 PSI report.pdf"))

    write_expected(c, "HOLD", [
        exp("logo", "chat_only", "medium"),
        exp("packaging.inner", "undocumented_change", "medium"),
    ], "Logo silk screen -> pad print agreed only in WeChat; colour box -> brown kraft box never mentioned; PSI FAILED so [release] inspection=passed is unmet.")


# ==========================================================================
# 08  cocktail shaker: quantity change by signed CO (documented), supplier
#     switches 304 -> 201 on the revised PI although the buyer said no
# ==========================================================================
def case08(root):
    c = os.path.join(root, "08-cocktail-shaker-201-objected")
    SUP_EN = "JIANGMEN XINHUI HENGFENG STAINLESS STEEL PRODUCTS CO., LTD."
    SUP_CN = "江门市新会区恒丰不锈钢制品有限公司"
    ADDR = "No. 26 Jinguo Road, Daze Town, Xinhui District, Jiangmen, Guangdong 529162, China"
    price = D("3.15")
    q1, q2 = 2400, 3000
    t1, t2 = q1 * price, q2 * price
    assert (t1, t2) == (D("7560.00"), D("9450.00"))
    dep1 = t1 * D("0.3")
    extra = (q2 - q1) * price * D("0.3")
    assert dep1 == D("2268.000") and extra == D("567.000")

    write_order(c, "BW-PO-2601",
                ["Barwise Trading LLC", "Daniel Ortiz", "Daniel"],
                ["Jiangmen Xinhui Hengfeng Stainless Steel Products Co., Ltd.", SUP_CN, "Hengfeng", "Tina Liang", "梁婷", "Tina 梁婷", "Tina"],
                tolerances={"dimensions": "±1.5 mm", "capacity": "±20 ml", "weight": "±15 g"})

    # ---- spec (markdown)
    spec = """# Product Specification — BW-SK700 Cobbler Cocktail Shaker 700 ml

**Buyer:** Barwise Trading LLC, 2110 E 7th St, Austin, TX 78702, USA
**Supplier:** Jiangmen Xinhui Hengfeng Stainless Steel Products Co., Ltd. (江门市新会区恒丰不锈钢制品有限公司)
**PO:** BW-PO-2601 · **Spec rev.** 1 · **Approved** 2026-01-21 by Daniel Ortiz (Purchasing Director)

## Product

| Attribute | Requirement | Tolerance |
|---|---|---|
| Material | 304 (18/8) stainless steel, 0.6 mm — body, strainer and cap | — |
| Capacity | 700 ml (24 oz) brimful | ±20 ml |
| Dimensions | Ø 88 mm x H 230 mm (assembled) | ±1.5 mm |
| Weight | 320 g | ±15 g |
| Finish | Mirror polish outside, satin inside | — |
| Colour | Natural stainless, no coating | — |
| Logo | Laser engraved BARWISE wordmark, 30 x 6 mm, front of body | — |
| Certification | FDA food contact + LFGB test report (incl. 304 composition) | — |

## Packaging

- Inner: white box with 1C black BARWISE logo, 95 x 95 x 240 mm
- Master carton: 24 pcs/ctn, 5-ply export carton 60 x 40 x 27 cm
- Carton marks: BARWISE / BW-SK700 / PO BW-PO-2601 / QTY 24 PCS / C/NO. / MADE IN CHINA

## Commercial

- Order quantity: 2,400 pcs
- Incoterm: FOB Guangzhou
- Payment: T/T 30% deposit, 70% against copy of B/L
- Lead time: 40 days after deposit
- Inspection: final random inspection AQL 2.5 / 4.0, General Level II

Note: a change of material grade requires a written change order signed by Barwise.
"""
    write_text(os.path.join(c, "spec", "BW-SK700_spec.md"), spec)

    # ---- sample (docx)
    d = new_docx("Daniel Ortiz", ndt(2026, 1, 21, 16), "BW-SK700 golden sample")
    dpara(d, "BARWISE TRADING LLC — GOLDEN SAMPLE APPROVAL", bold=True, size=13)
    dpara(d, "BW-SK700 cobbler shaker 700 ml · 3 samples received 01/19/2026 · spec rev. 1", size=9)
    dtable(d, [
        ["Item", "Spec", "Measured", "Pass/Fail"],
        ["Capacity brimful", "700 ml ±20", "705 ml", "Pass"],
        ["Diameter x height", "Ø 88 x 230 mm ±1.5", "Ø 88.3 x 229.4 mm", "Pass"],
        ["Weight", "320 g ±15", "318 g", "Pass"],
        ["Material (handheld XRF)", "304: Cr 18–20%, Ni 8–10.5%", "Cr 18.2%, Ni 8.1% → 304", "Pass"],
        ["Magnet test", "Non-magnetic body", "Non-magnetic", "Pass"],
        ["Logo", "Laser BARWISE 30 x 6 mm", "OK", "Pass"],
        ["Leak test (shake 30 s with water)", "No leak", "No leak", "Pass"],
    ], widths=[4.6, 4.6, 4.6, 2])
    dpara(d, "APPROVED as golden sample. Daniel Ortiz, 01/21/2026. One sample retained by supplier (sealed).", bold=True)
    save_docx(d, os.path.join(c, "sample", "BW-SK700_golden_sample.docx"))

    # ---- quote (pdf)
    pdf = PDF(base="serif", created=pdt(2026, 1, 8, 2), title="Quotation HF-QT-260108", author=SUP_EN)
    pdf.t(SUP_EN, 11.5, "B", "C", h=6)
    pdf.t(SUP_CN, 11, "", "C", h=6, fam="cjk")
    pdf.t(ADDR, 7.5, "", "C")
    pdf.gap(3)
    pdf.t("QUOTATION  HF-QT-260108", 13, "B", h=7)
    pdf.t("Date: 2026-01-08     To: Barwise Trading LLC, Mr. Daniel Ortiz     Valid until: 2026-02-07", 8.5)
    pdf.gap(2)
    pdf.grid([
        ["Item", "Description", "Qty", "Price FOB Guangzhou"],
        ["BW-SK700", "Cobbler shaker 700ml, SS304 18/8 0.6mm, mirror polish, laser logo, white box", "MOQ 1,000 pcs", "USD 3.15/pc"],
    ], (24, 96, 28, 32), size=8.5, fam="dv")
    pdf.grid([
        ["Payment", "T/T 30% deposit, 70% against B/L copy"],
        ["Lead time", "40 days after deposit"],
        ["Packing", "white box, 24pcs/ctn, 5 ply 60*40*27cm"],
        ["Test report", "FDA / LFGB"],
    ], (30, 150), size=8.5, head=False, fam="dv", bold_cols=(0,))
    pdf.t("Tina Liang 梁婷 · Export Sales · tina@hengfeng-steel.cn · WhatsApp +86 139 2807 4416", 8.5, fam="dv")
    pdf.save(os.path.join(c, "quotes", "HF-QT-260108.pdf"))

    # ---- change order (docx)
    d = new_docx("Daniel Ortiz", ndt(2026, 2, 16, 15), "CO-BW-01 quantity increase")
    dpara(d, "CHANGE ORDER No. CO-BW-01", bold=True, size=14)
    dpara(d, "Barwise Trading LLC · PO BW-PO-2601 · Supplier: Jiangmen Xinhui Hengfeng Stainless Steel Products Co., Ltd.", size=9)
    dtable(d, [
        ["Field", "Was", "Now"],
        ["Order quantity (BW-SK700)", "2,400 pcs", "3,000 pcs"],
        ["Unit price", "US$3.15", "US$3.15 (unchanged)"],
        ["PO value", f"US${money(t1)}", f"US${money(t2)}"],
        ["Cartons (24 pcs/ctn)", "100", "125"],
        ["Delivery", "40 days after deposit", "unchanged"],
    ], widths=[5.5, 5, 6])
    dpara(d, "Reason: additional retail customer. All other terms of PO BW-PO-2601 and spec rev. 1 remain unchanged.")
    dpara(d, f"Additional deposit due: US${money(extra)} (30% of the added 600 pcs).")
    dpara(d, "Approved by buyer: Daniel Ortiz, Purchasing Director — signed 02/16/2026", bold=True)
    dpara(d, "Accepted by supplier: Tina Liang — signed 02/17/2026")
    save_docx(d, os.path.join(c, "changes", "CO-BW-01_quantity_increase.docx"))

    # ---- PIs
    def pi(path, no, date_s, created, q, tot, material, deposit_note, rev_note=None):
        pdf = PDF(base="dv", created=created, title=no, author=SUP_EN, footer="{p}/1")
        pdf.t(SUP_EN, 11.5, "B", h=6)
        pdf.t(SUP_CN, 10.5, "", h=5.5)
        pdf.t(ADDR + " · Tel +86 750 6312 558", 7.5)
        pdf.rule(0.6)
        pdf.grid([["PROFORMA INVOICE", f"No. {no}\nDate: {date_s}"]], (120, 60), size=12, head=False,
                 borders="NONE", bold_cols=(0,))
        pdf.t("Messrs: BARWISE TRADING LLC, 2110 E 7th St, Austin, TX 78702, USA (Attn. Daniel Ortiz) — PO BW-PO-2601", 8.5)
        if rev_note:
            pdf.t(rev_note, 8, "I")
        pdf.gap(1)
        pdf.grid([
            ["Item", "Description", "Quantity", "Unit price", "Amount"],
            ["BW-SK700", f"Cobbler cocktail shaker 700ml, {material}, mirror polish outside, laser engraved BARWISE logo, white box",
             f"{q:,} pcs", "US$3.15", "US$" + money(tot)],
            [{"t": "TOTAL FOB GUANGZHOU", "span": 2, "b": True, "align": "R"}, {"t": f"{q:,} pcs", "b": True}, "",
             {"t": "US$" + money(tot), "b": True}],
        ], (22, 90, 24, 20, 24), size=8.5, align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
        pdf.t(say_usd(tot), 8.5, "B")
        pdf.gap(2)
        pdf.t(f"Payment: T/T 30% deposit, 70% against copy of B/L. {deposit_note}\n"
              "Lead time: 40 days after deposit\n"
              f"Packing: white box, 24pcs/ctn, 5 ply export carton 60*40*27cm, {q // 24} ctns\n"
              "Test report: FDA / LFGB\n"
              "Inspection: AQL 2.5/4.0 final random inspection", 8.5, h=4.8)
        pdf.gap(2)
        pdf.t("Bank details", 9.5, "B")
        pdf.t(f"Beneficiary: {SUP_EN}\nBank: Agricultural Bank of China, Jiangmen Xinhui Sub-branch\n"
              "SWIFT: ABOCCNBJ440\nA/C No.: 4441 1201 0400 7753 2", 8.5, h=4.8)
        pdf.gap(6)
        pdf.t("Seller (chop & signature): ______________  Tina Liang", 8.5)
        pdf.save(path)

    assert q1 // 24 == 100 and q2 // 24 == 125
    pi(os.path.join(c, "pi", "HF-PI-260204.pdf"), "HF-PI-260204", "Feb 4, 2026", pdt(2026, 2, 4, 6), q1, t1,
       "SUS304 (18/8) stainless steel 0.6mm", f"Deposit: US${money(dep1)}.")
    pi(os.path.join(c, "pi", "HF-PI-260204-R1.pdf"), "HF-PI-260204-R1", "Feb 23, 2026", pdt(2026, 2, 23, 2, 40), q2, t2,
       "201 stainless steel 0.6mm",
       f"Deposit received US${money(dep1)}; additional deposit for CO-BW-01: US${money(extra)}.",
       rev_note="R1 as per change order CO-BW-01 (quantity 3,000 pcs). Replaces HF-PI-260204.")

    # ---- chat (Android WhatsApp, Chinese locale, exported from the supplier's phone)
    T, Dn = "Tina 梁婷", "Daniel Ortiz"
    lines = [
        "2026/1/8 上午10:15 - 消息和通话已进行端到端加密。对话之外的任何人，包括 WhatsApp，都无法读取或收听这些消息和通话。点击了解更多。",
        f"2026/1/8 上午10:15 - {T}: Hi Daniel, quotation HF-QT-260108 sent to your email",
        f"2026/1/8 下午11:02 - {Dn}: Got it. 3.15 FOB Guangzhou works, quote accepted. Samples pls",
        f"2026/1/21 上午6:40 - {Dn}: Golden sample approved, spec signed, see email",
        f"2026/2/4 下午2:25 - {T}: PI HF-PI-260204 sent by mail, 2400pcs",
        f"2026/2/6 上午5:10 - {Dn}: 30% deposit USD 2,268.00 wired",
        f"2026/2/6 上午9:32 - {T}: 收到 received, thank you",
        f"2026/2/16 上午4:48 - {Dn}: Change order CO-BW-01 signed, we need 3,000 pcs total. Please revise PI",
        f"2026/2/16 上午4:48 - {Dn}: <省略影音内容>",
        f"2026/2/17 上午9:30 - {T}: ok received, CO signed back",
        f"2026/2/20 下午3:12 - {T}: Daniel, 304 steel price up a lot after new year. We suggest change to 201 material, look the same, price keep 3.15. ok?",
        f"2026/2/20 下午11:58 - {Dn}: No, keep 304. Our customers use these with citrus and salt rims, 201 will rust. Please do not change the material.",
        f"2026/2/21 上午8:05 - {T}: ok understand 👌",
        f"2026/2/23 上午10:40 - {T}: PI R1 for 3000pcs sent, pls arrange additional deposit USD 567",
        f"2026/2/23 上午10:41 - {T}: 你删除了此消息",
        f"2026/2/24 上午2:15 - {Dn}: Received R1, will wire the extra 567 this week",
        f"2026/2/27 上午3:50 - {Dn}: Extra deposit USD 567.00 sent",
        f"2026/2/27 上午9:12 - {T}: 👍",
    ]
    write_text(os.path.join(c, "chat", "WhatsApp 与 Daniel Ortiz 的聊天.txt"), "\n".join(lines) + "\n")

    write_expected(c, "HOLD", [
        exp("material", "undocumented_change", "high"),
        exp("quantity", "documented_change", "info"),
    ], "Quantity 2,400 -> 3,000 by signed CO-BW-01; PI R1 prints 201 stainless although the buyer refused ('No, keep 304').")


# ==========================================================================
# 09  memory-foam seat cushion: "公司账户变更" in WeChat with a new PI that
#     pays a Hong Kong trading company; buyer questions and defers
# ==========================================================================
def case09(root):
    c = os.path.join(root, "09-seat-cushion-bank-change-cn")
    SUP_EN = "NANTONG RUIFENG HOME TEXTILE CO., LTD."
    SUP_CN = "南通瑞丰家纺有限公司"
    ADDR = "No. 26 Dieshiqiao Road, Haimen District, Nantong, Jiangsu 226100, China"
    qty, price = 2000, D("5.60")
    total = qty * price
    assert total == D("11200.00")
    assert total * D("0.3") == D("3360.000")

    write_order(c, "KW-PO-26-009",
                ["Kissenwerk GmbH", "Lukas Becker", "Lukas"],
                ["Nantong Ruifeng Home Textile Co., Ltd.", SUP_CN, "Ruifeng Home Textile", "Helen Gu", "顾海燕", "顾海燕Helen", "Helen"],
                tolerances={"dimensions": "±1 cm", "weight": "±5%"})

    # ---- spec (pdf)
    pdf = PDF(base="dv", created=pdt(2026, 1, 14, 10), title="KW-SC45 specification", author="Kissenwerk GmbH",
              footer="Kissenwerk GmbH · Spezifikation KW-SC45 · Seite {p}")
    pdf.t("Kissenwerk GmbH", 16, "B", fam="serif")
    pdf.t("Speicherstraße 12 · 28217 Bremen · Germany", 8)
    pdf.gap(3)
    pdf.t("Produktspezifikation / Product specification KW-SC45", 12.5, "B", h=7)
    pdf.t("Memory foam seat cushion · Version 1.1 · 14.01.2026 · Lieferant: Nantong Ruifeng Home Textile Co., Ltd.", 8.5)
    pdf.gap(2)
    pdf.grid([
        ["Merkmal / Attribute", "Anforderung / Requirement"],
        ["Core material", "Visco-elastic memory foam, density 50 kg/m³, CFC-free"],
        ["Cover", "100% polyester velour, removable, zip on back side; non-slip PVC dot base"],
        ["Dimensions", "45 x 40 x 7 cm, tolerance ±1 cm"],
        ["Weight", "1.10 kg ±5%"],
        ["Colour", "Anthracite, Pantone 18-0601 TCX (Charcoal Gray)"],
        ["Logo", "Woven label 4 x 2 cm, sewn into back seam"],
        ["Certification", "OEKO-TEX Standard 100 (cover and foam)"],
        ["Unit packing", "Roll-packed in PE bag with suffocation warning (DE/EN) and printed header card"],
        ["Master carton", "10 pcs/ctn, 5-ply export carton 62 x 47 x 40 cm"],
        ["Quantity", "2,000 pcs"],
        ["Incoterm", "FOB Shanghai"],
        ["Payment", "T/T 30% deposit, 70% against copy of B/L"],
        ["Lead time", "45 days after deposit"],
        ["Inspection", "AQL 2.5 / 4.0 pre-shipment, General Level II"],
    ], (40, 140), size=8.5, bold_cols=(0,))
    pdf.gap(3)
    pdf.t("Freigabe / Approved: Lukas Becker, Einkauf — 14.01.2026", 9, "B")
    pdf.save(os.path.join(c, "spec", "KW-SC45_Spezifikation_EN.pdf"))

    # ---- sample (docx)
    d = new_docx("Lukas Becker", ndt(2026, 1, 26, 9), "KW-SC45 golden sample")
    dpara(d, "Kissenwerk GmbH — Golden Sample / Referenzmuster KW-SC45", bold=True, size=13)
    dpara(d, "Received 23.01.2026, 2 pcs · checked by Lukas Becker", size=9)
    dtable(d, [
        ["Prüfpunkt / Check", "Soll / Spec", "Ist / Measured", "i.O."],
        ["Dimensions", "45 x 40 x 7 cm ±1", "45.5 x 39.6 x 7.2 cm", "ja"],
        ["Weight", "1.10 kg ±5%", "1.12 kg", "ja"],
        ["Foam density", "50 kg/m³", "51 kg/m³ (supplier report)", "ja"],
        ["Colour", "Pantone 18-0601 TCX", "match", "ja"],
        ["Woven label", "4 x 2 cm, back seam", "OK", "ja"],
        ["Recovery after compression", "< 10 s", "6 s", "ja"],
    ], widths=[4.5, 4.5, 5, 1.5])
    dpara(d, "Freigegeben als Referenzmuster / approved as golden sample — Lukas Becker, 26.01.2026", bold=True)
    save_docx(d, os.path.join(c, "sample", "KW-SC45 Golden Sample.docx"))

    # ---- quote (xlsx) with bank block
    path = os.path.join(c, "quotes", "RF-BJ-260112.xlsx")
    wb, F = xw_book(path, "Helen Gu", datetime(2026, 1, 12, 7, 0), "报价单 RF-BJ-260112")
    ws = wb.add_worksheet("报价单 Quotation")
    for col, w in zip("ABCDEFGH", (6, 13, 12, 42, 12, 14, 10, 14)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:H1", SUP_CN + "  " + SUP_EN, F["co"])
    ws.merge_range("A2:H2", ADDR + "  Tel: +86 513 8266 7310", F["addr"])
    ws.merge_range("A3:H3", "报价单 QUOTATION", F["title"])
    ws.write("A5", "No.:", F["lbl"]); ws.write("B5", "RF-BJ-260112")
    ws.write("A6", "Date:", F["lbl"]); ws.write("B6", "2026-01-12")
    ws.write("D5", "Customer: Kissenwerk GmbH – Mr. Lukas Becker")
    hdr = ["No.", "Photo", "Item", "Description", "Colour", "FOB Shanghai USD/pc", "Qty", "Amount USD"]
    ws.set_row(7, 30)
    for j, h in enumerate(hdr):
        ws.write(7, j, h, F["th"])
    ws.set_row(8, 60)
    ws.write(8, 0, 1, F["tdc"]); ws.write(8, 1, "", F["td"]); xw_photo(ws, 8, 1, (70, 70, 75))
    ws.write(8, 2, "KW-SC45", F["tdc"])
    ws.write(8, 3, "Memory foam seat cushion 45x40x7cm, 50D foam, velour cover with zip, non-slip base, woven label", F["td"])
    ws.write(8, 4, "anthracite 18-0601TCX", F["td"])
    ws.write(8, 5, float(price), F["usd2"]); ws.write(8, 6, qty, F["int"])
    ws.write_formula(8, 7, "=F9*G9", F["amt"], float(total))
    ws.merge_range(9, 0, 9, 6, "TOTAL", F["totl"]); ws.write_formula(9, 7, "=H9", F["tot"], float(total))
    ws.write("A12", "Bank information 银行资料", F["lbl"])
    bank = [("Beneficiary", "NANTONG RUIFENG HOME TEXTILE CO.,LTD"), ("Bank", "BANK OF CHINA NANTONG BRANCH"),
            ("SWIFT", "BKCHCNBJ940"), ("A/C", "514873201166")]
    for i, (k, v) in enumerate(bank):
        ws.write(12 + i, 0, k, F["lbl"]); ws.write(12 + i, 2, v)
    ws2 = wb.add_worksheet("Terms")
    ws2.set_column("A:A", 18); ws2.set_column("B:B", 60)
    rows = [("Payment", "T/T 30% deposit, 70% against copy of B/L"), ("Lead time", "45 days after deposit"),
            ("Packing", "roll pack in PE bag + header card, 10pcs/ctn, 5-ply 62*47*40cm"),
            ("Certificate", "OEKO-TEX Standard 100"), ("Validity", "30 days")]
    for i, (k, v) in enumerate(rows):
        ws2.write(i, 0, k, F["k"]); ws2.write(i, 1, v, F["v"])
    ws2.write(len(rows) + 1, 0, "Cartons", F["k"]); ws2.write_formula(len(rows) + 1, 1, "=2000/10", F["int"], 200)
    xw_close(wb, path)

    # ---- PIs
    def pi(path, no, date_s, created, bank_rows, remark=None, cn_labels=False):
        pdf = PDF(base="dv", created=created, title=no, author=SUP_EN, footer=no + "  -  {p}")
        pdf.t(SUP_EN, 13, "B", "C", h=7)
        pdf.t(SUP_CN, 11, "", "C", h=6)
        pdf.t(ADDR + " · Tel: +86 513 8266 7310", 7.5, "", "C")
        pdf.rule()
        pdf.t(("形式发票 " if cn_labels else "") + "PROFORMA INVOICE", 13, "B", "C", h=8)
        pdf.grid([["To: KISSENWERK GMBH\nSpeicherstraße 12, 28217 Bremen, Germany\nAttn: Mr. Lukas Becker",
                   f"PI No.: {no}\nDate: {date_s}\nOrder: KW-PO-26-009"]], (110, 70), size=8.5, head=False, borders="NONE")
        pdf.grid([
            ["No.", "Item", "Description", "Qty", "Unit price USD", "Amount USD"],
            ["1", "KW-SC45", "Memory foam seat cushion 45x40x7cm, 50D foam,\npolyester velour cover,\nanthracite Pantone 18-0601TCX,\nnon-slip base, woven label",
             "2,000 pcs", money(price), money(total)],
            [{"t": "TOTAL FOB SHANGHAI", "span": 3, "b": True, "align": "R"}, {"t": "2,000 pcs", "b": True}, "",
             {"t": money(total), "b": True}],
        ], (9, 18, 83, 22, 22, 26), size=8, align=("CENTER", "CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
        pdf.t(say_usd(total), 8.5, "B")
        pdf.gap(2)
        pdf.grid([
            ["Price term", "FOB Shanghai"],
            ["Payment", "T/T 30% deposit, 70% against copy of B/L"],
            ["Delivery", "45 days after deposit"],
            ["Packing", "roll-packed in PE bag with header card, 10pcs/ctn, 5-ply carton 62*47*40cm, 200 ctns"],
            ["Certificate", "OEKO-TEX Standard 100"],
            ["Inspection", "AQL 2.5/4.0 before shipment"],
        ], (30, 150), size=8.5, head=False, bold_cols=(0,))
        pdf.t("银行资料 Bank information" if cn_labels else "Bank information", 9.5, "B")
        pdf.grid(bank_rows, (40, 140), size=8.5, head=False, bold_cols=(0,))
        if remark:
            pdf.t(remark, 8.5, "B")
        pdf.gap(5)
        pdf.t("Seller: Nantong Ruifeng Home Textile Co., Ltd. (公章 company chop)   Helen Gu", 8.5)
        pdf.save(path)

    pi(os.path.join(c, "pi", "PI-RF260127.pdf"), "PI-RF260127", "27 Jan 2026", pdt(2026, 1, 27, 7), [
        ["Beneficiary", SUP_EN],
        ["Bank name", "中国银行南通分行 BANK OF CHINA, NANTONG BRANCH"],
        ["Bank address", "No. 19 Renmin Zhong Road, Nantong, Jiangsu, China"],
        ["SWIFT", "BKCHCNBJ940"],
        ["Account No.", "5148 7320 1166"],
    ])
    pi(os.path.join(c, "pi", "PI-RF260127-R1.pdf"), "PI-RF260127-R1", "5 Mar 2026", pdt(2026, 3, 5, 2), [
        ["收款人 Beneficiary", "瑞丰国际贸易(香港)有限公司 RUIFENG INTERNATIONAL TRADING (HK) LIMITED"],
        ["开户行 Bank", "恒生银行 HANG SENG BANK LIMITED, HONG KONG"],
        ["银行地址 Bank address", "83 Des Voeux Road Central, Hong Kong"],
        ["SWIFT", "HASEHKHH"],
        ["账号 A/C No.", "388-512794-883"],
    ], remark="备注：因公司账户变更，尾款请汇至以上新账户。Remark: due to company account change, please remit the balance to the above new account.",
       cn_labels=True)

    # ---- chat (WeChat time-name style)
    H, L = "顾海燕Helen", "Lukas Becker"
    msgs = [
        ("2026-01-12 15:10:02", H, "Hi Lukas, quotation RF-BJ-260112 attached"),
        ("2026-01-12 15:10:09", H, "[文件] RF-BJ-260112.xlsx"),
        ("2026-01-13 08:55:40", L, "Hello Helen, 5.60 FOB Shanghai accepted. We confirm 2,000 pcs anthracite."),
        ("2026-01-26 09:40:18", L, "Golden sample approved, record in your mailbox"),
        ("2026-01-27 14:22:51", H, "[文件] PI-RF260127.pdf"),
        ("2026-01-27 14:23:10", H, "PI for your confirm, thank you"),
        ("2026-01-29 10:03:33", L, "Deposit USD 3,360.00 paid to your Bank of China account."),
        ("2026-01-29 10:03:40", L, "[图片]"),
        ("2026-01-30 08:41:12", H, "收到定金 thank you Lukas"),
        ("2026-02-26 16:15:07", H, "[视频]"),
        ("2026-02-26 16:15:30", H, "production going well, covers sewing now"),
        ("2026-03-05 10:22:31", H, "Lukas 您好，通知：公司账户变更。因公司年审，原中国银行账户暂停使用，尾款请付到我们香港公司账户，新PI已发您邮箱。"),
        ("2026-03-05 10:22:40", H, "[文件] PI-RF260127-R1.pdf"),
        ("2026-03-05 10:23:02", H, "Dear Lukas, our company account changed, pls pay the 70% balance to new account in PI R1. Thanks"),
        ("2026-03-05 16:48:19", L, "Why did the account change? Is Ruifeng International Trading (HK) your own company?"),
        ("2026-03-05 17:02:55", H, "是的，是我们香港的公司，请放心 yes it is our HK company, don't worry"),
        ("2026-03-06 09:15:07", L, "I will discuss it with our finance team first. We only pay to the account in the original PI unless we verify it by phone."),
        ("2026-03-06 09:40:33", H, "好的"),
        ("2026-03-06 09:41:02", None, "\"顾海燕Helen\" 撤回了一条消息"),
    ]
    out = ["微信聊天记录 与 顾海燕Helen 的聊天 (导出时间: 2026-03-09 10:02)", "=" * 40, ""]
    for ts, who, m in msgs:
        out += [f"{ts} {who}" if who else ts, m, ""]
    write_text(os.path.join(c, "chat", "微信聊天记录_顾海燕Helen.txt"), "\n".join(out), bom=True)

    write_expected(c, "HOLD", [
        exp("bank.beneficiary", "undocumented_change", "critical"),
        exp("bank.name", "undocumented_change", "critical"),
        exp("bank.account", "undocumented_change", "critical"),
        exp("bank.swift", "undocumented_change", "critical"),
    ], "PI R1 redirects the balance to a Hong Kong trading company (Hang Seng, HASEHKHH); buyer only asks and defers.")


# ==========================================================================
# 10  stoneware planters, 3 SKUs: TL-PT14 glaze colour differs on the PI
# ==========================================================================
def case10(root):
    c = os.path.join(root, "10-ceramic-planters-multisku")
    SUP_EN = "DEHUA YONGSHENG CERAMICS CO., LTD."
    SUP_CN = "德化县永盛陶瓷有限公司"
    ADDR = "Xunzhong Industrial Zone, Dehua County, Quanzhou, Fujian 362500, China"
    skus = [
        # sku, dia, h, colour name, pantone, weight g, qty, price, pcs/ctn, carton
        ("TL-PT10", 100, 95, "sage matte", "Pantone 5635 C", 380, 1200, D("1.45"), 48, "56 x 43 x 42 cm"),
        ("TL-PT14", 140, 130, "sand matte", "Pantone 7506 C", 860, 960, D("2.60"), 24, "62 x 47 x 45 cm"),
        ("TL-PT18", 180, 165, "warm grey matte", "Pantone 7527 C", 1520, 600, D("4.35"), 12, "60 x 44 x 56 cm"),
    ]
    amounts = [q * p for (_, _, _, _, _, _, q, p, _, _) in skus]
    total = sum(amounts)
    assert amounts == [D("1740.00"), D("2496.00"), D("2610.00")] and total == D("6846.00")
    ctns = [q // n for (_, _, _, _, _, _, q, _, n, _) in skus]
    assert ctns == [25, 40, 50] and all(q % n == 0 for (_, _, _, _, _, _, q, _, n, _) in skus)
    total_qty = sum(s[6] for s in skus)
    assert total_qty == 2760

    write_order(c, "TL-PO-2609",
                ["Terra & Leaf Inc.", "Hannah Brooks", "Hannah"],
                ["Dehua Yongsheng Ceramics Co., Ltd.", SUP_CN, "Yongsheng Ceramics", "Lisa Su", "苏丽萍", "Lisa"],
                tolerances={"dimensions": "±3 mm", "weight": "±5%"})

    # ---- spec (xlsx, openpyxl, photo column, two sheets)
    S = op_styles()
    wb = openpyxl.Workbook()
    wb.properties.creator = "Hannah Brooks"
    ws = wb.active
    ws.title = "Products"
    ws.merge_cells("A1:J1"); ws["A1"] = "TERRA & LEAF — PLANTER SERIES TL-PT · PRODUCT SPEC (approved 01/30/2026)"; ws["A1"].font = S["title"]
    ws.merge_cells("A2:J2"); ws["A2"] = "Terra & Leaf Inc., 915 SE Hawthorne Blvd, Portland, OR 97214 · PO TL-PO-2609 · supplier Dehua Yongsheng Ceramics Co., Ltd."
    rows = [["SKU", "Photo", "Description", "Size (mm)", "Tolerance", "Glaze colour", "Pantone", "Weight (g)", "Order qty", "Pcs/ctn"]]
    for sku, dia, h, col, pms, w, q, p, n, ctn in skus:
        rows.append([sku, "[photo]", "Round stoneware planter, drainage hole, cork pad", f"Ø{dia} x H{h}", "±3 mm",
                     col, pms, w, q, n])
    op_rows(ws, 4, rows, S, widths=[10, 9, 34, 14, 10, 16, 15, 11, 10, 9])
    for r in range(5, 8):
        ws.row_dimensions[r].height = 36
        ws.cell(row=r, column=9).number_format = "#,##0"
        ws.cell(row=r, column=8).number_format = "#,##0"
    ws["A9"] = "Weight tolerance ±5%. Colours as approved golden samples (01/30/2026)."
    ws2 = wb.create_sheet("Packaging & Terms")
    ws2.merge_cells("A1:B1"); ws2["A1"] = "PACKAGING & TERMS"; ws2["A1"].font = S["title"]
    op_rows(ws2, 3, [
        ["Item", "Requirement"],
        ["Material", "Stoneware, fired at 1,200 °C, matte glaze outside, clear glaze inside"],
        ["Unit packing", "Each planter wrapped in EPE foam sheet, in white mailer box; UPC sticker on bottom"],
        ["Master carton TL-PT10", "48 pcs/ctn, 5-ply 56 x 43 x 42 cm"],
        ["Master carton TL-PT14", "24 pcs/ctn, 5-ply 62 x 47 x 45 cm"],
        ["Master carton TL-PT18", "12 pcs/ctn, 5-ply 60 x 44 x 56 cm"],
        ["Carton marks", "TERRA & LEAF / PO TL-PO-2609 / SKU / QTY / C/NO. / FRAGILE"],
        ["Incoterm", "FOB Xiamen"],
        ["Payment", "T/T 30% deposit, 70% against copy of B/L"],
        ["Lead time", "45 days after deposit"],
        ["Inspection", "AQL 2.5 / 4.0 pre-shipment, General II"],
    ], S, widths=[24, 80])
    op_save(wb, os.path.join(c, "spec", "TL-PT planter series spec.xlsx"), datetime(2026, 1, 30, 22, 0))

    # ---- sample (docx)
    d = new_docx("Hannah Brooks", ndt(2026, 1, 30, 21), "TL-PT golden samples")
    dpara(d, "Terra & Leaf Inc. — Golden sample sign-off, TL-PT planter series", bold=True, size=13)
    dpara(d, "Samples received 01/27/2026 (2 pcs per SKU) · Dehua Yongsheng Ceramics", size=9)
    dtable(d, [
        ["SKU", "Spec size / weight", "Measured", "Glaze colour", "OK"],
        ["TL-PT10", "Ø100 x H95 mm / 380 g", "Ø100.8 x H94.2 mm / 372 g", "Sage, matches Pantone 5635 C", "Yes"],
        ["TL-PT14", "Ø140 x H130 mm / 860 g", "Ø139.1 x H131.0 mm / 872 g", "Sand, matches Pantone 7506 C", "Yes"],
        ["TL-PT18", "Ø180 x H165 mm / 1,520 g", "Ø181.2 x H166.0 mm / 1,498 g", "Warm grey, matches Pantone 7527 C", "Yes"],
    ], widths=[2.2, 4.2, 4.6, 4.6, 1.2])
    dpara(d, "All three SKUs approved as golden samples. Glaze must match these samples in bulk.")
    dpara(d, "Hannah Brooks, Product Lead — 01/30/2026", bold=True)
    save_docx(d, os.path.join(c, "sample", "TL-PT golden samples.docx"))

    # ---- quote (pdf)
    pdf = PDF(base="dv", created=pdt(2026, 1, 16, 1), title="Quotation YS-Q-2601-33", author=SUP_EN)
    pdf.t(SUP_EN + "   " + SUP_CN, 11, "B")
    pdf.t(ADDR + " · lisa@ys-ceramics.com", 7.5)
    pdf.rule()
    pdf.t("QUOTATION YS-Q-2601-33", 13, "B", h=7)
    pdf.t("Date: Jan 16, 2026 · To: Terra & Leaf Inc. (Hannah Brooks) · Price term: FOB Xiamen · valid 30 days", 8.5)
    pdf.gap(2)
    rows = [["SKU", "Description", "Colour", "MOQ", "USD/pc"]]
    for sku, dia, h, col, pms, w, q, p, n, ctn in skus:
        rows.append([sku, f"Stoneware planter Ø{dia // 10}xH{h / 10:g}cm, drainage hole + cork pad",
                     f"{col}, {pms.replace('Pantone ', 'PMS ')}", "500", money(p)])
    pdf.grid(rows, (20, 70, 50, 16, 24), size=8.5, align=("CENTER", "LEFT", "LEFT", "CENTER", "RIGHT"))
    pdf.t("Payment 30% deposit, 70% against B/L copy · Lead time 45 days · Packing: EPE foam + white mailer box, 5-ply export cartons (48/24/12 pcs per ctn)", 8.5)
    pdf.t("Lisa Su 苏丽萍", 9)
    pdf.save(os.path.join(c, "quotes", "YS-Q-2601-33.pdf"))

    # ---- PI (pdf) — TL-PT14 colour differs
    pi_colour = {"TL-PT10": "sage matte PMS5635C", "TL-PT14": "oatmeal matte PMS 4685C", "TL-PT18": "warm grey matte Pantone 7527C"}
    pi_size = {"TL-PT10": "Ø10 x H9.5cm", "TL-PT14": "Ø14 x H13cm", "TL-PT18": "Ø18 x H16.6cm"}
    pdf = PDF(base="dvc", created=pdt(2026, 2, 10, 3), title="PI YS-PI-260210", author=SUP_EN, footer="YS-PI-260210 p.{p}")
    pdf.t(SUP_EN, 14, "B", h=7)
    pdf.t(SUP_CN, 10)
    pdf.t(ADDR + " · Tel +86 595 2352 8871", 7.5)
    pdf.gap(2)
    pdf.t("PROFORMA INVOICE", 14, "B", "R", h=8)
    pdf.grid([["Buyer: TERRA & LEAF INC.\n915 SE Hawthorne Blvd, Portland, OR 97214, USA\nAttn: Hannah Brooks",
               "PI No: YS-PI-260210\nDate: 10-Feb-2026\nPO: TL-PO-2609"]], (110, 70), size=8.5, head=False, borders="NONE")
    rows = [["No.", "SKU", "Description", "Qty", "Unit price USD", "Amount USD"]]
    for i, ((sku, dia, h, col, pms, w, q, p, n, ctn), a) in enumerate(zip(skus, amounts), 1):
        rows.append([str(i), sku, f"Stoneware planter {pi_size[sku]},\n{pi_colour[sku]},\ndrainage hole + cork pad",
                     f"{q:,} PCS", money(p), money(a)])
    rows.append([{"t": "TOTAL FOB XIAMEN", "span": 3, "b": True, "align": "R"}, {"t": f"{total_qty:,} PCS", "b": True}, "",
                 {"t": money(total), "b": True}])
    pdf.grid(rows, (9, 18, 87, 20, 20, 26), size=8, align=("CENTER", "CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
    pdf.t(say_usd(total), 8.5, "B")
    pdf.gap(2)
    pdf.grid([
        ["Packing", "SKU", "Pcs/ctn", "Ctns", "Carton"],
        ["EPE foam + white mailer box", "TL-PT10", "48", "25", "56*43*42cm 5-ply"],
        ["EPE foam + white mailer box", "TL-PT14", "24", "40", "62*47*45cm 5-ply"],
        ["EPE foam + white mailer box", "TL-PT18", "12", "50", "60*44*56cm 5-ply"],
        [{"t": "Total cartons", "span": 3, "align": "R", "b": True}, {"t": "115", "b": True}, ""],
    ], (56, 24, 20, 20, 60), size=8, align=("LEFT", "CENTER", "CENTER", "CENTER", "LEFT"))
    pdf.t("Terms: FOB Xiamen · T/T 30% deposit, 70% against copy of B/L · Delivery 45 days after deposit · AQL 2.5/4.0 inspection before shipment", 8.5)
    pdf.gap(2)
    pdf.t("Bank: Beneficiary DEHUA YONGSHENG CERAMICS CO., LTD. · Bank of China Dehua Sub-branch (中国银行德化支行) · SWIFT BKCHCNBJ720 · A/C 4102 7735 1928", 8.5)
    pdf.gap(5)
    pdf.t("Seller: Dehua Yongsheng Ceramics Co., Ltd. (chop) — Lisa Su", 8.5)
    pdf.save(os.path.join(c, "pi", "YS-PI-260210.pdf"))

    # ---- chat (Android WhatsApp, en-US, narrow no-break space before AM/PM)
    Li, Ha = "Lisa Su", "Hannah Brooks"

    def t(d, hm, ap):
        return f"{d}, {hm}{NNBSP}{ap}"
    lines = [
        f"{t('1/16/26', '9:02', 'AM')} - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.",
        f"{t('1/16/26', '9:02', 'AM')} - {Li}: Hi Hannah, quotation YS-Q-2601-33 for the 3 planters sent to your email",
        f"{t('1/16/26', '6:47', 'PM')} - {Ha}: Thanks Lisa! Prices ok, quote accepted. Please send 2 samples of each size",
        f"{t('1/27/26', '10:15', 'PM')} - {Ha}: Samples arrived safely. Colours look great",
        f"{t('1/30/26', '9:05', 'PM')} - {Ha}: All three approved, sign-off sheet attached",
        f"{t('1/30/26', '9:05', 'PM')} - {Ha}: TL-PT golden samples.docx (file attached)",
        f"{t('2/10/26', '11:40', 'AM')} - {Li}: PI YS-PI-260210 attached",
        f"{t('2/10/26', '11:40', 'AM')} - {Li}: YS-PI-260210.pdf (file attached)",
        f"{t('2/10/26', '11:44', 'AM')} - {Li}: PT18 is 166mm high after firing, glaze shrinkage is different on big size. It is in your tolerance",
        f"{t('2/10/26', '7:30', 'PM')} - {Ha}: 166 is fine, within ±3 mm",
        f"{t('2/11/26', '8:12', 'PM')} - {Ha}: Deposit USD 2,053.80 sent",
        f"{t('2/11/26', '8:12', 'PM')} - {Ha}: <Media omitted>",
        f"{t('2/12/26', '9:20', 'AM')} - {Li}: Received, thanks Hannah 🙏",
    ]
    write_text(os.path.join(c, "chat", "WhatsApp Chat with Lisa Su Yongsheng.txt"), "\n".join(lines) + "\n")
    assert total * D("0.3") == D("2053.800")

    write_expected(c, "REVIEW", [
        exp("color", "undocumented_change", "medium", item="TL-PT14"),
    ], "Multi-SKU: TL-PT14 glaze sand PMS 7506 C -> oatmeal PMS 4685C on the PI, never discussed; other SKUs match (TL-PT18 166 mm is within ±3 mm).")


# ==========================================================================
# 11  hose nozzle: lead time 40 -> 55 days by signed CO (documented),
#     PI switches FOB Ningbo -> EXW factory; buyer defers in e-mail
# ==========================================================================
def case11(root):
    c = os.path.join(root, "11-hose-nozzle-exw-co")
    SUP_EN = "YUYAO LVYUAN GARDEN TOOLS CO., LTD."
    SUP_CN = "余姚市绿源园林工具有限公司"
    ADDR = "No. 9 Chengxi Industrial Zone, Yuyao, Ningbo, Zhejiang 315400, China"
    qty, price = 4000, D("2.38")
    total = qty * price
    assert total == D("9520.00")
    assert qty % 40 == 0

    write_order(c, "GLG-PO-26-004",
                ["Greenline Garden Supplies Ltd", "Tom Walker", "Tom"],
                ["Yuyao Lvyuan Garden Tools Co., Ltd.", SUP_CN, "Lvyuan Garden Tools", "Nancy Sun", "孙楠", "Nancy"],
                stakeholders=["tom.walker@greenlinegarden.co.nz", "nancy@lvyuan-tools.com"],
                tolerances={"dimensions": "±1.5 mm", "weight": "±10 g"})

    # ---- spec (docx)
    d = new_docx("Tom Walker", ndt(2026, 1, 8, 22), "GL-NZ8 Product Spec")
    dpara(d, "GREENLINE GARDEN SUPPLIES LTD", bold=True, size=14)
    dpara(d, "42 Hugo Johnston Drive, Penrose, Auckland 1061, New Zealand", size=8.5)
    dpara(d, "Product Spec GL-NZ8 — 8-pattern hose spray nozzle (issue 3, 9 Jan 2026)", bold=True, size=12)
    dtable(d, [
        ["Spec item", "Requirement"],
        ["Material", "Zinc alloy body (Zamak 3); TPR soft-grip overmould; NBR seals; ABS pattern dial"],
        ["Dimensions", "170 x 115 x 42 mm, ±1.5 mm"],
        ["Weight", "285 g ±10 g"],
        ["Colour", "TPR grip Pantone 368 C green; body silver"],
        ["Finish", "Body silver powder coat, salt spray 48 h"],
        ["Logo", "GREENLINE embossed on TPR grip (in mould)"],
        ["Performance", "8 spray patterns; 100% leak test at 6 bar"],
        ["Warranty", "2 years against manufacturing defects"],
        ["Unit packing", "4C blister card 130 x 250 mm with euro hole, barcode EAN-13"],
        ["Master carton", "40 pcs/ctn, 5-ply export carton 54 x 36 x 32 cm"],
        ["Quantity", "4,000 pcs"],
        ["Incoterm", "FOB Ningbo"],
        ["Payment", "T/T 30% deposit, 70% against copy of B/L"],
        ["Lead time", "40 days after deposit"],
        ["Inspection", "PSI AQL 2.5/4.0, General II"],
    ], widths=[4, 13], bold_first_col=True)
    dpara(d, "Approved: Tom Walker, Purchasing Manager, 9/01/2026", bold=True)
    save_docx(d, os.path.join(c, "spec", "GL-NZ8 Product Spec.docx"))

    # ---- sample (docx)
    d = new_docx("Tom Walker", ndt(2026, 1, 15, 23), "GL-NZ8 sample approval")
    dpara(d, "GL-NZ8 sample approval", bold=True, size=13)
    dpara(d, "Greenline Garden Supplies · 2 samples received 14/01/2026 from Yuyao Lvyuan", size=9)
    dtable(d, [
        ["Check", "Spec", "Sample", "OK"],
        ["Dimensions", "170 x 115 x 42 mm ±1.5", "170.6 x 114.2 x 42.5 mm", "✓"],
        ["Weight", "285 g ±10", "289 g", "✓"],
        ["Grip colour", "Pantone 368 C", "match", "✓"],
        ["Logo", "Embossed GREENLINE", "clear", "✓"],
        ["Leak test 6 bar 1 min", "no leak", "no leak", "✓"],
        ["8 patterns", "all working", "all working", "✓"],
    ], widths=[4, 4.5, 4.5, 1.5])
    dpara(d, "Approved as golden sample — Tom Walker, 16/01/2026")
    save_docx(d, os.path.join(c, "sample", "GL-NZ8_sample_approval.docx"))

    # ---- quote (xlsx)
    path = os.path.join(c, "quotes", "LY-Q260106_GL-NZ8.xlsx")
    wb, F = xw_book(path, "Nancy Sun", datetime(2026, 1, 6, 3, 30), "Quotation LY-Q260106")
    ws = wb.add_worksheet("Quotation")
    for col, w in zip("ABCDEFGH", (6, 13, 12, 44, 10, 14, 10, 14)):
        ws.set_column(f"{col}:{col}", w)
    ws.merge_range("A1:H1", SUP_EN, F["co"])
    ws.merge_range("A2:H2", SUP_CN, F["co2"])
    ws.merge_range("A3:H3", ADDR, F["addr"])
    ws.merge_range("A4:H4", "QUOTATION LY-Q260106", F["title"])
    ws.write("A6", "Customer:", F["lbl"]); ws.write("C6", "Greenline Garden Supplies Ltd (Tom Walker)")
    ws.write("F6", "Date:", F["lbl"]); ws.write("G6", "06/01/2026")
    hdr = ["No.", "Photo", "Item", "Description", "MOQ", "FOB Ningbo USD/pc", "Qty", "Amount USD"]
    ws.set_row(7, 30)
    for j, h in enumerate(hdr):
        ws.write(7, j, h, F["th"])
    ws.set_row(8, 60)
    ws.write(8, 0, 1, F["tdc"]); ws.write(8, 1, "", F["td"]); xw_photo(ws, 8, 1, (60, 150, 70))
    ws.write(8, 2, "GL-NZ8", F["tdc"])
    ws.write(8, 3, "8-pattern spray nozzle, zinc alloy body, TPR grip PMS 368C, embossed logo, blister card", F["td"])
    ws.write(8, 4, 2000, F["int"]); ws.write(8, 5, float(price), F["usd2"]); ws.write(8, 6, qty, F["int"])
    ws.write_formula(8, 7, "=F9*G9", F["amt"], float(total))
    ws.merge_range(9, 0, 9, 6, "TOTAL", F["totl"]); ws.write_formula(9, 7, "=H9", F["tot"], float(total))
    ws2 = wb.add_worksheet("Terms")
    ws2.set_column("A:A", 16); ws2.set_column("B:B", 60)
    rows = [("Price term", "FOB Ningbo"), ("Payment", "30% T/T deposit, 70% against B/L copy"),
            ("Lead time", "40 days after deposit"), ("Packing", "blister card, 40pcs/ctn, 5-ply 54*36*32cm"),
            ("Warranty", "2 years"), ("Validity", "30 days")]
    for i, (k, v) in enumerate(rows):
        ws2.write(i, 0, k, F["k"]); ws2.write(i, 1, v, F["v"])
    ws2.write(len(rows) + 1, 0, "Cartons", F["k"]); ws2.write_formula(len(rows) + 1, 1, "=4000/40", F["int"], 100)
    xw_close(wb, path)

    # ---- change order (pdf)
    pdf = PDF(base="dv", created=pdt(2026, 1, 20, 2), title="CO-GL-2601", author="Greenline Garden Supplies Ltd")
    pdf.t("GREENLINE GARDEN SUPPLIES LTD", 12, "B")
    pdf.t("CHANGE ORDER CO-GL-2601", 14, "B", h=8)
    pdf.grid([
        ["PO", "GLG-PO-26-004", "Date", "20/01/2026"],
        ["Supplier", "Yuyao Lvyuan Garden Tools Co., Ltd.", "Item", "GL-NZ8 hose nozzle"],
    ], (22, 68, 22, 68), size=8.5, head=False, bold_cols=(0, 2))
    pdf.grid([
        ["Term", "From", "To"],
        ["Lead time", "40 days after deposit", "55 days after deposit"],
    ], (40, 70, 70), size=9)
    pdf.t("Reason: Chinese New Year factory closure (10 Feb – 3 Mar 2026). All other terms of PO GLG-PO-26-004 and spec issue 3 remain unchanged.", 9)
    pdf.gap(4)
    pdf.grid([
        ["Approved by buyer", "Acknowledged by supplier"],
        ["Tom Walker, Purchasing Manager\nSigned: T. Walker\nDate: 20/01/2026", "Nancy Sun 孙楠, Sales\nSigned + company chop\nDate: 21/01/2026"],
    ], (90, 90), size=9)
    pdf.save(os.path.join(c, "changes", "CO-GL-2601 lead time.pdf"))

    # ---- PI (pdf)
    pdf = PDF(base="dv", created=pdt(2026, 1, 22, 6), title="LY-PI-260122", author=SUP_EN, footer="LY-PI-260122   {p}")
    pdf.t(SUP_EN, 13, "B", h=7)
    pdf.t(SUP_CN + "   " + ADDR, 8)
    pdf.t("Tel +86 574 6287 3305 · nancy@lvyuan-tools.com", 8)
    pdf.rule(0.6)
    pdf.t("PROFORMA INVOICE No. LY-PI-260122", 13, "B", h=8)
    pdf.t("Date: 22 Jan 2026\nBuyer: GREENLINE GARDEN SUPPLIES LTD, 42 Hugo Johnston Drive, Penrose, Auckland 1061, New Zealand\nPO: GLG-PO-26-004", 8.5, h=4.6)
    pdf.gap(2)
    pdf.grid([
        ["Item", "Description", "Qty (pcs)", "Unit price EXW (USD)", "Amount (USD)"],
        ["GL-NZ8", "8-pattern hose spray nozzle, zinc alloy body, TPR grip Pantone 368C, embossed GREENLINE logo, blister card",
         "4,000", money(price), money(total)],
        [{"t": "TOTAL EXW", "span": 2, "b": True, "align": "R"}, {"t": "4,000", "b": True}, "", {"t": "USD " + money(total), "b": True}],
    ], (20, 88, 20, 26, 26), size=8.5, align=("CENTER", "LEFT", "CENTER", "RIGHT", "RIGHT"))
    pdf.t(say_usd(total), 8.5, "B")
    pdf.gap(2)
    pdf.grid([
        ["Price term", "EXW Yuyao factory (No. 9 Chengxi Industrial Zone, Yuyao)"],
        ["Port of loading", "Ningbo, China"],
        ["Payment", "T/T 30% deposit, 70% against copy of B/L"],
        ["Lead time", "55 days after deposit (as per CO-GL-2601)"],
        ["Packing", "blister card, 40pcs/ctn, 5-ply export carton 54*36*32cm, 100 ctns"],
        ["Warranty", "2 years"],
        ["Inspection", "PSI AQL 2.5/4.0"],
    ], (30, 150), size=8.5, head=False, bold_cols=(0,))
    pdf.t("Bank details", 9.5, "B")
    pdf.grid([
        ["Beneficiary", SUP_EN],
        ["Bank", "Bank of Ningbo, Yuyao Branch 宁波银行余姚支行"],
        ["SWIFT", "BKNBCN2N"],
        ["Account", "5201 0122 0003 1876 4"],
    ], (30, 150), size=8.5, head=False, bold_cols=(0,))
    pdf.gap(5)
    pdf.t("For Yuyao Lvyuan Garden Tools Co., Ltd. (company chop)  Nancy Sun", 8.5)
    pdf.save(os.path.join(c, "pi", "LY-PI-260122.pdf"))

    # ---- e-mail thread (.eml, latest message from the buyer, quoted history)
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "Tom Walker <tom.walker@greenlinegarden.co.nz>"
    m["To"] = "Nancy Sun <nancy@lvyuan-tools.com>"
    m["Subject"] = "RE: PI LY-PI-260122 - price term"
    m["Date"] = "Fri, 23 Jan 2026 09:14:37 +1300"
    m["Message-ID"] = "<CAGL2601230914.7731@mail.greenlinegarden.co.nz>"
    m["In-Reply-To"] = "<20260122173102.55110@lvyuan-tools.com>"
    m["References"] = "<20260120101500.1102@mail.greenlinegarden.co.nz> <20260122173102.55110@lvyuan-tools.com>"
    m["MIME-Version"] = "1.0"
    body = """Hi Nancy,

I need to run the EXW point by our logistics team first - our forwarder
has only quoted us from FOB Ningbo. Will come back to you on that.

The 55 days are fine as per the CO.

Regards,
Tom Walker
Purchasing Manager | Greenline Garden Supplies Ltd
+64 9 525 8810

-----Original Message-----
From: Nancy Sun <nancy@lvyuan-tools.com>
Sent: Thursday, 22 January 2026 10:31 pm
To: Tom Walker <tom.walker@greenlinegarden.co.nz>
Subject: PI LY-PI-260122 - price term

Dear Tom,

Please find attached PI LY-PI-260122 for 4,000 pcs GL-NZ8, 55 days as
per CO-GL-2601.

Kindly note from this year we quote EXW our factory, as the trucking
cost to Ningbo port increased a lot. The unit price keeps USD 2.38.

Best regards,
Nancy Sun 孙楠
Yuyao Lvyuan Garden Tools Co., Ltd.

> -----Original Message-----
> From: Tom Walker
> Sent: Tuesday, 20 January 2026 11:15 pm
> To: Nancy Sun
> Subject: CO-GL-2601 lead time
>
> Hi Nancy,
> CO-GL-2601 signed and attached (55 days because of the CNY closure).
> Please issue the PI for 4,000 pcs at USD 2.38 FOB Ningbo as quoted.
> Tom
"""
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    os.makedirs(os.path.join(c, "chat"), exist_ok=True)
    with open(os.path.join(c, "chat", "RE_ PI LY-PI-260122 - price term.eml"), "wb") as f:
        f.write(m.as_bytes())

    write_expected(c, "HOLD", [
        exp("incoterm", "undocumented_change", "high"),
        exp("lead_time", "documented_change", "info"),
    ], "Lead time 40 -> 55 days by signed CO-GL-2601; PI price term EXW factory instead of FOB Ningbo, buyer only defers in e-mail.")


# ==========================================================================
def main():
    if os.path.isdir(CASES):
        shutil.rmtree(CASES)
    os.makedirs(CASES)
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11):
        fn(CASES)
    n = sum(len(fs) for _, _, fs in os.walk(CASES))
    print(f"wrote {len(os.listdir(CASES))} cases, {n} files into {CASES}")


if __name__ == "__main__":
    main()
