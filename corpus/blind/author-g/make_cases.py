#!/usr/bin/env python3
"""Generate author-g's held-out order folders (10 cases) deterministically.

Run:  python3 make_cases.py
Everything under ./cases, ./notes and README.md is rewritten. Reruns are byte-identical:
fixed dates everywhere, reportlab invariant mode, fpdf2 fixed creation date, DOCX/XLSX zip
entries re-packed with a fixed timestamp, LibreOffice PDFs with CreationDate/ID/DocChecksum
pinned (same byte length, so the xref table stays valid).

Answer keys (expected.json) and order.toml are written first in every case function,
from the data below, before any document is rendered.
"""
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Mm
from fpdf import FPDF
from fpdf.fonts import FontFace
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"
NOTES_DIR = ROOT / "notes"
BUILD = ROOT / ".build"
FIXED = datetime(2026, 3, 1, 9, 0, 0)
ZIP_DT = (2026, 3, 1, 9, 0, 0)

F_WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
F_DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
F_LIB = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
F_LIBB = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
F_DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
F_DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

pdfmetrics.registerFont(TTFont("WQY", F_WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("DejaVu", F_DJ))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", F_DJB))

README_ROWS = []  # (case, verdict, planted, formats)


# ----------------------------------------------------------------------------- utilities

def money(x):
    return f"{D(x):,.2f}"


_ONES = ["", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
         "ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN", "SIXTEEN", "SEVENTEEN",
         "EIGHTEEN", "NINETEEN"]
_TENS = ["", "", "TWENTY", "THIRTY", "FORTY", "FIFTY", "SIXTY", "SEVENTY", "EIGHTY", "NINETY"]


def _words999(n):
    out = []
    if n >= 100:
        out += [_ONES[n // 100], "HUNDRED"]
        n %= 100
        if n:
            out.append("AND")
    if n >= 20:
        out.append(_TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else ""))
    elif n:
        out.append(_ONES[n])
    return out


def say_usd(amount):
    amount = D(amount)
    whole = int(amount)
    cents = int((amount - whole) * 100)
    parts = []
    if whole >= 1000:
        parts += _words999(whole // 1000) + ["THOUSAND"]
        whole %= 1000
    parts += _words999(whole)
    s = "SAY US DOLLARS " + " ".join(parts)
    if cents:
        s += " AND CENTS " + " ".join(_words999(cents))
    return s + " ONLY"


def has_cjk(s):
    return any(ord(ch) >= 0x2E80 for ch in s)


def out(case_dir, rel):
    p = case_dir / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def write_text(path, text, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


def normalize_zip(path):
    """Re-pack an OOXML zip with fixed timestamps and pinned docProps dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?",
                              b"2026-03-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def fix_lo_pdf(data):
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20260301090000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20260301090000", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda m: m.group(0).replace(m.group(1), b"A" * len(m.group(1)))
                  .replace(m.group(2), b"A" * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), data)
    return data


def lo_convert(src_path, dest_pdf):
    """Convert a DOCX/XLSX to PDF with LibreOffice headless (pinned metadata)."""
    BUILD.mkdir(exist_ok=True)
    prof = BUILD / "lo-profile"
    with tempfile.TemporaryDirectory(dir=BUILD) as td:
        tmp_src = Path(td) / src_path.name
        shutil.copy(src_path, tmp_src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(tmp_src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "HOME": str(BUILD)})
        pdf = Path(td) / (tmp_src.stem + ".pdf")
        dest_pdf.parent.mkdir(parents=True, exist_ok=True)
        dest_pdf.write_bytes(fix_lo_pdf(pdf.read_bytes()))


def write_key(case_dir, verdict, expected, description, unreadable=None):
    key = {"verdict": verdict, "expected": expected, "description": description}
    if unreadable:
        key["unreadable"] = unreadable
    (case_dir / "expected.json").write_text(json.dumps(key, indent=2, ensure_ascii=False) + "\n",
                                            encoding="utf-8")


def write_toml(case_dir, text):
    (case_dir / "order.toml").write_text(text.strip() + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- renderers
# A document is a list of blocks:
#   ("head", en_name, cn_name, [address lines])   letterhead
#   ("title", text)  ("p", text)  ("pb", text)  ("small", text)
#   ("kv", [(key, value), ...])
#   ("table", header_or_None, rows, widths)       widths are fractions
#   ("sp", mm)  ("hr",)
#   ("sign", left, right)


class RLDoc:
    """ReportLab canvas: everything drawn by hand (lines, grid tables)."""

    def __init__(self, path, latin="Helvetica", title="", author=""):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("ReportLab PDF Library")
        self.latin = latin
        self.W, self.H = A4
        self.m = 16 * mm
        self.y = self.H - self.m
        self.page = 1

    def fn(self, s, bold=False):
        if has_cjk(s):
            return "WQY"
        if self.latin == "Helvetica":
            return "Helvetica-Bold" if bold else "Helvetica"
        return "DejaVu-Bold" if bold else "DejaVu"

    def newpage(self):
        self.c.setFont("Helvetica", 7)
        self.c.drawRightString(self.W - self.m, 8 * mm, f"Page {self.page}")
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.m

    def need(self, h):
        if self.y - h < self.m + 6 * mm:
            self.newpage()

    def line(self, s, size=9, bold=False, x=None, width=None, align="left"):
        x = self.m if x is None else x
        width = (self.W - 2 * self.m) if width is None else width
        f = self.fn(s, bold)
        lines = simpleSplit(s, f, size, width) or [""]
        for ln in lines:
            self.need(size * 1.35)
            self.y -= size * 1.35
            self.c.setFont(f, size)
            if align == "center":
                self.c.drawCentredString(x + width / 2, self.y, ln)
            elif align == "right":
                self.c.drawRightString(x + width, self.y, ln)
            else:
                self.c.drawString(x, self.y, ln)

    def table(self, header, rows, widths, size=8):
        total = self.W - 2 * self.m
        ws = [w * total for w in widths]
        pad = 2

        def draw_row(cells, bold=False, fill=False):
            wrapped = []
            for cell, w in zip(cells, ws):
                f = self.fn(str(cell), bold)
                wrapped.append((f, simpleSplit(str(cell), f, size, w - 2 * pad) or [""]))
            h = max(len(l) for _, l in wrapped) * size * 1.3 + 2 * pad
            if self.y - h < self.m + 6 * mm:
                self.newpage()
                if header and not bold:
                    draw_row(header, True, True)
            x = self.m
            if fill:
                self.c.setFillGray(0.88)
                self.c.rect(self.m, self.y - h, total, h, stroke=0, fill=1)
                self.c.setFillGray(0)
            for (f, lines), w in zip(wrapped, ws):
                self.c.rect(x, self.y - h, w, h, stroke=1, fill=0)
                yy = self.y - pad - size
                for ln in lines:
                    self.c.setFont(f, size)
                    self.c.drawString(x + pad, yy, ln)
                    yy -= size * 1.3
                x += w
            self.y -= h

        self.c.setLineWidth(0.5)
        if header:
            draw_row(header, True, True)
        for r in rows:
            draw_row(r)
        self.y -= 2

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k == "head":
                self.line(b[1], 15, True, align="center")
                if b[2]:
                    self.line(b[2], 11, False, align="center")
                for a in b[3]:
                    self.line(a, 8, align="center")
                self.y -= 3
                self.c.setLineWidth(1.2)
                self.c.line(self.m, self.y, self.W - self.m, self.y)
                self.y -= 4
            elif k == "title":
                self.y -= 4
                self.line(b[1], 13, True, align="center")
                self.y -= 4
            elif k == "p":
                self.line(b[1], 9)
            elif k == "pb":
                self.line(b[1], 9, True)
            elif k == "small":
                self.line(b[1], 7)
            elif k == "kv":
                for key, val in b[1]:
                    kw = 42 * mm
                    f = self.fn(val)
                    lines = simpleSplit(val, f, 9, self.W - 2 * self.m - kw) or [""]
                    self.need(9 * 1.35 * len(lines))
                    y0 = self.y
                    self.line(key, 9, True, width=kw - 2)
                    self.y = y0
                    self.line(val, 9, x=self.m + kw, width=self.W - 2 * self.m - kw)
            elif k == "table":
                self.table(b[1], b[2], b[3])
            elif k == "sp":
                self.y -= b[1] * mm
            elif k == "hr":
                self.y -= 3
                self.c.setLineWidth(0.4)
                self.c.line(self.m, self.y, self.W - self.m, self.y)
                self.y -= 3
            elif k == "sign":
                self.need(28 * mm)
                self.y -= 16 * mm
                half = (self.W - 2 * self.m) / 2
                self.c.setLineWidth(0.5)
                self.c.line(self.m, self.y, self.m + half - 10 * mm, self.y)
                self.c.line(self.m + half + 10 * mm, self.y, self.W - self.m, self.y)
                y0 = self.y
                self.line(b[1], 8, width=half - 10 * mm)
                self.y = y0
                self.line(b[2], 8, x=self.m + half + 10 * mm, width=half - 10 * mm)

    def save(self):
        self.c.setFont("Helvetica", 7)
        self.c.drawRightString(self.W - self.m, 8 * mm, f"Page {self.page}")
        self.c.save()


def pdf_rl(path, blocks, latin="Helvetica", title="", author=""):
    d = RLDoc(path, latin, title, author)
    d.render(blocks)
    d.save()


def pdf_fpdf(path, blocks, title="", author=""):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("fpdf2")
    pdf.add_font("LS", "", F_LIB)
    pdf.add_font("LS", "B", F_LIBB)
    pdf.add_font("DF", "", F_DROID)
    pdf.set_fallback_fonts(["DF"], exact_match=False)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_margins(15, 15, 15)
    epw = pdf.w - 30
    for b in blocks:
        k = b[0]
        if k == "head":
            pdf.set_font("LS", "B", 15)
            pdf.cell(0, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            if b[2]:
                pdf.set_font("LS", "", 11)
                pdf.cell(0, 6, b[2], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("LS", "", 8)
            for a in b[3]:
                pdf.cell(0, 4, a, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.6)
            pdf.line(15, pdf.get_y() + 1.5, pdf.w - 15, pdf.get_y() + 1.5)
            pdf.ln(4)
        elif k == "title":
            pdf.ln(2)
            pdf.set_font("LS", "B", 13)
            pdf.cell(0, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k in ("p", "pb", "small"):
            pdf.set_font("LS", "B" if k == "pb" else "", 7 if k == "small" else 9)
            pdf.multi_cell(0, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "kv":
            for key, val in b[1]:
                pdf.set_font("LS", "B", 9)
                pdf.cell(42, 4.8, key)
                pdf.set_font("LS", "", 9)
                pdf.multi_cell(0, 4.8, val, new_x="LMARGIN", new_y="NEXT")
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            pdf.set_font("LS", "", 8)
            with pdf.table(col_widths=tuple(int(w * 1000) for w in widths), width=epw,
                           line_height=4.4, text_align="LEFT",
                           first_row_as_headings=bool(header),
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
                for r in ([header] if header else []) + rows:
                    row = t.row()
                    for cell in r:
                        row.cell(str(cell))
            pdf.ln(2)
        elif k == "sp":
            pdf.ln(b[1])
        elif k == "hr":
            pdf.set_line_width(0.3)
            pdf.line(15, pdf.get_y() + 1, pdf.w - 15, pdf.get_y() + 1)
            pdf.ln(3)
        elif k == "sign":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(14)
            y = pdf.get_y()
            pdf.line(15, y, 15 + epw / 2 - 8, y)
            pdf.line(15 + epw / 2 + 8, y, pdf.w - 15, y)
            pdf.set_font("LS", "", 8)
            pdf.set_xy(15, y + 1)
            pdf.multi_cell(epw / 2 - 8, 4, b[1])
            pdf.set_xy(15 + epw / 2 + 8, y + 1)
            pdf.multi_cell(epw / 2 - 8, 4, b[2], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _docx_base(author):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def _cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        r.bold = bold
        if i < len(lines) - 1:
            r.add_break()


def docx_file(path, blocks, author=""):
    doc = _docx_base(author)
    for b in blocks:
        k = b[0]
        if k == "head":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(15)
            if b[2]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(b[2]).font.size = Pt(12)
            for a in b[3]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(a).font.size = Pt(8)
        elif k == "title":
            doc.add_heading(b[1], level=1)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "pb":
            doc.add_paragraph().add_run(b[1]).bold = True
        elif k == "small":
            doc.add_paragraph().add_run(b[1]).font.size = Pt(8)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for key, val in b[1]:
                cells = t.add_row().cells
                _cell_text(cells[0], key, True)
                _cell_text(cells[1], val)
            doc.add_paragraph()
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            t = doc.add_table(rows=0, cols=len(widths))
            t.style = "Table Grid"
            if header:
                cells = t.add_row().cells
                for c, h in zip(cells, header):
                    _cell_text(c, h, True)
            for r in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    _cell_text(c, v)
            doc.add_paragraph()
        elif k == "sp":
            doc.add_paragraph()
        elif k == "hr":
            doc.add_paragraph("_" * 60)
        elif k == "sign":
            t = doc.add_table(rows=1, cols=2)
            _cell_text(t.rows[0].cells[0], "\n\n______________________\n" + b[1])
            _cell_text(t.rows[0].cells[1], "\n\n______________________\n" + b[2])
    doc.save(str(path))
    normalize_zip(path)


# xlsx helpers -----------------------------------------------------------------

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


def new_wb(author):
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def xl_title(ws, row, text, ncols, size=14):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=size)
    ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def xl_table(ws, row, header, rows, col=1):
    for j, h in enumerate(header):
        c = ws.cell(row=row, column=col + j, value=h)
        c.font = Font(bold=True)
        c.fill = HEAD_FILL
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            c = ws.cell(row=row + i, column=col + j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
    return row + len(rows) + 1


def xl_merged_line(ws, row, text, ncols, bold=False, col=1):
    ws.cell(row=row, column=col, value=text).font = Font(bold=bold)
    ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + ncols - 1)


def xl_widths(ws, widths):
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w


def xl_fit(ws, landscape=False):
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if landscape:
        ws.page_setup.orientation = "landscape"


def _tw(s):
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in s)


def xl_autoheight(ws):
    """openpyxl writes no row heights; estimate them so wrapped text is not cut (Excel/LibreOffice print)."""
    from openpyxl.utils import get_column_letter
    merged = {}
    for rng in ws.merged_cells.ranges:
        merged[(rng.min_row, rng.min_col)] = (rng.min_col, rng.max_col)
    heights = {}
    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            c0, c1 = merged.get((cell.row, cell.column), (cell.column, cell.column))
            width = sum((ws.column_dimensions[get_column_letter(k)].width or 8.43) for k in range(c0, c1 + 1))
            lines = sum(max(1, -(-_tw(part) // max(1, int(width * 1.05)))) for part in cell.value.split("\n"))
            size = cell.font.sz or 11
            heights[cell.row] = max(heights.get(cell.row, 0), lines * size * 1.3 + 2)
    for r, h in heights.items():
        if h > 16:
            ws.row_dimensions[r].height = round(h, 1)


def save_wb(wb, path):
    for ws in wb.worksheets:
        xl_autoheight(ws)
    wb.save(str(path))
    normalize_zip(path)


# chat formatters ----------------------------------------------------------------

def _h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def wa_android_gb(msgs):
    lines = []
    for dt, who, text in msgs:
        stamp = f"{dt:%d/%m/%Y}, {dt:%H:%M} - "
        lines.append(stamp + (f"{who}: {text}" if who else text))
    return "\n".join(lines) + "\n"


def wa_android_us(msgs):
    lines = []
    for dt, who, text in msgs:
        h, ap = _h12(dt)
        stamp = f"{dt.month}/{dt.day}/{dt:%y}, {h}:{dt:%M}\u202f{ap} - "
        lines.append(stamp + (f"{who}: {text}" if who else text))
    return "\n".join(lines) + "\n"


def wa_android_ca(msgs):
    lines = []
    for dt, who, text in msgs:
        h, ap = _h12(dt)
        ap = "a.m." if ap == "AM" else "p.m."
        stamp = f"{dt:%Y-%m-%d}, {h}:{dt:%M}\u202f{ap} - "
        lines.append(stamp + (f"{who}: {text}" if who else text))
    return "\n".join(lines) + "\n"


def wa_ios_gb(msgs):
    lines = []
    for dt, who, text in msgs:
        lrm = "\u200e" if text.startswith("\u200e") else ""
        lines.append(f"{lrm}[{dt:%d/%m/%Y}, {dt:%H:%M:%S}] {who}: {text}")
    return "\r\n".join(lines) + "\r\n"


def wa_ios_ymd(msgs):
    lines = []
    for dt, who, text in msgs:
        lrm = "\u200e" if text.startswith("\u200e") else ""
        lines.append(f"{lrm}[{dt:%Y/%m/%d}, {dt:%H:%M:%S}] {who}: {text}")
    return "\n".join(lines) + "\n"


def wechat_pc(msgs):
    """WeChat for Windows: select messages -> copy / merge-forward, pasted to a text file."""
    parts = []
    for dt, who, text in msgs:
        parts.append(f"{who} {dt:%Y-%m-%d %H:%M:%S}\n{text}\n")
    return "\n".join(parts)


def bracket_log(msgs):
    return "\n".join(f"[{dt:%Y-%m-%d %H:%M:%S}] {who}: {text}" for dt, who, text in msgs) + "\n"


def dt(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(second=(d.hour * 37 + d.minute * 11 + d.day * 3) % 60)


# =============================================================================== CASES

def case01(c):
    """Ceramic planters, Dehua -> Malmo. Clean, with noise."""
    write_toml(c, '''
order_id = "NH-PO-2026-007"
buyer = ["Nordlys Hem AB", "Erik Lindqvist", "Erik"]
supplier = ["Dehua Yuxin Ceramics Co., Ltd.", "德化县裕鑫陶瓷有限公司", "Yuxin Ceramics", "Cathy Lin", "Cathy"]
stakeholders = ["erik.lindqvist@nordlyshem.se", "cathy@yuxinceramics.cn"]

[tolerances]
dimensions = "±2 mm"
weight = "±5%"

[release]
inspection = "passed"
''')
    write_key(c, "RELEASE", [],
              "Clean 2-SKU ceramic planter order. PI R1 only corrects a typo in the consignee address; "
              "sample within tolerance; chat mentions a future PL20 price and small talk numbers; "
              "inspection PASSED (release condition met).")

    sup = ("DEHUA YUXIN CERAMICS CO., LTD.", "德化县裕鑫陶瓷有限公司",
           ["No. 27 Xunzhong Industrial Zone, Dehua County, Quanzhou, Fujian 362500, China",
            "Tel: +86 595 2352 6618   E-mail: cathy@yuxinceramics.cn"])
    # spec (DOCX)
    docx_file(out(c, "spec/NH-PL_planter_spec_v2.docx"), [
        ("title", "Product Specification – Matte Stoneware Planter (NH-PL12 / NH-PL16)"),
        ("kv", [("Buyer", "Nordlys Hem AB, Stortorget 9, 211 22 Malmö, Sweden"),
                ("Spec version", "v2, 08 Jan 2026 (replaces v1 of 18 Dec 2025)"),
                ("Prepared by", "Erik Lindqvist, Sourcing")]),
        ("pb", "1. Product"),
        ("table", ["Attribute", "NH-PL12", "NH-PL16", "Tolerance"], [
            ["Material", "Stoneware, high-fired (1,200 °C), lead-free and cadmium-free glaze",
             "Stoneware, high-fired (1,200 °C), lead-free and cadmium-free glaze", "—"],
            ["Outer dimensions", "Ø 120 mm x H 110 mm", "Ø 160 mm x H 145 mm", "±2 mm"],
            ["Drainage hole", "Ø 15 mm, centred", "Ø 18 mm, centred", "±1 mm"],
            ["Weight", "430 g", "780 g", "±5%"],
            ["Colour", "Matte white, RAL 9010", "Matte white, RAL 9010", "approved sample"],
            ["Finish", "Matte glaze outside, clear gloss glaze inside",
             "Matte glaze outside, clear gloss glaze inside", "—"],
            ["Logo", "Debossed “NORDLYS” on base, letter height 4 mm",
             "Debossed “NORDLYS” on base, letter height 4 mm", "—"],
        ], [0.22, 0.3, 0.3, 0.18]),
        ("pb", "2. Packaging"),
        ("table", ["", "NH-PL12", "NH-PL16"], [
            ["Unit pack", "Foam sheet wrap, brown kraft box, EAN-13 sticker on box",
             "Foam sheet wrap, brown kraft box, EAN-13 sticker on box"],
            ["Master carton", "12 pcs/ctn, 5-ply export carton 52 x 39 x 26 cm",
             "6 pcs/ctn, 5-ply export carton 50 x 34 x 32 cm"],
            ["Carton marks", "NORDLYS HEM / MALMÖ / ITEM / QTY / C/NO. / MADE IN CHINA", "same"],
        ], [0.2, 0.4, 0.4]),
        ("pb", "3. Quality and inspection"),
        ("p", "Pre-shipment inspection by a third party, ISO 2859-1 General Inspection Level II, "
              "AQL 2.5 major / 4.0 minor, no critical defects accepted. Balance is paid only after "
              "the inspection result is PASSED."),
        ("p", "Glaze must pass lead/cadmium release test (EU 84/500/EEC limits) – test report before shipment."),
        ("pb", "4. Commercial (for reference; see accepted quotation)"),
        ("p", "Quantities, prices and payment terms as per accepted quotation YX-Q2601-08."),
    ], author="Erik Lindqvist")

    # quote (fpdf2)
    pdf_fpdf(out(c, "quotes/YX-Q2601-08_Nordlys_quotation.pdf"), [
        ("head",) + sup,
        ("title", "QUOTATION 报价单"),
        ("kv", [("Quotation No.:", "YX-Q2601-08"), ("Date:", "12 Jan 2026"),
                ("To:", "Nordlys Hem AB – Mr. Erik Lindqvist"), ("Validity:", "30 days")]),
        ("table", ["Item No.", "Photo", "Description", "Size", "Qty (pcs)", "Unit Price FOB Xiamen"], [
            ["NH-PL12", "[photo]", "Stoneware planter, matte white RAL 9010, drainage hole, debossed logo on base",
             "Dia. 12 x H 11 cm", "2,400", "USD 2.15"],
            ["NH-PL16", "[photo]", "Stoneware planter, matte white RAL 9010, drainage hole, debossed logo on base",
             "Dia. 16 x H 14.5 cm", "1,600", "USD 3.40"],
        ], [0.12, 0.09, 0.37, 0.15, 0.1, 0.17]),
        ("kv", [("Price term:", "FOB Xiamen"),
                ("Payment:", "T/T 30% deposit, balance 70% before shipment"),
                ("Lead time:", "40 days after deposit and sample approval"),
                ("Packing:", "NH-PL12: 12 pcs/ctn, 5 ply carton 52x39x26cm; NH-PL16: 6 pcs/ctn, 5 ply carton 50x34x32cm"),
                ("Bank:", "Bank of China Dehua Sub-branch, SWIFT BKCHCNBJ73A, A/C 412475610392, "
                          "Beneficiary: Dehua Yuxin Ceramics Co., Ltd.")]),
        ("small", "Prices based on the quantities above. Mould cost for debossed logo: free of charge."),
        ("sign", "Cathy Lin / Sales Manager", "Dehua Yuxin Ceramics Co., Ltd. (company chop)"),
    ], title="Quotation YX-Q2601-08", author="Cathy Lin")

    # golden sample record (XLSX)
    wb = new_wb("Erik Lindqvist")
    ws = wb.active
    ws.title = "Golden sample"
    xl_title(ws, 1, "GOLDEN SAMPLE RECORD – NH-PL12 / NH-PL16", 8)
    xl_merged_line(ws, 2, "Samples received 20 Jan 2026 (3 pcs per item, courier DHL 4471 2280 13). "
                          "Measured by Nordlys Hem QC, Malmö.", 8)
    r = xl_table(ws, 4, ["Item", "Check point", "Spec", "Tolerance", "Sample 1", "Sample 2", "Sample 3", "Result"], [
        ["NH-PL12", "Diameter (mm)", 120, "±2", 120.8, 121.1, 119.6, "OK"],
        ["NH-PL12", "Height (mm)", 110, "±2", 109.4, 110.2, 109.9, "OK"],
        ["NH-PL12", "Weight (g)", 430, "±5%", 428, 441, 433, "OK"],
        ["NH-PL12", "Colour vs RAL 9010", "matte white", "visual", "OK", "OK", "OK", "OK"],
        ["NH-PL16", "Diameter (mm)", 160, "±2", 159.1, 160.6, 161.2, "OK"],
        ["NH-PL16", "Height (mm)", 145, "±2", 145.6, 144.3, 146.1, "OK"],
        ["NH-PL16", "Weight (g)", 780, "±5%", 771, 802, 790, "OK"],
        ["NH-PL16", "Logo deboss", "NORDLYS 4 mm", "visual", "OK", "OK", "OK", "OK"],
    ])
    xl_merged_line(ws, r + 1, "Decision: APPROVED as golden sample. One sample per item retained by buyer, "
                              "one sealed sample kept at factory.", 8, bold=True)
    xl_merged_line(ws, r + 2, "Approved by: Erik Lindqvist, Nordlys Hem AB – 22 Jan 2026 (signed)", 8)
    xl_widths(ws, [10, 20, 14, 10, 10, 10, 10, 8])
    ws2 = wb.create_sheet("Photos")
    xl_title(ws2, 1, "Photos", 3, 12)
    xl_table(ws2, 3, ["Photo", "File", "Note"], [
        ["[image]", "IMG_2031.jpg", "NH-PL12 front"], ["[image]", "IMG_2034.jpg", "NH-PL16 base, deboss"]])
    save_wb(wb, out(c, "sample/golden_sample_record_NH-PL.xlsx"))

    # PIs (reportlab), v1 has a typo in the consignee address, R1 fixes it
    items = [("NH-PL12", "Stoneware planter Dia.12xH11cm, matte white RAL9010, inside clear gloss glaze, debossed logo", 2400, D("2.15")),
             ("NH-PL16", "Stoneware planter Dia.16xH14.5cm, matte white RAL9010, inside clear gloss glaze, debossed logo", 1600, D("3.40"))]
    total = sum(q * p for _, _, q, p in items)

    def pi(path, no, date, country, note):
        rows = [[str(i + 1), it, desc, f"{q:,}", f"{p:.2f}", money(q * p)] for i, (it, desc, q, p) in enumerate(items)]
        rows.append(["", "", "TOTAL FOB XIAMEN", f"{sum(q for _, _, q, _ in items):,}", "", money(total)])
        blocks = [("head",) + sup, ("title", "PROFORMA INVOICE")]
        kv = [("PI No.:", no), ("Date:", date)]
        if note:
            kv.append(("Remark:", note))
        kv += [("Buyer:", f"NORDLYS HEM AB, Stortorget 9, 211 22 Malmo, {country}"), ("Attn:", "Mr. Erik Lindqvist")]
        blocks += [("kv", kv), ("sp", 2),
                   ("table", ["No.", "Item No.", "Description", "Qty (pcs)", "Unit Price (USD)", "Amount (USD)"],
                    rows, [0.06, 0.12, 0.44, 0.11, 0.13, 0.14]),
                   ("pb", say_usd(total)), ("sp", 2),
                   ("kv", [("Price term:", "FOB XIAMEN, CHINA"),
                           ("Payment:", "30% T/T deposit, 70% balance before shipment"),
                           ("Delivery:", "Within 40 days after receipt of deposit and sample approval"),
                           ("Packing:", "Each pc foam wrapped in brown kraft box with EAN sticker. NH-PL12 12pcs/ctn "
                                        "(5-ply, 52*39*26cm); NH-PL16 6pcs/ctn (5-ply, 50*34*32cm)"),
                           ("Inspection:", "Third-party pre-shipment inspection AQL II 2.5/4.0 arranged by buyer"),
                           ("Shipping marks:", "NORDLYS HEM / MALMÖ / ITEM NO. / QTY / C/NO. 1-467 / MADE IN CHINA")]),
                   ("hr",), ("pb", "BANK INFORMATION"),
                   ("kv", [("Beneficiary:", "DEHUA YUXIN CERAMICS CO., LTD."),
                           ("Bank name:", "BANK OF CHINA, DEHUA SUB-BRANCH, QUANZHOU"),
                           ("Bank address:", "No. 85 Xunzhong Road, Dehua, Quanzhou, Fujian, China"),
                           ("SWIFT:", "BKCHCNBJ73A"), ("Account No.:", "4124 7561 0392")]),
                   ("sign", "Buyer confirmation", "Seller: Dehua Yuxin Ceramics Co., Ltd. (chop)")]
        pdf_rl(path, blocks, title=f"Proforma Invoice {no}", author="Cathy Lin")

    pi(out(c, "pi/YX-PI260126.pdf"), "YX-PI260126", "26-Jan-2026", "Swedan", None)
    pi(out(c, "pi/YX-PI260126-R1.pdf"), "YX-PI260126-R1", "27-Jan-2026", "Sweden",
       "Revised: consignee country spelling corrected. Supersedes YX-PI260126. No other change.")

    # chat (WhatsApp Android, en-GB)
    msgs = [
        (dt("2026-01-10 08:41"), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        (dt("2026-01-10 08:41"), "Cathy Yuxin Ceramics", "Good morning Erik! This is Cathy from Yuxin, we met at Canton Fair booth 9.2 E31"),
        (dt("2026-01-10 08:55"), "Erik Lindqvist", "Hi Cathy, yes of course. We'd like a quote for the 12 and 16 cm planters in matte white, spec v2 attached"),
        (dt("2026-01-10 08:55"), "Erik Lindqvist", "NH-PL_planter_spec_v2.docx (file attached)"),
        (dt("2026-01-12 10:02"), "Cathy Yuxin Ceramics", "Quotation YX-Q2601-08 sent by email. 2.15 and 3.40 USD FOB Xiamen"),
        (dt("2026-01-12 10:04"), "Cathy Yuxin Ceramics", "We also have 20cm size for next season, around 5.20 USD if you need, 500 pcs MOQ"),
        (dt("2026-01-12 13:30"), "Erik Lindqvist", "Thanks. The 20 cm is for autumn, not now. Let's do the 12 and 16 first"),
        (dt("2026-01-12 13:31"), "Erik Lindqvist", "Please send 3 samples of each"),
        (dt("2026-01-15 09:10"), "Cathy Yuxin Ceramics", "Samples sent DHL 4471 2280 13, 3pcs each size"),
        (dt("2026-01-15 09:11"), "Cathy Yuxin Ceramics", "<Media omitted>"),
        (dt("2026-01-22 15:46"), "Erik Lindqvist", "Samples measured, all good. Golden sample approved, record attached. Quotation YX-Q2601-08 is approved, please go ahead with the PI"),
        (dt("2026-01-26 11:20"), "Cathy Yuxin Ceramics", "PI YX-PI260126 attached"),
        (dt("2026-01-26 16:05"), "Erik Lindqvist", "Small thing: country is spelled Swedan 😄 please correct"),
        (dt("2026-01-27 08:33"), "Cathy Yuxin Ceramics", "So sorry! Revised PI R1, only the address changed"),
        (dt("2026-01-29 14:12"), "Erik Lindqvist", "Deposit USD 3,180.00 sent today, MT103 attached"),
        (dt("2026-01-29 14:12"), "Erik Lindqvist", "<Media omitted>"),
        (dt("2026-02-02 09:20"), "Cathy Yuxin Ceramics", "Received, thank you. Production starts after the holiday, our kiln is 36 metres long haha"),
        (dt("2026-02-02 09:21"), "Cathy Yuxin Ceramics", "Factory closes 12 Feb to 22 Feb for Spring Festival, we already counted it in the 40 days"),
        (dt("2026-02-02 10:40"), "Erik Lindqvist", "Perfect. It's -8 degrees in Malmö today, enjoy the holiday!"),
        (dt("2026-03-04 17:15"), "Cathy Yuxin Ceramics", "Goods 100% finished and packed, 467 cartons. Inspection can be 9 March"),
        (dt("2026-03-04 17:40"), "Erik Lindqvist", "Booked QualiCheck for 9 March"),
        (dt("2026-03-10 08:02"), "Erik Lindqvist", "Report received: PASSED. Balance will be paid today"),
        (dt("2026-03-10 08:05"), "Cathy Yuxin Ceramics", "Thank you Erik 🙏 we book the vessel for 17 March"),
    ]
    write_text(out(c, "chat/WhatsApp Chat with Cathy Yuxin Ceramics.txt"), wa_android_gb(msgs))

    # inspection (reportlab, DejaVu)
    pdf_rl(out(c, "inspection/QC-FJ-260309-114_PSI_report.pdf"), [
        ("head", "FUJIAN QUALICHECK INSPECTION CO., LTD.", "", ["Room 1206, Wanda Plaza, Fengze District, Quanzhou, Fujian"]),
        ("title", "PRE-SHIPMENT INSPECTION REPORT"),
        ("kv", [("Report No.:", "QC-FJ-260309-114"), ("Inspection date:", "09 Mar 2026"),
                ("Client:", "Nordlys Hem AB"), ("Supplier:", "Dehua Yuxin Ceramics Co., Ltd."),
                ("Product:", "Stoneware planters NH-PL12 / NH-PL16"), ("PO / PI:", "NH-PO-2026-007 / YX-PI260126-R1"),
                ("Order qty:", "4,000 pcs (2,400 + 1,600); 467 cartons presented, 100% packed"),
                ("Sampling:", "ISO 2859-1, General Level II, sample size 200, AQL Critical 0 / Major 2.5 / Minor 4.0")]),
        ("table", ["Defect class", "Found", "Accept", "Reject", "Result"], [
            ["Critical", "0", "0", "1", "Pass"], ["Major", "2", "10", "11", "Pass"], ["Minor", "5", "14", "15", "Pass"]],
         [0.3, 0.15, 0.15, 0.15, 0.25]),
        ("pb", "On-site checks"),
        ("table", ["Check", "Requirement", "Measured", "Result"], [
            ["NH-PL12 diameter / height", "120 / 110 mm ±2", "119.5-121.3 / 109.2-110.8 mm", "Pass"],
            ["NH-PL16 diameter / height", "160 / 145 mm ±2", "159.0-161.4 / 144.1-146.2 mm", "Pass"],
            ["Carton G.W. NH-PL12", "info", "6.4 kg / ctn (12 pcs)", "—"],
            ["Carton G.W. NH-PL16", "info", "6.1 kg / ctn (6 pcs)", "—"],
            ["Carton", "5-ply, marks as spec", "5-ply, marks OK", "Pass"],
            ["Drop test (ISTA 1A, 10 drops)", "no breakage", "no breakage", "Pass"]],
         [0.3, 0.25, 0.3, 0.15]),
        ("pb", "OVERALL RESULT: PASSED"),
        ("p", "Major defects: 2 x glaze pinhole > 1 mm on outside wall (NH-PL16). Minor: 5 x small glaze dot on base."),
        ("sign", "Inspector: Chen Wei", "Reviewed: Lin Hua, QC Manager"),
    ], latin="DejaVu", title="PSI report QC-FJ-260309-114", author="Fujian QualiCheck")

    README_ROWS.append(("01-ceramic-planter-clean", "RELEASE", "nothing (clean); PI R1 typo fix, future 20 cm price in chat, sample within tolerance, carton weights",
                        "DOCX spec, fpdf2 quote, XLSX sample, ReportLab PIs + inspection, WhatsApp Android en-GB"))


def case02(c):
    """Stainless mixing bowls, Jieyang -> Hamburg. PI V2 silently switches 304->201 and 5-ply->3-ply."""
    write_toml(c, '''
order_id = "KW-4500-2231"
buyer = ["Küchenwerk Handels GmbH", "Kuechenwerk", "Jonas Becker", "Jonas"]
supplier = ["Jieyang Hongtai Stainless Steel Products Co., Ltd.", "揭阳市鸿泰不锈钢制品有限公司", "Hongtai", "Kevin Huang", "黄凯文", "Kevin"]
stakeholders = ["j.becker@kuechenwerk.de", "kevin@hongtai-ss.com"]

[tolerances]
dimensions = "±1 mm"
weight = "±5%"
''')
    write_key(c, "HOLD", [
        {"field": "material", "status": "undocumented_change", "min_severity": "high"},
        {"field": "packaging.carton_size", "status": "undocumented_change", "min_severity": "medium"},
    ], "PI V2 (sent as a 'shipping mark update') switches SUS304 to 201 stainless and the 5-ply master carton "
       "to 3-ply. Nobody mentions either change; spec, golden sample, quote and PI V1 all say 304 / 5-ply.")

    sup = ("JIEYANG HONGTAI STAINLESS STEEL PRODUCTS CO., LTD.", "揭阳市鸿泰不锈钢制品有限公司",
           ["No. 18 Xingye Road, Rongcheng District, Jieyang, Guangdong, China",
            "Tel: +86 663 8826 315   Email: kevin@hongtai-ss.com"])
    docx_file(out(c, "spec/KW-MB3_Spezifikation_RevB.docx"), [
        ("title", "Produktspezifikation / Product Specification KW-MB3 – Rev. B"),
        ("kv", [("Artikel / Item", "KW-MB3 Rührschüssel-Set 3-tlg. / Mixing bowl set, 3 pcs, nested"),
                ("Kunde / Buyer", "Küchenwerk Handels GmbH, Großer Burstah 31, 20457 Hamburg"),
                ("Datum / Date", "20.01.2026"), ("Verantwortlich", "Jonas Becker, Einkauf")]),
        ("table", ["Merkmal / Attribute", "Anforderung / Requirement", "Toleranz"], [
            ["Material", "Edelstahl 1.4301 (AISI 304, 18/8), lebensmittelecht / SUS304 stainless steel, food grade", "—"],
            ["Wandstärke / wall thickness", "0.6 mm", "±0.03 mm"],
            ["Durchmesser / diameter (rim)", "Ø 160 / 200 / 240 mm", "±1 mm"],
            ["Höhe / height", "75 / 90 / 110 mm", "±1 mm"],
            ["Gewicht Set / set weight", "780 g", "±5%"],
            ["Oberfläche / finish", "außen hochglanzpoliert, innen satiniert / mirror polished outside, brushed satin inside", "—"],
            ["Boden / base", "Silikonring, lebensmittelecht, Pantone Cool Gray 7 C", "—"],
            ["Logo", "Lasergravur „KÜCHENWERK“ außen am Boden / laser engraved outside bottom", "—"],
            ["Zertifikat", "LFGB + EU 1935/2004 Konformitätserklärung / DoC, test report before shipment", "—"],
        ], [0.3, 0.55, 0.15]),
        ("pb", "Verpackung / Packaging"),
        ("table", ["", ""], [
            ["Einzelverpackung / unit pack", "4C Farbkarton 25.5 x 25.5 x 13 cm, EAN-13 / printed colour box, EAN-13"],
            ["Umkarton / master carton", "8 Sets/Karton, 5-lagiger Exportkarton / 5-ply export carton 53 x 53 x 28 cm"],
            ["Markierung / marks", "KÜCHENWERK / HAMBURG / KW-MB3 / 8 SETS / C/NO. / MADE IN CHINA"],
        ], [0.3, 0.7]),
        ("p", "Prüfung / Inspection: AQL II 2.5 / 4.0 vor Restzahlung / before balance payment."),
        ("p", "Jede Abweichung von dieser Spezifikation bedarf der schriftlichen Freigabe durch Küchenwerk. "
              "Any deviation requires written approval by Küchenwerk."),
    ], author="Jonas Becker")

    docx_file(out(c, "sample/KW-MB3_golden_sample_2026-02-06.docx"), [
        ("title", "Golden Sample Approval – KW-MB3"),
        ("kv", [("Sample ref.", "HT-S-0206 (2 sets received 05.02.2026)"), ("Checked by", "Jonas Becker / QC Hamburg")]),
        ("table", ["Check", "Spec", "Set 1", "Set 2", "OK?"], [
            ["Ø small / medium / large", "160 / 200 / 240 mm ±1", "160.4 / 200.3 / 239.6", "159.7 / 200.6 / 240.2", "OK"],
            ["Height", "75 / 90 / 110 mm ±1", "75.3 / 89.6 / 110.4", "74.8 / 90.2 / 109.7", "OK"],
            ["Wall thickness", "0.6 mm", "0.60", "0.61", "OK"],
            ["Set weight", "780 g ±5%", "792 g", "776 g", "OK"],
            ["Material (XRF)", "SUS304", "Cr 18.2% Ni 8.05% = 304", "Cr 18.1% Ni 8.11% = 304", "OK"],
            ["Finish / logo", "mirror outside, satin inside, laser logo", "OK", "OK", "OK"],
            ["Master carton", "5-ply 53x53x28", "5-ply, 8 sets fit", "—", "OK"],
        ], [0.22, 0.24, 0.22, 0.22, 0.1]),
        ("pb", "Freigabe / Approved: Jonas Becker, 06.02.2026 – signed"),
    ], author="Jonas Becker")

    # quote XLSX, two sheets, merged cells, photo column
    wb = new_wb("Kevin Huang")
    ws = wb.active
    ws.title = "报价单 Quotation"
    xl_title(ws, 1, "揭阳市鸿泰不锈钢制品有限公司  JIEYANG HONGTAI STAINLESS STEEL PRODUCTS CO., LTD.", 8, 13)
    xl_title(ws, 2, "报价单 QUOTATION  No. HT-Q260202", 8, 12)
    xl_merged_line(ws, 3, "To: Küchenwerk Handels GmbH / Mr. Jonas Becker        Date: 2026-02-02", 8)
    r = xl_table(ws, 5, ["序号 No.", "图片 Photo", "货号 Item", "描述 Description", "材质 Material",
                         "数量 Qty (sets)", "单价 Unit price USD FOB Shantou", "备注 Remark"], [
        [1, "[图片]", "KW-MB3", "Mixing bowl set 3pcs Ø16/20/24cm, mirror outside, satin inside, silicone base grey, laser logo",
         "SS304 (18/8) 0.6mm", 3000, 6.35, "LFGB report incl."],
    ])
    xl_merged_line(ws, r + 1, "价格条款 Price term: FOB Shantou", 8)
    xl_merged_line(ws, r + 2, "付款 Payment: 30% T/T deposit, 70% before shipment", 8)
    xl_merged_line(ws, r + 3, "交期 Lead time: 45 days after deposit", 8)
    xl_merged_line(ws, r + 4, "有效期 Validity: 30 days", 8)
    xl_widths(ws, [7, 10, 10, 40, 16, 12, 14, 14])
    ws2 = wb.create_sheet("包装 Packing")
    xl_title(ws2, 1, "Packing details 包装资料", 6, 12)
    xl_table(ws2, 3, ["Item", "Unit pack", "Sets/ctn", "Carton", "N.W./G.W. (kg)", "Cartons"], [
        ["KW-MB3", "color box 25.5*25.5*13cm", 8, "5层 5-ply 53*53*28cm", "6.24 / 9.8", 375]])
    xl_widths(ws2, [10, 24, 9, 22, 14, 9])
    save_wb(wb, out(c, "quotes/HT-Q260202_Kuechenwerk.xlsx"))

    def pi(path, no, date, remark, material, carton, marks):
        q, p = 3000, D("6.35")
        blocks = [("head",) + sup, ("title", "PROFORMA INVOICE 形式发票"),
                  ("kv", [("PI No.:", no), ("Date:", date)] + ([("Remark:", remark)] if remark else []) +
                   [("Buyer:", "KÜCHENWERK HANDELS GMBH, Großer Burstah 31, 20457 Hamburg, Germany"),
                    ("Your order:", "KW-4500-2231")]),
                  ("table", ["No.", "Item", "Description", "Qty", "Unit Price", "Amount"], [
                      ["1", "KW-MB3", f"Mixing bowl set 3pcs Ø16/20/24cm, {material}, mirror polished outside, satin inside, "
                                      "grey silicone base, laser engraved logo, LFGB", "3,000 sets", "USD 6.35", money(q * p)],
                      ["", "", "TOTAL FOB SHANTOU", "3,000 sets", "", "USD " + money(q * p)]],
                   [0.06, 0.1, 0.46, 0.12, 0.12, 0.14]),
                  ("pb", say_usd(q * p)),
                  ("kv", [("Price term:", "FOB Shantou, China"),
                          ("Payment:", "30% T/T deposit, 70% balance before shipment"),
                          ("Lead time:", "45 days after deposit"),
                          ("Packing:", f"1 set/color box, 8 sets/ctn, {carton}"),
                          ("Shipping mark:", marks),
                          ("Inspection:", "AQL II 2.5/4.0 before balance")]),
                  ("hr",),
                  ("kv", [("Beneficiary:", "JIEYANG HONGTAI STAINLESS STEEL PRODUCTS CO., LTD."),
                          ("Bank:", "INDUSTRIAL AND COMMERCIAL BANK OF CHINA, JIEYANG BRANCH"),
                          ("SWIFT code:", "ICBKCNBJJYG"), ("A/C No.:", "2019 0056 0910 0132 847")]),
                  ("sign", "Buyer signature", "Jieyang Hongtai (公章 company chop)")]
        pdf_rl(path, blocks, title=no, author="Kevin Huang")

    pi(out(c, "pi/PI-HT260209.pdf"), "HT260209", "2026-02-09", None, "SUS304 (18/8) 0.6mm",
       "5-ply export carton 53*53*28cm", "KUECHENWERK / KW-MB3 / C/NO.")
    pi(out(c, "pi/PI-HT260209-V2.pdf"), "HT260209-V2", "2026-03-02",
       "V2: shipping mark updated per buyer request (supersedes HT260209)", "S/S 201 0.6mm",
       "3-ply carton 53*53*28cm", "KÜCHENWERK / HAMBURG / KW-MB3 / 8 SETS / C/NO. / MADE IN CHINA")

    K, J = "Kevin黄凯文-鸿泰不锈钢", "Jonas Becker"
    msgs = [
        (dt("2026-02-02 10:12"), K, "Hi Jonas, quotation HT-Q260202 sent to your mail. USD6.35/set FOB Shantou, 3000 sets"),
        (dt("2026-02-02 16:40"), J, "Thanks Kevin. Price is ok. Please send 2 sample sets first, with our laser logo"),
        (dt("2026-02-03 09:05"), K, "好的 ok, sample ready in 2 days"),
        (dt("2026-02-06 15:22"), J, "Samples approved, both sets within spec (792g and 776g). We confirm the quotation HT-Q260202, please issue the PI"),
        (dt("2026-02-09 11:30"), K, "[文件] PI-HT260209.pdf"),
        (dt("2026-02-09 11:31"), K, "PI pls check, deposit 5715 USD"),
        (dt("2026-02-10 14:02"), J, "Deposit paid today, copy attached"),
        (dt("2026-02-10 14:02"), J, "[图片]"),
        (dt("2026-02-11 08:50"), K, "收到，谢谢！We start material cutting after Chinese New Year, factory holiday 13-23 Feb"),
        (dt("2026-02-11 09:12"), J, "Happy new year! Year of the horse, right? 🐴"),
        (dt("2026-02-11 09:15"), K, "Yes 马年大吉 haha. 2026 is good year"),
        (dt("2026-02-27 10:44"), J, "Kevin, please change the shipping mark to: KÜCHENWERK / HAMBURG / KW-MB3 / 8 SETS / C/NO. / MADE IN CHINA"),
        (dt("2026-03-02 17:08"), K, "[文件] PI-HT260209-V2.pdf"),
        (dt("2026-03-02 17:09"), K, "V2 PI, shipping mark updated as you request"),
        (dt("2026-03-03 08:31"), J, "Thanks. When will production be finished? Our container is planned for week 14"),
        (dt("2026-03-03 08:55"), K, "around 28 March, polishing line is busy but no problem for week 14"),
        (dt("2026-03-04 10:20"), K, "[图片]"),
        (dt("2026-03-04 10:20"), K, "这是抛光好的大碗 the big bowls after polishing"),
    ]
    write_text(out(c, "chat/微信聊天记录_Kevin黄凯文.txt"), wechat_pc(msgs))

    README_ROWS.append(("02-mixing-bowl-201-3ply", "HOLD",
                        "material SUS304->201 (undocumented_change, high); packaging.carton_size 5-ply->3-ply (undocumented_change, medium) – both only in PI V2",
                        "DOCX spec (German/English), DOCX sample, XLSX quote 2 sheets, ReportLab PI V1/V2, WeChat PC copy"))


def case03(c):
    """Kids' bike helmets, Yuyao/Ningbo -> Melbourne. Revised PI with HK bank account."""
    write_toml(c, '''
order_id = "LPC-PO-0412"
buyer = ["Little Pedal Co. Pty Ltd", "Little Pedal", "Hannah O'Brien", "Hannah"]
supplier = ["Ningbo Ruifeng Sports Goods Co., Ltd.", "宁波瑞丰体育用品有限公司", "Ruifeng", "Amy Chen", "Amy"]
stakeholders = ["hannah@littlepedal.com.au", "amy.chen@ruifeng-sports.com"]

[tolerances]
weight = "±5%"
dimensions = "±2 mm"

[release]
inspection = "passed"
''')
    write_key(c, "HOLD", [
        {"field": "bank.beneficiary", "status": "undocumented_change", "min_severity": "critical"},
        {"field": "bank.name", "status": "undocumented_change", "min_severity": "critical"},
        {"field": "bank.account", "status": "undocumented_change", "min_severity": "critical"},
        {"field": "bank.swift", "status": "undocumented_change", "min_severity": "critical"},
    ], "Revised PI R1 (same layout, only the bank block differs) redirects the balance to RUIFENG INTERNATIONAL (HK) "
       "TRADING LIMITED at Hang Seng Bank; announced from a look-alike mail domain. The buyer refuses pending a call-back. "
       "Inspection passed; everything else matches.")

    sup = ("NINGBO RUIFENG SPORTS GOODS CO., LTD.", "宁波瑞丰体育用品有限公司",
           ["No. 66 Chengxi Road, Yuyao, Ningbo, Zhejiang 315400, China",
            "Tel: +86 574 6258 1130   amy.chen@ruifeng-sports.com"])
    bank_ok = [("Beneficiary:", "NINGBO RUIFENG SPORTS GOODS CO., LTD."),
               ("Beneficiary bank:", "AGRICULTURAL BANK OF CHINA, YUYAO SUB-BRANCH"),
               ("Bank address:", "No. 8 Xinjian North Road, Yuyao, Zhejiang, China"),
               ("SWIFT:", "ABOCCNBJ110"), ("Account No.:", "3912 0101 0400 1857 6")]
    bank_hk = [("Beneficiary:", "RUIFENG INTERNATIONAL (HK) TRADING LIMITED"),
               ("Beneficiary bank:", "HANG SENG BANK LIMITED"),
               ("Bank address:", "83 Des Voeux Road Central, Hong Kong"),
               ("SWIFT:", "HASEHKHH"), ("Account No.:", "388-512746-883")]
    items = [("LP-KH-S", "Kids bike helmet size S (50-54cm), in-mould PC+EPS, mint PMS 338C, matte", 1500, D("5.80")),
             ("LP-KH-M", "Kids bike helmet size M (54-58cm), in-mould PC+EPS, navy PMS 289C, matte", 1500, D("6.10"))]
    total = sum(q * p for _, _, q, p in items)

    # spec: DOCX converted by LibreOffice (the buyer sends PDFs)
    BUILD.mkdir(exist_ok=True)
    spec_docx = BUILD / "LP-KH_Helmet_Spec_v1.3.docx"
    docx_file(spec_docx, [
        ("title", "Little Pedal Co. – Product Specification: Kids' Bike Helmet LP-KH (v1.3)"),
        ("kv", [("Date", "15 January 2026"), ("Owner", "Hannah O'Brien, Product & Sourcing"),
                ("Market", "Australia / New Zealand")]),
        ("table", ["Attribute", "LP-KH-S", "LP-KH-M"], [
            ["Head size", "50–54 cm", "54–58 cm"],
            ["Construction / material", "In-mould: PC shell 0.5 mm + EPS liner 70 g/L, nylon webbing, side-release buckle",
             "In-mould: PC shell 0.5 mm + EPS liner 70 g/L, nylon webbing, side-release buckle"],
            ["Outer size (L x W x H)", "245 x 195 x 150 mm", "265 x 210 x 160 mm"],
            ["Weight", "255 g", "290 g"],
            ["Colour", "Mint, Pantone 338 C", "Navy, Pantone 289 C"],
            ["Finish", "Matte", "Matte"],
            ["Logo", "Pad print, white, 1 colour, rear", "Pad print, white, 1 colour, rear"],
        ], [0.28, 0.36, 0.36]),
        ("p", "Tolerances: dimensions ±2 mm, weight ±5%."),
        ("pb", "Certification (mandatory)"),
        ("p", "AS/NZS 2063:2020 certified under a current licence; certification label and batch date sticker "
              "inside each helmet. Copy of licence and test report before shipment."),
        ("pb", "Packaging"),
        ("p", "Each helmet in a printed colour box with AU warning text; 10 pcs/ctn; 5-ply export carton "
              "56 x 45 x 52 cm; carton marks LITTLE PEDAL / MELBOURNE / ITEM / SIZE / C/NO."),
        ("pb", "Quality"),
        ("p", "Pre-shipment inspection AQL II 2.5/4.0. Balance released only after PASSED report."),
        ("pb", "Payment"),
        ("p", "Payments are made only to the supplier's own company account as stated on the signed quotation "
              "and verified by call-back. Any change of bank details must be confirmed by phone on the number on file."),
    ], author="Hannah O'Brien")
    lo_convert(spec_docx, out(c, "spec/LP-KH_Helmet_Spec_v1.3.pdf"))

    # quote (reportlab) signed by the buyer
    pdf_rl(out(c, "quotes/RF-QT-260128_LittlePedal_signed.pdf"), [
        ("head",) + sup, ("title", "QUOTATION"),
        ("kv", [("Ref.:", "RF-QT-260128"), ("Date:", "28 Jan 2026"), ("Customer:", "Little Pedal Co. Pty Ltd")]),
        ("table", ["Item", "Description", "Qty", "Unit price (USD, FOB Ningbo)"],
         [[it, d, f"{q:,} pcs", f"{p:.2f}"] for it, d, q, p in items], [0.14, 0.5, 0.14, 0.22]),
        ("kv", [("Terms:", "FOB Ningbo"), ("Payment:", "30% T/T deposit, 70% against copy of B/L"),
                ("Lead time:", "50 days after deposit"), ("Certification:", "AS/NZS 2063:2020 (licence no. SAI-LIC-26117)")]),
        ("pb", "Bank details"), ("kv", bank_ok),
        ("sign", "Accepted by buyer: Hannah O'Brien, Little Pedal Co. – 02/02/2026",
         "For Ningbo Ruifeng Sports Goods Co., Ltd.: Amy Chen"),
    ], title="Quotation RF-QT-260128", author="Amy Chen")

    docx_file(out(c, "sample/LP-KH_sample_approval.docx"), [
        ("title", "Sample approval record – LP-KH"),
        ("p", "Pre-production samples received 04/02/2026 (2 pcs per size). Checked in Melbourne."),
        ("table", ["Size", "Weight (spec)", "Weight measured", "L x W x H measured (mm)", "Colour", "Verdict"], [
            ["S", "255 g ±5%", "259 g / 252 g", "246 x 194 x 151", "338 C OK", "Approved"],
            ["M", "290 g ±5%", "296 g / 287 g", "264 x 211 x 159", "289 C OK", "Approved"]],
         [0.08, 0.16, 0.18, 0.26, 0.14, 0.18]),
        ("p", "Buckle pinch test OK; retention test informal OK; AS/NZS label present."),
        ("pb", "Signed: Hannah O'Brien – 05/02/2026"),
    ], author="Hannah O'Brien")

    def pi(path, no, date, bank, remark):
        rows = [[str(i + 1), it, d, f"{q:,}", f"{p:.2f}", money(q * p)] for i, (it, d, q, p) in enumerate(items)]
        rows.append(["", "", "Total FOB Ningbo", "3,000", "", money(total)])
        blocks = [("head",) + sup, ("title", "PROFORMA INVOICE"),
                  ("kv", [("PI No.:", no), ("Date:", date), ("Buyer:", "LITTLE PEDAL CO. PTY LTD, 14 Cromwell St, Collingwood VIC 3066, Australia")]
                   + ([("Note:", remark)] if remark else [])),
                  ("table", ["No.", "Item", "Description", "Qty (pcs)", "Unit Price USD", "Amount USD"], rows,
                   [0.06, 0.12, 0.46, 0.1, 0.12, 0.14]),
                  ("pb", say_usd(total)),
                  ("kv", [("Price term:", "FOB NINGBO"), ("Payment:", "30% deposit by T/T, 70% balance against copy of B/L"),
                          ("Lead time:", "50 days after deposit"),
                          ("Certification:", "AS/NZS 2063:2020, label inside each helmet"),
                          ("Packing:", "individual colour box, 10pcs/ctn, 5-ply carton 56x45x52cm"),
                          ("Inspection:", "AQL II 2.5/4.0 pre-shipment")]),
                  ("pb", "BANK INFORMATION"), ("kv", bank),
                  ("sign", "Buyer", "Ningbo Ruifeng Sports Goods Co., Ltd.")]
        pdf_fpdf(path, blocks, title=no, author="Amy Chen")

    pi(out(c, "pi/PI-RF2602-031.pdf"), "RF2602-031", "06 Feb 2026", bank_ok, None)
    pi(out(c, "pi/PI-RF2602-031-R1.pdf"), "RF2602-031-R1", "23 Mar 2026", bank_hk,
       "R1 - updated bank information for balance payment")

    pdf_rl(out(c, "inspection/PSI_LP-KH_20260320.pdf"), [
        ("head", "ZHEJIANG BESTCHECK QUALITY SERVICES", "", ["Ningbo office – inspection@bestcheck-qs.com"]),
        ("title", "Final Random Inspection Report"),
        ("kv", [("Date:", "20 Mar 2026"), ("Client:", "Little Pedal Co. Pty Ltd"), ("Factory:", "Ningbo Ruifeng Sports Goods Co., Ltd."),
                ("Items:", "LP-KH-S 1,500 pcs; LP-KH-M 1,500 pcs"), ("AQL:", "Level II, Major 2.5, Minor 4.0, sample 200 pcs")]),
        ("table", ["", "Found", "Allowed", "Result"], [["Critical", "0", "0", "Pass"], ["Major", "3", "10", "Pass"], ["Minor", "6", "14", "Pass"]],
         [0.3, 0.2, 0.2, 0.3]),
        ("p", "Weight S: 251-261 g; M: 284-298 g. AS/NZS 2063 labels present. Cartons 5-ply, 300 ctns, G.W. 4.9 kg/ctn."),
        ("pb", "Inspection result: PASSED"),
    ], latin="DejaVu", title="Inspection report LP-KH", author="BestCheck")

    eml = """Return-Path: <hannah@littlepedal.com.au>
From: Hannah O'Brien <hannah@littlepedal.com.au>
To: Amy Chen <amy.chen@ruifeng-sport.com>
Cc: amy.chen@ruifeng-sports.com
Subject: RE: PI RF2602-031 updated bank information / balance payment
Date: Wed, 25 Mar 2026 09:14:27 +1100
Message-ID: <20260325091427.4411@littlepedal.com.au>
In-Reply-To: <8c1f03a2-77e1-4b4e@ruifeng-sport.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hi Amy,

We received your mail and the revised PI RF2602-031-R1 with a new beneficiary
(Ruifeng International (HK) Trading Limited, Hang Seng Bank).

We will not pay to a different account on the basis of an e-mail. Our policy is to
verify any bank change by phone on the number on your signed quotation
(+86 574 6258 1130). I tried this morning and nobody knew about an HK account.
Please also note your mail came from ruifeng-sport.com, not ruifeng-sports.com.

Until this is cleared the balance of USD 12,495.00 stays on hold. The goods passed
inspection on 20 March, so we would like to pay as soon as this is sorted out.

Kind regards,
Hannah O'Brien
Little Pedal Co. Pty Ltd | Melbourne

-----Original Message-----
From: Amy Chen <amy.chen@ruifeng-sport.com>
Sent: Tuesday, 24 March 2026 6:02 PM
To: Hannah O'Brien <hannah@littlepedal.com.au>
Subject: PI RF2602-031 updated bank information / balance payment

Dear Hannah,

Good news, the helmets are packed and passed inspection.

Kindly note our company account in Agricultural Bank is under annual audit
review this month and cannot receive foreign payment. Please arrange the
balance USD 12,495.00 to our Hong Kong company account, see attached revised
PI RF2602-031-R1:

Beneficiary: RUIFENG INTERNATIONAL (HK) TRADING LIMITED
Bank: HANG SENG BANK LIMITED, 83 Des Voeux Road Central, Hong Kong
SWIFT: HASEHKHH
A/C: 388-512746-883

Please arrange today so we can book the vessel on 29 March.

Best regards
Amy Chen
Ningbo Ruifeng Sports Goods Co., Ltd.

> -----Original Message-----
> From: Hannah O'Brien <hannah@littlepedal.com.au>
> Sent: Friday, 20 March 2026 4:40 PM
> Subject: Inspection LP-KH
>
> Hi Amy, the inspection report is in, PASSED. We will prepare the balance
> payment once we have the B/L copy. Thanks!
"""
    write_text(out(c, "chat/RE_ PI RF2602-031 updated bank information.eml"), eml, crlf=True)

    README_ROWS.append(("03-bike-helmet-bank-hk", "HOLD",
                        "bank.beneficiary / bank.name / bank.account / bank.swift undocumented_change (critical) on PI R1 (HK trading company), buyer refuses in .eml",
                        "LibreOffice spec PDF, ReportLab signed quote + inspection, DOCX sample, fpdf2 PI + R1, .eml with quoted history"))


def case04(c):
    """Adhesive wall hooks, Yiwu -> Leeds. 4 SKUs: colour of one SKU chat_only; qty of another by CO."""
    write_toml(c, '''
order_id = "HP-PO-3318"
buyer = ["Hollis & Pine Ltd", "Hollis and Pine", "Charlotte Webb", "Charlotte"]
supplier = ["Yiwu Jiale Household Products Co., Ltd.", "义乌市佳乐日用品有限公司", "Jiale", "Sunny Wu", "Sunny"]
stakeholders = ["charlotte.webb@hollisandpine.co.uk", "sunny@jiale-household.com"]

[roles]
"chat/WhatsApp Chat - Sunny Wu Jiale/_chat.txt" = "chat"

[tolerances]
dimensions = "±1 mm"
quantity = "+2%/-2%"
''')
    write_key(c, "REVIEW", [
        {"field": "color", "status": "chat_only", "item": "HP-WH04", "min_severity": "medium"},
        {"field": "quantity", "status": "documented_change", "item": "HP-WH02", "min_severity": "info"},
    ], "4-SKU hook order. HP-WH04 colour Pantone 5585 C -> 5635 C agreed only in WhatsApp; HP-WH02 quantity "
       "4,000 -> 5,000 cards covered by signed change order CO-HP-002. The other SKUs are unchanged.")

    # spec XLSX 2 sheets
    wb = new_wb("Charlotte Webb")
    ws = wb.active
    ws.title = "Spec"
    xl_title(ws, 1, "HOLLIS & PINE – ADHESIVE HOOK RANGE – PRODUCT SPEC", 7)
    xl_merged_line(ws, 2, "Issue 3 · 03 Feb 2026 · owner Charlotte Webb", 7)
    xl_table(ws, 4, ["SKU", "Description", "Size", "Material", "Colour", "Hooks per card", "Max load"], [
        ["HP-WH01", "Round adhesive hook, small", "Ø38 mm", "ABS body + acrylic foam adhesive pad", "White RAL 9016", 4, "1.5 kg"],
        ["HP-WH02", "Round adhesive hook, large", "Ø52 mm", "ABS body + acrylic foam adhesive pad", "White RAL 9016", 2, "3 kg"],
        ["HP-WH03", "3-prong bar hook", "150 x 32 mm", "ABS body + acrylic foam adhesive pad", "Matte black RAL 9005", 1, "4 kg"],
        ["HP-WH04", "Towel hook", "60 x 40 mm", "ABS body + acrylic foam adhesive pad", "Sage green Pantone 5585 C", 2, "3 kg"],
    ])
    xl_merged_line(ws, 10, "Finish: matte (VDI 3400 Ref 27) on all SKUs. Logo: none on product; brand on card only.", 7)
    xl_merged_line(ws, 11, "Tolerances: dimensions ±1 mm. Colour to approved sample / Pantone, ΔE ≤ 1.5.", 7)
    xl_widths(ws, [10, 26, 12, 34, 24, 10, 10])
    ws2 = wb.create_sheet("Packaging & Labelling")
    xl_title(ws2, 1, "PACKAGING & LABELLING", 5)
    xl_table(ws2, 3, ["SKU", "Unit pack", "Cards per carton", "Master carton", "Label"], [
        ["HP-WH01", "Printed backing card + PET blister", 200, "5-ply, 48 x 36 x 30 cm", "EAN-13 on card, UKCA not required"],
        ["HP-WH02", "Printed backing card + PET blister", 100, "5-ply, 48 x 36 x 30 cm", "EAN-13 on card"],
        ["HP-WH03", "Printed backing card + PET blister", 50, "5-ply, 52 x 34 x 28 cm", "EAN-13 on card"],
        ["HP-WH04", "Printed backing card + PET blister", 100, "5-ply, 48 x 36 x 30 cm", "EAN-13 on card"],
    ])
    xl_merged_line(ws2, 9, "Carton marks: HOLLIS & PINE / LEEDS / SKU / QTY / C/NO. / MADE IN CHINA", 5)
    xl_widths(ws2, [10, 32, 14, 24, 32])
    save_wb(wb, out(c, "spec/HP_hook_range_spec_issue3.xlsx"))

    # sample record (Markdown)
    write_text(out(c, "sample/golden_samples_HP-WH.md"), """# Golden sample sign-off – HP-WH hook range

Samples: 5 cards per SKU, received Leeds 16/02/2026 (FedEx 7781 2290 4410).

| SKU | Check | Spec | Measured | OK |
|---|---|---|---|---|
| HP-WH01 | diameter | Ø38 mm ±1 | 38.3 / 37.8 / 38.1 mm | yes |
| HP-WH02 | diameter | Ø52 mm ±1 | 52.4 / 51.9 / 52.2 mm | yes |
| HP-WH03 | length x width | 150 x 32 mm ±1 | 150.6 x 32.2 mm | yes |
| HP-WH04 | size | 60 x 40 mm ±1 | 59.7 x 40.3 mm | yes |
| HP-WH04 | colour | Pantone 5585 C | ΔE 0.8 vs 5585 C | yes |
| all | load test 24 h | rated load | no slip at 1.5x rated load | yes |

Decision: approved as golden samples for bulk production.

Signed: Charlotte Webb, Hollis & Pine Ltd, 18/02/2026
""")

    sup = ("YIWU JIALE HOUSEHOLD PRODUCTS CO., LTD.", "义乌市佳乐日用品有限公司",
           ["Building 3, No. 188 Chouzhou North Road, Yiwu, Zhejiang, China", "sunny@jiale-household.com · +86 579 8552 0936"])
    qitems = [("HP-WH01", "Round adhesive hook Ø38mm, white RAL9016, 4 hooks/card", 6000, D("0.62"), 200),
              ("HP-WH02", "Round adhesive hook Ø52mm, white RAL9016, 2 hooks/card", 4000, D("0.78"), 100),
              ("HP-WH03", "3-prong bar hook 150x32mm, matte black RAL9005, 1 pc/card", 3000, D("0.95"), 50),
              ("HP-WH04", "Towel hook 60x40mm, sage green PMS 5585C, 2 hooks/card", 3000, D("0.88"), 100)]
    pdf_rl(out(c, "quotes/JL-QT-0209_HollisPine.pdf"), [
        ("head",) + sup, ("title", "QUOTATION"),
        ("kv", [("No.:", "JL-QT-0209"), ("Date:", "09/02/2026"), ("Customer:", "Hollis & Pine Ltd, Leeds, UK")]),
        ("table", ["Item", "Description", "Order qty (cards)", "Unit price USD/card", "Cards/ctn"],
         [[a, b, f"{q:,}", f"{p:.2f}", str(n)] for a, b, q, p, n in qitems], [0.12, 0.48, 0.14, 0.14, 0.12]),
        ("kv", [("Price term:", "FOB NINGBO"), ("Payment:", "T/T 30% deposit, 70% before shipment"),
                ("Delivery:", "30 days after deposit"), ("Adhesive:", "acrylic foam tape (not 3M brand)"),
                ("Carton:", "5 ply export carton")]),
        ("small", "Valid 30 days. Bank: Bank of Communications Yiwu Branch, SWIFT COMMCNSHYWU, A/C 3386 0500 0018 8001 2457 6, "
                  "beneficiary Yiwu Jiale Household Products Co., Ltd."),
    ], latin="DejaVu", title="Quotation JL-QT-0209", author="Sunny Wu")

    docx_file(out(c, "changes/CO-HP-002_quantity_WH02.docx"), [
        ("title", "CHANGE ORDER CO-HP-002"),
        ("kv", [("Purchase order", "HP-PO-3318"), ("Supplier", "Yiwu Jiale Household Products Co., Ltd."),
                ("Date raised", "04/03/2026"), ("Raised by", "Charlotte Webb (buyer)")]),
        ("table", ["SKU", "Field", "From", "To", "Reason"], [
            ["HP-WH02", "Quantity", "4,000 cards", "5,000 cards", "Retailer added 120 stores"],
            ["HP-WH02", "Cartons", "40 ctns", "50 ctns (100 cards/ctn unchanged)", "follows quantity"],
        ], [0.14, 0.14, 0.18, 0.26, 0.28]),
        ("p", "Unit price unchanged (USD 0.78/card). New order value USD 13,110.00 (was USD 12,330.00). "
              "All other terms of quotation JL-QT-0209 unchanged."),
        ("pb", "Approved by buyer: Charlotte Webb, Head of Sourcing, Hollis & Pine Ltd – signed 05/03/2026"),
        ("pb", "Accepted by supplier: Sunny Wu, Yiwu Jiale – 05/03/2026 (company chop)"),
    ], author="Charlotte Webb")

    piitems = [("HP-WH01", "Round adhesive hook Ø38mm white RAL9016, 4pcs/card", 6000, D("0.62"), "200 cards/ctn, 30 ctns"),
               ("HP-WH02", "Round adhesive hook Ø52mm white RAL9016, 2pcs/card", 5000, D("0.78"), "100 cards/ctn, 50 ctns"),
               ("HP-WH03", "3-prong bar hook 150x32mm matte black RAL9005", 3000, D("0.95"), "50 cards/ctn, 60 ctns"),
               ("HP-WH04", "Towel hook 60x40mm sage green PMS 5635C, 2pcs/card", 3000, D("0.88"), "100 cards/ctn, 30 ctns")]
    total = sum(q * p for _, _, q, p, _ in piitems)
    pdf_fpdf(out(c, "pi/PI-JL260306.pdf"), [
        ("head",) + sup, ("title", "PROFORMA INVOICE 形式发票"),
        ("kv", [("PI No.:", "JL260306"), ("Date:", "06/03/2026"), ("PO:", "HP-PO-3318 (incl. CO-HP-002)"),
                ("Buyer:", "Hollis & Pine Ltd, Unit 4 Kirkstall Industrial Park, Leeds LS4 2AZ, United Kingdom")]),
        ("table", ["Item", "Description", "Qty (cards)", "Unit USD", "Amount USD", "Packing"],
         [[a, b, f"{q:,}", f"{p:.2f}", money(q * p), pk] for a, b, q, p, pk in piitems] +
         [["", "TOTAL FOB NINGBO", "17,000", "", money(total), "170 ctns"]],
         [0.11, 0.37, 0.11, 0.09, 0.13, 0.19]),
        ("pb", say_usd(total)),
        ("kv", [("Terms of price:", "FOB Ningbo"), ("Payment:", "30% T/T deposit, 70% balance before shipment"),
                ("Lead time:", "30 days after deposit"),
                ("Packing:", "printed backing card with PET blister, EAN-13 on card, 5-ply export carton"),
                ("Beneficiary:", "YIWU JIALE HOUSEHOLD PRODUCTS CO., LTD."),
                ("Bank:", "BANK OF COMMUNICATIONS, YIWU BRANCH"),
                ("SWIFT:", "COMMCNSHYWU"), ("A/C:", "338605000018800124576")]),
        ("sign", "Buyer", "Seller: Yiwu Jiale Household Products Co., Ltd. 佳乐日用品 (chop)"),
    ], title="PI JL260306", author="Sunny Wu")

    S, C = "Sunny Wu Jiale", "Charlotte Webb"
    msgs = [
        (dt("2026-02-09 09:15"), S, "Good morning Charlotte, quotation JL-QT-0209 sent to your email 😊"),
        (dt("2026-02-09 11:02"), C, "Thanks Sunny. Do you use 3M tape for the adhesive?"),
        (dt("2026-02-09 11:20"), S, "No, acrylic foam tape, same strength, 3M will be +0.06/card"),
        (dt("2026-02-09 11:41"), C, "OK keep the acrylic foam tape as quoted then"),
        (dt("2026-02-09 11:43"), S, "We also have a kitchen hook HK-88 with hanging rail, 0.45 USD, very popular in Europe"),
        (dt("2026-02-09 11:43"), S, "\u200eimage omitted"),
        (dt("2026-02-09 12:10"), C, "Looks nice but not for this season"),
        (dt("2026-02-18 16:30"), C, "Golden samples all approved, sign-off sheet attached. Quotation JL-QT-0209 accepted, please prepare the PI"),
        (dt("2026-02-24 10:05"), S, "Charlotte, sorry bad news, the sage 5585C masterbatch supplier delays 3 weeks"),
        (dt("2026-02-24 10:06"), S, "We can use PMS 5635C, very close, see photo next to your sample"),
        (dt("2026-02-24 10:06"), S, "\u200eimage omitted"),
        (dt("2026-02-24 13:48"), C, "Hmm let me check with our designer"),
        (dt("2026-02-25 09:22"), C, "Looks fine on the photo. OK, go with 5635 C for WH04 only, everything else stays as spec"),
        (dt("2026-02-25 09:30"), S, "Thank you! 👍"),
        (dt("2026-03-04 15:12"), C, "We need 1,000 more cards of WH02, change order CO-HP-002 coming by mail"),
        (dt("2026-03-05 10:40"), S, "CO signed and sent back. PI tomorrow"),
        (dt("2026-03-06 08:55"), S, "\u200ePI-JL260306.pdf • 1 page \u200edocument omitted"),
        (dt("2026-03-06 17:20"), C, "Deposit 3,933 USD paid, thanks"),
    ]
    write_text(out(c, "chat/WhatsApp Chat - Sunny Wu Jiale/_chat.txt"), wa_ios_gb(msgs))

    README_ROWS.append(("04-wall-hook-colour-one-sku", "REVIEW",
                        "color chat_only item HP-WH04 (5585 C -> 5635 C, medium); quantity documented_change item HP-WH02 (4,000 -> 5,000 by signed CO, info)",
                        "XLSX spec 2 sheets, Markdown sample, ReportLab quote (DejaVu), DOCX change order, fpdf2 PI, WhatsApp iOS en-GB (CRLF)"))


def case05(c):
    """Donut pet beds, Haimen/Nantong -> Portland. PI: 50/50 payment and 60 days, buyer objects."""
    write_toml(c, '''
order_id = "BWS-PO-1187"
buyer = ["Barkwell Supply LLC", "Barkwell", "Mike Donnelly", "Mike"]
supplier = ["Nantong Mianmian Home Textile Co., Ltd.", "南通棉棉家纺有限公司", "Mianmian", "Grace Xu", "Grace"]
stakeholders = ["mike@barkwellsupply.com", "grace.xu@mianmian-textile.com"]

[tolerances]
dimensions = "±2 cm"
weight = "±8%"
''')
    write_key(c, "HOLD", [
        {"field": "payment.deposit", "status": "undocumented_change", "min_severity": "high"},
        {"field": "payment.balance", "status": "undocumented_change", "min_severity": "high"},
        {"field": "lead_time", "status": "undocumented_change", "min_severity": "medium"},
    ], "Spec and accepted quote: 30% deposit / 70% against copy of B/L, 40 days. PI: 50% deposit / 50% before "
       "shipment, 60 days. The supplier proposed it in WhatsApp, the buyer objected and deferred, then paid 30%.")

    sup = ("NANTONG MIANMIAN HOME TEXTILE CO., LTD.", "南通棉棉家纺有限公司",
           ["No. 29 Chuangye Road, Haimen, Nantong, Jiangsu, China", "grace.xu@mianmian-textile.com  +86 513 8219 6607"])
    pdf_rl(out(c, "spec/BW-DB_donut_bed_spec.pdf"), [
        ("head", "BARKWELL SUPPLY LLC", "", ["2150 NW Front Ave, Portland, OR 97209, USA"]),
        ("title", "PRODUCT SPECIFICATION – CALMING DONUT BED (BW-DB60 / BW-DB80)"),
        ("kv", [("Spec no.:", "BW-SPEC-DB-02"), ("Date:", "Jan 8, 2026"), ("Contact:", "Mike Donnelly, Product Manager")]),
        ("table", ["Attribute", "BW-DB60", "BW-DB80"], [
            ["Size", "Ø 60 cm x H 18 cm", "Ø 80 cm x H 22 cm"],
            ["Weight", "0.95 kg", "1.60 kg"],
            ["Shell", "Long-pile faux fur, 100% polyester, OEKO-TEX Standard 100", "same"],
            ["Filling", "100% PP hollow fibre 7D, 100% virgin", "same"],
            ["Bottom", "Anti-slip dot fabric, 100% polyester", "same"],
            ["Colour", "Taupe, Pantone 15-1308 TCX", "Taupe, Pantone 15-1308 TCX"],
            ["Logo", "Woven label 40 x 20 mm in side seam", "same"],
        ], [0.2, 0.4, 0.4]),
        ("p", "Tolerances: size ±2 cm, weight ±8%. Machine washable 30 °C (care label)."),
        ("pb", "Packaging"),
        ("p", "Each bed vacuum compressed in PE bag with suffocation warning; BW-DB60 10 pcs/ctn, 5-ply 60 x 40 x 45 cm; "
              "BW-DB80 6 pcs/ctn, 5-ply 70 x 50 x 50 cm. UPC label on bag and carton."),
        ("pb", "Commercial terms required on PI/contract"),
        ("p", "FOB Shanghai. Payment: 30% T/T deposit, 70% balance against copy of B/L. Lead time: 40 days after "
              "deposit. Pre-shipment inspection AQL II 2.5/4.0 by Barkwell's agent."),
    ], latin="DejaVu", title="BW-SPEC-DB-02", author="Mike Donnelly")

    wb = new_wb("Grace Xu")
    ws = wb.active
    ws.title = "Quotation"
    xl_title(ws, 1, "NANTONG MIANMIAN HOME TEXTILE CO., LTD. 南通棉棉家纺有限公司", 7)
    xl_title(ws, 2, "QUOTATION MM-Q2601-14", 7, 12)
    xl_merged_line(ws, 3, "Customer: Barkwell Supply LLC (Mike Donnelly)    Date: Jan 14, 2026    Valid: 30 days", 7)
    r = xl_table(ws, 5, ["Item", "Picture", "Description", "Size", "Qty (pcs)", "FOB Shanghai USD/pc", "Packing"], [
        ["BW-DB60", "[pic]", "Donut bed, taupe faux fur, PP fibre, anti-slip bottom", "60cm dia", 1200, 6.90, "10pcs/ctn"],
        ["BW-DB80", "[pic]", "Donut bed, taupe faux fur, PP fibre, anti-slip bottom", "80cm dia", 800, 9.80, "6pcs/ctn"],
    ])
    for i, t in enumerate(["Payment: 30% T/T deposit, 70% against copy of B/L",
                           "Lead time: 40 days after deposit",
                           "Carton: 5 ply, vacuum packing",
                           "Remark: price based on fur fabric price Jan 2026"]):
        xl_merged_line(ws, r + 1 + i, t, 7)
    xl_widths(ws, [10, 8, 40, 10, 10, 14, 12])
    ws2 = wb.create_sheet("Fabric options")
    xl_title(ws2, 1, "Fabric options (not ordered)", 3, 12)
    xl_table(ws2, 3, ["Fabric", "Extra cost USD/pc", "Note"], [
        ["Sherpa", 0.35, "DB60"], ["Corduroy", 0.50, "DB60"], ["Sherpa", 0.55, "DB80"]])
    save_wb(wb, out(c, "quotes/MM-Q2601-14_Barkwell.xlsx"))

    docx_file(out(c, "sample/BW-DB_sample_signoff.docx"), [
        ("title", "Barkwell – Pre-production sample sign-off"),
        ("table", ["Item", "Measured size", "Measured weight", "Colour", "Comments", "Result"], [
            ["BW-DB60", "Ø 59.2 cm x H 18.5 cm", "0.98 kg", "15-1308 TCX OK", "fur density good", "APPROVED"],
            ["BW-DB80", "Ø 79.0 cm x H 21.4 cm", "1.55 kg", "15-1308 TCX OK", "label position OK", "APPROVED"]],
         [0.12, 0.22, 0.14, 0.16, 0.2, 0.16]),
        ("p", "2 pcs per size received Jan 28, 2026. Wash test 30 °C x 3: no pilling, shrinkage < 2%."),
        ("pb", "Approved: Mike Donnelly, Jan 30, 2026"),
    ], author="Mike Donnelly")

    items = [("BW-DB60", "Calming donut bed dia.60cm, taupe faux fur, PP fibre, anti-slip bottom", 1200, D("6.90")),
             ("BW-DB80", "Calming donut bed dia.80cm, taupe faux fur, PP fibre, anti-slip bottom", 800, D("9.80"))]
    total = sum(q * p for _, _, q, p in items)
    pdf_fpdf(out(c, "pi/PI-MM260204.pdf"), [
        ("head",) + sup, ("title", "PROFORMA INVOICE"),
        ("kv", [("PI No.:", "MM260204"), ("Date:", "Feb 4, 2026"), ("Buyer:", "Barkwell Supply LLC, 2150 NW Front Ave, Portland, OR 97209, USA"),
                ("PO No.:", "BWS-PO-1187")]),
        ("table", ["No.", "Item", "Description", "Qty", "Unit Price", "Amount"],
         [[str(i + 1), a, b, f"{q:,} pcs", f"US${p:.2f}", f"US${money(q * p)}"] for i, (a, b, q, p) in enumerate(items)] +
         [["", "", "TOTAL (FOB SHANGHAI)", "2,000 pcs", "", f"US${money(total)}"]],
         [0.06, 0.12, 0.44, 0.12, 0.12, 0.14]),
        ("pb", say_usd(total)),
        ("kv", [("Price term:", "FOB Shanghai"),
                ("Payment term:", "50% T/T deposit, 50% balance before shipment"),
                ("Delivery time:", "60 days after receipt of deposit"),
                ("Packing:", "vacuum packed, BW-DB60 10pcs/ctn 60x40x45cm, BW-DB80 6pcs/ctn 70x50x50cm, 5 ply carton. "
                             "120 + 134 = 254 ctns, G.W. 11.2 kg / 11.8 kg per ctn"),
                ("Inspection:", "AQL II 2.5/4.0 by buyer's agent")]),
        ("hr",),
        ("kv", [("Beneficiary:", "NANTONG MIANMIAN HOME TEXTILE CO., LTD."),
                ("Bank:", "CHINA CONSTRUCTION BANK, HAIMEN BRANCH"), ("SWIFT:", "PCBCCNBJNTX"),
                ("A/C No.:", "3205 0164 5436 0000 1822")]),
        ("sign", "Buyer", "Nantong Mianmian Home Textile Co., Ltd."),
    ], title="PI MM260204", author="Grace Xu")

    G, M = "Grace Xu Mianmian", "Mike Donnelly"
    msgs = [
        (dt("2026-01-14 20:05"), G, "Hi Mike, quotation MM-Q2601-14 sent, 6.90 and 9.80 FOB Shanghai"),
        (dt("2026-01-14 21:30"), M, "Got it, thanks Grace. Looks good, we'll decide after the samples"),
        (dt("2026-01-30 18:12"), M, "Samples approved 👍 sign-off attached. We accept the quotation MM-Q2601-14 as is: 30/70 against BL copy, 40 days. Please send the PI"),
        (dt("2026-01-31 09:40"), G, "Thank you Mike! One thing: Chinese New Year, our workers leave Feb 10 and come back Mar 2"),
        (dt("2026-01-31 09:42"), G, "So we need 60 days for delivery. And fur fabric price up, boss asks 50% deposit, balance before shipment"),
        (dt("2026-01-31 10:15"), M, "Grace, 60 days is too long for us, our fall stock must leave Shanghai by early April. And we stay with 30% as quoted"),
        (dt("2026-01-31 10:16"), M, "Let's talk about it next week"),
        (dt("2026-02-04 19:02"), G, "PI-MM260204.pdf (file attached)"),
        (dt("2026-02-04 19:03"), G, "PI attached, please arrange deposit"),
        (dt("2026-02-06 11:48"), M, "Deposit of 30% = USD 4,836.00 sent today as per our accepted quotation. We still need the goods on the 40 day schedule"),
        (dt("2026-02-06 11:48"), M, "<Media omitted>"),
        (dt("2026-02-07 08:30"), G, "Received 4,836, thanks. I will talk to my boss"),
        (dt("2026-02-07 08:31"), G, "Btw our factory dog had 5 puppies 🐶 they sleep in the DB80 sample lol"),
        (dt("2026-02-07 12:10"), M, "Haha best product test ever"),
        (dt("2026-03-09 09:25"), M, "Hi Grace, what's the status? When can our agent inspect?"),
        (dt("2026-03-09 09:58"), G, "Cutting finished, sewing 40%. Maybe inspection around April 3"),
    ]
    write_text(out(c, "chat/WhatsApp Chat with Grace Xu Mianmian.txt"), wa_android_us(msgs))

    README_ROWS.append(("05-pet-bed-payment-leadtime", "HOLD",
                        "payment.deposit + payment.balance undocumented_change (30/70 vs B/L -> 50/50 before shipment, high); lead_time 40 -> 60 days undocumented_change (medium); buyer objected in chat",
                        "ReportLab spec (DejaVu), XLSX quote 2 sheets, DOCX sample, fpdf2 PI, WhatsApp Android en-US (narrow NBSP)"))


def case06(c):
    """Folding umbrellas, Xiamen -> Utrecht. Price up agreed by e-mail only; logo change by signed CO."""
    write_toml(c, '''
order_id = "RR-2026-0219"
buyer = ["Regenboog Retail B.V.", "Regenboog", "Sanne de Vries", "Sanne"]
supplier = ["Xiamen Haiyun Umbrella Co., Ltd.", "厦门海韵伞业有限公司", "Haiyun", "Vivian Zheng", "Vivian"]
stakeholders = ["sanne.devries@regenboogretail.nl", "vivian@haiyun-umbrella.com"]

[tolerances]
dimensions = "±1.5 cm"
weight = "±5%"
''')
    write_key(c, "REVIEW", [
        {"field": "price.unit", "status": "chat_only", "min_severity": "medium"},
        {"field": "logo", "status": "documented_change", "min_severity": "info"},
    ], "Accepted quote USD 3.85/pc; PI R1 bills 4.05 after a fabric surcharge that the buyer accepted only by e-mail "
       "(chat/). Logo 1-colour silk screen -> full-colour heat transfer covered by signed change order CO-RR-01. "
       "Bank block incl. intermediary bank identical in quote and both PIs.")

    sup = ("XIAMEN HAIYUN UMBRELLA CO., LTD.", "厦门海韵伞业有限公司",
           ["Unit 5, No. 36 Tongji Road, Tong'an District, Xiamen, Fujian, China", "vivian@haiyun-umbrella.com · +86 592 7318 226"])
    bank = [("Beneficiary:", "XIAMEN HAIYUN UMBRELLA CO., LTD."),
            ("Beneficiary bank:", "CHINA CONSTRUCTION BANK, XIAMEN TONG'AN SUB-BRANCH"),
            ("SWIFT:", "PCBCCNBJXMX"), ("Account:", "3515 0198 7201 0000 2648"),
            ("Intermediary bank:", "JPMORGAN CHASE BANK N.A., NEW YORK, SWIFT CHASUS33")]

    docx_file(out(c, "spec/RR-U3F_specificatie.docx"), [
        ("title", "Regenboog Retail – Product specification RR-U3F (3-fold auto umbrella)"),
        ("kv", [("Date", "16-02-2026"), ("Buyer", "Sanne de Vries, Inkoop"), ("Order qty", "5,000 pcs")]),
        ("table", ["Attribute", "Requirement", "Tolerance"], [
            ["Type", "3-fold, auto open / auto close, 8 ribs, windproof", ""],
            ["Canopy", "190T pongee, Teflon water-repellent coating", ""],
            ["Frame", "Black coated steel shaft, fibreglass ribs", ""],
            ["Open diameter", "98 cm", "±1.5 cm"],
            ["Folded length", "29 cm", "±1 cm"],
            ["Weight", "350 g", "±5%"],
            ["Colour", "Navy, Pantone 19-4024 TCX (canopy, sleeve)", "approved sample"],
            ["Logo", "1-colour silk screen, white, one panel, 120 x 40 mm", ""],
            ["Compliance", "REACH, AZO-free canopy; test report before shipment", ""],
            ["Packaging", "Matching sleeve + polybag; 50 pcs/ctn; 5-ply export carton 62 x 35 x 32 cm", ""],
        ], [0.22, 0.6, 0.18]),
        ("p", "Price, payment and lead time: as per the accepted quotation."),
    ], author="Sanne de Vries")

    wb = new_wb("Sanne de Vries")
    ws = wb.active
    ws.title = "Sample"
    xl_title(ws, 1, "Golden sample RR-U3F – measurement record", 6)
    xl_table(ws, 3, ["Check", "Spec", "Sample A", "Sample B", "Sample C", "OK"], [
        ["Open diameter (cm)", "98 ±1.5", 97.5, 98.3, 97.9, "yes"],
        ["Folded length (cm)", "29 ±1", 28.6, 29.2, 28.8, "yes"],
        ["Weight (g)", "350 ±5%", 352, 347, 356, "yes"],
        ["Colour", "19-4024 TCX", "OK", "OK", "OK", "yes"],
        ["Auto open/close cycles", "≥ 3,000", "3,000 no fail", "—", "—", "yes"],
    ])
    xl_merged_line(ws, 10, "Approved: Sanne de Vries, 02-03-2026. Three samples (A, B, C) – the quantity sampled is not an order quantity.", 6)
    xl_widths(ws, [24, 14, 12, 12, 12, 6])
    save_wb(wb, out(c, "sample/RR-U3F_golden_sample.xlsx"))

    pdf_rl(out(c, "quotes/HY-Q260220_Regenboog.pdf"), [
        ("head",) + sup, ("title", "QUOTATION 报价"),
        ("kv", [("No.:", "HY-Q260220"), ("Date:", "2026-02-20"), ("To:", "Regenboog Retail B.V. / Ms. Sanne de Vries")]),
        ("table", ["Model", "Description", "Qty", "Price"], [
            ["RR-U3F", "21\" x 8K 3-fold auto open/close, 190T pongee Teflon, navy 19-4024TCX, fibreglass ribs, "
                       "1C silk screen logo on 1 panel, with sleeve", "5,000 pcs", "USD 3.85/pc FOB Xiamen"]],
         [0.12, 0.56, 0.12, 0.2]),
        ("kv", [("Payment:", "30% deposit, 70% against B/L copy"), ("Lead time:", "45 days after deposit"),
                ("Packing:", "50pcs/ctn, 5-ply 62*35*32cm, G.W. 19.5kg"), ("Validity:", "30 days")]),
        ("pb", "Bank details"),
        ("kv", [("Beneficiary:", "Xiamen Haiyun Umbrella Co., Ltd."),
                ("Beneficiary bank:", "China Construction Bank Xiamen Tong'an Sub-branch"),
                ("SWIFT:", "PCBCCNBJXMX"), ("Account:", "35150198720100002648"),
                ("Intermediary bank:", "JPMorgan Chase Bank N.A. New York (CHASUS33)")]),
    ], title="HY-Q260220", author="Vivian Zheng")

    def pi(path, no, date, price, logo, remark):
        q = 5000
        blocks = [("head",) + sup, ("title", "PROFORMA INVOICE"),
                  ("kv", [("PI No.:", no), ("Date:", date), ("Buyer:", "REGENBOOG RETAIL B.V., Oudegracht 180, 3511 NP Utrecht, The Netherlands")]
                   + ([("Remark:", remark)] if remark else [])),
                  ("table", ["Item", "Description", "Qty", "Unit price", "Amount"], [
                      ["RR-U3F", f"3-fold auto open/close umbrella 21\"x8K, 190T pongee Teflon, navy PANTONE 19-4024TCX, {logo}",
                       "5,000 pcs", f"USD {price}", "USD " + money(q * D(price))],
                      ["", "TOTAL FOB XIAMEN", "5,000 pcs", "", "USD " + money(q * D(price))]],
                   [0.12, 0.5, 0.12, 0.12, 0.14]),
                  ("pb", say_usd(q * D(price))),
                  ("kv", [("Price term:", "FOB Xiamen"), ("Payment:", "30% T/T deposit, 70% against copy of B/L"),
                          ("Lead time:", "45 days after deposit"), ("Packing:", "sleeve + polybag, 50pcs/ctn, 5-ply 62x35x32cm, 100 ctns"),
                          ("Test:", "REACH / AZO free report before shipment")]),
                  ("pb", "BANK DETAILS"), ("kv", bank),
                  ("sign", "Buyer", "Xiamen Haiyun Umbrella Co., Ltd.")]
        pdf_rl(path, blocks, latin="DejaVu", title=no, author="Vivian Zheng")

    pi(out(c, "pi/PI-HY260304.pdf"), "HY260304", "2026-03-04", "3.85", "1C white silk screen logo 120x40mm on 1 panel", None)
    pdf_fpdf(out(c, "changes/CO-RR-01_logo.pdf"), [
        ("head", "REGENBOOG RETAIL B.V.", "", ["Oudegracht 180, 3511 NP Utrecht, The Netherlands"]),
        ("title", "CHANGE ORDER CO-RR-01"),
        ("kv", [("Order:", "RR-2026-0219 / PI HY260304"), ("Supplier:", "Xiamen Haiyun Umbrella Co., Ltd."), ("Date:", "10-03-2026")]),
        ("table", ["Field", "Original", "New"], [
            ["Logo", "1-colour silk screen, white, 120 x 40 mm, one panel",
             "Full-colour heat transfer (rainbow logo), 120 x 40 mm, one panel"]], [0.2, 0.4, 0.4]),
        ("p", "Reason: new brand identity (rainbow logo) from 1 April 2026. Supplier confirms no extra cost and no "
              "change of lead time for this change. All other terms unchanged."),
        ("sign", "Approved (buyer): Sanne de Vries, Inkoop – signed 10-03-2026",
         "Acknowledged (supplier): Vivian Zheng – 10-03-2026"),
    ], title="CO-RR-01", author="Sanne de Vries")
    pi(out(c, "pi/PI-HY260304-R1.pdf"), "HY260304-R1", "2026-03-13", "4.05",
       "full colour heat transfer logo 120x40mm on 1 panel",
       "R1 supersedes HY260304: logo per CO-RR-01; unit price per e-mail 12 Mar 2026")

    eml = """From: Sanne de Vries <sanne.devries@regenboogretail.nl>
To: Vivian Zheng <vivian@haiyun-umbrella.com>
Subject: Re: RR-U3F fabric price increase
Date: Thu, 12 Mar 2026 10:47:03 +0100
Message-ID: <a41c9e2b-5d1f-4c4e-9b7a-20260312@regenboogretail.nl>
In-Reply-To: <20260311183002.7731@haiyun-umbrella.com>
References: <20260311183002.7731@haiyun-umbrella.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi Vivian,

OK, given the pongee increase we accept USD 4.05/pc for this order (5,000 pc=
s). Please send the revised PI with the new price and the heat-transfer logo f=
rom CO-RR-01. Lead time stays 45 days as discussed.

Met vriendelijke groet / kind regards,
Sanne de Vries
Inkoop | Regenboog Retail B.V.

Op wo 11 mrt 2026 om 18:30 schreef Vivian Zheng <vivian@haiyun-umbrella.com>=
:
> Dear Sanne,
>
> Sorry to inform you that the 190T pongee with Teflon coating went up about=
 8%
> since our quotation (the mill raised the price after Spring Festival).
> We can not keep USD 3.85, the new price is USD 4.05/pc FOB Xiamen.
> Other umbrellas like our straight umbrella 23" are also up, 4.60 -> 4.90.
>
> Best regards
> Vivian Zheng
> Xiamen Haiyun Umbrella Co., Ltd.
>
>> On 20 Feb 2026, Sanne de Vries wrote:
>> We accept your quotation HY-Q260220, USD 3.85/pc FOB Xiamen for 5,000 pcs.
>> Please go ahead with samples.
"""
    write_text(out(c, "chat/Re_ RR-U3F fabric price increase.eml"), eml, crlf=True)

    README_ROWS.append(("06-umbrella-price-email-logo-co", "REVIEW",
                        "price.unit chat_only (3.85 -> 4.05 accepted only by e-mail, medium); logo documented_change (silk screen -> heat transfer, signed CO, info)",
                        "DOCX spec, XLSX sample, ReportLab quote + PIs (DejaVu), fpdf2 change order, .eml quoted-printable with nested quotes"))


def case07(c):
    """Wooden puzzles, Yunhe -> Lyon. PI swaps EN71 for ASTM F963 and matte water-based lacquer for gloss PU."""
    write_toml(c, '''
order_id = "LPA-CMD-2026-014"
buyer = ["Les Petits Ateliers SAS", "Les Petits Ateliers", "Camille Moreau", "Camille"]
supplier = ["Yunhe County Muqu Toys Co., Ltd.", "云和县木趣玩具有限公司", "Muqu Toys", "Lucy Ye", "叶露", "Lucy"]
stakeholders = ["camille.moreau@petitsateliers.fr", "lucy@muqutoys.com"]

[tolerances]
dimensions = "±1 mm"
''')
    write_key(c, "HOLD", [
        {"field": "certification", "status": "undocumented_change", "min_severity": "high"},
        {"field": "finish", "status": "undocumented_change", "min_severity": "medium"},
    ], "Spec requires EN71-1/2/3 stated on the PI; the PI states ASTM F963-23 + CPSIA instead (supplier proposed it "
       "in WeChat, buyer refused). Finish matte water-based lacquer -> high-gloss PU lacquer on both SKUs, never discussed.")

    wb = new_wb("Camille Moreau")
    ws = wb.active
    ws.title = "Fiche technique"
    xl_title(ws, 1, "LES PETITS ATELIERS – FICHE TECHNIQUE / PRODUCT SPEC", 4)
    xl_merged_line(ws, 2, "Puzzles à encastrer en bois / wooden peg puzzles – rév. A, 05/02/2026 – Camille Moreau", 4)
    xl_table(ws, 4, ["Attribut / attribute", "LPA-PZ01", "LPA-PZ02", "Tolérance"], [
        ["Description", "Puzzle animaux, 8 pièces / animal puzzle, 8 pcs", "Puzzle véhicules, 6 pièces / vehicle puzzle, 6 pcs", ""],
        ["Matériau / material", "Beech plywood 9 mm (board), solid beech pieces, FSC", "Beech plywood 9 mm (board), solid beech pieces, FSC", ""],
        ["Dimensions", "300 x 225 x 9 mm", "300 x 225 x 9 mm", "±1 mm"],
        ["Peinture / paint", "Water-based paint, colours per artwork", "Water-based paint, colours per artwork", ""],
        ["Finition / finish", "Matte clear water-based lacquer", "Matte clear water-based lacquer", ""],
        ["Logo", "Pad print 1C on board corner", "Pad print 1C on board corner", ""],
    ])
    xl_merged_line(ws, 12, "Certification (obligatoire): EN71-1, EN71-2, EN71-3 test report by an accredited lab, CE marking on box. "
                           "The PI / contract shall state: 'Goods comply with EN71-1/-2/-3; test report before balance payment.'", 4, bold=True)
    xl_merged_line(ws, 13, "Packaging: shrink-wrapped with printed sleeve, 24 sets/ctn, 5-ply carton 47 x 32 x 25 cm, "
                           "warning 'Ne convient pas aux enfants de moins de 12 mois'.", 4)
    xl_widths(ws, [24, 42, 42, 10])
    ws2 = wb.create_sheet("Artwork")
    xl_title(ws2, 1, "Artwork references", 2, 12)
    xl_table(ws2, 3, ["File", "Content"], [["LPA-PZ01_art_v3.ai", "animals, 6 spot colours"], ["LPA-PZ02_art_v2.ai", "vehicles, 5 spot colours"]])
    save_wb(wb, out(c, "spec/LPA_puzzles_fiche_technique.xlsx"))

    docx_file(out(c, "quotes/木趣玩具报价单_MQ-260212.docx"), [
        ("head", "云和县木趣玩具有限公司", "YUNHE COUNTY MUQU TOYS CO., LTD.", ["No. 8 Fuyuan Road, Yunhe Industrial Zone, Lishui, Zhejiang"]),
        ("title", "报价单 QUOTATION MQ-260212"),
        ("kv", [("客户 Customer", "Les Petits Ateliers SAS"), ("日期 Date", "2026-02-12")]),
        ("table", ["货号 Item", "品名 Description", "数量 Qty", "单价 USD FOB Ningbo"], [
            ["LPA-PZ01", "动物拼图8片 Animal puzzle 8pcs, 榉木 beech 9mm, 水性漆 water-based paint, 哑光 matte lacquer", "2,000 sets", "2.30"],
            ["LPA-PZ02", "交通拼图6片 Vehicle puzzle 6pcs, 榉木 beech 9mm, 水性漆 water-based paint, 哑光 matte lacquer", "2,000 sets", "2.10"]],
         [0.14, 0.52, 0.14, 0.2]),
        ("kv", [("付款 Payment", "30% T/T 定金, 70% 出货前 / 30% deposit, 70% before shipment"),
                ("交期 Lead time", "收到定金后45天 / 45 days after deposit"),
                ("检测 Test", "EN71-1/2/3 (SGS), 费用已含 / cost included"),
                ("包装 Packing", "收缩膜+彩色腰封, 24套/箱, 五层箱 47*32*25cm")]),
    ], author="Lucy Ye")

    pdf_rl(out(c, "sample/LPA_golden_sample_record.pdf"), [
        ("head", "LES PETITS ATELIERS SAS", "", ["24 rue de la République, 69002 Lyon, France"]),
        ("title", "Golden sample record / Échantillon de référence"),
        ("kv", [("Samples:", "3 sets per item, received 20/02/2026"), ("Checked by:", "Camille Moreau")]),
        ("table", ["Item", "Board size (mm)", "Finish", "Paint / colours", "Small parts cylinder", "Result"], [
            ["LPA-PZ01", "300.4 x 224.6 x 9.1", "matte, water-based", "OK vs artwork v3", "pass", "APPROVED"],
            ["LPA-PZ02", "299.7 x 225.3 x 8.9", "matte, water-based", "OK vs artwork v2", "pass", "APPROVED"]],
         [0.12, 0.2, 0.18, 0.18, 0.16, 0.16]),
        ("p", "Approved on 24/02/2026 – signed Camille Moreau. Production must match these samples."),
    ], title="Golden sample LPA", author="Camille Moreau")

    # PI: XLSX (supplier's own template) -> PDF via LibreOffice
    BUILD.mkdir(exist_ok=True)
    wb = new_wb("Lucy Ye")
    ws = wb.active
    ws.title = "PI"
    xl_title(ws, 1, "云和县木趣玩具有限公司 YUNHE COUNTY MUQU TOYS CO., LTD.", 6, 13)
    xl_merged_line(ws, 2, "No. 8 Fuyuan Road, Yunhe Industrial Zone, Lishui, Zhejiang, China  Tel +86 578 5512 063", 6)
    xl_title(ws, 3, "PROFORMA INVOICE", 6, 14)
    xl_merged_line(ws, 4, "PI No.: MQ-PI-260303        Date: 2026-03-03", 6)
    xl_merged_line(ws, 5, "Buyer: Les Petits Ateliers SAS, 24 rue de la République, 69002 Lyon, France", 6)
    items = [("LPA-PZ01", "Animal puzzle 8pcs, beech plywood 9mm + solid beech pieces, water-based paint, high-gloss PU lacquer 高光PU漆", 2000, D("2.30")),
             ("LPA-PZ02", "Vehicle puzzle 6pcs, beech plywood 9mm + solid beech pieces, water-based paint, high-gloss PU lacquer 高光PU漆", 2000, D("2.10"))]
    total = sum(q * p for _, _, q, p in items)
    r = xl_table(ws, 7, ["No.", "Item", "Description", "Qty (sets)", "Unit price USD", "Amount USD"],
                 [[i + 1, a, b, q, float(p), float(q * p)] for i, (a, b, q, p) in enumerate(items)] +
                 [["", "", "TOTAL FOB NINGBO", 4000, "", float(total)]])
    for row in ws.iter_rows(min_row=8, max_row=r, min_col=5, max_col=6):
        for cell in row:
            cell.number_format = "#,##0.00"
    ws.cell(row=r, column=4).number_format = "#,##0"
    for rr in range(8, r):
        ws.cell(row=rr, column=4).number_format = "#,##0"
    lines = [say_usd(total),
             "Price term: FOB Ningbo",
             "Payment: 30% T/T deposit, 70% balance before shipment",
             "Lead time: 45 days after deposit",
             "Packing: shrink wrap + printed sleeve, 24 sets/ctn, 5-ply carton 47*32*25cm, 167 ctns",
             "Test standard 检测标准: ASTM F963-23 + CPSIA (report available)",
             "Beneficiary: YUNHE COUNTY MUQU TOYS CO., LTD.",
             "Bank: Bank of China Lishui Branch   SWIFT: BKCHCNBJ92B   A/C: 3670 7218 6345",
             "Seller signature / chop: ______________      Buyer: ______________"]
    for i, t in enumerate(lines):
        xl_merged_line(ws, r + 2 + i, t, 6, bold=(i == 0))
    xl_widths(ws, [6, 11, 52, 11, 13, 14])
    xl_fit(ws)
    pi_xlsx = BUILD / "MQ-PI-260303.xlsx"
    save_wb(wb, pi_xlsx)
    lo_convert(pi_xlsx, out(c, "pi/MQ-PI-260303.pdf"))

    L, Cm = "Lucy叶露-木趣玩具", "Camille Moreau"
    msgs = [
        (dt("2026-02-12 09:03"), L, "Bonjour Camille! Quotation MQ-260212 sent by email, PZ01 2.30, PZ02 2.10 USD"),
        (dt("2026-02-12 16:20"), Cm, "Merci Lucy. Prices OK. We confirm the quotation MQ-260212 if the samples are good"),
        (dt("2026-02-24 14:10"), Cm, "Samples approved, record attached. Please prepare the PI"),
        (dt("2026-02-26 10:31"), L, "Camille, about test: we already have ASTM F963 and CPSIA report for same puzzle for USA customer"),
        (dt("2026-02-26 10:32"), L, "EN71 new test need 1,200 USD and 2 weeks. We use ASTM ok? save money for you"),
        (dt("2026-02-26 17:45"), Cm, "No, sorry. We sell in France, EN71-1/2/3 is mandatory for CE. Please keep EN71 as in the quotation"),
        (dt("2026-02-27 08:12"), L, "好的，明白"),
        (dt("2026-03-03 11:20"), L, "[文件] MQ-PI-260303.pdf"),
        (dt("2026-03-03 11:21"), L, "PI for your check. 167 cartons, about 6.5 CBM"),
        (dt("2026-03-04 09:05"), Cm, "Deposit 2,640 USD sent. We'll book LCL from Ningbo"),
        (dt("2026-03-04 09:40"), L, "[图片]"),
        (dt("2026-03-04 09:40"), L, "our new laser cutting machine, 12 boards per minute 😄"),
    ]
    write_text(out(c, "chat/wechat_Lucy_Muqu.txt"), wechat_pc(msgs))

    README_ROWS.append(("07-wooden-puzzle-cert-finish", "HOLD",
                        "certification EN71-1/2/3 -> ASTM F963 + CPSIA undocumented_change (high, buyer refused in WeChat); finish matte water-based -> high-gloss PU undocumented_change (medium)",
                        "XLSX spec 2 sheets (FR/EN), DOCX quote (CN/EN), ReportLab sample, XLSX->LibreOffice PI, WeChat PC copy"))


def case08(c):
    """Cotton canvas aprons, Shaoxing -> Osaka. Clean, with per-carton numbers, packing list, other product in chat."""
    write_toml(c, '''
order_id = "HZ-2026-021"
buyer = ["Hinata Zakka Co., Ltd.", "Hinata Zakka", "Yuki Tanaka", "田中"]
supplier = ["Shaoxing Keqiao Huafang Textile Co., Ltd.", "绍兴柯桥华纺纺织品有限公司", "Huafang", "Helen Shen", "Helen"]
stakeholders = ["y.tanaka@hinata-zakka.jp", "helen@huafang-textile.com"]

[tolerances]
dimensions = "±1.5 cm"
weight = "±5%"

[release]
inspection = "passed"
''')
    write_key(c, "RELEASE", [],
              "Clean 2-SKU apron order. Quote R1 superseded by the accepted R2 (lower prices); per-carton weights "
              "(13.0 kg N.W.) and carton counts on PI / packing list; tea towel prices for another product in chat; "
              "sample within tolerance; inspection PASSED.")

    sup = ("SHAOXING KEQIAO HUAFANG TEXTILE CO., LTD.", "绍兴柯桥华纺纺织品有限公司",
           ["No. 1099 Jinke Road, Keqiao District, Shaoxing, Zhejiang, China", "helen@huafang-textile.com"])
    docx_file(out(c, "spec/HZ_apron_spec_2026SS.docx"), [
        ("title", "Hinata Zakka – Apron specification 2026 SS"),
        ("kv", [("Items", "HZ-AP-NAT (natural) / HZ-AP-CHR (charcoal)"), ("Date", "2026/01/19"), ("Buyer contact", "Yuki Tanaka")]),
        ("table", ["Attribute", "Requirement"], [
            ["Material", "100% cotton canvas 12 oz, pre-washed"],
            ["Size", "70 x 85 cm (W x L), tolerance ±1.5 cm"],
            ["Weight", "260 g per apron ±5%"],
            ["Colour", "HZ-AP-NAT: natural undyed (Pantone 11-0507 TCX); HZ-AP-CHR: charcoal (Pantone 18-0601 TCX)"],
            ["Details", "Adjustable neck strap with brass slider, 2 front pockets, waist ties 80 cm"],
            ["Logo", "Woven label 50 x 20 mm sewn on right pocket"],
            ["Unit pack", "Folded, OPP bag, swing tag with JAN barcode"],
            ["Master carton", "50 pcs/ctn, 5-ply export carton 55 x 40 x 30 cm"],
            ["Inspection", "AQL II 2.5/4.0 before balance"],
        ], [0.25, 0.75]),
    ], author="Yuki Tanaka")

    def quote(path, rev, date, p1, p2, note):
        wb = new_wb("Helen Shen")
        ws = wb.active
        ws.title = "Quote"
        xl_title(ws, 1, "SHAOXING KEQIAO HUAFANG TEXTILE CO., LTD.", 7)
        xl_title(ws, 2, f"QUOTATION HF-Q-0123 {rev}", 7, 12)
        xl_merged_line(ws, 3, f"To: Hinata Zakka Co., Ltd. (Ms. Yuki Tanaka)   Date: {date}   {note}", 7)
        r = xl_table(ws, 5, ["Item", "Photo", "Description", "Size", "Qty", "Unit price USD FOB Ningbo", "Pcs/ctn"], [
            ["HZ-AP-NAT", "[photo]", "12oz cotton canvas apron, natural, 2 pockets, brass slider, woven label", "70x85cm", 1000, p1, 50],
            ["HZ-AP-CHR", "[photo]", "12oz cotton canvas apron, charcoal 18-0601TCX, 2 pockets, brass slider, woven label", "70x85cm", 1000, p2, 50],
        ])
        for i, t in enumerate(["Payment: 30% deposit, 70% before shipment (T/T)", "Lead time: 30 days after deposit",
                               "Carton: 5 ply 55x40x30cm, N.W. 13.0kg / G.W. 14.2kg per carton"]):
            xl_merged_line(ws, r + 1 + i, t, 7)
        xl_widths(ws, [12, 8, 44, 10, 8, 14, 8])
        save_wb(wb, path)

    quote(out(c, "quotes/HF-Q-0123_R1.xlsx"), "R1", "2026/01/23", 3.40, 3.55, "")
    quote(out(c, "quotes/HF-Q-0123_R2.xlsx"), "R2", "2026/01/28", 3.20, 3.35, "R2 replaces R1 (fabric from stock)")

    pdf_fpdf(out(c, "sample/HZ_apron_sample_check.pdf"), [
        ("title", "Sample check – HZ-AP-NAT / HZ-AP-CHR"),
        ("kv", [("Received:", "2026/02/02, 2 pcs per colour"), ("Checked by:", "Yuki Tanaka, Hinata Zakka QC")]),
        ("table", ["Item", "W x L (cm)", "Weight (g)", "Colour", "Label", "Result"], [
            ["HZ-AP-NAT #1", "70.5 x 84.2", "266", "OK", "OK", "OK"], ["HZ-AP-NAT #2", "69.6 x 85.4", "257", "OK", "OK", "OK"],
            ["HZ-AP-CHR #1", "70.2 x 85.9", "263", "OK", "OK", "OK"], ["HZ-AP-CHR #2", "69.8 x 84.7", "269", "OK", "OK", "OK"]],
         [0.2, 0.18, 0.14, 0.14, 0.14, 0.2]),
        ("pb", "Approved as golden sample – Yuki Tanaka, 2026/02/04"),
    ], title="Sample check HZ apron", author="Yuki Tanaka")

    items = [("HZ-AP-NAT", "Cotton canvas apron 12oz, natural, 70x85cm, woven label", 1000, D("3.20")),
             ("HZ-AP-CHR", "Cotton canvas apron 12oz, charcoal PMS 18-0601TCX, 70x85cm, woven label", 1000, D("3.35"))]
    total = sum(q * p for _, _, q, p in items)
    pdf_rl(out(c, "pi/HF-PI-260206.pdf"), [
        ("head",) + sup, ("title", "PROFORMA INVOICE"),
        ("kv", [("Invoice No.:", "HF-PI-260206"), ("Date:", "2026-02-06"), ("Messrs:", "Hinata Zakka Co., Ltd., 2-5-8 Minamisemba, Chuo-ku, Osaka 542-0081, Japan"),
                ("Ref.:", "Quotation HF-Q-0123 R2")]),
        ("table", ["Item No.", "Description", "Quantity", "Unit Price", "Amount", "Packing"],
         [[a, b, f"{q:,} PCS", f"USD {p:.2f}", f"USD {money(q * p)}", "50 pcs/ctn x 20 ctns"] for a, b, q, p in items] +
         [["", "TOTAL", "2,000 PCS", "", f"USD {money(total)}", "40 ctns"]],
         [0.12, 0.36, 0.12, 0.12, 0.14, 0.14]),
        ("pb", say_usd(total)),
        ("kv", [("Price term:", "FOB NINGBO"), ("Payment:", "T/T 30% deposit, 70% balance before shipment"),
                ("Delivery:", "30 days after deposit"),
                ("Packing:", "1 pc/OPP bag with swing tag, 50 pcs/ctn, 5-ply 55x40x30cm; N.W. 13.0 kg, G.W. 14.2 kg, 0.066 CBM per ctn"),
                ("Shipping mark:", "HINATA ZAKKA / OSAKA / ITEM / 50 PCS / C/NO. 1-40 / MADE IN CHINA"),
                ("Inspection:", "AQL II 2.5/4.0 before balance")]),
        ("hr",),
        ("kv", [("Beneficiary:", "SHAOXING KEQIAO HUAFANG TEXTILE CO., LTD."),
                ("Bank:", "Bank of Hangzhou Shaoxing Keqiao Sub-branch"), ("SWIFT:", "HZCBCN2H"),
                ("A/C:", "3306 0401 6000 2318 77")]),
        ("sign", "Buyer", "Seller (chop)"),
    ], title="HF-PI-260206", author="Helen Shen")

    pdf_fpdf(out(c, "inspection/KTC_final_inspection_HZ_0312.pdf"), [
        ("title", "FINAL INSPECTION REPORT (third party)"),
        ("kv", [("Inspection company:", "Keqiao TexCheck Services"), ("Date:", "2026-03-12"),
                ("Client:", "Hinata Zakka Co., Ltd."), ("Factory:", "Shaoxing Keqiao Huafang Textile Co., Ltd."),
                ("Lot:", "2,000 pcs / 40 ctns, 100% packed"), ("Sampling:", "AQL II, sample size 125, major 2.5 (Ac 7), minor 4.0 (Ac 10)")]),
        ("table", ["Check", "Result"], [
            ["Workmanship major / minor", "2 / 4 -> Pass"], ["Size 70x85 cm ±1.5", "69.4-71.1 x 84.1-85.8 -> Pass"],
            ["Weight 260 g ±5%", "252-271 g -> Pass"], ["Carton N.W. / G.W.", "13.1 kg / 14.3 kg (50 pcs)"],
            ["Colour vs golden sample", "Pass"], ["Needle detection", "Pass"]], [0.45, 0.55]),
        ("pb", "Overall: PASSED"),
    ], title="Inspection HZ apron", author="TexCheck")

    wb = new_wb("Helen Shen")
    ws = wb.active
    ws.title = "Packing list"
    xl_title(ws, 1, "PACKING LIST  HF-PL-260313", 7)
    xl_merged_line(ws, 2, "Invoice HF-PI-260206 · Ningbo -> Osaka · ETD 2026-03-18", 7)
    r = xl_table(ws, 4, ["C/NO.", "Item", "Ctns", "Pcs/ctn", "Total pcs", "N.W. (kg)", "G.W. (kg)"], [
        ["1-20", "HZ-AP-NAT", 20, 50, 1000, 260.0, 284.0], ["21-40", "HZ-AP-CHR", 20, 50, 1000, 260.0, 284.0],
        ["", "TOTAL", 40, "", 2000, 520.0, 568.0]])
    xl_merged_line(ws, r + 1, "Measurement: 55 x 40 x 30 cm x 40 ctns = 2.64 CBM", 7)
    ws2 = wb.create_sheet("Marks")
    xl_merged_line(ws2, 1, "HINATA ZAKKA / OSAKA / ITEM / 50 PCS / C/NO. 1-40 / MADE IN CHINA", 4)
    save_wb(wb, out(c, "other/HF-PL-260313_packing_list.xlsx"))

    H, Y = "Helen Shen", "Yuki Tanaka"
    msgs = [
        (dt("2026-01-23 10:10"), H, "Hello Yuki san, quotation R1 sent. 3.40 / 3.55 USD"),
        (dt("2026-01-26 09:02"), Y, "Thank you Helen. It is a little high for us. Target is 3.20 / 3.35"),
        (dt("2026-01-28 15:30"), H, "We found canvas in stock, R2 sent: 3.20 and 3.35 👍"),
        (dt("2026-01-28 15:31"), H, "Also our tea towel 50x70cm linen-cotton is 0.95 USD, 2000 pcs MOQ, if you want for autumn"),
        (dt("2026-01-28 17:44"), Y, "Tea towel maybe in June. For aprons R2 is OK, we confirm quotation HF-Q-0123 R2, please make samples"),
        (dt("2026-02-04 11:20"), Y, "Samples OK. 266 g and 257 g, good. Please send PI"),
        (dt("2026-02-06 14:05"), H, "\u200eimage omitted"),
        (dt("2026-02-06 14:06"), H, "PI HF-PI-260206, 40 cartons, 13 kg each"),
        (dt("2026-02-09 10:00"), Y, "Deposit USD 1,965 sent"),
        (dt("2026-03-12 18:22"), H, "Inspection passed today! 2 major 4 minor"),
        (dt("2026-03-13 08:40"), Y, "Great news. We pay the balance USD 4,585 today"),
        (dt("2026-03-13 08:41"), Y, "It is cherry blossom forecast time in Osaka, 3/27 🌸"),
    ]
    write_text(out(c, "chat/WhatsApp Chat - Helen Shen.txt"), wa_ios_ymd(msgs))

    README_ROWS.append(("08-cotton-apron-clean", "RELEASE",
                        "nothing (clean); quote R1 superseded by accepted R2, per-carton N.W./G.W., packing list in other/, tea towel price in chat, inspection PASSED",
                        "DOCX spec, 2 XLSX quotes, fpdf2 sample + inspection, ReportLab PI, XLSX packing list (other), WhatsApp iOS [yyyy/mm/dd, hh:mm:ss]"))


def case09(c):
    """Borosilicate storage jars, Xuzhou -> Vancouver. Clean 3-SKU order, oz/ml noise."""
    write_toml(c, '''
order_id = "MPG-PO-26-044"
buyer = ["Maple Pantry Goods Ltd.", "Maple Pantry", "Priya Sharma", "Priya"]
supplier = ["Xuzhou Jingcheng Glass Products Co., Ltd.", "徐州晶诚玻璃制品有限公司", "Jingcheng Glass", "Tony Liu", "刘涛", "Tony"]
stakeholders = ["priya@maplepantry.ca", "tony@jingcheng-glass.com"]

[tolerances]
dimensions = "±2 mm"
capacity = "±3%"
''')
    write_key(c, "RELEASE", [],
              "Clean 3-SKU glass jar order. Capacities written 17/27/40 oz vs 500/800/1200 ml (inside ±3%), "
              "'high borosilicate 3.3 (高硼硅)' = borosilicate glass 3.3, per-carton counts, shipping marks, chat numbers "
              "(tracking, CBM, pallets from another supplier).")

    BUILD.mkdir(exist_ok=True)
    spec_docx = BUILD / "MP-GJ_storage_jar_spec.docx"
    docx_file(spec_docx, [
        ("title", "Maple Pantry Goods – Glass Storage Jar Specification (MP-GJ series)"),
        ("kv", [("Revision", "B – 2026-02-09"), ("Owner", "Priya Sharma, Sourcing"),
                ("Applies to", "MP-GJ500, MP-GJ800, MP-GJ1200")]),
        ("table", ["", "MP-GJ500", "MP-GJ800", "MP-GJ1200"], [
            ["Capacity (brimful)", "500 ml", "800 ml", "1200 ml"],
            ["Outer size", "Ø 95 x H 120 mm", "Ø 95 x H 160 mm", "Ø 95 x H 225 mm"],
            ["Glass", "Borosilicate glass 3.3, wall 2.5 mm", "Borosilicate glass 3.3, wall 2.5 mm", "Borosilicate glass 3.3, wall 2.5 mm"],
            ["Lid", "Natural bamboo lid, food-grade silicone ring", "same", "same"],
            ["Carton", "24 pcs/ctn, 5-ply", "18 pcs/ctn, 5-ply", "12 pcs/ctn, 5-ply"],
        ], [0.22, 0.26, 0.26, 0.26]),
        ("p", "Tolerances: dimensions ±2 mm, capacity ±3%. Thermal shock resistance ΔT 120 °C."),
        ("p", "Unit pack: each jar in a white box with bilingual (EN/FR) label and UPC. Carton marks: MAPLE PANTRY / "
              "VANCOUVER / ITEM / QTY / C/NO."),
        ("p", "Food contact: FDA 21 CFR and LFGB test reports for glass and silicone before shipment."),
        ("p", "Commercial terms per the accepted quotation."),
    ], author="Priya Sharma")
    lo_convert(spec_docx, out(c, "spec/MP-GJ_storage_jar_spec.pdf"))

    sup = ("XUZHOU JINGCHENG GLASS PRODUCTS CO., LTD.", "徐州晶诚玻璃制品有限公司",
           ["No. 6 Boli Road, Jiawang District, Xuzhou, Jiangsu, China", "tony@jingcheng-glass.com  +86 516 8766 2105"])
    pdf_fpdf(out(c, "quotes/JC-260213_quotation_MaplePantry.pdf"), [
        ("head",) + sup, ("title", "QUOTATION 报价单"),
        ("kv", [("No.:", "JC-260213"), ("Date:", "Feb 13, 2026"), ("Customer:", "Maple Pantry Goods Ltd.")]),
        ("table", ["Item", "Description", "Capacity", "Size", "Qty", "FOB Shanghai"], [
            ["MP-GJ500", "High borosilicate 3.3 jar, bamboo lid, silicone ring", "500ml / 16.9oz", "D95xH120mm", "1,920", "USD 1.45"],
            ["MP-GJ800", "High borosilicate 3.3 jar, bamboo lid, silicone ring", "800ml / 27oz", "D95xH160mm", "1,800", "USD 1.78"],
            ["MP-GJ1200", "High borosilicate 3.3 jar, bamboo lid, silicone ring", "1200ml / 40.6oz", "D95xH225mm", "1,500", "USD 2.25"]],
         [0.12, 0.36, 0.14, 0.14, 0.1, 0.14]),
        ("kv", [("Payment:", "30% deposit, 70% before shipment"), ("Lead time:", "35 days"),
                ("Packing:", "white box, 24/18/12 pcs per 5 ply carton"), ("Valid:", "until Mar 15, 2026")]),
    ], title="JC-260213", author="Tony Liu")

    docx_file(out(c, "sample/MP-GJ_golden_sample.docx"), [
        ("title", "Golden sample record – MP-GJ"),
        ("p", "Samples: 3 pcs per item (SF Express SF 1403 7782 9056), received Feb 19, 2026."),
        ("table", ["Item", "Capacity measured (ml)", "Ø x H measured (mm)", "Wall (mm)", "Thermal shock", "Result"], [
            ["MP-GJ500", "496 / 503 / 499", "95.6 x 119.2", "2.5", "pass", "approved"],
            ["MP-GJ800", "806 / 792 / 799", "94.8 x 161.1", "2.6", "pass", "approved"],
            ["MP-GJ1200", "1186 / 1211 / 1197", "95.3 x 224.0", "2.5", "pass", "approved"]],
         [0.14, 0.22, 0.2, 0.12, 0.14, 0.18]),
        ("pb", "Approved: Priya Sharma, Feb 20, 2026"),
    ], author="Priya Sharma")

    wb = new_wb("Tony Liu")
    ws = wb.active
    ws.title = "PI"
    xl_title(ws, 1, "徐州晶诚玻璃制品有限公司", 7, 13)
    xl_title(ws, 2, "XUZHOU JINGCHENG GLASS PRODUCTS CO., LTD.", 7, 13)
    xl_merged_line(ws, 3, "No. 6 Boli Road, Jiawang District, Xuzhou, Jiangsu, China", 7)
    xl_title(ws, 4, "PROFORMA INVOICE", 7, 14)
    xl_merged_line(ws, 5, "PI NO.: JC-PI-260225     DATE: 2026-02-25     TO: MAPLE PANTRY GOODS LTD., 1280 Homer St, Vancouver BC V6B 2Y5, Canada", 7)
    items = [("MP-GJ500", "Storage jar 500ml (17oz), high borosilicate 3.3 高硼硅, bamboo lid", 1920, D("1.45"), 24),
             ("MP-GJ800", "Storage jar 800ml (27oz), high borosilicate 3.3 高硼硅, bamboo lid", 1800, D("1.78"), 18),
             ("MP-GJ1200", "Storage jar 1200ml (40oz), high borosilicate 3.3 高硼硅, bamboo lid", 1500, D("2.25"), 12)]
    total = sum(q * p for _, _, q, p, _ in items)
    r = xl_table(ws, 7, ["ITEM", "DESCRIPTION", "QTY (PCS)", "PCS/CTN", "CTNS", "UNIT PRICE (USD)", "AMOUNT (USD)"],
                 [[a, b, q, n, q // n, float(p), float(q * p)] for a, b, q, p, n in items] +
                 [["", "TOTAL FOB SHANGHAI", 5220, "", 305, "", float(total)]])
    for rr in range(8, r + 1):
        ws.cell(row=rr, column=3).number_format = "#,##0"
        ws.cell(row=rr, column=6).number_format = "0.00"
        ws.cell(row=rr, column=7).number_format = "#,##0.00"
    lines = [say_usd(total), "PRICE TERM: FOB SHANGHAI", "PAYMENT: 30% T/T DEPOSIT, BALANCE 70% BEFORE SHIPMENT",
             "LEAD TIME: 35 DAYS AFTER DEPOSIT", "PACKING: each jar in white box, 5-ply export carton; total 305 ctns, approx. 11.8 CBM",
             "SHIPPING MARKS: MAPLE PANTRY / VANCOUVER / ITEM / QTY / C/NO. 1-305 / MADE IN CHINA",
             "BENEFICIARY: XUZHOU JINGCHENG GLASS PRODUCTS CO., LTD.",
             "BANK: BANK OF JIANGSU XUZHOU BRANCH, SWIFT BOJSCNBN, A/C 7015 0188 0001 6620 93"]
    for i, t in enumerate(lines):
        xl_merged_line(ws, r + 2 + i, t, 7, bold=(i == 0))
    xl_widths(ws, [12, 46, 11, 9, 8, 13, 14])
    xl_fit(ws)
    pi_xlsx = BUILD / "JC-PI-260225.xlsx"
    save_wb(wb, pi_xlsx)
    lo_convert(pi_xlsx, out(c, "pi/JC-PI-260225.pdf"))

    T, P = "Tony Liu Jingcheng", "Priya Sharma"
    msgs = [
        (dt("2026-02-11 20:14"), None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        (dt("2026-02-11 20:14"), T, "Hi Priya, this is Tony from Jingcheng Glass, nice to meet you"),
        (dt("2026-02-11 20:40"), P, "Hi Tony! Spec rev B attached, 3 sizes with bamboo lids"),
        (dt("2026-02-13 21:05"), T, "Quotation JC-260213 sent by email"),
        (dt("2026-02-14 09:12"), P, "Thanks. Prices OK if samples are good. Please send 3 pcs per size"),
        (dt("2026-02-14 09:30"), T, "Samples sent, SF 1403 7782 9056"),
        (dt("2026-02-20 10:02"), P, "Samples approved 🎉 1186 to 1211 ml for the big one, all fine. We accept quotation JC-260213, please send PI"),
        (dt("2026-02-20 10:05"), P, "We just received 3 pallets of kitchen towels from another supplier, warehouse is full lol"),
        (dt("2026-02-25 19:40"), T, "PI JC-PI-260225 sent. 305 cartons, around 11.8 CBM, LCL or 20GP?"),
        (dt("2026-02-26 08:15"), P, "20GP probably, we add some other goods. Deposit 2,808.90 USD sent today"),
        (dt("2026-02-26 08:16"), P, "<Media omitted>"),
        (dt("2026-02-26 21:02"), T, "Received, thank you! Our furnace runs 24 hours, 1,500 °C"),
        (dt("2026-02-27 07:45"), P, "Cool. My son turns 7 tomorrow, busy weekend 😅"),
    ]
    write_text(out(c, "chat/WhatsApp Chat with Tony Liu Jingcheng.txt"), wa_android_ca(msgs))

    README_ROWS.append(("09-glass-jar-clean", "RELEASE",
                        "nothing (clean); 17/27/40 oz vs ml within ±3%, borosilicate synonyms, shipping marks, chat numbers",
                        "DOCX->LibreOffice spec, fpdf2 quote, DOCX sample, XLSX->LibreOffice PI, WhatsApp Android en-CA (a.m./p.m.)"))


def case10(c):
    """Soy candles, Qingdao -> Dublin. Gift box and lead time changed by signed CO: documented only."""
    write_toml(c, '''
order_id = "GBH-PO-2026-09"
buyer = ["Glenbrook Home Ltd", "Glenbrook", "Aoife Byrne", "Aoife"]
supplier = ["Qingdao Xiangyun Candle Crafts Co., Ltd.", "青岛祥云蜡烛工艺品有限公司", "Xiangyun", "Linda Wang", "王琳", "Linda"]
stakeholders = ["aoife@glenbrookhome.ie", "linda@xiangyuncandle.com"]

[tolerances]
weight = "±3%"
dimensions = "±2 mm"
''')
    write_key(c, "RELEASE", [
        {"field": "packaging.inner", "status": "documented_change", "min_severity": "info"},
        {"field": "lead_time", "status": "documented_change", "min_severity": "info"},
    ], "Kraft window box -> white rigid gift box and lead time 35 -> 40 days, both in signed change order CO-GB-01 "
       "and in PI R1 (supersedes PI v1). Chat discussion before the CO must not turn it into chat_only.")

    spec_blocks = [
        ("head", "GLENBROOK HOME LTD", "", ["Unit 7, Greenogue Business Park, Rathcoole, Co. Dublin D24 XR29, Ireland"]),
        ("title", "Product Specification GH-CN200 – Soy Candle 200 g (Fig & Cedar)"),
        ("kv", [("Version:", "1.1, 26 Jan 2026"), ("Contact:", "Aoife Byrne, Buying")]),
        ("table", ["Attribute", "Requirement"], [
            ["Wax", "100% soy wax, net wax weight 200 g (±3%)"],
            ["Wick", "Cotton wick, lead-free, 2 pcs"],
            ["Vessel", "Amber glass jar Ø 80 x H 95 mm (±2 mm), matte black metal lid"],
            ["Fragrance", "Fig & Cedar, 8% load, IFRA 51st amendment compliant"],
            ["Colour", "Wax: natural ivory; jar: amber"],
            ["Label", "Front label kraft paper with Glenbrook logo; CLP warning label on base (EN/GA)"],
            ["Compliance", "CLP (EC 1272/2008) labelling, EN 15494 safety label; SDS supplied"],
            ["Unit pack", "Kraft gift box with window, EAN-13"],
            ["Master carton", "12 pcs/ctn, 5-ply with dividers, 40 x 30 x 22 cm"],
        ], [0.25, 0.75]),
        ("p", "Burn test: 40-45 h, no soot, no tunnelling. Inspection AQL II 2.5/4.0 before balance."),
    ]
    pdf_fpdf(out(c, "spec/GH-CN200_spec_v1.1.pdf"), spec_blocks, title="GH-CN200 spec", author="Aoife Byrne")

    docx_file(out(c, "quotes/XY-QT-260202.docx"), [
        ("head", "QINGDAO XIANGYUN CANDLE CRAFTS CO., LTD.", "青岛祥云蜡烛工艺品有限公司", ["No. 55 Lanzhou East Road, Jiaozhou, Qingdao, Shandong"]),
        ("title", "Quotation XY-QT-260202"),
        ("kv", [("Customer", "Glenbrook Home Ltd"), ("Date", "2 Feb 2026")]),
        ("table", ["Item", "Description", "Qty", "Unit price"], [
            ["GH-CN200", "Soy candle 200g in amber jar with black lid, Fig & Cedar, kraft window box", "3,600 pcs", "USD 2.95 FOB Qingdao"]],
         [0.14, 0.52, 0.14, 0.2]),
        ("kv", [("Payment", "30% T/T deposit, 70% against B/L copy"), ("Lead time", "35 days after deposit"),
                ("Packing", "12 pcs/ctn, 5 ply carton with dividers 40*30*22cm, G.W. 6.4 kg")]),
        ("p", "Accepted – Aoife Byrne, Glenbrook Home Ltd, 3 Feb 2026"),
    ], author="Linda Wang")

    wb = new_wb("Aoife Byrne")
    ws = wb.active
    ws.title = "Sample"
    xl_title(ws, 1, "GH-CN200 – golden sample measurements", 5)
    xl_table(ws, 3, ["Check", "Spec", "Sample 1", "Sample 2", "OK"], [
        ["Net wax weight (g)", "200 ±3%", 203, 198, "Y"], ["Jar Ø x H (mm)", "80 x 95 ±2", "80.4 x 94.6", "79.8 x 95.3", "Y"],
        ["Gross weight incl. jar+lid (g)", "info", 478, 474, "-"], ["Burn time (h)", "40-45", 43, "-", "Y"],
        ["CLP label", "on base", "OK", "OK", "Y"]])
    xl_merged_line(ws, 10, "Approved by Aoife Byrne on 11 Feb 2026 (2 samples).", 5)
    xl_widths(ws, [30, 14, 12, 12, 6])
    save_wb(wb, out(c, "sample/GH-CN200_golden_sample.xlsx"))

    docx_file(out(c, "changes/CO-GB-01_giftbox.docx"), [
        ("title", "Change Order CO-GB-01"),
        ("kv", [("PO", "GBH-PO-2026-09"), ("Supplier", "Qingdao Xiangyun Candle Crafts Co., Ltd."), ("Date", "4 Mar 2026")]),
        ("table", ["Item", "Field", "Was", "Now"], [
            ["GH-CN200", "Unit pack (gift box)", "Kraft gift box with window", "White rigid gift box, matte lamination, gold foil logo"],
            ["GH-CN200", "Lead time", "35 days after deposit", "40 days after deposit (new box tooling)"]],
         [0.14, 0.2, 0.28, 0.38]),
        ("p", "Unit price unchanged at USD 2.95 (supplier absorbs the box cost). All other terms unchanged."),
        ("pb", "Approved for Glenbrook Home Ltd: Aoife Byrne (signed) – 4 Mar 2026"),
        ("pb", "Confirmed for Qingdao Xiangyun: Linda Wang (chop) – 4 Mar 2026"),
    ], author="Aoife Byrne")

    sup = ("QINGDAO XIANGYUN CANDLE CRAFTS CO., LTD.", "青岛祥云蜡烛工艺品有限公司",
           ["No. 55 Lanzhou East Road, Jiaozhou, Qingdao, Shandong 266300, China", "linda@xiangyuncandle.com"])

    def pi(path, no, date, box, lead, remark):
        q, p = 3600, D("2.95")
        pdf_rl(path, [
            ("head",) + sup, ("title", "PROFORMA INVOICE"),
            ("kv", [("PI No.:", no), ("Date:", date), ("To:", "Glenbrook Home Ltd, Rathcoole, Co. Dublin, Ireland")]
             + ([("Revision:", remark)] if remark else [])),
            ("table", ["No.", "Item", "Description", "Qty", "Unit price", "Amount"], [
                ["1", "GH-CN200", f"Soy wax candle 200g, amber jar 80x95mm, black lid, Fig & Cedar, {box}", "3,600 pcs", "USD 2.95",
                 "USD " + money(q * p)],
                ["", "", "TOTAL FOB QINGDAO", "3,600 pcs", "", "USD " + money(q * p)]],
             [0.06, 0.12, 0.46, 0.12, 0.11, 0.13]),
            ("pb", say_usd(q * p)),
            ("kv", [("Price term:", "FOB Qingdao"), ("Payment:", "30% T/T deposit, 70% against copy of B/L"),
                    ("Lead time:", lead), ("Packing:", f"{box}, 12 pcs/ctn, 5-ply carton with dividers 40x30x22cm, 300 ctns"),
                    ("Labels:", "CLP warning label on base (EN/GA), EAN-13 on box")]),
            ("hr",),
            ("kv", [("Beneficiary:", "QINGDAO XIANGYUN CANDLE CRAFTS CO., LTD."), ("Bank:", "Qingdao Rural Commercial Bank, Jiaozhou Sub-branch"),
                    ("SWIFT:", "QRCBCNBQ"), ("A/C:", "8080 1000 0281 6735")]),
            ("sign", "Buyer", "Seller"),
        ], title=no, author="Linda Wang")

    pi(out(c, "pi/XY-PI-260213.pdf"), "XY-PI-260213", "13 Feb 2026", "kraft gift box with window", "35 days after deposit", None)
    pi(out(c, "pi/XY-PI-260213-R1.pdf"), "XY-PI-260213-R1", "5 Mar 2026",
       "white rigid gift box, matte lamination, gold foil logo", "40 days after deposit",
       "R1 per change order CO-GB-01 (gift box, lead time); supersedes XY-PI-260213")

    L, A = "Linda Wang 王琳", "Aoife Byrne"
    msgs = [
        (dt("2026-02-02 16:05"), L, "Hi Aoife, quotation XY-QT-260202 sent. 2.95 USD FOB Qingdao"),
        (dt("2026-02-03 09:30"), A, "Signed and sent back, thanks Linda"),
        (dt("2026-02-11 12:40"), A, "Samples approved, 203 g and 198 g wax, burn 43 h. Please go ahead"),
        (dt("2026-02-13 10:15"), L, "[File] XY-PI-260213.pdf"),
        (dt("2026-02-16 09:14"), A, "Deposit 3,186 USD paid"),
        (dt("2026-02-27 15:02"), A, "Linda, our retailer wants a more premium box. Can you do a white rigid box with matte lamination?"),
        (dt("2026-02-28 10:20"), L, "Yes we can, same price for you, but need 5 more days for the box, so 40 days"),
        (dt("2026-02-28 11:45"), A, "OK white box and 40 days works. I will send a change order"),
        (dt("2026-03-04 16:30"), A, "[File] CO-GB-01_giftbox.docx – signed"),
        (dt("2026-03-04 17:05"), L, "Signed and chopped, sent back. PI R1 tomorrow"),
        (dt("2026-03-05 09:40"), L, "[File] XY-PI-260213-R1.pdf"),
        (dt("2026-03-05 09:41"), L, "Weather in Qingdao 3 degrees, very windy 🌬"),
        (dt("2026-03-05 10:02"), A, "Same here, 6 degrees and rain in Dublin 😄"),
    ]
    write_text(out(c, "chat/wechat_export_Linda_Wang.txt"), bracket_log(msgs))

    README_ROWS.append(("10-soy-candle-giftbox-co", "RELEASE",
                        "packaging.inner documented_change (kraft window box -> white rigid box, info); lead_time documented_change (35 -> 40 days, info); both in signed CO-GB-01, PI R1 supersedes v1",
                        "fpdf2 spec, DOCX quote + change order, XLSX sample, ReportLab PI v1/R1, WeChat export as [time] name: text log"))


NOTES = {
"01-ceramic-planter-clean": """# 01 – ceramic planters (Dehua -> Malmö), clean

**Planted:** nothing. Expected verdict **RELEASE**, no findings.

**Baseline:** spec v2 (DOCX) sets product, packaging, inspection; quotation YX-Q2601-08 is accepted in the buyer's own
WhatsApp message (22/01/2026 "Quotation YX-Q2601-08 is approved") and sets quantity, price, FOB Xiamen, 30/70 before
shipment, 40 days, bank. Golden sample XLSX measured within tolerance. `[release] inspection = "passed"` is met by the
PSI report (PASSED).

**Noise that must NOT be flagged:**
- PI YX-PI260126 (v1) spells the consignee country "Swedan"; PI R1 only corrects it ("Supersedes ... No other change").
  v1 is history and never a conflict with R1.
- Sample measurements (120.8 / 121.1 / 119.6 mm, 441 g, 802 g ...) are all inside ±2 mm / ±5%; "3 pcs each" is the
  sample count, not a quantity.
- Chat: "20cm size ... around 5.20 USD ... 500 pcs MOQ" is a different, future product; "DHL 4471 2280 13", "36 metres"
  kiln, "-8 degrees", "467 cartons", deposit "USD 3,180.00" (= 30% of 10,600.00) are not terms.
- Bank account "412475610392" (quote) vs "4124 7561 0392" (PI); bank name written "Bank of China Dehua Sub-branch" vs
  "BANK OF CHINA, DEHUA SUB-BRANCH, QUANZHOU" – same account, same bank.
- "Dia. 12 x H 11 cm" (quote) vs "Ø 120 mm x H 110 mm" (spec); "TOTAL FOB XIAMEN"; "5 ply" vs "5-ply".
- Inspection report carton gross weights (6.4 kg/ctn, 6.1 kg/ctn) are per carton, not product weight.
- "Factory closes 12 Feb to 22 Feb ... counted in the 40 days" confirms the lead time, it does not change it.
""",
"02-mixing-bowl-201-3ply": """# 02 – stainless mixing bowl set (Jieyang -> Hamburg)

**Planted (latest PI = PI-HT260209-V2):**
1. `material` **undocumented_change**, min **high**: "S/S 201 0.6mm" where spec (SUS304 / 1.4301 / 18/8), golden sample
   (XRF: 304), quote ("SS304 (18/8)") and PI V1 ("SUS304 (18/8)") all say 304. A downgrade.
2. `packaging.carton_size` **undocumented_change**, min **medium**: "3-ply carton 53*53*28cm" vs "5-ply export carton
   53 x 53 x 28 cm" (spec, quote sheet 2 "5层 5-ply", PI V1). The ply grade is part of carton_size (contract §2);
   dimensions themselves are unchanged.

Nobody mentions either change: the supplier sends V2 as "shipping mark updated as you request". No change order.
Single-item order, so no `item` in the key. **Verdict HOLD** (material is high).

**Noise that must NOT be flagged:**
- V2's shipping mark differs from V1's: the buyer asked for it in the chat; shipping marks are not a compared field
  (and it now equals the spec's marking).
- "Ø16/20/24cm" vs "Ø 160 / 200 / 240 mm"; "0.6mm" vs "0.6 mm"; "18/8" = 304 = 1.4301 = SUS304.
- Golden-sample values (792 g, 776 g, 160.4 mm ...) are inside ±5% / ±1 mm; "2 sets" sampled is no quantity.
- Chat: Chinese New Year dates, "马年", "2026 is good year", deposit "5715 USD", "week 14", "28 March".
- German/English bilingual spec, Chinese headers in the XLSX quote, "[图片]" / "[文件]" placeholders.
- Bank block identical in V1 and V2.
""",
"03-bike-helmet-bank-hk": """# 03 – kids' bike helmets (Yuyao/Ningbo -> Melbourne), bank redirection

**Planted:** PI RF2602-031-R1 (same template as the original PI, only the bank block and a note differ) names
beneficiary RUIFENG INTERNATIONAL (HK) TRADING LIMITED, HANG SENG BANK LIMITED, SWIFT HASEHKHH, A/C 388-512746-883.
Baseline: the quotation signed by the buyer ("Accepted by buyer: Hannah O'Brien ... 02/02/2026") and the original PI:
NINGBO RUIFENG SPORTS GOODS CO., LTD., Agricultural Bank of China Yuyao Sub-branch, ABOCCNBJ110,
3912 0101 0400 1857 6. The spec also says payments go only to the supplier's own verified account.

Expected: `bank.beneficiary`, `bank.name`, `bank.account`, `bank.swift` – all **undocumented_change**, **critical**
(the beneficiary is not the supplier). The .eml in chat/ is the buyer's reply refusing to pay before a call-back; the
quoted supplier message (from the look-alike domain ruifeng-sport.com) only announces the change. A supplier's
announcement is no approval; the buyer's message is an objection. **Verdict HOLD.**

No intermediary bank appears anywhere (not labelled). `[release] inspection = "passed"` is met (report PASSED 20 Mar),
so the HOLD comes from the bank findings alone.

**Noise that must NOT be flagged:** price, quantity, FOB Ningbo, 30%/70% against copy of B/L, 50 days, AS/NZS 2063:2020
identical in quote, PI and R1; "Total FOB Ningbo"; sample weights 259/252/296/287 g inside ±5%; inspection report
weights and "G.W. 4.9 kg/ctn"; the spec is a LibreOffice PDF; "USD 12,495.00" in the mail is the balance (70%), not a
new price.
""",
"04-wall-hook-colour-one-sku": """# 04 – adhesive wall hooks, 4 SKUs (Yiwu -> Leeds)

**Planted:**
1. `color`, item **HP-WH04**, **chat_only**, min **medium**: spec / golden sample / accepted quote "Sage green Pantone
   5585 C"; PI "sage green PMS 5635C". Agreed only in WhatsApp: the supplier proposes 5635C (masterbatch delay), the
   buyer first defers ("let me check with our designer") and then agrees on 25/02/2026 "OK, go with 5635 C for WH04
   only". No change order.
2. `quantity`, item **HP-WH02**, **documented_change**, min **info**: 4,000 -> 5,000 cards, covered by
   changes/CO-HP-002 (DOCX) approved and signed by the buyer (Charlotte Webb, 05/03/2026) and countersigned by the
   supplier. Outside the `+2%/-2%` quantity tolerance, so it is a change, but it is documented.

**Verdict REVIEW** (chat_only is medium; the documented change is info).

**Noise that must NOT be flagged:**
- HP-WH01, HP-WH03 and the colour of HP-WH01/02/03 unchanged; HP-WH02 carton count 40 -> 50 ctns follows the CO with
  100 cards/ctn unchanged. The PI total 13,110.00 equals the CO's new order value; the quote carries no totals.
- Chat: "3M tape +0.06/card" is a question answered with "keep the acrylic foam tape as quoted" (confirmation of the
  original); "kitchen hook HK-88 ... 0.45 USD" is another product ("not for this season"); deposit "3,933 USD".
- Per-card vs per-piece: "4 hooks/card" and "Qty (cards)"; "200 cards/ctn, 30 ctns".
- Spec XLSX has two sheets; sample record is Markdown with "5 cards per SKU" (sample count).
- The iOS chat sits in a sub-folder (as unzipped); order.toml `[roles]` names it as chat.
""",
"05-pet-bed-payment-leadtime": """# 05 – donut pet beds (Haimen/Nantong -> Portland), payment and lead time

**Planted (PI MM260204):**
1. `payment.deposit` **undocumented_change**, min **high**: 30% (spec "Commercial terms required on PI/contract",
   accepted quote) -> "50% T/T deposit".
2. `payment.balance` **undocumented_change**, min **high**: "70% balance against copy of B/L" -> "50% balance before
   shipment" (both the share and the trigger move risk to the buyer).
3. `lead_time` **undocumented_change**, min **medium**: 40 days after deposit -> "60 days after receipt of deposit".

In WhatsApp the supplier asks for 60 days and 50%; the buyer objects ("60 days is too long", "we stay with 30% as
quoted"), defers ("Let's talk about it next week"), and later pays exactly 30% "as per our accepted quotation". An
objection / deferral / payment of the old deposit is no agreement, so not chat_only. **Verdict HOLD.**

**Noise that must NOT be flagged:** "60cm dia" vs "Ø 60 cm"; sample Ø59.2 cm / 0.98 kg / 1.55 kg inside ±2 cm / ±8%;
quote sheet "Fabric options (not ordered)" with sherpa/corduroy surcharges; "US$" prefix; carton G.W. 11.2 / 11.8 kg
per carton; "254 ctns"; puppies, "5 puppies", "April 3" inspection date; Chinese New Year dates; US-locale Android
export with narrow no-break space before AM/PM. Price, quantity, FOB Shanghai, colour, packaging all match.
""",
"06-umbrella-price-email-logo-co": """# 06 – 3-fold umbrellas (Xiamen -> Utrecht), price by e-mail, logo by change order

**Planted (latest PI = PI-HY260304-R1, which supersedes PI-HY260304):**
1. `price.unit` **chat_only**, min **medium**: accepted quote HY-Q260220 (accepted in the buyer's e-mail of 20 Feb,
   quoted in the thread) USD 3.85/pc -> USD 4.05/pc. The only approval is Sanne de Vries' e-mail "we accept USD 4.05/pc
   for this order" in chat/*.eml (an e-mail is a chat unless it sits in changes/). The PI restating it is a supplier
   document, not the buyer's written confirmation.
2. `logo` **documented_change**, min **info**: "1-colour silk screen, white" -> "full colour heat transfer", covered
   by changes/CO-RR-01_logo.pdf, approved and signed by the buyer on 10-03-2026.

**Verdict REVIEW.**

Borderline, deliberately not labelled: `price.total` (19,250.00 -> 20,250.00) is the arithmetic consequence of the unit
price; neither spec nor quote states a total (only PI v1, which is superseded). Same convention as the devset
(price.total follows the unit-price finding, not a separate one).

**Noise that must NOT be flagged:** PI v1 (3.85, silk screen) is history, not a conflict with R1; bank block with an
intermediary bank (JPMorgan Chase N.A. New York, CHASUS33) is identical in quote and both PIs, account written
"35150198720100002648" vs "3515 0198 7201 0000 2648"; "straight umbrella 23\\" ... 4.60 -> 4.90" in the supplier's mail
is another product; "Lead time stays 45 days" is a confirmation; sample 97.5-98.3 cm, 347-356 g inside tolerance;
"Three samples (A, B, C)"; 21" x 8K; Dutch reply header ("Op wo 11 mrt 2026 ... schreef"), quoted-printable soft breaks.
""",
"07-wooden-puzzle-cert-finish": """# 07 – wooden peg puzzles, 2 SKUs (Yunhe -> Lyon), certification and finish

**Planted (PI MQ-PI-260303, an Excel template printed to PDF by LibreOffice):**
1. `certification` **undocumented_change**, min **high**: the spec requires EN71-1/-2/-3 stated on the PI/contract,
   the accepted quote says "EN71-1/2/3 (SGS)"; the PI states "Test standard 检测标准: ASTM F963-23 + CPSIA". The
   supplier proposed ASTM in WeChat; the buyer refused ("No, sorry ... Please keep EN71"), so no agreement exists.
   Labelled without `item` (an order-level term). A tool that reports it as `missing` (EN71 absent) instead is
   arguably also right; the key uses undocumented_change because the PI states a different standard.
2. `finish` **undocumented_change**, min **medium**: "matte clear water-based lacquer" (spec, quote "哑光 matte
   lacquer", golden sample "matte, water-based") -> "high-gloss PU lacquer 高光PU漆" on both lines. Never discussed.
   No `item` in the key because both SKUs change (a finding per item matches it).

**Verdict HOLD.**

**Noise that must NOT be flagged:** "water-based paint" unchanged; beech plywood 9 mm unchanged; sizes 300.4 x 224.6 x
9.1 mm inside ±1 mm; "3 sets per item" sampled; "167 ctns", "6.5 CBM", "1,200 USD" test fee (a cost mentioned in chat,
not a price), "12 boards per minute"; deposit "2,640 USD" (30% of 8,800); French/English spec with a second
"Artwork" sheet; Chinese/English DOCX quote.
""",
"08-cotton-apron-clean": """# 08 – cotton canvas aprons, 2 SKUs (Shaoxing -> Osaka), clean

**Planted:** nothing. Expected verdict **RELEASE**, no findings. `[release] inspection = "passed"` is met (PASSED).

**Baseline:** spec DOCX; quotation HF-Q-0123 **R2** (3.20 / 3.35), accepted in the buyer's WhatsApp message
("we confirm quotation HF-Q-0123 R2"); golden sample check PDF.

**Noise that must NOT be flagged:**
- Quote R1 (3.40 / 3.55) is superseded by R2 – history, no conflict, no price change.
- Per-carton numbers: "N.W. 13.0 kg, G.W. 14.2 kg ... per ctn" (50 aprons x 260 g), "50 pcs/ctn x 20 ctns",
  "0.066 CBM"; packing list in other/ (N.W. 260 kg per 20 cartons) – not product weight, not quantity.
- "12 oz" is the canvas fabric weight (oz/yd²), written the same in spec, quote and PI; not the apron weight (260 g).
- Chat: "tea towel 50x70cm ... 0.95 USD, 2000 pcs MOQ" is another product; "13 kg each" cartons; "3/27" cherry
  blossom; deposit 1,965 and balance 4,585 (30/70 of 6,550).
- Sample 257-269 g and 69.6-70.5 x 84.2-85.9 cm inside ±5% / ±1.5 cm.
- Shipping marks; "Messrs:"; JAN barcode; iOS export with [yyyy/mm/dd, hh:mm:ss].
""",
"09-glass-jar-clean": """# 09 – borosilicate storage jars, 3 SKUs (Xuzhou -> Vancouver), clean

**Planted:** nothing. Expected verdict **RELEASE**, no findings (no `[release]` section).

**Baseline:** spec rev B (LibreOffice PDF), quotation JC-260213 accepted in the buyer's WhatsApp message, golden sample.
PI is the supplier's Excel template printed by LibreOffice.

**Noise that must NOT be flagged:**
- Capacity: PI "500ml (17oz) / 800ml (27oz) / 1200ml (40oz)", quote "16.9oz / 27oz / 40.6oz" vs spec 500/800/1200 ml:
  the ml values are identical and the oz values are within ±3% (40 US fl oz = 1,183 ml, -1.4%).
- "high borosilicate 3.3 高硼硅" = "Borosilicate glass 3.3".
- "D95xH120mm" vs "Ø 95 x H 120 mm".
- Cartons per SKU (80 / 100 / 125 = 305 ctns), "PCS/CTN" column, "11.8 CBM", shipping marks "C/NO. 1-305".
- Sample capacities 1186-1211 ml inside ±3%; "3 pcs per item".
- Chat: SF tracking number, "3 pallets of kitchen towels from another supplier", "1,500 °C" furnace, "turns 7",
  "20GP", deposit 2,808.90 (30% of 9,363.00); en-CA Android export "2026-02-11, 8:14 p.m.".
- The PI states no certification and the spec does not require one on the PI (test reports before shipment only) –
  not `missing`.
""",
"10-soy-candle-giftbox-co": """# 10 – soy candles (Qingdao -> Dublin), documented changes only

**Planted (latest PI = XY-PI-260213-R1, supersedes XY-PI-260213):**
1. `packaging.inner` **documented_change**, min **info**: "Kraft gift box with window" (spec, signed quote, PI v1) ->
   "white rigid gift box, matte lamination, gold foil logo".
2. `lead_time` **documented_change**, min **info**: 35 -> 40 days after deposit (quote signed by the buyer, PI v1) .

Both are covered by changes/CO-GB-01_giftbox.docx, approved and signed by the buyer (Aoife Byrne, 4 Mar 2026) and
chopped by the supplier. **Verdict RELEASE**: documented changes are info and must not block.

**Noise that must NOT be flagged:**
- The WeChat discussion before the CO ("OK white box and 40 days works. I will send a change order") – the CO covers
  it, so it must not become chat_only.
- PI v1 vs R1 differences are history (superseded), not conflicts.
- Weights: net wax 200 g (spec) vs sample 203 / 198 g (inside ±3%) vs gross 478 / 474 g incl. jar and lid (info row),
  quote "G.W. 6.4 kg" per carton.
- "Burn time 43 h", "8% load", "IFRA 51st amendment", "3 degrees" / "6 degrees", deposit 3,186 (30% of 10,620).
- Chat export in the plain "[yyyy-mm-dd hh:mm:ss] name: text" layout.
""",
}


def write_notes():
    if NOTES_DIR.exists():
        shutil.rmtree(NOTES_DIR)
    NOTES_DIR.mkdir()
    for name, text in NOTES.items():
        (NOTES_DIR / f"{name}.md").write_text(text.lstrip(), encoding="utf-8")


CASE_FUNCS = [
    ("01-ceramic-planter-clean", case01),
    ("02-mixing-bowl-201-3ply", case02),
    ("03-bike-helmet-bank-hk", case03),
    ("04-wall-hook-colour-one-sku", case04),
    ("05-pet-bed-payment-leadtime", case05),
    ("06-umbrella-price-email-logo-co", case06),
    ("07-wooden-puzzle-cert-finish", case07),
    ("08-cotton-apron-clean", case08),
    ("09-glass-jar-clean", case09),
    ("10-soy-candle-giftbox-co", case10),
]


def main():
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir(parents=True)
    for name, fn in CASE_FUNCS:
        d = CASES / name
        d.mkdir()
        fn(d)
    if BUILD.exists():
        shutil.rmtree(BUILD)
    write_readme()
    write_notes()


def write_readme():
    lines = ["# author-g held-out order folders", "",
             "Ten labelled order folders for `order-audit`, written blind (only contract.md, domain.md, seed/ and the",
             "devset README/notes were read; no tool code, corpus or other author's cases). Generated by",
             "`python3 make_cases.py` (deterministic: rerun gives byte-identical files).", "",
             "## Renderers and fonts", "",
             "- ReportLab 5 canvas (hand-drawn grid tables, `invariant=1`): Helvetica / DejaVu Sans, CJK in WenQuanYi Micro Hei (TTC).",
             "- fpdf2 2.8 (`pdf.table()`): Liberation Sans + Droid Sans Fallback as CJK fallback.",
             "- LibreOffice 7 headless (DOCX/XLSX -> PDF; CreationDate, /ID, DocChecksum pinned): spec of 03 and 09, PI of 07 and 09.",
             "- python-docx (real tables, eastAsia font SimSun), openpyxl (merged cells, several sheets); zip entries re-packed with a fixed date.",
             "- Chats: WhatsApp Android en-GB / en-US (narrow NBSP) / en-CA (a.m./p.m.), WhatsApp iOS en-GB (CRLF, LRM) and",
             "  [yyyy/mm/dd, hh:mm:ss]; WeChat for Windows copy format (name + timestamp line, text below); a WeChat export as",
             "  `[time] name: text`; two .eml threads with quoted history (one quoted-printable).", "",
             "## Cases", "",
             "| case | verdict | planted | formats |", "|---|---|---|---|"]
    for name, verdict, planted, fmts in README_ROWS:
        lines.append(f"| {name} | {verdict} | {planted} | {fmts} |")
    lines += ["", "Per-case explanations (what is planted, which noise must not be flagged, why the verdict): `notes/<case>.md`.", "",
              "## Labelling conventions used", "",
              "- Keys follow contract.md section 5; `min_severity` is the default policy of section 3 (chat_only medium,",
              "  documented_change info, bank critical, material/price/payment/certification high, lead time/finish/colour/",
              "  packaging medium). Single-item orders and order-level terms carry no `item`; per-SKU findings do.",
              "- Clean cases have an empty `expected` list: any non-match finding of medium or above there is a false alarm.",
              "- Arithmetic consequences (a PI total that follows a changed unit price or a CO quantity) are not labelled",
              "  separately when no approved document states a total (see notes/06).",
              "- Every `expected.json` and `order.toml` is written by the case function before its documents are rendered.", "",
              "## Reproduce", "",
              "```", "python3 make_cases.py", "find cases notes README.md -type f -print0 | sort -z | xargs -0 sha256sum   # identical on rerun", "```",
              "Needs reportlab, fpdf2, python-docx, openpyxl, LibreOffice (`soffice`), fonts WenQuanYi Micro Hei, Droid Sans",
              "Fallback, DejaVu Sans, Liberation Sans.", ""]
    (ROOT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
