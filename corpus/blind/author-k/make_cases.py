#!/usr/bin/env python3
"""Generate the author-k held-out order folders (deterministic, byte-identical reruns).

Run:  python3 make_cases.py        (writes ./cases/<NN-name>/...)
Renderers: ReportLab canvas, ReportLab platypus, fpdf2, python-docx, openpyxl, plain text / .eml.
"""
import json
import os
import re
import shutil
import zipfile
from datetime import datetime, timezone
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

# ---------------------------------------------------------------------------
# ANSWER KEYS (written first; the documents below are built to match them)
# ---------------------------------------------------------------------------
KEYS = {
    "01-resin-photo-frame-clean": {
        "verdict": "RELEASE",
        "description": "Two-SKU polyresin photo frame order from a Yiwu trading company; all documents agree "
                       "(noise only); PSI passed satisfies [release].",
        "expected": [],
    },
    "02-reed-diffuser-bank-email": {
        "verdict": "HOLD",
        "description": "Balance-payment e-mail from a look-alike supplier domain asks to remit to a Hong Kong "
                       "company at HSBC; the buyer refuses and calls back. Bank change undocumented, critical.",
        "expected": [
            {"field": "bank.beneficiary", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.name", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.account", "status": "undocumented_change", "min_severity": "critical"},
            {"field": "bank.swift", "status": "undocumented_change", "min_severity": "critical"},
        ],
    },
    "03-enamel-pin-iron-base": {
        "verdict": "HOLD",
        "description": "Hard enamel pin: spec, golden sample and quote say brass (H62) base; the PI says iron (铁). "
                       "The supplier proposed iron in WeChat and the buyer refused.",
        "expected": [
            {"field": "material", "status": "undocumented_change", "min_severity": "high"},
        ],
    },
    "04-plush-bear-en71-missing": {
        "verdict": "HOLD",
        "description": "Plush teddy: the spec requires EN 71-1/-2/-3 and UKCA to be stated on the PI; the quote "
                       "states them, the PI does not. A WhatsApp promise is not a contract term.",
        "expected": [
            {"field": "certification", "status": "missing", "min_severity": "high"},
        ],
    },
    "05-melamine-plates-inspection-failed": {
        "verdict": "HOLD",
        "description": "Three-SKU melamine tableware; documents agree, but the pre-shipment inspection FAILED "
                       "(major defects over AQL 2.5) and order.toml requires inspection = passed. No findings.",
        "expected": [],
    },
    "06-acacia-board-leadtime-chat": {
        "verdict": "REVIEW",
        "description": "Acacia serving boards, PI R1: lead time 40 -> 55 days agreed only in WhatsApp (chat_only); "
                       "WB-RND30 packed 10 instead of 12 pcs/ctn with nothing approving it.",
        "expected": [
            {"field": "lead_time", "status": "chat_only", "min_severity": "medium"},
            {"field": "packaging.carton_qty", "status": "undocumented_change", "item": "WB-RND30",
             "min_severity": "medium"},
        ],
    },
    "07-glass-bauble-price-one-sku": {
        "verdict": "HOLD",
        "description": "Four-SKU glass bauble order; the buyer-accepted quote has GB08-GLD at USD 0.48, the PI "
                       "charges 0.55; the buyer refused the increase in WhatsApp.",
        "expected": [
            {"field": "price.unit", "status": "undocumented_change", "item": "GB08-GLD", "min_severity": "high"},
        ],
    },
    "08-acrylic-keychain-payment-co": {
        "verdict": "RELEASE",
        "description": "Acrylic keychains: payment 30/70 -> 40/60 covered by change order CO-01 signed by the "
                       "buyer (documented_change, info); PSI passed.",
        "expected": [
            {"field": "payment.deposit", "status": "documented_change", "min_severity": "info"},
            {"field": "payment.balance", "status": "documented_change", "min_severity": "info"},
        ],
    },
}

# ---------------------------------------------------------------------------
# fonts
# ---------------------------------------------------------------------------
F_WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
F_DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
F_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
F_DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
F_LIB = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
F_LIB_B = "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"
F_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

FIXED_DT = datetime(2026, 3, 20, 9, 0, 0, tzinfo=timezone.utc)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

pdfmetrics.registerFont(TTFont("WQY", F_WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("Lib", F_LIB))
pdfmetrics.registerFont(TTFont("LibB", F_LIB_B))
pdfmetrics.registerFont(TTFont("DJ", F_DEJAVU))
pdfmetrics.registerFont(TTFont("DJB", F_DEJAVU_B))
pdfmetrics.registerFont(TTFont("DJS", F_SERIF))

RL_FONTS = {"wqy": ("WQY", "WQY"), "lib": ("Lib", "LibB"), "dejavu": ("DJ", "DJB"), "serif": ("DJS", "DJB")}


def money(x):
    return "{:,.2f}".format(Decimal(x))


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n):
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" and " + _words(n % 100) if n % 100 else "")
    return _words(n // 1000) + " thousand" + ((" and " if n % 1000 < 100 else " ") + _words(n % 1000)
                                              if n % 1000 else "")


def say_usd(x):
    d = Decimal(x)
    whole = int(d)
    cents = int((d - whole) * 100)
    s = "SAY US DOLLARS " + _words(whole).upper()
    if cents:
        s += " AND CENTS " + _words(cents).upper()
    return s + " ONLY"


# ---------------------------------------------------------------------------
# block model: ("h", text) ("h2", text) ("p", text) ("kv", [(k, v)]) ("table", header, rows, widths)
#              ("sp", pts) ("sig", text)
# ---------------------------------------------------------------------------

def ensure_dir(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)


def rl_canvas_pdf(path, blocks, font="lib", meta=("", "")):
    """ReportLab canvas: everything drawn by hand, tables with drawn grid lines.
    Lines holding CJK characters are drawn in WenQuanYi whatever the document font."""
    ensure_dir(path)
    reg0, bold0 = RL_FONTS[font]

    def fr(text, bold=False):
        if re.search("[\u3000-\u9fff\uff00-\uffef]", str(text)):
            return "WQY"
        return bold0 if bold else reg0
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(meta[0])
    c.setAuthor(meta[1])
    W, H = A4
    left, right = 18 * mm, W - 18 * mm
    y = [H - 20 * mm]

    def need(h):
        if y[0] - h < 18 * mm:
            c.showPage()
            y[0] = H - 20 * mm

    for b in blocks:
        k = b[0]
        if k == "h":
            need(24)
            c.setFont(fr(b[1], True), 15)
            c.drawCentredString(W / 2, y[0], b[1])
            y[0] -= 22
        elif k == "h2":
            need(18)
            c.setFont(fr(b[1], True), 11)
            c.drawString(left, y[0], b[1])
            y[0] -= 15
        elif k in ("p", "sig"):
            f = fr(b[1])
            c.setFont(f, 9)
            for ln in simpleSplit(b[1], f, 9, right - left):
                need(12)
                c.drawString(left, y[0], ln)
                y[0] -= 12
            y[0] -= 3
        elif k == "kv":
            for key, val in b[1]:
                f = fr(val)
                lines = simpleSplit(val, f, 9, right - left - 45 * mm)
                need(12 * len(lines))
                c.setFont(fr(key, True), 9)
                c.drawString(left, y[0], key)
                c.setFont(f, 9)
                for ln in lines:
                    c.drawString(left + 45 * mm, y[0], ln)
                    y[0] -= 12
            y[0] -= 4
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            tw = right - left
            cw = [tw * w / sum(widths) for w in widths]
            for ri, row in enumerate([header] + rows):
                fonts = [fr(v, ri == 0) for v in row]
                cells = [simpleSplit(str(v), fonts[i], 8, cw[i] - 6) or [""] for i, v in enumerate(row)]
                rh = 11 * max(len(x) for x in cells) + 6
                need(rh)
                x = left
                c.setLineWidth(0.5)
                for i, lines in enumerate(cells):
                    c.rect(x, y[0] - rh, cw[i], rh, stroke=1, fill=0)
                    c.setFont(fonts[i], 8)
                    yy = y[0] - 11
                    for ln in lines:
                        c.drawString(x + 3, yy, ln)
                        yy -= 11
                    x += cw[i]
                y[0] -= rh
            y[0] -= 16
        elif k == "sp":
            y[0] -= b[1]
    c.save()


def rl_platypus_pdf(path, blocks, font="dejavu", meta=("", "")):
    ensure_dir(path)
    reg, bold = RL_FONTS[font]
    st_p = ParagraphStyle("p", fontName=reg, fontSize=9, leading=12)
    st_h = ParagraphStyle("h", fontName=bold, fontSize=14, leading=18, alignment=1, spaceAfter=6)
    st_h2 = ParagraphStyle("h2", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2)
    st_c = ParagraphStyle("c", fontName=reg, fontSize=8, leading=10)
    st_cb = ParagraphStyle("cb", fontName=bold, fontSize=8, leading=10)
    story = []

    def esc(s):
        return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    for b in blocks:
        k = b[0]
        if k == "h":
            story.append(Paragraph(esc(b[1]), st_h))
        elif k == "h2":
            story.append(Paragraph(esc(b[1]), st_h2))
        elif k in ("p", "sig"):
            story.append(Paragraph(esc(b[1]), st_p))
        elif k == "kv":
            data = [[Paragraph(esc(a), st_cb), Paragraph(esc(v), st_c)] for a, v in b[1]]
            t = Table(data, colWidths=[48 * mm, 126 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
            story.append(t)
            story.append(Spacer(1, 4))
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            tw = 174 * mm
            data = [[Paragraph(esc(v), st_cb) for v in header]] + \
                   [[Paragraph(esc(v), st_c) for v in r] for r in rows]
            t = Table(data, colWidths=[tw * w / sum(widths) for w in widths], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "sp":
            story.append(Spacer(1, b[1]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=meta[0], author=meta[1],
                            invariant=1)
    doc.build(story)


def fpdf_pdf(path, blocks, font="dejavu", meta=("", "")):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    ensure_dir(path)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(meta[0])
    pdf.set_author(meta[1])
    pdf.set_producer("fpdf2")
    pdf.add_font("F", "", F_DEJAVU)
    pdf.add_font("F", "B", F_DEJAVU_B)
    if font == "droid":   # Latin from DejaVu, CJK glyphs from Droid Sans Fallback
        pdf.add_font("CJK", "", F_DROID)
        pdf.set_fallback_fonts(["CJK"], exact_match=False)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    epw = pdf.epw
    for b in blocks:
        k = b[0]
        pdf.set_font("F", "", 7.5)   # force a font switch: fpdf2 can lose track after a CJK fallback run
        if k == "h":
            pdf.set_font("F", "B", 14)
            pdf.multi_cell(epw, 8, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "h2":
            pdf.set_font("F", "B", 10.5)
            pdf.ln(1)
            pdf.multi_cell(epw, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "sig"):
            pdf.set_font("F", "", 9)
            pdf.multi_cell(epw, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "kv":
            for a, v in b[1]:
                pdf.set_font("F", "B", 9)
                pdf.cell(45, 5, a)
                pdf.set_font("F", "", 9)
                pdf.multi_cell(epw - 45, 5, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            pdf.set_font("F", "", 8)
            with pdf.table(col_widths=widths, line_height=4.5,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                           text_align="LEFT") as t:
                for r in [header] + rows:
                    row = t.row()
                    for v in r:
                        row.cell(str(v))
            pdf.ln(3)
        elif k == "sp":
            pdf.ln(b[1] / 2.8)
    pdf.output(path)


def docx_doc(path, blocks, meta=("", "")):
    import docx
    from docx.shared import Pt
    ensure_dir(path)
    d = docx.Document()
    d.core_properties.title = meta[0]
    d.core_properties.author = meta[1]
    d.core_properties.created = datetime(2026, 1, 5, 9, 0, 0)
    d.core_properties.modified = datetime(2026, 1, 5, 9, 0, 0)
    d.core_properties.last_modified_by = meta[1]
    d.core_properties.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "h":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "sig":
            p = d.add_paragraph()
            p.add_run(b[1]).italic = True
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = a
                cells[1].text = v
                for r in cells[0].paragraphs[0].runs:
                    r.bold = True
            d.add_paragraph("")
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, v in enumerate(header):
                t.rows[0].cells[i].text = str(v)
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
            d.add_paragraph("")
        elif k == "sp":
            d.add_paragraph("")
    d.save(path)
    normalise_zip(path)


def xlsx_doc(path, sheets, meta=("", "")):
    """sheets: list of (sheet_name, blocks, ncols). Titles/kv values are merged across columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    ensure_dir(path)
    wb = Workbook()
    wb.properties.creator = meta[1]
    wb.properties.title = meta[0]
    wb.properties.created = datetime(2026, 1, 5, 9, 0, 0)
    wb.properties.modified = datetime(2026, 1, 5, 9, 0, 0)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    first = True
    for name, blocks, ncols in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        r = 1
        for b in blocks:
            k = b[0]
            if k in ("h", "h2"):
                ws.cell(r, 1, b[1]).font = Font(bold=True, size=14 if k == "h" else 11)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
                ws.cell(r, 1).alignment = Alignment(horizontal="center" if k == "h" else "left")
                r += 1
            elif k in ("p", "sig"):
                ws.cell(r, 1, b[1])
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
                r += 1
            elif k == "kv":
                for a, v in b[1]:
                    ws.cell(r, 1, a).font = Font(bold=True)
                    ws.cell(r, 2, v)
                    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncols)
                    r += 1
            elif k == "table":
                header, rows = b[1], b[2]
                for i, v in enumerate(header):
                    cl = ws.cell(r, i + 1, v)
                    cl.font = Font(bold=True)
                    cl.fill = PatternFill("solid", fgColor="DDEBF7")
                    cl.border = box
                    cl.alignment = Alignment(wrap_text=True, vertical="center")
                r += 1
                for row in rows:
                    for i, v in enumerate(row):
                        if isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?", v) and not re.match(r"0\d", v):
                            v = float(v) if "." in v else int(v)
                        cl = ws.cell(r, i + 1, v)
                        cl.border = box
                        cl.alignment = Alignment(wrap_text=True, vertical="top")
                        if isinstance(v, float):
                            cl.number_format = "0.00"
                    r += 1
            elif k == "merge_note":   # a note merged over several rows (photo placeholder etc.)
                ws.cell(r, 1, b[1])
                ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=ncols)
                r += 2
            elif k == "sp":
                r += 1
        for col in range(1, ncols + 1):
            ws.column_dimensions[chr(64 + col)].width = 16 if col > 1 else 20
    wb.save(path)
    normalise_zip(path)


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so reruns are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2026-01-05T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_text(path, text, crlf=False):
    ensure_dir(path)
    data = text.replace("\n", "\r\n") if crlf else text
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)


def eml(path, headers, body):
    """A plain-text mail, UTF-8, 8bit, fixed headers."""
    from email.header import Header

    def enc(v):   # RFC 2047 encoded words for non-ASCII display names, as mail clients write them
        out = []
        for part in v.split(", "):
            m = re.match(r"^(.*?) <(.+)>$", part)
            if m and not m.group(1).isascii():
                part = "%s <%s>" % (Header(m.group(1), "utf-8").encode(), m.group(2))
            out.append(part)
        return ", ".join(out)
    h = "".join("%s: %s\n" % (k, enc(v)) for k, v in headers)
    h += "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n"
    write_text(path, h + "\n" + body, crlf=True)


def toml_str(v):
    if isinstance(v, list):
        return "[" + ", ".join(toml_str(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def order_toml(path, top, sections):
    lines = []
    for k, v in top:
        lines.append("%s = %s" % (k, toml_str(v)))
    for name, kvs in sections:
        lines.append("")
        lines.append("[%s]" % name)
        for k, v in kvs:
            key = k if re.fullmatch(r"[A-Za-z0-9_.-]+", k) and "." not in k else json.dumps(k)
            lines.append("%s = %s" % (key, toml_str(v)))
    write_text(path, "\n".join(lines) + "\n")


BUYER_UK = ["Larkfield Home & Gift Ltd", "Larkfield Home and Gift", "Larkfield", "Hannah Whitcombe", "Hannah",
            "Tom Ashworth", "Tom"]
BUYER_IE = ["Larkfield Home & Gift (Ireland) Ltd", "Larkfield Ireland", "Larkfield", "Ciarán Doyle",
            "Ciaran Doyle", "Ciarán", "Hannah Whitcombe"]
BUYER_ADDR_UK = "Larkfield Home & Gift Ltd, Unit 7 Harrier Park, Colwick, Nottingham NG4 2JT, United Kingdom"
BUYER_ADDR_IE = "Larkfield Home & Gift (Ireland) Ltd, 14 Greenhills Business Park, Dublin 12, D12 K7X2, Ireland"


# ===========================================================================
# 01 resin photo frames (Yiwu) - clean
# ===========================================================================
def case01(d):
    sup = "Yiwu Jinyue Crafts Co., Ltd."
    sup_cn = "义乌市锦悦工艺品有限公司"
    order_toml(os.path.join(d, "order.toml"), [
        ("order_id", "LHG-PO-26014"),
        ("buyer", BUYER_UK),
        ("supplier", [sup, sup_cn, "Jinyue Crafts", "Cindy Wu", "Cindy Jinyue Yiwu"]),
        ("stakeholders", ["hannah.whitcombe@larkfieldhome.co.uk", "tom.ashworth@larkfieldhome.co.uk",
                          "cindy@jinyuecrafts.cn"]),
    ], [
        ("release", [("inspection", "passed")]),
        ("tolerances", [("dimensions", "±3 mm"), ("weight", "±8%"), ("quantity", "+3%/-2%")]),
    ])
    docx_doc(os.path.join(d, "spec", "LHG-RF spec v2 - resin frames.docx"), [
        ("h", "Product Specification - Polyresin Photo Frames (Antique Gold)"),
        ("p", "Larkfield Home & Gift Ltd - Buying Dept. Spec ref LHG-RF-2026-02, version 2, approved 06/01/2026 "
              "by Hannah Whitcombe (Buying Manager)."),
        ("h2", "1. Items"),
        ("table", ["SKU", "Description", "Photo size", "External size (W x H)", "Depth", "Net weight",
                   "Order qty"],
         [["RF-46-AG", "Ornate polyresin frame, antique gold", "4 x 6 in (10 x 15 cm)", "160 x 210 mm",
           "20 mm", "310 g", "1,200 pcs"],
          ["RF-57-AG", "Ornate polyresin frame, antique gold", "5 x 7 in (13 x 18 cm)", "185 x 235 mm",
           "20 mm", "395 g", "960 pcs"]], [12, 26, 16, 18, 8, 10, 10]),
        ("h2", "2. Construction"),
        ("kv", [("Frame material", "Polyresin (cast resin with stone powder filler)"),
                ("Glazing", "2 mm float glass, polished edges"),
                ("Back", "MDF 2.5 mm, black velvet-effect paper, easel stand + hanger, portrait and landscape"),
                ("Colour / finish", "Antique gold, hand-painted, light dark-wash in the recesses; no peeling "
                                    "after tape test"),
                ("Logo", "None on product. Gold foil 'Larkfield' sticker on back board, bottom right")]),
        ("h2", "3. Packaging"),
        ("kv", [("Inner", "Each frame in PE bag (suffocation warning) inside a white box with barcode label"),
                ("Master carton", "RF-46-AG: 24 pcs/ctn, 5-ply export carton 45 x 35 x 40 cm. "
                                  "RF-57-AG: 16 pcs/ctn, 5-ply export carton 50 x 40 x 42 cm"),
                ("Carton marks", "LHG-PO number, SKU, qty, G.W./N.W., carton no. x of y, MADE IN CHINA")]),
        ("h2", "4. Commercial terms (as quote JY-Q260108)"),
        ("kv", [("Price term", "FOB Ningbo"), ("Currency", "USD"),
                ("Payment", "T/T 30% deposit, 70% balance before shipment after inspection passed"),
                ("Lead time", "45 days after deposit")]),
        ("h2", "5. Quality"),
        ("p", "Pre-shipment inspection by an inspection company appointed by Larkfield, ANSI/ASQ Z1.4 General "
              "Inspection Level II, AQL 2.5 major / 4.0 minor, 0 critical. Balance payment only after the "
              "inspection is passed."),
        ("sig", "Approved: Hannah Whitcombe, Buying Manager - 06/01/2026"),
    ], meta=("LHG-RF spec v2", "Hannah Whitcombe"))
    rl_platypus_pdf(os.path.join(d, "sample", "RF golden sample record.pdf"), [
        ("h", "Golden Sample Approval Record"),
        ("kv", [("Buyer", "Larkfield Home & Gift Ltd"), ("Supplier", sup),
                ("Samples received", "2 pcs per SKU, DHL 1234 5566 90, 29/12/2025"),
                ("Reference spec", "LHG-RF-2026-02 v2")]),
        ("table", ["SKU", "Check", "Spec", "Measured", "Result"],
         [["RF-46-AG", "External size", "160 x 210 mm", "161 x 209 mm", "OK"],
          ["RF-46-AG", "Net weight", "310 g", "318 g", "OK"],
          ["RF-46-AG", "Colour", "Antique gold", "Matches colour standard", "OK"],
          ["RF-57-AG", "External size", "185 x 235 mm", "186 x 236 mm", "OK"],
          ["RF-57-AG", "Net weight", "395 g", "402 g", "OK"],
          ["RF-57-AG", "Easel stability", "stands at 10 deg tilt", "stands", "OK"]], [14, 18, 20, 26, 10]),
        ("p", "Comment: slight variation in the dark-wash between pieces is a feature of the hand-painted "
              "finish and accepted. One sample of each SKU sealed and kept at Larkfield, one returned to factory."),
        ("sig", "Signed off: Tom Ashworth (QA), 05/01/2026"),
    ], font="dejavu", meta=("Golden sample record RF", "Tom Ashworth"))
    ptitle = "Photo 照片"
    xlsx_doc(os.path.join(d, "quotes", "JY-Q260108 resin frames.xlsx"), [("报价单 Quotation", [
        ("h", sup_cn + "  " + sup.upper()),
        ("p", "Add: No. 18 Chouzhou North Rd, Yiwu, Zhejiang, China   Tel: +86 579 8552 6630"),
        ("h2", "QUOTATION 报价单   No.: JY-Q260108   Date: 2026-01-08"),
        ("kv", [("To 客户", "Larkfield Home & Gift Ltd / Hannah Whitcombe")]),
        ("table", ["Item No. 货号", ptitle, "Description 品名", "Size 尺寸", "Packing 包装", "Qty 数量",
                   "FOB Price (USD)"],
         [["RF-46-AG", "[photo]", "Polyresin photo frame 4x6\", antique gold 古金色树脂相框",
           "16x21x2cm", "24pcs/ctn, 5 ply 45*35*40cm", "1200", "2.35"],
          ["RF-57-AG", "[photo]", "Polyresin photo frame 5x7\", antique gold 古金色树脂相框",
           "18.5x23.5x2cm", "16pcs/ctn, 5 ply 50*40*42cm", "960", "2.85"]]),
        ("sp",),
        ("kv", [("Price term 价格条款", "FOB NINGBO PORT"),
                ("Payment 付款方式", "30% T/T in advance, 70% balance before shipment (after inspection)"),
                ("Delivery 交期", "45 days after receiving deposit"),
                ("Validity 有效期", "30 days"),
                ("Bank", "Beneficiary: Yiwu Jinyue Crafts Co., Ltd / Bank of China, Zhejiang Yiwu Branch / "
                         "SWIFT: BKCHCNBJ92A / A/C: 3565 7820 1946")]),
        ("merge_note", "Remark: hand painted antique finish, colour may vary slightly piece to piece. "
                       "Sample fee refundable after order."),
    ], 7)], meta=("Quotation JY-Q260108", "Cindy Wu"))
    items = [("RF-46-AG", "Polyresin photo frame 4\"x6\", antique gold, O/S 16 x 21 cm", 1200, "2.35"),
             ("RF-57-AG", "Polyresin photo frame 5\"x7\", antique gold, O/S 18.5 x 23.5 cm", 960, "2.85")]
    rows, tot = [], Decimal(0)
    for i, (sku, desc, q, p) in enumerate(items, 1):
        amt = Decimal(p) * q
        tot += amt
        rows.append([str(i), sku, desc, "{:,} pcs".format(q), "USD " + p, "USD " + money(amt)])
    rows.append(["", "", "TOTAL FOB NINGBO", "2,160 pcs", "", "USD " + money(tot)])
    rl_canvas_pdf(os.path.join(d, "pi", "PI-JY260115.pdf"), [
        ("h", sup_cn),
        ("h", sup.upper()),
        ("p", "No. 18 Chouzhou North Road, Yiwu, Zhejiang 322000, China  |  Tel +86 579 8552 6630  |  "
              "cindy@jinyuecrafts.cn"),
        ("h", "PROFORMA INVOICE 形式发票"),
        ("kv", [("PI No.:", "JY260115"), ("Date:", "15/01/2026"), ("Buyer:", BUYER_ADDR_UK),
                ("Buyer PO:", "LHG-PO-26014")]),
        ("table", ["No.", "Item", "Description", "Qty", "Unit price", "Amount"], rows, [5, 14, 44, 12, 12, 15]),
        ("p", say_usd(tot)),
        ("h2", "Terms 条款"),
        ("kv", [("Price term:", "FOB Ningbo, China"),
                ("Payment:", "T/T 30% deposit, 70% balance before shipment after inspection passed"),
                ("Lead time:", "45 days after receipt of deposit"),
                ("Packing:", "Each in PE bag + white box; RF-46-AG 24 pcs/ctn (5-ply, 45x35x40 cm), "
                             "RF-57-AG 16 pcs/ctn (5-ply, 50x40x42 cm)"),
                ("Inspection:", "Third-party pre-shipment inspection, AQL 2.5/4.0, arranged by buyer")]),
        ("h2", "Bank information 银行信息"),
        ("kv", [("Beneficiary:", "YIWU JINYUE CRAFTS CO., LTD."),
                ("Bank name:", "BANK OF CHINA ZHEJIANG YIWU BRANCH"),
                ("Bank address:", "No. 800 Chouzhou Road, Yiwu, Zhejiang, China"),
                ("SWIFT:", "BKCHCNBJ92A"), ("Account No.:", "356578201946")]),
        ("sig", "Seller (company chop 公章): Yiwu Jinyue Crafts Co., Ltd.      Buyer: ____________"),
    ], font="wqy", meta=("PI JY260115", "Jinyue Crafts"))
    write_text(os.path.join(d, "chat", "WhatsApp Chat with Cindy Jinyue Yiwu.txt"), """\
08/01/2026, 10:02 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
08/01/2026, 10:02 - Cindy Jinyue Yiwu: Good morning Hannah, quotation for the 2 frames sent to your email, please check
08/01/2026, 10:15 - Hannah Whitcombe: Thanks Cindy, got it. Prices are fine. Quote JY-Q260108 accepted, please prepare the PI for PO LHG-PO-26014
08/01/2026, 10:16 - Cindy Jinyue Yiwu: ok dear 👍
08/01/2026, 10:16 - Cindy Jinyue Yiwu: This message was deleted
15/01/2026, 16:40 - Cindy Jinyue Yiwu: <Media omitted>
15/01/2026, 16:40 - Cindy Jinyue Yiwu: PI JY260115 attached, please check
15/01/2026, 17:05 - Hannah Whitcombe: Checked, all as quote. Deposit goes out tomorrow
16/01/2026, 11:21 - Hannah Whitcombe: 30% deposit paid, USD 1,666.80, swift copy sent by mail
16/01/2026, 11:30 - Cindy Jinyue Yiwu: received, thank you. production start next week
03/02/2026, 09:12 - Cindy Jinyue Yiwu: Hannah, we also have the same frame in champagne silver, many customers like. For 3000pcs price can be 2.20. Do you want to add?
03/02/2026, 09:40 - Hannah Whitcombe: Maybe for the autumn range - let's talk in April. For this PO keep antique gold exactly as approved please
03/02/2026, 09:41 - Cindy Jinyue Yiwu: sure, understand
24/02/2026, 14:05 - Cindy Jinyue Yiwu: Goods 100% finished, 90% packed. Inspection can be 26/02?
24/02/2026, 14:18 - Tom Ashworth: Booked with the inspector for 26/02 morning
27/02/2026, 18:02 - Tom Ashworth: Inspection report in, PASSED. Well done Cindy
27/02/2026, 18:10 - Cindy Jinyue Yiwu: Thank you! Please arrange 70% balance, we book the container for 05/03
""")
    insp_rows = [["RF-46-AG", "1,200", "80", "0", "1", "2"], ["RF-57-AG", "960", "80", "0", "0", "3"]]
    fpdf_pdf(os.path.join(d, "inspection", "PSI report LHG-PO-26014.pdf"), [
        ("h", "PRE-SHIPMENT INSPECTION REPORT"),
        ("kv", [("Report No.", "NQ-PSI-260226-117"), ("Inspection company", "NorthQuay Quality Services (Ningbo)"),
                ("Client", "Larkfield Home & Gift Ltd"), ("Supplier", sup), ("PO", "LHG-PO-26014"),
                ("Inspection date", "26 Feb 2026"), ("Product", "Polyresin photo frames, antique gold"),
                ("Standard", "ANSI/ASQ Z1.4, General Level II, AQL Critical 0 / Major 2.5 / Minor 4.0")]),
        ("table", ["SKU", "Order qty", "Sample size", "Critical", "Major", "Minor"], insp_rows,
         [20, 16, 16, 14, 14, 14]),
        ("kv", [("Quantity check", "2,160 pcs finished, 100% packed at time of inspection"),
                ("Measurements", "RF-46-AG 160.5 x 210 mm; RF-57-AG 185 x 235.5 mm (within ±3 mm)"),
                ("Carton", "5-ply, marks correct, drop test passed"),
                ("Overall result", "PASSED")]),
        ("p", "Minor defects: small paint rub on back edge (3), dust under glass (2). Not affecting the result."),
        ("sig", "Inspector: Zhou Peng    Reviewed: Laura Finch, 27 Feb 2026"),
    ], font="dejavu", meta=("PSI NQ-PSI-260226-117", "NorthQuay Quality Services"))


# ===========================================================================
# 02 reed diffuser (Xiamen) - bank change by look-alike e-mail
# ===========================================================================
def case02(d):
    sup = "Xiamen Aroma Lane Household Products Co., Ltd."
    sup_cn = "厦门香巷家居用品有限公司"
    order_toml(os.path.join(d, "order.toml"), [
        ("order_id", "LHG-PO-26022"),
        ("buyer", BUYER_IE),
        ("supplier", [sup, sup_cn, "Aroma Lane", "Amy Zheng", "Lin Zhiqiang"]),
        ("stakeholders", ["ciaran.doyle@larkfieldhome.ie", "accounts@larkfieldhome.ie",
                          "amy.zheng@aromalane-xm.com"]),
    ], [
        ("tolerances", [("capacity", "±2%"), ("dimensions", "±2 mm")]),
    ])
    rl_platypus_pdf(os.path.join(d, "spec", "LHG-RD100 spec - Fig & Cassis diffuser.pdf"), [
        ("h", "Larkfield Home & Gift (Ireland) Ltd - Product Specification"),
        ("kv", [("Spec ref", "LHG-RD100-FC rev B, approved 09/01/2026 by Ciarán Doyle"),
                ("Product", "Reed diffuser 100 ml, fragrance 'Fig & Cassis'"),
                ("SKU", "RD-100-FC"), ("Order quantity", "3,000 pcs")]),
        ("h2", "Components"),
        ("table", ["Component", "Requirement"],
         [["Bottle", "Clear flint glass, round shoulder, 100 ml brimful 112 ml, H 95 mm x Ø 62 mm"],
          ["Closure", "Black aluminium screw cap + PE plug/reducer"],
          ["Fragrance oil", "100 ml, 18% fragrance load, DPM-free base, IFRA 51st amendment compliant"],
          ["Reeds", "8 x natural rattan reeds, Ø 3 mm x 250 mm, in sealed sleeve"],
          ["Label", "Front: Larkfield 'Fig & Cassis' matt paper label, Pantone 7421 C on cream. "
                    "Back: UK/EU CLP hazard label (EN + GA), UFI code, batch"],
          ["Gift box", "350 g white card, CMYK + matt lamination, 70 x 70 x 270 mm"]], [22, 78]),
        ("h2", "Packing"),
        ("kv", [("Inner", "Each set in gift box with cardboard divider"),
                ("Master carton", "24 sets/ctn, 5-ply export carton 44 x 30 x 29 cm, fragile marks")]),
        ("h2", "Compliance"),
        ("p", "SDS (16 sections, EU format) and IFRA certificate per fragrance before shipment; CLP labelling "
              "approved by Larkfield before printing."),
        ("h2", "Commercial (per quotation AL-Q-2601-03)"),
        ("kv", [("Price term", "FOB Xiamen"), ("Payment", "30% deposit by T/T, 70% balance against copy of B/L"),
                ("Lead time", "35 days from deposit")]),
    ], font="dejavu", meta=("LHG-RD100-FC spec rev B", "Ciaran Doyle"))
    letter = [("h", sup_cn), ("h", sup.upper()),
              ("p", "No. 66 Xiangxing 2nd Road, Xiangyu FTZ, Xiamen, Fujian, China   Tel: +86 592 5718 203   "
                    "Web: www.aromalane-xm.com")]
    fpdf_pdf(os.path.join(d, "quotes", "AL-Q-2601-03.pdf"), letter + [
        ("h", "QUOTATION 报价单"),
        ("kv", [("Quote No.", "AL-Q-2601-03"), ("Date", "2026-01-06"), ("To", "Larkfield Home & Gift (Ireland) "
                "Ltd, Attn. Mr. Ciarán Doyle"), ("Valid", "30 days")]),
        ("table", ["Item", "Description", "MOQ", "Qty", "Unit price FOB Xiamen"],
         [["RD-100-FC", "100ml reed diffuser, glass bottle, black alu cap, 8 rattan reeds 3mm x 25cm, "
                        "gift box 香薰瓶", "1,000", "3,000 pcs", "USD 1.68"]], [16, 50, 10, 12, 16]),
        ("kv", [("Payment 付款", "T/T 30% deposit, 70% against copy of B/L"),
                ("Lead time 交期", "35 days after deposit"),
                ("Packing 包装", "24 sets/ctn, 5 ply carton 44*30*29cm"),
                ("Documents", "SDS + IFRA certificate provided free")]),
        ("sig", "Amy Zheng / Sales Manager   amy.zheng@aromalane-xm.com"),
    ], font="droid", meta=("Quotation AL-Q-2601-03", "Aroma Lane"))
    fpdf_pdf(os.path.join(d, "pi", "AL-PI-260118.pdf"), letter + [
        ("h", "PROFORMA INVOICE"),
        ("kv", [("PI No.", "AL-PI-260118"), ("Date", "18 Jan 2026"), ("Buyer", BUYER_ADDR_IE),
                ("Your order", "LHG-PO-26022")]),
        ("table", ["No.", "Item", "Description", "Qty", "Unit price", "Amount"],
         [["1", "RD-100-FC", "Reed diffuser 100ml (3.38 fl.oz) Fig & Cassis, glass bottle H95mm, black "
                             "aluminium cap, 8 pcs rattan reeds 3mm x 250mm, printed gift box",
           "3,000 pcs", "USD1.68", "USD5,040.00"],
          ["", "", "TOTAL FOB XIAMEN, CHINA", "3,000 pcs", "", "USD5,040.00"]], [6, 14, 48, 12, 12, 14]),
        ("p", say_usd("5040.00")),
        ("kv", [("Price term", "FOB XIAMEN, CHINA"),
                ("Payment", "30% T/T deposit (USD1,512.00), 70% balance (USD3,528.00) against copy of B/L"),
                ("Delivery", "35 days from deposit received"),
                ("Packing", "24 sets per 5-ply export carton 44x30x29cm, 125 cartons")]),
        ("h2", "Beneficiary bank 收款银行"),
        ("kv", [("Beneficiary", "XIAMEN AROMA LANE HOUSEHOLD PRODUCTS CO., LTD."),
                ("Bank", "China Construction Bank, Xiamen Branch"),
                ("Bank address", "No. 98 Lujiang Road, Siming District, Xiamen, China"),
                ("SWIFT", "PCBCCNBJXMX"), ("A/C No.", "3515 0198 7601 0000 4462")]),
        ("sig", "For and on behalf of " + sup + " (chop)     Lin Zhiqiang, General Manager"),
    ], font="droid", meta=("PI AL-PI-260118", "Aroma Lane"))
    quoted_buyer = (
        "> From: Ciarán Doyle <ciaran.doyle@larkfieldhome.ie>\n"
        "> Sent: Friday, 6 March 2026 10:14\n"
        "> To: Amy Zheng <amy.zheng@aromalane-xm.com>\n"
        "> Subject: LHG-PO-26022 balance payment\n"
        ">\n"
        "> Hi Amy,\n"
        ">\n"
        "> Thanks for the loading photos. Once you send the copy of the B/L we will pay the 70% balance\n"
        "> (USD 3,528.00) against PI AL-PI-260118.\n"
        ">\n"
        "> Kind regards,\n"
        "> Ciarán\n")
    spoof_body = (
        "Dear Ciarán,\n\n"
        "Copy of B/L XMN26030877 is ready, we will send after payment.\n\n"
        "Please kindly note: due to our annual tax audit our company account at China Construction Bank is "
        "temporarily restricted and cannot receive foreign currency this month. Please arrange the 70% balance "
        "USD 3,528.00 to our Hong Kong company account below:\n\n"
        "Beneficiary: AROMA LANE INTERNATIONAL (HK) LIMITED\n"
        "Bank name: The Hongkong and Shanghai Banking Corporation Limited, Hong Kong\n"
        "Bank address: 1 Queen's Road Central, Hong Kong\n"
        "SWIFT code: HSBCHKHHHKH\n"
        "Account no.: 848-302917-838\n\n"
        "Please send us the bank slip after payment so we can release the original B/L quickly.\n"
        "Sorry for the trouble.\n\n"
        "Best regards\nAmy Zheng\nSales Manager\nXiamen Aroma Lane Household Products Co., Ltd.\n\n")
    eml(os.path.join(d, "chat", "RE_ LHG-PO-26022 balance payment.eml"), [
        ("From", "Amy Zheng <amy.zheng@aromalane-xrn.com>"),
        ("Reply-To", "amy.zheng.aromalane@outlook.com"),
        ("To", "Ciarán Doyle <ciaran.doyle@larkfieldhome.ie>"),
        ("Subject", "RE: LHG-PO-26022 balance payment"),
        ("Date", "Mon, 09 Mar 2026 08:47:12 +0800"),
        ("Message-ID", "<20260309084712.5521@aromalane-xrn.com>"),
        ("In-Reply-To", "<b4f1c2d0-6a1e-4d55-9b7e-ciaran@larkfieldhome.ie>"),
    ], spoof_body + "-----Original Message-----\n" + quoted_buyer)
    reply = (
        "Hi Amy,\n\n"
        "I received the mail below about a new bank account in Hong Kong. It did not come from your usual "
        "address (aromalane-xrn.com, not aromalane-xm.com), so we treat it as suspicious.\n\n"
        "We will NOT pay to any new account on the strength of an e-mail. Our accounts team will call "
        "Mr Lin Zhiqiang on the number we have on file from your 2025 supplier form before anything is paid. "
        "Until then the balance is on hold; it will only go to the CCB account printed on PI AL-PI-260118.\n\n"
        "Regards,\nCiarán Doyle\nBuyer, Larkfield Home & Gift (Ireland) Ltd\n\n")
    quoted = "".join("> " + ln + "\n" if ln else ">\n" for ln in
                     ("From: Amy Zheng <amy.zheng@aromalane-xrn.com>\nSent: Monday, 9 March 2026 01:47\n"
                      "To: Ciarán Doyle <ciaran.doyle@larkfieldhome.ie>\nSubject: RE: LHG-PO-26022 balance payment\n\n"
                      + spoof_body.rstrip("\n")).split("\n"))
    eml(os.path.join(d, "chat", "RE_ RE_ LHG-PO-26022 balance payment.eml"), [
        ("From", "Ciarán Doyle <ciaran.doyle@larkfieldhome.ie>"),
        ("To", "Amy Zheng <amy.zheng@aromalane-xm.com>"),
        ("Cc", "accounts@larkfieldhome.ie"),
        ("Subject", "RE: RE: LHG-PO-26022 balance payment"),
        ("Date", "Mon, 09 Mar 2026 09:31:05 +0000"),
        ("Message-ID", "<e21a7f0c-2d1b-4b8f-8f0a-ciaran@larkfieldhome.ie>"),
        ("In-Reply-To", "<20260309084712.5521@aromalane-xrn.com>"),
    ], reply + quoted)


# ===========================================================================
# 03 enamel pin badge (Dongguan) - brass -> iron on the PI
# ===========================================================================
def case03(d):
    sup = "Dongguan Huicheng Metal Crafts Co., Ltd."
    sup_cn = "东莞市汇诚五金工艺品有限公司"
    order_toml(os.path.join(d, "order.toml"), [
        ("order_id", "LHG-PO-26031"),
        ("buyer", BUYER_UK + ["Hannah W 英国 Larkfield"]),
        ("supplier", [sup, sup_cn, "Huicheng", "Kevin Liang", "梁凯文", "梁凯文 Kevin (汇诚工艺)"]),
    ], [
        ("tolerances", [("dimensions", "±0.3 mm"), ("weight", "±10%")]),
    ])
    docx_doc(os.path.join(d, "spec", "EP-BEE-01 spec sheet.docx"), [
        ("h", "Specification: Honeybee Hard Enamel Pin (EP-BEE-01)"),
        ("p", "Larkfield Home & Gift Ltd, gift & accessories range SS26. Issue 1, 12/01/2026. "
              "Owner: Hannah Whitcombe."),
        ("kv", [("SKU", "EP-BEE-01"), ("Order quantity", "5,000 pcs"),
                ("Base metal", "Brass (copper alloy H62), die-struck"),
                ("Enamel", "Hard enamel, polished flush with the metal lines"),
                ("Plating", "Gold plating, min. 0.5 µm"),
                ("Size", "25.0 x 22.0 mm, thickness 1.5 mm"),
                ("Weight", "5.0 g per pin (without clutches)"),
                ("Colours", "Yellow Pantone 123 C, Black C, White"),
                ("Back", "2 posts, 2 gold butterfly clutches; back stamp 'Larkfield' raised"),
                ("Compliance", "Nickel release (EN 1811) and lead/cadmium (REACH Annex XVII) in line with UK REACH")]),
        ("h2", "Packaging"),
        ("table", ["Level", "Requirement"],
         [["Unit", "Pin on printed backing card 50 x 70 mm (350 gsm, matt), in self-seal OPP bag"],
          ["Inner box", "200 pcs per white inner box"],
          ["Master carton", "1,000 pcs/ctn (5 inner boxes), 5-ply carton 40 x 30 x 25 cm"]], [20, 80]),
        ("h2", "Commercial"),
        ("kv", [("Price term", "FOB Shenzhen"), ("Payment", "50% deposit, 50% balance before shipment"),
                ("Lead time", "25 days after deposit and artwork approval")]),
        ("sig", "Approved by: Hannah Whitcombe, 12/01/2026"),
    ], meta=("EP-BEE-01 spec", "Hannah Whitcombe"))
    write_text(os.path.join(d, "sample", "golden sample EP-BEE-01.md"), """\
# Golden sample record - EP-BEE-01 Honeybee hard enamel pin

Supplier: Dongguan Huicheng Metal Crafts Co., Ltd.
Sample received: 3 pcs pre-production samples, 16/01/2026 (SF Express to HK, then Royal Mail)
Spec: EP-BEE-01 issue 1

| Check | Spec | Measured | Result |
|---|---|---|---|
| Base metal | brass H62 | brass (magnet test: not magnetic) | OK |
| Size | 25.0 x 22.0 mm | 25.1 x 21.9 mm | OK |
| Thickness | 1.5 mm | 1.52 mm | OK |
| Weight | 5.0 g | 5.2 g | OK |
| Enamel | hard, polished flush | flush, no dips | OK |
| Colours | PMS 123 C / Black C / White | match to swatch | OK |
| Clutches | 2 gold butterfly | 2 gold butterfly | OK |

Approved as golden sample. One pin kept in the sample library (tag GS-0112), two returned.

Signed: Tom Ashworth (QA) 19/01/2026, Hannah Whitcombe (Buying) 19/01/2026
""")
    xlsx_doc(os.path.join(d, "quotes", "汇诚报价单 HC-Q2601-07.xlsx"), [("报价 Quote", [
        ("h", sup_cn),
        ("h2", sup + "   报价单 QUOTATION   HC-Q2601-07   日期 Date: 2026-01-13"),
        ("kv", [("客户 Customer", "Larkfield Home & Gift Ltd (UK)")]),
        ("table", ["款号 Item", "图片 Photo", "材质 Material", "工艺 Process", "尺寸 Size", "数量 Qty",
                   "单价 USD FOB SZ"],
         [["EP-BEE-01", "[photo]", "铜 Brass H62", "硬珐琅 hard enamel + 镀金 gold plating, 2 clutches",
           "25*22mm, 1.5mm", "5000", "0.46"]]),
        ("sp",),
        ("kv", [("包装 Packing", "背卡+OPP袋, 200pcs/内盒, 1000pcs/箱 40*30*25cm 五层"),
                ("付款 Payment", "定金50%，尾款50%发货前付清 (50% deposit, 50% before shipment)"),
                ("交期 Lead time", "25 days after deposit & artwork approval 确认稿件及定金后25天"),
                ("模具费 Mould", "USD 45 (waived for this order)")]),
    ], 7)], meta=("HC-Q2601-07", "Kevin Liang"))
    rl_platypus_pdf(os.path.join(d, "pi", "HC-PI-20260126.pdf"), [
        ("h", sup_cn),
        ("h", sup),
        ("p", "地址: 广东省东莞市长安镇乌沙兴发南路28号  Add: No. 28 Xingfa South Rd, Wusha, Chang'an Town, "
              "Dongguan, Guangdong   Tel: +86 769 8533 1208"),
        ("h", "形式发票 PROFORMA INVOICE"),
        ("kv", [("发票号 PI No.", "HC-PI-20260126"), ("日期 Date", "2026-01-26"),
                ("买方 Buyer", BUYER_ADDR_UK), ("PO", "LHG-PO-26031")]),
        ("table", ["序号 No.", "款号 Item", "描述 Description", "数量 Qty", "单价 Unit price", "金额 Amount"],
         [["1", "EP-BEE-01", "Honeybee pin 蜜蜂徽章 25x22mm. Base: Iron 铁; hard enamel 硬珐琅; gold plating "
                             "镀金; 2 butterfly clutches; colours PMS 123C / Black / White; backing card + OPP bag",
           "5,000 pcs", "USD 0.46", "USD 2,300.00"],
          ["", "", "TOTAL 合计 FOB SZ", "5,000 pcs", "", "USD 2,300.00"]], [7, 12, 45, 11, 11, 14]),
        ("p", say_usd("2300.00")),
        ("kv", [("价格条款 Price term", "FOB Shenzhen"),
                ("付款 Payment", "50% deposit by T/T, 50% balance before shipment"),
                ("交期 Lead time", "25 days after deposit and artwork approval"),
                ("包装 Packing", "200 pcs/inner box, 1000 pcs/ctn, 5-ply 40x30x25cm")]),
        ("h2", "银行资料 Bank details"),
        ("kv", [("Beneficiary 收款人", "DONGGUAN HUICHENG METAL CRAFTS CO., LTD."),
                ("Bank 开户行", "Agricultural Bank of China, Dongguan Chang'an Sub-branch"),
                ("SWIFT", "ABOCCNBJ440"), ("Account 账号", "44-291001040018362")]),
        ("sig", "卖方盖章 Seller's chop: " + sup_cn),
    ], font="wqy", meta=("HC-PI-20260126", "Huicheng"))
    write_text(os.path.join(d, "chat", "微信聊天记录 梁凯文.txt"), """\
微信聊天记录导出  与 "梁凯文 Kevin (汇诚工艺)" 的聊天
导出时间: 2026-02-02 18:30

2026-01-13 09:41:07  梁凯文 Kevin (汇诚工艺)
Hi Hannah, quotation HC-Q2601-07 sent to email. Brass hard enamel 0.46 usd

2026-01-13 10:02:55  Hannah W 英国 Larkfield
Thanks Kevin. Price OK. Please make 3 pre-production samples first

2026-01-19 16:20:12  Hannah W 英国 Larkfield
Samples approved 👍 colours are perfect. We keep one as golden sample

2026-01-20 10:15:32  梁凯文 Kevin (汇诚工艺)
铜价最近涨很多 copper price up a lot. Can we use iron base? Save 0.06/pc, after plating look same

2026-01-20 10:31:48  Hannah W 英国 Larkfield
No - brass as approved in the sample please. Iron is not acceptable for this line, we sell it as brass and the clutches rust on iron pins

2026-01-20 10:33:02  梁凯文 Kevin (汇诚工艺)
好的 ok noted

2026-01-20 10:33:10  梁凯文 Kevin (汇诚工艺)
[表情]

2026-01-26 15:02:44  梁凯文 Kevin (汇诚工艺)
[文件] HC-PI-20260126.pdf

2026-01-26 15:03:01  梁凯文 Kevin (汇诚工艺)
PI for your check, 50% deposit please

2026-01-26 15:40:19  Hannah W 英国 Larkfield
Received, I'll check it tomorrow and come back to you

2026-02-02 11:05:36  梁凯文 Kevin (汇诚工艺)
Hannah 春节前我们要安排生产 we need deposit before CNY holiday, factory closes 10 Feb
""")


# ===========================================================================
# 04 plush bear (Shantou) - EN71/UKCA required on PI, missing
# ===========================================================================
def case04(d):
    sup = "Shantou Chenghai Lebao Toys Co., Ltd."
    sup_cn = "汕头市澄海区乐宝玩具有限公司"
    order_toml(os.path.join(d, "order.toml"), [
        ("order_id", "LHG-PO-26045"),
        ("buyer", BUYER_UK),
        ("supplier", [sup, sup_cn, "Lebao Toys", "Jenny Cai", "Jenny Lebao Toys"]),
    ], [
        ("tolerances", [("dimensions", "±1 cm"), ("weight", "±10%")]),
    ])
    rl_canvas_pdf(os.path.join(d, "spec", "PT-BR30 product spec.pdf"), [
        ("h", "LARKFIELD HOME & GIFT LTD - PRODUCT SPECIFICATION"),
        ("kv", [("Spec no.", "PT-BR30 / issue 2 / 07-01-2026"), ("Item", "Cream teddy bear, 30 cm seated"),
                ("SKU", "PT-BR30"), ("Order quantity", "2,400 pcs"), ("Age grading", "0+ (suitable from birth)")]),
        ("h2", "Materials and construction"),
        ("table", ["Part", "Specification"],
         [["Outer fabric", "Polyester short plush (minky), 1.5 mm pile, cream, Pantone 9224 C"],
          ["Muzzle / paw pads", "Polyester velboa, light taupe"],
          ["Filling", "100% new polyester fibre (PP cotton), no recycled or loose filling"],
          ["Eyes / nose", "Embroidered (no plastic eyes, no small parts)"],
          ["Ribbon", "None (0+ item: no ribbon or cord)"],
          ["Seams", "Lock-stitched, seam strength min. 90 N (EN 71-1 torque/tension)"],
          ["Size / weight", "30 cm seated height, 260 g"]], [24, 76]),
        ("h2", "Safety and certification"),
        ("p", "Toys Regulations (UK) and EU Toy Safety Directive. Product must comply with EN 71-1, EN 71-2 and "
              "EN 71-3, tested by an ISO 17025 accredited laboratory on production samples. UKCA and CE marks "
              "on the sewn-in law label with batch number, importer name and address (Larkfield, Nottingham)."),
        ("p", "The PI / sales contract shall state EN 71-1/-2/-3 compliance and UKCA marking as a condition of the "
              "order; test reports to be received before the balance is paid."),
        ("h2", "Packaging"),
        ("kv", [("Unit", "PE bag 0.04 mm with printed suffocation warning, hang tag"),
                ("Master carton", "24 pcs/ctn, 5-ply export carton 60 x 40 x 45 cm, 100 cartons")]),
        ("h2", "Commercial (from quotation LB-QT-260105)"),
        ("kv", [("Price term", "FOB Shantou"), ("Payment", "T/T 30% deposit, 70% against copy of B/L"),
                ("Lead time", "40 days after deposit")]),
        ("sig", "Approved: Hannah Whitcombe (Buying Manager) / Tom Ashworth (QA), 07-01-2026"),
    ], font="lib", meta=("PT-BR30 spec issue 2", "Larkfield"))
    docx_doc(os.path.join(d, "sample", "PT-BR30 golden sample sign-off.docx"), [
        ("h", "Golden Sample Sign-off - PT-BR30 Cream Teddy 30 cm"),
        ("p", "Sample lot: 3 pcs sealed samples from Lebao Toys, received 12/01/2026."),
        ("table", ["Check", "Spec", "Sample", "OK?"],
         [["Seated height", "30 cm", "30.5 cm", "Yes"], ["Weight", "260 g", "268 g", "Yes"],
          ["Fabric", "minky 1.5 mm, cream", "as spec", "Yes"], ["Eyes/nose", "embroidered", "embroidered", "Yes"],
          ["Law label", "UKCA + CE, batch, importer", "present, batch 2601", "Yes"],
          ["Seam tension", "≥ 90 N", "passed at 90 N", "Yes"]], [25, 30, 30, 10]),
        ("p", "Comment: muzzle slightly fuller than the CAD drawing - accepted, this is the approved look."),
        ("sig", "Signed: Tom Ashworth, QA - 14/01/2026"),
    ], meta=("PT-BR30 golden sample", "Tom Ashworth"))
    letter = [("h", sup_cn), ("h", sup.upper()),
              ("p", "Add: Lianxia Industrial Zone, Chenghai District, Shantou, Guangdong, China  Tel: +86 754 8573 2281")]
    fpdf_pdf(os.path.join(d, "quotes", "LB-QT-260105.pdf"), letter + [
        ("h", "QUOTATION"),
        ("kv", [("No.", "LB-QT-260105"), ("Date", "05/01/2026"), ("Customer", "Larkfield Home & Gift Ltd")]),
        ("table", ["Item", "Description", "Size", "Qty", "FOB Shantou"],
         [["PT-BR30", "Cream teddy bear, minky plush, PP cotton filling, embroidered eyes 毛绒熊",
           "30cm (sitting)", "2400pcs", "USD 3.20/pc"]], [14, 50, 16, 14, 16]),
        ("kv", [("Certification", "EN71-1/2/3 + UKCA, test by accredited lab (cost included)"),
                ("Payment", "30% deposit, 70% balance against B/L copy"),
                ("Lead time", "40 days after deposit"),
                ("Packing", "opp/PE bag with warning, 24pcs/ctn, 60*40*45cm 5 layer carton"),
                ("Valid", "until 28/02/2026")]),
        ("sig", "Jenny Cai  |  Sales  |  jenny@lebaotoys.com"),
    ], font="droid", meta=("LB-QT-260105", "Lebao Toys"))
    rl_canvas_pdf(os.path.join(d, "pi", "LB-PI-260119.pdf"), letter + [
        ("h", "PROFORMA INVOICE 形式发票"),
        ("kv", [("PI No.:", "LB-PI-260119"), ("Date:", "19/01/2026"), ("Buyer:", BUYER_ADDR_UK),
                ("Order:", "LHG-PO-26045")]),
        ("table", ["No.", "Item No.", "Description", "Quantity", "Unit Price", "Amount"],
         [["1", "PT-BR30", "Cream teddy bear 30cm sitting, polyester minky plush, 100% PP cotton filling, "
                           "embroidered eyes/nose, sewn-in law label, hang tag", "2,400 PCS", "USD 3.20",
           "USD 7,680.00"],
          ["", "", "TOTAL (FOB SHANTOU)", "2,400 PCS", "", "USD 7,680.00"]], [5, 12, 47, 12, 11, 13]),
        ("p", say_usd("7680.00")),
        ("kv", [("Price term:", "FOB Shantou"),
                ("Payment:", "T/T 30% deposit, 70% balance against copy of B/L"),
                ("Lead time:", "40 days after deposit received"),
                ("Packing:", "Each pc in PE bag with suffocation warning, 24 pcs/carton, 5-ply 60x40x45cm, "
                             "100 cartons"),
                ("Shipment:", "from Shantou port to Felixstowe, partial shipment not allowed")]),
        ("h2", "Bank details"),
        ("kv", [("Beneficiary:", "SHANTOU CHENGHAI LEBAO TOYS CO., LTD."),
                ("Bank:", "Industrial and Commercial Bank of China, Shantou Chenghai Sub-branch"),
                ("SWIFT:", "ICBKCNBJSTU"), ("Account:", "2003 0210 0920 0145 877")]),
        ("sig", "Seller: " + sup + " (chop)        Buyer confirmation: ______________"),
    ], font="wqy", meta=("LB-PI-260119", "Lebao Toys"))
    L = "\u200e"
    write_text(os.path.join(d, "chat", "WhatsApp Chat - Jenny Lebao Toys.txt"), f"""\
[05/01/2026, 09:14:22] Jenny Lebao Toys: {L}Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.
[05/01/2026, 09:14:22] Jenny Lebao Toys: Hi Hannah happy new year! quotation for the teddy 30cm sent, 3.20usd FOB Shantou
[05/01/2026, 11:02:40] Hannah Whitcombe: Happy new year Jenny. Price is fine. Does it include the EN71 testing?
[05/01/2026, 11:20:05] Jenny Lebao Toys: yes dear, EN71-1/2/3 we test in accredited lab in Shantou, cost included
[12/01/2026, 10:03:11] Jenny Lebao Toys: {L}<attached: 00000014-PHOTO-2026-01-12-10-03-11.jpg>
[12/01/2026, 10:03:30] Jenny Lebao Toys: samples sent by DHL, tracking 5521 0098 34
[14/01/2026, 15:45:09] Hannah Whitcombe: Sample approved, Tom signed it off today. Please send PI
[19/01/2026, 17:30:52] Jenny Lebao Toys: {L}<attached: 00000019-LB-PI-260119.pdf>
[19/01/2026, 17:31:10] Jenny Lebao Toys: PI here, deposit 30% = 2304usd
[20/01/2026, 08:55:47] Hannah Whitcombe: Thanks. Please confirm the EN71 reports and the UKCA label are part of this order - our spec says it must be on the PI
[20/01/2026, 09:12:33] Jenny Lebao Toys: yes of course, all our toys EN71 tested, no problem. report after production 😊
[20/01/2026, 09:13:01] Jenny Lebao Toys: {L}This message was deleted.
[20/01/2026, 09:40:18] Hannah Whitcombe: OK. Deposit paid today
[20/01/2026, 09:40:30] Hannah Whitcombe: {L}<attached: 00000021-Swift copy LHG-PO-26045.pdf>
""")


# ===========================================================================
# 05 melamine tableware (Dongguan) - inspection FAILED, documents clean
# ===========================================================================
def case05(d):
    sup = "Dongguan Meiyu Melamine Tableware Co., Ltd."
    sup_cn = "东莞市美裕密胺餐具有限公司"
    order_toml(os.path.join(d, "order.toml"), [
        ("order_id", "LHG-PO-26053"),
        ("buyer", BUYER_UK),
        ("supplier", [sup, sup_cn, "Meiyu", "Meiyu Melamine", "Lisa Huang"]),
        ("stakeholders", ["tom.ashworth@larkfieldhome.co.uk", "hannah.whitcombe@larkfieldhome.co.uk",
                          "lisa.huang@meiyu-melamine.com", "booking@asiacheck-qc.com"]),
    ], [
        ("release", [("inspection", "passed")]),
        ("tolerances", [("dimensions", "±2 mm"), ("weight", "±5%")]),
    ])
    items = [("MP-DP10", "Dinner plate Ø 25.5 cm", "2,400", "48 pcs/ctn, 5-ply 53 x 28 x 32 cm"),
             ("MP-SP8", "Side plate Ø 20.3 cm", "2,400", "48 pcs/ctn, 5-ply 43 x 23 x 30 cm"),
             ("MP-BW6", "Bowl Ø 15 cm x H 7 cm", "1,800", "36 pcs/ctn, 5-ply 47 x 32 x 30 cm")]
    fpdf_pdf(os.path.join(d, "spec", "MP Meadow melamine range - spec.pdf"), [
        ("h", "Larkfield Home & Gift Ltd - Specification 'Meadow' Melamine Tableware"),
        ("kv", [("Spec", "MP-MEADOW rev 1, 08/01/2026, approved H. Whitcombe"),
                ("Material", "100% melamine formaldehyde moulding compound (A5), no urea filler, no bamboo fibre"),
                ("Decoration", "'Meadow' wild-flower decal, melamine overlay foil, CMYK, full face"),
                ("Rim colour", "Sage green Pantone 5605 C"),
                ("Food contact", "EU 10/2011 and retained UK law; formaldehyde and melamine migration test on "
                                 "production lot. Not for microwave use (marked on base)"),
                ("Base mark", "Larkfield logo + 'NOT FOR MICROWAVE USE' + recycle code, moulded")]),
        ("table", ["SKU", "Item", "Order qty (pcs)", "Packing"], [list(x) for x in items], [16, 30, 16, 38]),
        ("kv", [("Unit pack", "Shrink wrap per 4 pcs + sleeve label with barcode"),
                ("Price term", "FOB Shenzhen"), ("Payment", "30% T/T deposit, 70% before shipment"),
                ("Lead time", "45 days after deposit and decal approval"),
                ("Inspection", "PSI General II, AQL 2.5 major / 4.0 minor; balance only after PASS")]),
    ], font="dejavu", meta=("MP-MEADOW spec", "Larkfield"))
    xlsx_doc(os.path.join(d, "quotes", "MY quotation Meadow melamine.xlsx"), [("Quotation", [
        ("h", sup.upper() + "  " + sup_cn),
        ("p", "Quotation No. MY-Q-260109   Date 09-Jan-2026   Customer: Larkfield Home & Gift Ltd"),
        ("table", ["Item No.", "Picture", "Description", "Size", "Packing", "Qty", "USD/pc FOB SZ"],
         [["MP-DP10", "[photo]", "100% melamine dinner plate, Meadow decal, sage rim", "10\" / 25.5cm",
           "48pcs/ctn 53*28*32cm", "2400", "1.05"],
          ["MP-SP8", "[photo]", "100% melamine side plate, Meadow decal, sage rim", "8\" / 20.3cm",
           "48pcs/ctn 43*23*30cm", "2400", "0.78"],
          ["MP-BW6", "[photo]", "100% melamine bowl, Meadow decal inside, sage rim", "15*7cm",
           "36pcs/ctn 47*32*30cm", "1800", "0.72"]]),
        ("sp",),
        ("kv", [("Terms", "FOB Shenzhen; 30% deposit, 70% before shipment by T/T"),
                ("Lead time", "45 days after deposit & decal approved"),
                ("Test", "EU 10/2011 migration test by SGS, USD 380 paid by factory")]),
        ("merge_note", "Decal colours may have slight difference from screen; Pantone rim matched to swatch."),
    ], 7)], meta=("MY-Q-260109", "Lisa Huang"))
    rows = []
    tot = Decimal(0)
    for i, (sku, desc, q, p) in enumerate([
            ("MP-DP10", "Melamine dinner plate Ø10\", Meadow decal, sage green rim PMS 5605C", 2400, "1.05"),
            ("MP-SP8", "Melamine side plate Ø8\", Meadow decal, sage green rim PMS 5605C", 2400, "0.78"),
            ("MP-BW6", "Melamine bowl 15x7cm, Meadow decal inside, sage green rim", 1800, "0.72")], 1):
        amt = Decimal(p) * q
        tot += amt
        rows.append([str(i), sku, desc, "{:,}".format(q), p, money(amt)])
    rows.append(["", "", "TOTAL FOB SHENZHEN", "6,600", "", money(tot)])
    rl_platypus_pdf(os.path.join(d, "pi", "MY-PI-2602-011.pdf"), [
        ("h", sup_cn + "  " + sup),
        ("p", "No. 3 Xinmei Road, Houjie Town, Dongguan, Guangdong 523960, China. Tel +86 769 8561 4402"),
        ("h", "PROFORMA INVOICE"),
        ("kv", [("PI number", "MY-PI-2602-011"), ("Date", "02 Feb 2026"), ("Buyer", BUYER_ADDR_UK),
                ("Buyer order", "LHG-PO-26053"), ("Currency", "USD")]),
        ("table", ["No.", "Item", "Description", "Qty (pcs)", "Unit price USD", "Amount USD"], rows,
         [6, 12, 46, 12, 12, 14]),
        ("p", say_usd(str(tot))),
        ("kv", [("Material", "100% melamine (A5), food grade, EU 10/2011 test report"),
                ("Trade term", "FOB Shenzhen"),
                ("Payment terms", "30% deposit by T/T, 70% balance by T/T before shipment"),
                ("Delivery", "45 days after deposit & decal approval"),
                ("Packing", "4 pcs shrink + sleeve; dinner plate 48pcs/ctn 53x28x32cm, side plate 48pcs/ctn "
                            "43x23x30cm, bowl 36pcs/ctn 47x32x30cm, all 5-ply"),
                ("Inspection", "Buyer's PSI AQL 2.5/4.0 before balance")]),
        ("h2", "Bank information"),
        ("kv", [("Beneficiary", "DONGGUAN MEIYU MELAMINE TABLEWARE CO., LTD."),
                ("Bank name", "Bank of China Dongguan Branch"), ("SWIFT", "BKCHCNBJ42A"),
                ("Account No.", "6875 7301 2288")]),
        ("sig", "Authorised signature and company chop: Lisa Huang, Sales Manager"),
    ], font="wqy", meta=("MY-PI-2602-011", "Meiyu"))
    rl_canvas_pdf(os.path.join(d, "inspection", "AsiaCheck PSI report MY-2603.pdf"), [
        ("h", "AsiaCheck QC - Pre-Shipment Inspection Report"),
        ("kv", [("Report no.:", "AC-DG-260312-044"), ("Client:", "Larkfield Home & Gift Ltd"),
                ("Factory:", sup), ("PO:", "LHG-PO-26053"), ("Date:", "12 March 2026"),
                ("Sampling:", "ISO 2859-1, General Level II, lot 6,600 pcs, code L, sample 200 pcs"),
                ("AQL:", "Critical 0 / Major 2.5 (Ac 10, Re 11) / Minor 4.0 (Ac 14, Re 15)")]),
        ("h2", "Summary"),
        ("table", ["Section", "Result"],
         [["Quantity (6,600 pcs, 100% produced, 92% packed)", "Conform"],
          ["Product style / decal / rim colour vs golden sample", "Conform"],
          ["Workmanship", "NOT CONFORM - Major 14 found (allowed 10)"],
          ["Measurements (dinner plate 25.4-25.6 cm, side plate 20.2-20.4 cm, bowl 15.0 cm)", "Conform"],
          ["Packing / shipping marks / barcode scan", "Conform"],
          ["On-site tests: drop test, hot water 95 °C, decal adhesion tape test", "Conform"]], [70, 30]),
        ("h2", "Defects found"),
        ("table", ["Defect", "Critical", "Major", "Minor"],
         [["Decal misaligned > 2 mm at rim", "0", "8", "0"], ["Air bubble under overlay foil", "0", "4", "2"],
          ["Rough / unpolished rim flash", "0", "2", "5"], ["Small black spot in body", "0", "0", "2"],
          ["Total", "0", "14", "9"]], [55, 15, 15, 15]),
        ("h2", "OVERALL RESULT: FAILED (workmanship - major defects exceed AQL 2.5)"),
        ("p", "Recommendation: 100% sorting and rework of decal alignment and bubbles, then re-inspection."),
        ("sig", "Inspector: Chen Wei      Approved: Gary Mok, Operations Manager, AsiaCheck QC"),
    ], font="dejavu", meta=("AC-DG-260312-044", "AsiaCheck QC"))
    eml(os.path.join(d, "chat", "Re_ Inspection booking LHG-PO-26053.eml"), [
        ("From", "Tom Ashworth <tom.ashworth@larkfieldhome.co.uk>"),
        ("To", "booking@asiacheck-qc.com"),
        ("Cc", "Lisa Huang <lisa.huang@meiyu-melamine.com>"),
        ("Subject", "Re: Inspection booking LHG-PO-26053"),
        ("Date", "Thu, 05 Mar 2026 10:22:40 +0000"),
        ("Message-ID", "<3c9e@larkfieldhome.co.uk>"),
    ], "Hello AsiaCheck team,\n\nPlease book a PSI at Meiyu (Houjie, Dongguan) for 12 March 2026, PO LHG-PO-26053, "
       "6,600 pcs melamine (3 SKUs), General II, AQL 2.5/4.0. Spec and golden sample photos attached.\n\n"
       "Thanks,\nTom Ashworth\nQA, Larkfield Home & Gift Ltd\n\n"
       "On Wed, 4 Mar 2026 at 17:03, Lisa Huang <lisa.huang@meiyu-melamine.com> wrote:\n"
       "> Dear Tom,\n> Production finished, 90% packed, goods ready for inspection from 10th March.\n"
       "> Factory address: No. 3 Xinmei Road, Houjie Town, Dongguan. Contact Mr. Zhang 138 2691 0457.\n"
       "> Best regards, Lisa\n")
    eml(os.path.join(d, "chat", "Re_ PSI result LHG-PO-26053 - rework.eml"), [
        ("From", "Tom Ashworth <tom.ashworth@larkfieldhome.co.uk>"),
        ("To", "Lisa Huang <lisa.huang@meiyu-melamine.com>"),
        ("Cc", "hannah.whitcombe@larkfieldhome.co.uk"),
        ("Subject", "Re: PSI result LHG-PO-26053 - rework"),
        ("Date", "Mon, 16 Mar 2026 08:40:11 +0000"),
        ("Message-ID", "<7d21@larkfieldhome.co.uk>"),
    ], "Hi Lisa,\n\nNo, we can't accept the goods on a failed report, and we won't release the balance until a "
       "re-inspection is passed. Please sort 100% and rework the decal alignment and bubbles, then tell me the "
       "date and I'll rebook AsiaCheck (re-inspection fee for the factory's account as usual).\n\n"
       "The 2% discount on a future order is not something we need to discuss now.\n\n"
       "Regards,\nTom\n\n"
       "On Fri, 13 Mar 2026 at 11:15, Lisa Huang <lisa.huang@meiyu-melamine.com> wrote:\n"
       "> Dear Tom,\n> The inspector was very strict, the decal offset is small and customer cannot see. "
       "Can you accept\n> the goods and pay the 70% balance? We can give 2% discount on your next order.\n"
       "> Container is booked 20 March.\n> Lisa\n")


# ===========================================================================
# 06 acacia serving boards (Xiamen) - lead time chat_only, carton qty one SKU
# ===========================================================================
def case06(d):
    sup = "Xiamen Lintao Wooden Products Co., Ltd."
    sup_cn = "厦门林涛木制品有限公司"
    order_toml(os.path.join(d, "order.toml"), [
        ("order_id", "LHG-PO-26067"),
        ("buyer", BUYER_UK),
        ("supplier", [sup, sup_cn, "Lintao", "Lintao Wood", "Mark Lin", "Mark Lintao Wood"]),
    ], [
        ("tolerances", [("dimensions", "±2 mm"), ("weight", "±10%")]),
    ])
    docx_doc(os.path.join(d, "spec", "WB acacia serving boards - spec.docx"), [
        ("h", "Acacia Serving Boards - Buyer Specification"),
        ("p", "Larkfield Home & Gift Ltd. Ref WB-AC-2026, approved 15/01/2026 by Hannah Whitcombe. "
              "Supplier: " + sup),
        ("table", ["SKU", "Description", "Size", "Weight", "Qty", "Pcs/ctn", "Master carton"],
         [["WB-PAD38", "Paddle board with handle, leather loop", "38 x 18 x 1.5 cm", "520 g", "1,500 pcs", "20",
           "5-ply 40 x 38 x 33 cm"],
          ["WB-RND30", "Round board, leather loop", "Ø 30 x 1.8 cm", "690 g", "1,200 pcs", "12",
           "5-ply 32 x 32 x 25 cm"]], [12, 26, 16, 9, 11, 9, 17]),
        ("h2", "Material and finish"),
        ("kv", [("Wood", "Solid acacia (Acacia mangium), edge-glued strips max. 4, FSC 100% (claim on PI and "
                         "invoice)"),
                ("Moisture content", "8-12% at packing, kiln dried"),
                ("Finish", "Food-safe mineral oil, no lacquer, no varnish"),
                ("Hanging loop", "Natural leather loop, brass rivet"),
                ("Logo", "Laser engraved 'Larkfield' on the back, 30 mm wide")]),
        ("h2", "Packaging"),
        ("kv", [("Unit", "Shrink wrapped with kraft belly band (barcode) - no PE bag"),
                ("Master carton", "As table above; carton marks: PO, SKU, qty, CTN NO., MADE IN CHINA, FSC logo")]),
        ("h2", "Commercial (quotation LT-QT-2601 v2)"),
        ("kv", [("Price", "USD, FOB Xiamen"), ("Payment", "30% deposit, 70% balance before shipment"),
                ("Lead time", "40 days after deposit")]),
    ], meta=("WB-AC-2026 spec", "Hannah Whitcombe"))
    fpdf_pdf(os.path.join(d, "sample", "WB golden sample record.pdf"), [
        ("h", "Golden Sample Record - Acacia Boards"),
        ("kv", [("Date", "13/01/2026"), ("Checked by", "Tom Ashworth, QA"), ("Samples", "2 pcs per SKU")]),
        ("table", ["SKU", "Size measured", "Weight", "Moisture", "Finish", "Verdict"],
         [["WB-PAD38", "379 x 181 x 15 mm", "534 g", "10%", "oiled, no lacquer", "approved"],
          ["WB-RND30", "Ø 301 x 18 mm", "702 g", "11%", "oiled, no lacquer", "approved"]],
         [16, 22, 12, 12, 22, 14]),
        ("p", "Natural grain and colour variation between strips is accepted (natural product). "
              "Laser logo position OK."),
        ("sig", "Signed: Tom Ashworth 13/01/2026"),
    ], font="dejavu", meta=("WB golden sample", "Tom Ashworth"))
    for ver, p1, p2, date in (("v1", "3.05", "3.55", "2026-01-09"), ("v2", "2.95", "3.40", "2026-01-14")):
        xlsx_doc(os.path.join(d, "quotes", "LT-QT-2601 quotation %s.xlsx" % ver), [("Quote", [
            ("h", sup.upper()),
            ("p", sup_cn + "   Add: 12 Tongji Road, Tong'an District, Xiamen, Fujian"),
            ("h2", "QUOTATION LT-QT-2601 %s      Date: %s" % (ver.upper(), date)),
            ("table", ["Item", "Photo", "Description", "Size (cm)", "Pcs/ctn", "Carton (cm)", "Qty",
                       "FOB Xiamen USD"],
             [["WB-PAD38", "[photo]", "Acacia paddle board w/ handle, leather loop, mineral oil, laser logo",
               "38x18x1.5", "20", "40*38*33 5ply", "1500", p1],
              ["WB-RND30", "[photo]", "Acacia round board, leather loop, mineral oil, laser logo",
               "D30x1.8", "12", "32*32*25 5ply", "1200", p2]]),
            ("sp",),
            ("kv", [("Payment", "30% deposit, 70% before shipment"),
                    ("Delivery", "40 days after deposit"),
                    ("Remark", "FSC 100% certificate SGSHK-COC-xxxx available; price valid 30 days")]),
        ], 8)], meta=("LT-QT-2601 " + ver, "Mark Lin"))

    def pi(path, no, date, lead, rnd_pcs, rnd_ctns, note):
        rows = [["1", "WB-PAD38", "Acacia paddle serving board with handle 38x18x1.5cm, leather loop, "
                                  "laser logo, FSC 100%", "1,500 pcs", "2.95", "4,425.00"],
                ["2", "WB-RND30", "Acacia round serving board D30x1.8cm, leather loop, laser logo, FSC 100%",
                 "1,200 pcs", "3.40", "4,080.00"],
                ["", "", "TOTAL FOB XIAMEN (USD)", "2,700 pcs", "", "8,505.00"]]
        blocks = [
            ("h", sup.upper()),
            ("p", sup_cn + "  |  12 Tongji Road, Tong'an District, Xiamen 361100, China  |  Tel +86 592 7212 318"),
            ("h", "PROFORMA INVOICE"),
            ("kv", [("PI No.", no), ("Date", date), ("Messrs", BUYER_ADDR_UK), ("PO", "LHG-PO-26067")]),
        ]
        if note:
            blocks.append(("p", note))
        blocks += [
            ("table", ["No.", "Item", "Description", "Qty", "USD/pc", "Amount USD"], rows, [5, 12, 47, 12, 10, 14]),
            ("p", say_usd("8505.00")),
            ("kv", [("Terms of price", "FOB Xiamen"),
                    ("Terms of payment", "30% deposit by T/T, 70% balance before shipment"),
                    ("Delivery time", lead),
                    ("Packing", "Shrink + kraft belly band. WB-PAD38: 20 pcs/ctn, 5-ply 40x38x33cm, 75 ctns. "
                                "WB-RND30: %d pcs/ctn, 5-ply 32x32x25cm, %d ctns" % (rnd_pcs, rnd_ctns))]),
            ("h2", "Bank details"),
            ("kv", [("Beneficiary", "XIAMEN LINTAO WOODEN PRODUCTS CO., LTD."),
                    ("Bank", "Xiamen International Bank, Tong'an Sub-branch"), ("SWIFT", "IBXMCNBA"),
                    ("Account", "8001 0032 1769 0055")]),
            ("sig", "Mark Lin / Export Dept. (company chop)"),
        ]
        rl_canvas_pdf(path, blocks, font="lib", meta=(no, "Lintao"))
    pi(os.path.join(d, "pi", "PI-LT260116.pdf"), "LT260116", "16/01/2026", "40 days after deposit", 12, 100, "")
    pi(os.path.join(d, "pi", "PI-LT260116-R1.pdf"), "LT260116-R1", "02/02/2026",
       "55 days after deposit", 10, 120, "R1 - revised delivery time (replaces PI LT260116)")
    write_text(os.path.join(d, "chat", "WhatsApp Chat with Mark Lintao Wood.txt"), """\
09/01/2026, 08:31 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
09/01/2026, 08:31 - Mark Lintao Wood: Hi Hannah, quotation v1 for paddle + round board in your email
09/01/2026, 09:05 - Hannah Whitcombe: Thanks Mark. Can you do better? 2,700 pcs is a decent first order
14/01/2026, 10:12 - Mark Lintao Wood: v2 sent, 2.95 and 3.40 best price
14/01/2026, 10:40 - Hannah Whitcombe: Quote v2 accepted. Please issue the PI
16/01/2026, 15:02 - Mark Lintao Wood: <Media omitted>
16/01/2026, 15:02 - Mark Lintao Wood: PI LT260116
17/01/2026, 09:20 - Hannah Whitcombe: Deposit paid, USD 2,551.50
30/01/2026, 11:47 - Mark Lintao Wood: Hannah sorry, very rainy in Fujian this month, kiln drying of the acacia takes longer. Moisture must be under 12% as your spec. We need 55 days instead of 40 days
30/01/2026, 12:15 - Hannah Whitcombe: That's disappointing but I'd rather have dry wood than mould in the containers. OK, 55 days from deposit agreed - please don't let it slip any further
30/01/2026, 12:16 - Mark Lintao Wood: Thank you for understanding 🙏 I send revised PI
02/02/2026, 16:25 - Mark Lintao Wood: <Media omitted>
02/02/2026, 16:25 - Mark Lintao Wood: PI R1 with new delivery
02/02/2026, 17:02 - Hannah Whitcombe: Thanks
18/02/2026, 10:10 - Mark Lintao Wood: Happy Chinese New Year Hannah! Factory back 24/02
""")


# ===========================================================================
# 07 glass baubles (Yiwu) - price increase on one SKU
# ===========================================================================
def case07(d):
    sup = "Yiwu Starfrost Christmas Crafts Co., Ltd."
    sup_cn = "义乌星霜圣诞工艺品有限公司"
    order_toml(os.path.join(d, "order.toml"), [
        ("order_id", "LHG-PO-26072"),
        ("buyer", BUYER_UK),
        ("supplier", [sup, sup_cn, "Starfrost", "Echo Chen", "Echo Starfrost"]),
    ], [
        ("tolerances", [("quantity", "+5%/-3%"), ("dimensions", "±2 mm")]),
    ])
    spec_items = [
        ["GB08-RED", "Glass bauble 8 cm, matt red Pantone 186 C, gold cap", "80 mm", "12 pcs/PVC box",
         "144 pcs (12 boxes)", "5-ply 54 x 42 x 40 cm", "3,000"],
        ["GB08-GLD", "Glass bauble 8 cm, gold glitter all-over, gold cap", "80 mm", "12 pcs/PVC box",
         "144 pcs (12 boxes)", "5-ply 54 x 42 x 40 cm", "3,000"],
        ["GB10-SLV", "Glass bauble 10 cm, shiny silver, silver cap", "100 mm", "6 pcs/PVC box",
         "48 pcs (8 boxes)", "5-ply 56 x 38 x 45 cm", "2,000"],
        ["GB06-MIX", "Glass bauble 6 cm, set of 6 (2 red matt, 2 gold glitter, 2 silver shiny)", "60 mm",
         "1 set/window box", "24 sets", "5-ply 60 x 40 x 38 cm", "1,500 sets"],
    ]
    xlsx_doc(os.path.join(d, "spec", "GB Christmas 2026 baubles - spec.xlsx"), [
        ("Spec", [
            ("h", "Larkfield Christmas 2026 - Glass Baubles - Product Specification"),
            ("p", "Ref XMAS26-GB, rev 1, approved 16/01/2026 Hannah Whitcombe. Orders: see sheet 'Order schedule'."),
            ("table", ["SKU", "Description", "Diameter", "Inner pack", "Pcs/ctn", "Master carton"],
             [r[:6] for r in spec_items]),
            ("sp",),
            ("kv", [("Material", "Mouth-blown soda-lime glass, wall 0.3-0.5 mm; metal cap with spring hook"),
                    ("Hanger", "Gold/silver metallic cord loop 10 cm"),
                    ("Label", "Box label: SKU, barcode EAN-13, 'Glass - decoration only, not a toy, keep away "
                              "from children under 3' (EN + FR)"),
                    ("Breakage", "Max. 0.5% broken at arrival; carton drop test ISTA 1A")]),
        ], 6),
        ("Order schedule", [
            ("h", "Order schedule LHG-PO-26072"),
            ("table", ["SKU", "Qty", "Tolerance", "Ship by"],
             [[r[0], r[6], "+5% / -3%", "30/04/2026"] for r in spec_items]),
            ("sp",),
            ("kv", [("Prices", "as accepted quotation YS-Q2601 (USD, FOB Ningbo)"),
                    ("Payment", "T/T 30% deposit, 70% against copy of B/L"),
                    ("Lead time", "50 days after deposit")]),
        ], 4),
    ], meta=("XMAS26-GB spec", "Hannah Whitcombe"))
    q_rows = [["GB08-RED", "8cm matt red bauble, gold cap (PMS 186C)", "12pcs/box, 144pcs/ctn", "3,000", "0.42"],
              ["GB08-GLD", "8cm gold glitter bauble, gold cap", "12pcs/box, 144pcs/ctn", "3,000", "0.48"],
              ["GB10-SLV", "10cm shiny silver bauble, silver cap", "6pcs/box, 48pcs/ctn", "2,000", "0.66"],
              ["GB06-MIX", "6cm bauble set x6 in window box (red/gold/silver)", "24sets/ctn", "1,500 sets",
               "2.10/set"]]
    rl_canvas_pdf(os.path.join(d, "quotes", "YS-Q2601 quotation (accepted).pdf"), [
        ("h", sup.upper()),
        ("p", sup_cn + "   Room 1205, Block B, Futian Int'l Trade City District 4, Yiwu, Zhejiang   Echo Chen "
                       "+86 137 5792 0641"),
        ("h", "QUOTATION YS-Q2601"),
        ("kv", [("Date:", "20/01/2026"), ("To:", "Larkfield Home & Gift Ltd, Ms Hannah Whitcombe"),
                ("Price term:", "FOB Ningbo, USD")]),
        ("table", ["Item", "Description", "Packing", "Qty", "Unit price USD"], q_rows, [14, 40, 22, 12, 12]),
        ("kv", [("Payment:", "30% T/T deposit, 70% against copy of B/L"),
                ("Lead time:", "50 days after deposit"),
                ("Validity:", "20 days"),
                ("Carton:", "5-ply export carton, sizes as your spec")]),
        ("sp", 10),
        ("sig", "Accepted for Larkfield Home & Gift Ltd: Hannah Whitcombe, Buying Manager - signed 21/01/2026"),
    ], font="lib", meta=("YS-Q2601", "Starfrost"))
    pi_items = [("GB08-RED", "8cm玻璃球 matt red bauble, gold cap", 3000, "0.42"),
                ("GB08-GLD", "8cm玻璃球 gold glitter bauble, gold cap", 3000, "0.55"),
                ("GB10-SLV", "10cm玻璃球 shiny silver bauble, silver cap", 2064, "0.66"),
                ("GB06-MIX", "6cm bauble set of 6, window box 礼盒装", 1500, "2.10")]
    rows, tot = [], Decimal(0)
    for i, (sku, desc, q, p) in enumerate(pi_items, 1):
        amt = Decimal(p) * q
        tot += amt
        unit = "sets" if sku == "GB06-MIX" else "pcs"
        rows.append([str(i), sku, desc, "{:,} {}".format(q, unit), "$" + p, "$" + money(amt)])
    rows.append(["", "", "TOTAL FOB NINGBO", "", "", "$" + money(tot)])
    fpdf_pdf(os.path.join(d, "pi", "YS-PI-260203.pdf"), [
        ("h", sup_cn),
        ("h", sup.upper()),
        ("h", "形式发票 PROFORMA INVOICE"),
        ("kv", [("PI No. 发票号", "YS-PI-260203"), ("Date 日期", "2026-02-03"), ("Buyer 买方", BUYER_ADDR_UK),
                ("PO", "LHG-PO-26072")]),
        ("table", ["No.", "Item", "Description 品名", "Qty 数量", "Price 单价", "Amount 金额"], rows,
         [6, 14, 44, 14, 10, 14]),
        ("p", say_usd(str(tot))),
        ("kv", [("Price term 价格条款", "FOB Ningbo"),
                ("Payment 付款", "30% deposit T/T, 70% balance against copy of B/L"),
                ("Delivery 交期", "50 days after deposit 收到定金后50天"),
                ("Packing 包装", "GB08 12pcs/box 144pcs/ctn 54*42*40cm; GB10 6pcs/box 48pcs/ctn 56*38*45cm "
                                 "(43 ctns); GB06 24sets/ctn 60*40*38cm; all 5 ply")]),
        ("h2", "Bank 银行"),
        ("kv", [("Beneficiary", "YIWU STARFROST CHRISTMAS CRAFTS CO., LTD."),
                ("Bank", "China Construction Bank Zhejiang Branch, Yiwu Sub-branch"),
                ("SWIFT", "PCBCCNBJZJX"), ("A/C", "33050167 8235 0000 1296")]),
        ("sig", "Seller 卖方: " + sup + " (chop)"),
    ], font="droid", meta=("YS-PI-260203", "Starfrost"))
    L = "\u200e"
    write_text(os.path.join(d, "chat", "WhatsApp Chat - Echo Starfrost.txt"), f"""\
[20/01/2026, 10:04:51] Echo Starfrost: {L}Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.
[20/01/2026, 10:04:51] Echo Starfrost: Hello Hannah, quotation YS-Q2601 for the 4 baubles in your mail
[21/01/2026, 09:12:07] Hannah Whitcombe: Morning Echo - all fine, I've signed the quote and sent it back. Please prepare PI
[21/01/2026, 09:15:40] Echo Starfrost: thank you dear 🎄
[29/01/2026, 14:22:18] Echo Starfrost: Hannah one problem, the gold glitter powder cost up a lot after new year. Gold glitter 8cm price need adjust to 0.55
[29/01/2026, 14:50:33] Hannah Whitcombe: Echo, we accepted your quote at 0.48 only last week and it's signed. I can't accept an increase on this PO. Happy to look at pricing for next season
[29/01/2026, 14:52:02] Echo Starfrost: I understand, I check with boss
[30/01/2026, 11:03:45] Echo Starfrost: silver 10cm we make 2064pcs = 43 full cartons, ok?
[30/01/2026, 11:20:19] Hannah Whitcombe: Fine, that's within our +5% quantity tolerance
[03/02/2026, 16:40:12] Echo Starfrost: {L}<attached: 00000031-YS-PI-260203.pdf>
[03/02/2026, 16:40:30] Echo Starfrost: PI for your check
[03/02/2026, 17:55:02] Hannah Whitcombe: Echo, the PI still shows 0.55 on the gold glitter. I'll come back to you tomorrow
""")


# ===========================================================================
# 08 acrylic keychains (Shantou) - payment split changed by signed change order
# ===========================================================================
def case08(d):
    sup = "Shantou Mingtai Acrylic Products Co., Ltd."
    sup_cn = "汕头市明泰亚克力制品有限公司"
    order_toml(os.path.join(d, "order.toml"), [
        ("order_id", "LHG-PO-26084"),
        ("buyer", BUYER_UK),
        ("supplier", [sup, sup_cn, "Mingtai", "Mingtai Acrylic", "Ivy Xu"]),
        ("stakeholders", ["hannah.whitcombe@larkfieldhome.co.uk", "ivy.xu@mingtai-acrylic.com"]),
    ], [
        ("release", [("inspection", "passed")]),
        ("tolerances", [("dimensions", "±0.5 mm"), ("quantity", "+2%/-1%")]),
    ])
    docx_doc(os.path.join(d, "spec", "AK acrylic keychains - spec.docx"), [
        ("h", "Spec: Acrylic Keychains - 'Happy Things' range"),
        ("p", "Larkfield Home & Gift Ltd, ref AK-HT-01, approved 10/01/2026 (Hannah Whitcombe)."),
        ("table", ["SKU", "Shape", "Size", "Qty"],
         [["AK-HRT-50", "Heart", "50 x 46 mm", "3,000 pcs"], ["AK-STR-50", "Star", "50 x 48 mm", "3,000 pcs"],
          ["AK-DOG-55", "Sausage dog", "55 x 35 mm", "2,000 pcs"]], [20, 20, 20, 20]),
        ("kv", [("Material", "3 mm clear cast acrylic (PMMA), laser cut, polished edges"),
                ("Print", "Double-sided UV print CMYK with white ink under-layer, artwork LHG-AK-ART-03"),
                ("Fittings", "25 mm silver split ring + 3 cm silver chain, nickel-plated"),
                ("Unit pack", "Each keychain in OPP self-seal bag with printed header card (barcode)"),
                ("Master carton", "500 pcs/ctn, 5-ply 40 x 30 x 28 cm"),
                ("Price term", "FOB Shantou"),
                ("Payment", "30% deposit by T/T, 70% balance before shipment"),
                ("Lead time", "25 days after deposit and artwork approval"),
                ("Inspection", "PSI AQL 2.5/4.0 General II; balance after PASS")]),
    ], meta=("AK-HT-01 spec", "Hannah Whitcombe"))
    fpdf_pdf(os.path.join(d, "quotes", "MT-Q-260112 keychains.pdf"), [
        ("h", sup.upper()),
        ("p", sup_cn + " - Longtian Industrial Park, Chaoyang District, Shantou, Guangdong  -  "
                       "ivy.xu@mingtai-acrylic.com"),
        ("h", "QUOTATION MT-Q-260112"),
        ("kv", [("Date", "12 Jan 2026"), ("Client", "Larkfield Home & Gift Ltd (UK)")]),
        ("table", ["Item", "Description", "Qty", "FOB Shantou"],
         [["AK-HRT-50", "Heart keychain 50mm, 3mm clear acrylic, double side UV print, 25mm ring + chain",
           "3000", "USD 0.24"],
          ["AK-STR-50", "Star keychain 50mm, 3mm clear acrylic, double side UV print, 25mm ring + chain",
           "3000", "USD 0.24"],
          ["AK-DOG-55", "Dog keychain 55x35mm, 3mm clear acrylic, double side UV print, 25mm ring + chain",
           "2000", "USD 0.27"]], [16, 56, 12, 16]),
        ("kv", [("Payment", "30% T/T deposit, balance 70% before shipment"),
                ("Lead time", "25 days after deposit & artwork confirmed"),
                ("Packing", "opp bag + header card, 500pcs/ctn, 40*30*28cm 5ply")]),
        ("sig", "Ivy Xu, Sales"),
    ], font="droid", meta=("MT-Q-260112", "Mingtai"))
    docx_doc(os.path.join(d, "changes", "CO-01 payment terms LHG-PO-26084.docx"), [
        ("h", "Change Order CO-01 - LHG-PO-26084"),
        ("kv", [("Order", "LHG-PO-26084 (acrylic keychains AK-HRT-50 / AK-STR-50 / AK-DOG-55)"),
                ("Supplier", sup), ("Date", "03/02/2026")]),
        ("table", ["Term", "From", "To"],
         [["Deposit", "30% T/T deposit", "40% T/T deposit"],
          ["Balance", "70% before shipment", "60% before shipment"]], [20, 40, 40]),
        ("p", "Reason: acrylic sheet price increase in January 2026; supplier holds unit prices of quotation "
              "MT-Q-260112 in exchange for a higher deposit. All other terms unchanged."),
        ("kv", [("Approved by buyer", "Hannah Whitcombe, Buying Manager, Larkfield Home & Gift Ltd - "
                                      "signed 03/02/2026"),
                ("Accepted by supplier", "Ivy Xu, Sales, " + sup + " - signed and chopped 03/02/2026")]),
    ], meta=("CO-01 LHG-PO-26084", "Hannah Whitcombe"))
    items = [("AK-HRT-50", "Heart keychain 50mm, 3mm clear acrylic, 2-side UV print", 3000, "0.24"),
             ("AK-STR-50", "Star keychain 50mm, 3mm clear acrylic, 2-side UV print", 3000, "0.24"),
             ("AK-DOG-55", "Sausage dog keychain 55x35mm, 3mm clear acrylic, 2-side UV print", 2000, "0.27")]
    rows, tot = [], Decimal(0)
    for i, (sku, desc, q, p) in enumerate(items, 1):
        amt = Decimal(p) * q
        tot += amt
        rows.append([str(i), sku, desc, str(q), p, "{:.2f}".format(amt)])
    rows.append(["", "", "TOTAL FOB SHANTOU USD", "8000", "", "{:.2f}".format(tot)])
    xlsx_doc(os.path.join(d, "pi", "MT-PI-260204.xlsx"), [("PI", [
        ("h", sup_cn),
        ("h", sup.upper()),
        ("p", "Longtian Industrial Park, Chaoyang District, Shantou, Guangdong, China"),
        ("h2", "PROFORMA INVOICE     No.: MT-PI-260204     Date: 04/02/2026"),
        ("kv", [("Buyer", BUYER_ADDR_UK), ("PO No.", "LHG-PO-26084")]),
        ("table", ["No.", "Item", "Description", "Qty (pcs)", "Unit price (USD)", "Amount (USD)"], rows),
        ("p", say_usd(str(tot))),
        ("kv", [("Price term", "FOB Shantou"),
                ("Payment", "40% deposit by T/T, 60% balance before shipment (as CO-01)"),
                ("Lead time", "25 days after deposit and artwork approval"),
                ("Packing", "OPP bag + header card, 500 pcs/ctn, 5-ply 40x30x28cm, 16 ctns"),
                ("Beneficiary", "SHANTOU MINGTAI ACRYLIC PRODUCTS CO., LTD."),
                ("Bank", "Bank of China Shantou Branch"), ("SWIFT", "BKCHCNBJ47A"),
                ("Account No.", "741266380105")]),
        ("merge_note", "Seller signature & chop: Ivy Xu (Mingtai)            Buyer: Hannah Whitcombe"),
    ], 6)], meta=("MT-PI-260204", "Ivy Xu"))
    rl_platypus_pdf(os.path.join(d, "inspection", "PSI AK keychains LHG-PO-26084.pdf"), [
        ("h", "Final Random Inspection Report"),
        ("kv", [("Report", "SQ-ST-2603-0192"), ("Inspection body", "SouthGate QC (Shantou office)"),
                ("Client", "Larkfield Home & Gift Ltd"), ("Supplier", sup), ("PO", "LHG-PO-26084"),
                ("Date", "05/03/2026"), ("Plan", "ISO 2859-1 General II, AQL 0 / 2.5 / 4.0, lot 8,000 pcs, "
                                                  "sample 200 pcs")]),
        ("table", ["Check point", "Result"],
         [["Quantity: 8,000 pcs, 16 cartons, 100% packed", "Pass"],
          ["Print colour and position vs approved artwork LHG-AK-ART-03", "Pass"],
          ["Acrylic thickness 2.9-3.1 mm, sizes within ±0.5 mm", "Pass"],
          ["Split ring pull test 90 N", "Pass"],
          ["Defects: critical 0, major 3 (Ac 10), minor 6 (Ac 14)", "Pass"]], [75, 25]),
        ("h2", "Overall conclusion: PASSED"),
        ("sig", "Inspector: Wu Jian    Report approved: Karen Tse, 06/03/2026"),
    ], font="dejavu", meta=("SQ-ST-2603-0192", "SouthGate QC"))
    eml(os.path.join(d, "chat", "RE_ LHG-PO-26084 deposit proposal.eml"), [
        ("From", "Hannah Whitcombe <hannah.whitcombe@larkfieldhome.co.uk>"),
        ("To", "Ivy Xu <ivy.xu@mingtai-acrylic.com>"),
        ("Subject", "RE: LHG-PO-26084 deposit proposal"),
        ("Date", "Fri, 30 Jan 2026 15:12:44 +0000"),
        ("Message-ID", "<a81f@larkfieldhome.co.uk>"),
    ], "Hi Ivy,\n\nOK in principle with 40% deposit / 60% before shipment if the unit prices stay as quoted. "
       "Please send a change order for my signature and then the PI.\n\nThanks,\nHannah\n\n"
       "-----Original Message-----\nFrom: Ivy Xu <ivy.xu@mingtai-acrylic.com>\nSent: 30 January 2026 09:48\n"
       "To: Hannah Whitcombe\nSubject: LHG-PO-26084 deposit proposal\n\n"
       "Dear Hannah,\nAcrylic sheet price went up 12% this month. We can keep the quoted prices if the deposit "
       "can be 40% and balance 60% before shipment. Please consider.\nBest regards\nIvy\n")


CASES = [
    ("01-resin-photo-frame-clean", case01),
    ("02-reed-diffuser-bank-email", case02),
    ("03-enamel-pin-iron-base", case03),
    ("04-plush-bear-en71-missing", case04),
    ("05-melamine-plates-inspection-failed", case05),
    ("06-acacia-board-leadtime-chat", case06),
    ("07-glass-bauble-price-one-sku", case07),
    ("08-acrylic-keychain-payment-co", case08),
]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    for name, fn in CASES:
        d = os.path.join(OUT, name)
        os.makedirs(d)
        fn(d)
        key = KEYS[name]
        write_text(os.path.join(d, "expected.json"), json.dumps(key, indent=2, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
